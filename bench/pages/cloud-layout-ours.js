/**
 * Cloud layout alone, ours: packCloud() on measured text boxes, on a fresh page (its first run, as on a reader's first
 * view). Measuring (canvas measureText, as the widget measures) happens before the clock starts; its time is reported
 * separately (the goals table adds it too: d3-cloud measures inside its layout), and so is a second, warm packing.
 */
import { packCloud } from '../../src/layout/cloud.ts';
import { CLOUD_BOX, CLOUD_GAP, sizedWords } from '../lib/words.js';
import { expose } from './frame.js';
import { measureWords } from './measure.js';

expose({
  layout(n) {
    const words = sizedWords(n);
    const t0 = performance.now();
    const items = measureWords(words);
    const t1 = performance.now();
    const layout = packCloud(items, CLOUD_BOX, { padding: CLOUD_GAP });
    const t2 = performance.now();
    // For information: the same packing again, with the code already compiled.
    packCloud(items, CLOUD_BOX, { padding: CLOUD_GAP });
    const warmMs = performance.now() - t2;
    return {
      ms: t2 - t1,
      warmMs,
      measureMs: t1 - t0,
      placed: layout.placements.length,
      grownTo: [Math.round(layout.width), Math.round(layout.height)],
    };
  },
});
