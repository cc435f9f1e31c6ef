/** `summit-widgets/leader-roster.js`: defines <summit-leader-roster> and nothing else. */
export { SummitLeaderRoster } from './components/leader-roster/leader-roster.js';
