/** `summit-widgets/card.js`: defines <summit-card> and nothing else. */
export { SummitCard } from './components/card/card.js';
