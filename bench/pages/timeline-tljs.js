/* global TL, location */
/**
 * Timeline to first frame, TimelineJS3 (global TL from its dist script, its CSS in the page):
 * from new TL.Timeline(el, json) to its 'loaded' event, then the frame. No web fonts
 * (font: null); script_path points at the local copy so nothing is fetched from its CDN.
 */
import base from '../../data/central-asia-japan-2025.json';
import { timelineData } from '../lib/datasets.js';
import { expose, nextFrame, stage } from './frame.js';

expose({
  async frame(n) {
    const { timelinejs } = timelineData(base, n);
    const host = stage(900, 600);
    const t0 = performance.now();
    const loaded = new Promise((resolve) => {
      const timeline = new TL.Timeline(host, timelinejs, {
        font: null,
        theme: null,
        script_path: `${location.origin}/vendor/tljs/js/`,
        hash_bookmark: false,
      });
      timeline.on('loaded', resolve);
    });
    await loaded;
    const t1 = await nextFrame();
    return { ms: t1 - t0, rendered: host.querySelectorAll('.tl-timemarker').length };
  },
});
