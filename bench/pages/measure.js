import { CLOUD_FONT, CLOUD_FONT_WEIGHT } from '../lib/words.js';

/**
 * Text boxes as the widget measures its word buttons (canvas here, no DOM): the advance width
 * plus 0.2em padding each side, by a line-height of 1.15 plus 0.05em padding top and bottom,
 * rounded up to whole px.
 */
export function measureWords(words) {
  const ctx = document.createElement('canvas').getContext('2d');
  return words.map((w) => {
    ctx.font = `${CLOUD_FONT_WEIGHT} ${w.size}px ${CLOUD_FONT}`;
    return { width: Math.ceil(ctx.measureText(w.text).width + 0.4 * w.size), height: Math.ceil(1.25 * w.size) };
  });
}
