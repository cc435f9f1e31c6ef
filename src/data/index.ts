/**
 * The summit data layer: schema, validation, loading and derived views.
 * No DOM dependencies beyond `fetch`; usable in Node for validation and SSR.
 */
export * from './schema.js';
export type * from './types.js';
export {
  CHECKS_LATER,
  REFERENCES_LATER,
  SummitDataError,
  formatIssue,
  laterNote,
  type SummitDataIssue,
} from './errors.js';
export { parseSummit, validateSummit, checkReferences, checkEvidence } from './parse.js';
export { loadSummit, parseJsonText, resolveDatasetUrl, DEFAULT_TIMEOUT_MS, type LoadOptions } from './load.js';
export { compareWhen, groupByWhen, whenStart, whenDatetime, type TimelineBucket } from './when.js';
export {
  leadersInOrder,
  chairsOf,
  filterProposals,
  involvesLeader,
  timeline,
  sectorWeights,
  indexOf,
  type Selection,
  type SectorWeight,
} from './views.js';
