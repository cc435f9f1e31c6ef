/** `summit-widgets/sector-cloud.js`: defines <summit-sector-cloud> and nothing else. */
export { SummitSectorCloud } from './components/sector-cloud/sector-cloud.js';
