/** Transfer sizes: minified bytes, gzip -9 and brotli q11 (node:zlib), in bytes. */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function weigh(files) {
  const buffers = await Promise.all(files.map((f) => readFile(f)));
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
