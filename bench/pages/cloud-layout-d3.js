/** Cloud layout alone, d3-cloud: from start() to its 'end' event (its own text measuring included). */
import cloud from 'd3-cloud';
import { CLOUD_BOX, CLOUD_FONT, CLOUD_FONT_WEIGHT, seededRandom, sizedWords } from '../lib/words.js';
import { expose } from './frame.js';

/** Runs a d3-cloud layout and resolves with the placed words; shared with the frame case. */
export function d3Layout(words) {
  return new Promise((resolve) => {
    cloud()
      .size([CLOUD_BOX.width, CLOUD_BOX.height])
      .words(words)
      .rotate(0)
      .font(CLOUD_FONT)
      .fontWeight(CLOUD_FONT_WEIGHT)
      .fontSize((d) => d.size)
      .random(seededRandom(1))
      .on('end', (placed) => resolve(placed))
      .start();
  });
}

expose({
  async layout(n) {
    // d3-cloud writes into the word objects: the warm second run gets its own copies.
    const [words, again] = [0, 1].map(() => sizedWords(n).map((w) => ({ text: w.text, size: w.size })));
    const t0 = performance.now();
    const placed = await d3Layout(words);
    const t1 = performance.now();
    // For information: the same layout again, with the code already compiled.
    await d3Layout(again);
    return { ms: t1 - t0, warmMs: performance.now() - t1, placed: placed.length };
  },
});
