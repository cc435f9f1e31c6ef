/**
 * `msg()`'s `desc` is for translators: `lit-localize extract` reads it from the source, and the runtime never does (it
 * looks a message up by `id`, or by a hash of its text). The shipped code blanks each where it stands, with spaces of
 * the same length, so source maps still line up (the CDN bundles' vite plugin, and scripts/minify-dist.mjs for dist/).
 * @param {string} code
 * @returns {string}
 */
export const blankMessageDescriptions = (code) =>
  code.replace(/\bdesc:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*,?/g, (m) => m.replace(/\S/g, ' '));
