/**
 * Seeded word lists for the cloud cases, shared by the Node harness and the bench pages, so
 * every library gets the very same words, weights and font sizes.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';

/** The heaviest word's weight; weight i (0-based) is round(TOP_WEIGHT / (i + 1)), at least 1. */
export const TOP_WEIGHT = 100;

/**
 * `n` distinct pseudo-words (3 to 11 letters) with Zipf weights (s = 1), heaviest first.
 * Weights are whole numbers so the same list can be expressed as a summit dataset, where a
 * sector's weight is the number of proposals tagged with it.
 */
export function zipfWords(n, seed = 20251220) {
  const random = seededRandom(seed ^ n);
  const seen = new Set();
  const words = [];
  while (words.length < n) {
    const syllables = 1 + Math.floor(random() * 4);
    let text = '';
    for (let s = 0; s < syllables; s++) {
      text += CONSONANTS[Math.floor(random() * CONSONANTS.length)] + VOWELS[Math.floor(random() * VOWELS.length)];
      if (random() < 0.4) text += CONSONANTS[Math.floor(random() * CONSONANTS.length)];
    }
    if (text.length < 3 || seen.has(text)) continue;
    seen.add(text);
    const i = words.length;
    words.push({ text, weight: Math.max(1, Math.round(TOP_WEIGHT / (i + 1))) });
  }
  return words;
}

/** The cloud box of every cloud case, in px. */
export const CLOUD_BOX = { width: 600, height: 400 };

/** The font every library draws with, at the cloud widget's default weight (`--summit-cloud-weight`). */
export const CLOUD_FONT = 'sans-serif';
export const CLOUD_FONT_WEIGHT = 600;

/** Font sizes in px of the lightest and heaviest word: the widget's defaults (0.875rem, 2.5rem). */
export const FONT_MIN = 14;
export const FONT_MAX = 40;

/** The widget's gap between words (`--summit-cloud-gap`, 0.375rem), used as our packing padding. */
export const CLOUD_GAP = 6;

/**
 * The font size of a weight, as the widget computes it (src/components/sector-cloud/font-scale.ts and
 * cloud-layout.ts): min + (max − min) × √(weight / heaviest), so a word's area tracks its weight, in eighths of the
 * scale, rounded to whole px; every library gets these sizes.
 */
export function fontSize(weight, heaviest) {
  return Math.round(FONT_MIN + ((FONT_MAX - FONT_MIN) * Math.round(Math.sqrt(weight / heaviest) * 8)) / 8);
}

/** The words with their font sizes, heaviest first. */
export function sizedWords(n, seed) {
  const words = zipfWords(n, seed);
  return words.map((w) => ({ ...w, size: fontSize(w.weight, words[0].weight) }));
}
