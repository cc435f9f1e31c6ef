/** `summit-widgets/data`: the data layer alone, no DOM needed (Node, SSR, build scripts). */
export * from './data/index.js';
