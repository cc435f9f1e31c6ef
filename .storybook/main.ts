import { readFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = resolve(ROOT, 'data');
const DATASET_ID = '\0summit-dataset:';

/**
 * Stories import the bundled dataset (`import real from '../data/….json'`) and Storybook also serves data/ at
 * /data, where the widgets fetch it. In the dev server both are the URL /data/….json, and the static files win:
 * the module request gets raw JSON and the story file fails to load. Serving those imports under a module id of
 * their own keeps the two apart. (The static build bundles the JSON and needs nothing.)
 */
function datasetImports(): Plugin {
  return {
    name: 'summit-widgets:dataset-imports',
    apply: 'serve',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.split('?')[0]!.endsWith('.json')) return null;
      const file = resolve(dirname(importer.split('?')[0]!), source.split('?')[0]!);
      return file.startsWith(DATA_DIR + sep) ? DATASET_ID + file : null;
    },
    async load(id) {
      if (!id.startsWith(DATASET_ID)) return null;
      const file = id.slice(DATASET_ID.length);
      this.addWatchFile(file);
      // The id still ends in .json: Vite's JSON plugin turns this text into the module, as for any JSON import.
      return readFile(file, 'utf8');
    },
  };
}

/**
 * Storybook for the widgets: CSF3 stories and MDX pages from stories/, the
 * bundled datasets served at /data (so stories load them with `src` like a
 * news page would), docs from the Custom Elements Manifest (see preview.ts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // vite.config.ts at the root is the CDN library build (`build.lib`, outDir dist/cdn, emptyOutDir): Storybook
    // needs an app build into its own output. Storybook 10 already keeps only `build.target` from that file and
    // sets outDir and `emptyOutDir: false` itself (false matters: its manager and index are already in the
    // output); dropping `lib` keeps this right if the merge ever changes.
    if (config.build?.lib) delete config.build.lib;
    if (config.build?.outDir?.startsWith('dist')) delete config.build.outDir;
    config.plugins = [...(config.plugins ?? []), datasetImports()];
    // The web-components renderer imports lit/directive-helpers.js, which the dev server's dependency scan misses:
    // served raw, it loads a second lit-html ("Multiple versions of Lit loaded"). Pre-bundled, it shares lit's.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
