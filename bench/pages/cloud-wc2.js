/**
 * Data to first frame, wordcloud2.js on a canvas: from WordCloud() to its 'wordcloudstop' event,
 * then the frame. Placed = words it reports as drawn.
 */
import WordCloud from 'wordcloud';
import { CLOUD_BOX, CLOUD_FONT, CLOUD_FONT_WEIGHT, sizedWords } from '../lib/words.js';
import { expose, nextFrame, stage } from './frame.js';

expose({
  async frame(n) {
    const list = sizedWords(n).map((w) => [w.text, w.size]);
    const host = stage(CLOUD_BOX.width, CLOUD_BOX.height);
    const canvas = document.createElement('canvas');
    canvas.width = CLOUD_BOX.width;
    canvas.height = CLOUD_BOX.height;
    host.append(canvas);
    let placed = 0;
    canvas.addEventListener('wordclouddrawn', (e) => {
      if (e.detail.drawn) placed++;
    });
    const stopped = new Promise((resolve) => canvas.addEventListener('wordcloudstop', resolve, { once: true }));
    const t0 = performance.now();
    WordCloud(canvas, {
      list,
      weightFactor: 1,
      fontFamily: CLOUD_FONT,
      fontWeight: CLOUD_FONT_WEIGHT,
      color: '#1a1a1a',
      rotateRatio: 0,
      shuffle: false,
    });
    await stopped;
    const t1 = await nextFrame();
    return { ms: t1 - t0, placed };
  },
});
