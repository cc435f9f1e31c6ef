import { defineConfig } from 'vite';
import minifyLiterals from 'rollup-plugin-minify-template-literals';

/**
 * The one-line embed: a self-contained, minified ES module with Lit
 * included, for `<script type="module" src=".../summit-widgets.js">`.
 * (The npm entries are plain `tsc` output that keep Lit as a dependency.)
 */
export default defineConfig({
  // Lit's css`` and html`` literals keep their indentation otherwise: ~15 KB of the minified bundle.
  plugins: [minifyLiterals({ include: ['src/**/*.ts'] })],
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
      // One file for everything every page needs; only the ja and ru translations load separately, on demand.
      output: { minify: true, chunkFileNames: 'chunk-[name]-[hash].js' },
    },
  },
});
