import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../chrome-path.mjs';
import { shippedTemplates } from '../../bench/lib/build.js';
import { casePage } from '../../bench/lib/pages.js';
import { startServer } from '../../bench/lib/server.js';
const root = '/work/main';
const outdir = '/tmp/lexp';
await mkdir(outdir, { recursive: true });
await build({ bundle: true, format: 'esm', minify: true, target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.json': 'json' }, absWorkingDir: root, entryPoints: { 'timeline-ours.min': join(root, 'bench/pages/timeline-ours.js') },
  outdir, logLevel: 'error', plugins: [shippedTemplates] });
const pages = { '/timeline-ours.html': casePage('timeline-ours', '') };
const server = await startServer({ '/b/': outdir }, pages);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
let ctx = await browser.newContext(); let tab = await ctx.newPage();
await tab.goto(`${server.origin}/timeline-ours.html`);
await tab.waitForFunction(() => window.bench !== undefined);
await tab.evaluate(() => window.bench.frame(20));
const { css, body } = await tab.evaluate(() => {
  const el = document.querySelector('summit-proposal-timeline');
  const css = el.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  return { css, body: el.shadowRoot.innerHTML };
});
await ctx.close();
const variants = {
  style: [body, css],
  nocq: [body, css.replace(/container-type: inline-size;/g, '')],
  nodetails: [body.replace(/<details[^]*?<\/details>/g, ''), css],
  nocqrules: [body, css.replace(/@container[^{]*\{/g, '@media (max-width: 1px) {')],
};
const mk = (body, css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script>
const css = ${JSON.stringify(css)}; const body = ${JSON.stringify(body)};
window.go = () => new Promise((r) => { const t0 = performance.now();
  const stage = document.createElement('div'); stage.style.cssText = 'width:900px;height:600px;position:relative;overflow:auto'; document.body.append(stage);
  const host = document.createElement('summit-x'); stage.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' + css + '</style>' + body;
  requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now() - t0); c.port2.postMessage(0); });
});</script></body></html>`;
for (const [k, [b, c]] of Object.entries(variants)) pages[`/${k}.html`] = mk(b, c);
const res = {};
for (let s = 0; s < 21; s++) for (const name of Object.keys(variants)) {
  ctx = await browser.newContext(); tab = await ctx.newPage();
  await tab.goto(`${server.origin}/${name}.html`);
  await tab.waitForFunction(() => window.go !== undefined);
  (res[name] ??= []).push(await tab.evaluate(() => window.go()));
  await ctx.close();
}
await browser.close(); await server.close();
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(14), 'median', med(v).toFixed(1), 'min', Math.min(...v).toFixed(1));
