import { readFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, chromeArgs } from './scripts/chrome-path.mjs';

/**
 * The streamed page's own record: every summit-error, and what the widgets show once the library has drawn them while
 * the page is still arriving (`midway.after` false: nothing after the roster has been parsed yet).
 */
const STREAM_PROBE = `window.errors = [];
addEventListener('summit-error', (e) => errors.push(e.error.message), true);
customElements.whenDefined('summit-leader-roster').then(() => requestAnimationFrame(() => setTimeout(() => {
  const text = (tag) => document.querySelector(tag).shadowRoot.textContent;
  window.midway = { after: !!document.querySelector('p.after'), roster: text('summit-leader-roster'), card: text('summit-card') };
}, 100)));`;

/** The ids /test-flaky has failed once. */
const flaky = new Set();

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // /test-redirect?to=URL answers 302 to URL: the loader must hold a redirect to the rule src is held to.
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/test-redirect') return ctx.redirect(String(ctx.query.to));
      // /test-endless: JSON that never ends ("[0,0,0,…"), sent as fast as it is read until the reader stops, or with
      // ?stall, its first part only, the rest never.
      if (ctx.path === '/test-endless') {
        const chunk = Buffer.from('0,'.repeat(32768));
        let first = true;
        ctx.type = 'json';
        ctx.body = new Readable({
          read() {
            if (first || !('stall' in ctx.query)) this.push(first ? Buffer.concat([Buffer.from('['), chunk]) : chunk);
            first = false;
          },
        });
        return;
      }
      // /test-flaky?id=K&to=URL: 503 the first time K is asked for, then a redirect to URL (a server that recovers).
      if (ctx.path === '/test-flaky') {
        const id = String(ctx.query.id);
        if (!flaky.has(id)) {
          flaky.add(id);
          ctx.status = 503;
          ctx.set('Access-Control-Allow-Origin', '*');
          return;
        }
        return ctx.redirect(String(ctx.query.to));
      }
      // The dataset as servers get it wrong, or on a poor network: /test-body/trickle (in six parts, 200 ms apart),
      // /test-body/reset (its first part, then the connection dropped), /test-body/gzip (compressed, with no
      // Content-Encoding), /test-body/html (labelled text/html).
      const body = /^\/test-body\/(trickle|reset|gzip|html)$/.exec(ctx.path)?.[1];
      if (body) {
        const json = await readFile('data/central-asia-japan-2025.json');
        const parts = Array.from({ length: 6 }, (_, i) =>
          json.subarray((i * json.length) / 6, ((i + 1) * json.length) / 6),
        );
        ctx.set('Access-Control-Allow-Origin', '*');
        if (body === 'gzip' || body === 'html') {
          ctx.type = body === 'gzip' ? 'application/octet-stream' : 'text/html';
          ctx.body = body === 'gzip' ? gzipSync(json) : json;
          return;
        }
        ctx.respond = false;
        const res = ctx.res;
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        if (body === 'reset') {
          res.write(parts[0]);
          setTimeout(() => res.socket?.destroy(), 100);
          return;
        }
        for (const part of parts) {
          res.write(part);
          await new Promise((r) => setTimeout(r, 200));
        }
        res.end();
        return;
      }
      // /test-slow?to=URL: the same after a second, for states that last.
      if (ctx.path === '/test-slow') {
        await new Promise((r) => setTimeout(r, 1000));
        return ctx.redirect(String(ctx.query.to));
      }
      // /test-stream: a page that arrives in two parts, three seconds apart, the second starting inside a widget's
      // inline JSON (and before another widget's), with the library loaded `async`: it runs while the page is parsed.
      if (ctx.path === '/test-stream') {
        const json = await readFile('data/central-asia-japan-2025.json', 'utf8');
        const cut = json.indexOf('"title"') + 12;
        const body = new PassThrough();
        ctx.type = 'html';
        ctx.body = body;
        body.write(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${STREAM_PROBE}</script>` +
            '<script type="module" async src="/src/index.ts"></script></head><body>' +
            // A provider around the rest of the article, its dataset whole: its widgets draw while the rest arrives.
            `<summit-data><script type="application/json">${json}</script><summit-card></summit-card><p>Text</p>` +
            `<summit-leader-roster><script type="application/json">${json.slice(0, cut)}`,
        );
        setTimeout(
          () =>
            body.end(
              `${json.slice(cut)}</script></summit-leader-roster></summit-data><p class="after">After the roster</p>` +
                `<summit-quote><script type="application/json">${json}</script></summit-quote></body></html>`,
            ),
          3000,
        );
        return;
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
