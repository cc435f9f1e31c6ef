/** `summit-widgets/summit-data.js`: defines <summit-data> and nothing else. */
export { SummitData } from './components/data/data.js';
