/** Custom Elements Manifest: read from the components' JSDoc; feeds Storybook docs, IDEs and JSX types. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/summit-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
