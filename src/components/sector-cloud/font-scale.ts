/**
 * Where each weight sits on the cloud's font-size scale: 0 is
 * `--summit-cloud-min-size`, 1 is `--summit-cloud-max-size`. The scale is the
 * square root of the weight over the heaviest weight, so a word's area (which
 * grows with the square of its font size) tracks its weight, and a weight of
 * zero gets the smallest size. Negative, NaN and infinite weights count as 0.
 */
export function fontScale(weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const heaviest = clean.reduce((most, w) => Math.max(most, w), 0);
  return clean.map((w) => (heaviest > 0 ? Math.sqrt(w / heaviest) : 0));
}

/**
 * The steps of the scale a word is drawn at: eighths, so a cloud has nine sizes at most, each a font for the page to
 * set up. Its items carry them as classes (`size-0` to `size-8`), which the server's output has too.
 */
export const STEPS = 8;
