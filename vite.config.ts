import { defineConfig, type Plugin } from 'vite';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { blankMessageDescriptions } from './scripts/lib/message-descriptions.mjs';
import { COMPILE_HINT } from './scripts/lib/compile-hint.mjs';

/**
 * The one-line embed: a minified ES module with Lit included (it imports nothing from outside `dist/cdn/`), for
 * `<script type="module" src=".../summit-widgets.js">`, with the chunks it loads from beside it: the folder is what a
 * site hosts. (The npm entries are `tsc` output, template literals minified, that keep Lit as a dependency.)
 */
/** The licences of what the bundle holds: the one comment it keeps. */
export const LICENCE_BANNER =
  '/*! summit-widgets (MIT) | includes Lit, @lit/context, @lit/task and @lit/localize, Copyright Google LLC (BSD-3-Clause) */';

/** `msg()`'s translators' notes left out of the bundles (scripts/lib/message-descriptions.mjs). */
export const dropMessageDescriptions: Plugin = {
  name: 'summit-widgets-drop-msg-desc',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
    return { code: blankMessageDescriptions(code), map: null };
  },
};

export default defineConfig({
  // Lit's css`` and html`` literals keep their indentation otherwise: ~15 KB of the minified bundle.
  plugins: [dropMessageDescriptions, minifyLiterals({ include: ['src/**/*.ts'] })],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'summit-widgets.js',
    },
    rollupOptions: {
      // One file for everything every page needs, and one it imports (Lit's localize runtime, shared with the ja and
      // ru translations, which load separately, on demand). The translations must not import the entry itself: a page
      // that loads it as summit-widgets.js?ver=6 would then run a second copy of the library.
      // Final files: no comments (not even the tree-shaking hints, /* @__PURE__ */, no one reads after this).
      output: {
        minify: true,
        comments: false,
        // The licence once per page: on the entry, which every other file is loaded by. V8's compile hint on each file (scripts/lib/compile-hint.mjs).
        postBanner: (chunk) => (chunk.isEntry ? `${LICENCE_BANNER}\n${COMPILE_HINT}` : COMPILE_HINT),
        chunkFileNames: 'chunk-[name]-[hash].js',
      },
    },
  },
});
