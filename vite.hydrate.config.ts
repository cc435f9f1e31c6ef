import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { COMPILE_HINT } from './scripts/lib/compile-hint.mjs';
import { LICENCE_BANNER, dropMessageDescriptions } from './vite.config.js';

/**
 * The one-line embed for server-rendered pages: `dist/cdn/summit-widgets-hydrate.js`
 * is `dist/cdn/summit-widgets.js` with Lit's hydration support evaluated before
 * Lit itself, so widgets pre-rendered by `summit-widgets/ssr` take over the
 * server's shadow DOM instead of rendering it again. (The support has to run
 * before LitElement is defined, so it cannot be a separate script tag next to
 * a bundle that includes Lit.) Built after vite.config.ts, into the same folder.
 *
 * One difference from vite.config.ts, needed for hydration: one file, no shared chunks. A chunk
 * holding Lit would be evaluated before the entry, so before the hydration support. The
 * translations are inlined rather than loaded on demand.
 *
 * Hydration matches each server-rendered part by a digest of its template's strings, and the server
 * renders the npm build, whose literals scripts/minify-dist.mjs minifies: the same minifier runs here.
 */
const ENTRY = 'summit-widgets-hydrate-entry';
const index = fileURLToPath(new URL('./src/index.ts', import.meta.url));

const hydrateEntry: Plugin = {
  name: 'summit-widgets-hydrate-entry',
  enforce: 'pre',
  resolveId(id) {
    return id.endsWith(ENTRY) ? `\0${ENTRY}` : undefined;
  },
  load(id) {
    if (id !== `\0${ENTRY}`) return undefined;
    return [
      `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';`,
      `export * from ${JSON.stringify(index)};`,
    ].join('\n');
  },
};

export default defineConfig({
  plugins: [hydrateEntry, dropMessageDescriptions, minifyLiterals({ include: ['src/**/*.ts'] })],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'summit-widgets-hydrate.js',
    },
    rolldownOptions: {
      // Lib mode keeps whitespace in ES output for later tree-shaking; this file is final, so minify it all.
      output: { minify: true, comments: false, postBanner: `${LICENCE_BANNER}\n${COMPILE_HINT}`, codeSplitting: false },
    },
  },
});
