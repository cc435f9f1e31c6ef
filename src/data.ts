/** `summit-widgets/data`: the data layer alone, no DOM needed (Node, SSR, build scripts). */
export * from './data/index.js';
// An editor's check (the command line and Storybook use it), kept out of the CDN bundle, which exports the rest.
export { checkDates, checkNames } from './data/parse.js';
export { whenEnd } from './data/when.js';
