/** `summit-widgets/proposal-timeline.js`: defines <summit-proposal-timeline> and nothing else. */
export { SummitProposalTimeline } from './components/proposal-timeline/proposal-timeline.js';
