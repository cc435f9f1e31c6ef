import { defineConfig } from 'vite';

/**
 * The one-line embed: a self-contained, minified ES module with Lit
 * included, for `<script type="module" src=".../summit-widgets.js">`.
 * (The npm entries are plain `tsc` output that keep Lit as a dependency.)
 */
export default defineConfig({
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
  },
});
