/**
 * Data to first frame, d3-cloud: layout, then one SVG <text> per placed word (plain DOM, no
 * d3-selection), then the frame.
 */
import { CLOUD_BOX, CLOUD_FONT, CLOUD_FONT_WEIGHT, sizedWords } from '../lib/words.js';
import { d3Layout } from './cloud-layout-d3.js';
import { expose, nextFrame, stage } from './frame.js';

const SVG = 'http://www.w3.org/2000/svg';

expose({
  async frame(n) {
    const words = sizedWords(n).map((w) => ({ text: w.text, size: w.size }));
    const host = stage(CLOUD_BOX.width, CLOUD_BOX.height);
    const t0 = performance.now();
    const placed = await d3Layout(words);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', CLOUD_BOX.width);
    svg.setAttribute('height', CLOUD_BOX.height);
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('transform', `translate(${CLOUD_BOX.width / 2},${CLOUD_BOX.height / 2})`);
    for (const d of placed) {
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('text-anchor', 'middle');
      text.setAttribute('transform', `translate(${d.x},${d.y})`);
      text.setAttribute('font-family', CLOUD_FONT);
      text.setAttribute('font-size', d.size);
      text.setAttribute('font-weight', CLOUD_FONT_WEIGHT);
      text.textContent = d.text;
      g.append(text);
    }
    svg.append(g);
    host.append(svg);
    const t1 = await nextFrame();
    return { ms: t1 - t0, placed: placed.length };
  },
});
