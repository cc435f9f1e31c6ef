import { CLOUD_FONT, CLOUD_FONT_WEIGHT } from '../lib/words.js';

/**
 * Text boxes as the widget measures its word buttons (canvas here, no DOM; cloud-layout.ts): each text measured once,
 * at the largest size, and scaled to its own (widths scale with the size), plus 0.2em padding each side, by a
 * line-height of 1.15 plus 0.05em padding top and bottom, rounded up to whole px.
 */
export function measureWords(words) {
  const ctx = document.createElement('canvas').getContext('2d');
  const max = Math.max(...words.map((w) => w.size));
  ctx.font = `${CLOUD_FONT_WEIGHT} ${max}px ${CLOUD_FONT}`;
  return words.map((w) => ({
    width: Math.ceil((ctx.measureText(w.text).width * w.size) / max + 0.4 * w.size),
    height: Math.ceil(1.25 * w.size),
  }));
}
