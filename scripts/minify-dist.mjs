/**
 * Minifies the css`` and html`` literals of the npm build (dist/, from tsc), the way the CDN bundle's are, and leaves
 * out `msg()`'s translators' notes, as they do (scripts/lib/message-descriptions.mjs):
 * a consumer's bundler keeps a template's indentation and newlines, which are most of a widget's bytes.
 * The code around the literals is left as tsc wrote it, and each source map is chained, so it still
 * points into src/. Lit's SSR hydration matches templates by their strings: the server (dist/ssr.js,
 * which imports these files) and the hydrate bundle (vite.hydrate.config.ts) minify them alike.
 */
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blankMessageDescriptions } from './lib/message-descriptions.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
/** Not templates: the CLI and the bundles vite already minified. */
const skip = (file) => file.startsWith('cdn/') || file === 'cli.js';

let before = 0;
let after = 0;
for (const file of await readdir(dist, { recursive: true })) {
  if (!file.endsWith('.js') || skip(file)) continue;
  const path = join(dist, file);
  // Translators' notes out (same length: the source map holds).
  const code = blankMessageDescriptions(await readFile(path, 'utf8'));
  if (!/\b(css|html|svg)\s*`/.test(code)) {
    await writeFile(path, code);
    continue;
  }
  const result = await minifyHTMLLiterals(code, { fileName: file });
  if (!result) continue;
  before += code.length;
  after += result.code.length;
  await writeFile(path, result.code);
  const mapPath = `${path}.map`;
  const tscMap = JSON.parse(await readFile(mapPath, 'utf8'));
  const chained = remapping([{ ...result.map, sources: [file.split('/').pop()] }, tscMap], () => null);
  await writeFile(mapPath, JSON.stringify(chained));
}
// On stderr: `npm pack --json` runs this (prepack) and its stdout must stay JSON.
console.error(`minified the template literals of dist/: ${before} -> ${after} bytes`);
