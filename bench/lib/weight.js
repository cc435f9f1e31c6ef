/** Transfer sizes: minified bytes, gzip -9 and brotli q11 (node:zlib), in bytes. */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'acorn';

/** The files' sizes; with `codeOnly`, of their code alone (see `withoutText`). */
export async function weigh(files, { codeOnly = false } = {}) {
  const buffers = await Promise.all(
    files.map(async (f) => (codeOnly ? Buffer.from(withoutText(await readFile(f, 'utf8'))) : readFile(f))),
  );
  const body = Buffer.concat(buffers);
  return {
    min: body.length,
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: buffers.reduce(
      (sum, b) =>
        sum +
        brotliCompressSync(b, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
        }).length,
      0,
    ),
  };
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * A module's code with no text: every string literal and every template literal's text emptied (expressions kept),
 * so no message, markup or style sheet is left. What the same features would weigh with no words at all: a floor no
 * trimming of text can go under.
 */
export function withoutText(code) {
  const cuts = [];
  const walk = (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') cuts.push([node.start + 1, node.end - 1]);
    else if (node.type === 'TemplateElement') cuts.push([node.start, node.end]);
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (typeof child?.type === 'string') walk(child);
    }
  };
  walk(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}
