/**
 * Timeline to first frame, ours: a <summit-proposal-timeline> handed a dataset of n proposals,
 * until it has settled and the next frame is produced.
 */
import base from '../../data/central-asia-japan-2025.json';
import { SummitProposalTimeline } from '../../src/proposal-timeline.ts';
import { timelineData } from '../lib/datasets.js';
import { ensureDefined, expose, nextFrame, settled, snapshotOf, stage } from './frame.js';

ensureDefined('summit-proposal-timeline', SummitProposalTimeline);

async function draw(n) {
  const { summit } = timelineData(base, n);
  const host = stage(900, 600);
  host.style.overflow = 'auto';
  const t0 = performance.now();
  const el = document.createElement('summit-proposal-timeline');
  el.data = summit;
  host.append(el);
  await settled(el);
  const t1 = await nextFrame();
  return { el, ms: t1 - t0 };
}

expose({
  async frame(n) {
    const { el, ms } = await draw(n);
    // Rows actually in the DOM (fewer than n when the list is virtualized or paged).
    return { ms, rendered: el.shadowRoot.querySelectorAll('[part~="item"]').length };
  },
  /** What it drew, for the static copy (static-copy.js). */
  async snapshot(n) {
    return { snapshot: snapshotOf((await draw(n)).el) };
  },
});
