/**
 * Data to first frame, ours: a <summit-sector-cloud> handed a summit dataset whose sector weights
 * are the word list's weights, until it has settled and the next frame is produced.
 */
import base from '../../data/central-asia-japan-2025.json';
import { SummitSectorCloud } from '../../src/sector-cloud.ts';
import { cloudSummit } from '../lib/datasets.js';
import { CLOUD_BOX, CLOUD_FONT, sizedWords } from '../lib/words.js';
import { ensureDefined, expose, nextFrame, settled, snapshotOf, stage } from './frame.js';

ensureDefined('summit-sector-cloud', SummitSectorCloud);

async function draw(n) {
  const summit = cloudSummit(base, sizedWords(n));
  const host = stage(CLOUD_BOX.width, CLOUD_BOX.height);
  const t0 = performance.now();
  const el = document.createElement('summit-sector-cloud');
  el.style.setProperty('--summit-font-family', CLOUD_FONT);
  // Every word, as the goal asks (by default a cloud of several screens shows its heaviest first, with a button).
  el.showAll = true;
  el.data = summit;
  host.append(el);
  await settled(el);
  const t1 = await nextFrame();
  return { el, ms: t1 - t0 };
}

expose({
  async frame(n) {
    const { el, ms } = await draw(n);
    // Placed = items of the cloud once it carries its packed layout (class "placed").
    const list = el.shadowRoot.querySelector('[part~="list"]');
    const box = list?.getBoundingClientRect();
    return {
      ms,
      placed: list?.classList.contains('placed') ? list.querySelectorAll('[part~="item"]').length : 0,
      grownTo: box ? [Math.round(box.width), Math.round(box.height)] : undefined,
    };
  },
  /** What it drew, for the static copy (static-copy.js). */
  async snapshot(n) {
    return { snapshot: snapshotOf((await draw(n)).el) };
  },
});
