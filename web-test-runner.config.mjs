import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, chromeArgs } from './scripts/chrome-path.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // /test-redirect?to=URL answers 302 to URL: the loader must hold a redirect to the rule src is held to.
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/test-redirect') return ctx.redirect(String(ctx.query.to));
      // /test-slow?to=URL: the same after a second, for states that last.
      if (ctx.path === '/test-slow') {
        await new Promise((r) => setTimeout(r, 1000));
        return ctx.redirect(String(ctx.query.to));
      }
      await next();
      // Readable from the test page's other origin (127.0.0.1 for localhost), as a dataset host would be.
      ctx.set('Access-Control-Allow-Origin', '*');
    },
  ],
  // The accessibility tree as Chromium builds it (what a screen reader reads): a11ySnapshot() in tests.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
      // A page of its own context is never a background tab, so animation frames (and ResizeObserver) fire
      // even when two test files run at once.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
