/**
 * `summit-widgets`: registers every element and re-exports the classes, the
 * events and the data API. The provider is defined first so widgets find it
 * as soon as they upgrade.
 */
export { SummitData } from './components/data/data.js';
export { SummitLeaderRoster } from './components/leader-roster/leader-roster.js';
export { SummitProposalTimeline } from './components/proposal-timeline/proposal-timeline.js';
export { SummitSectorCloud } from './components/sector-cloud/sector-cloud.js';
export { SummitCard } from './components/card/card.js';
export { SummitQuote } from './components/quote/quote.js';
export {
  SummitSelectEvent,
  SummitErrorEvent,
  SummitLoadEvent,
  SummitSelectionChangeEvent,
  type SummitSelectTarget,
} from './events/events.js';
export type { SummitState, SummitStatus } from './internal/context.js';
export * from './data/index.js';
