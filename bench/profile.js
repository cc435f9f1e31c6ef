#!/usr/bin/env node
/**
 * Where a bench case spends its time: runs one case page (built without identifier mangling) a few
 * times under the CPU profiler and prints the functions with the most self time, averaged.
 *
 *   node bench/profile.js <page> <fn> <n> [samples]
 *   node bench/profile.js cloud-ours frame 200
 *   node bench/profile.js timeline-ours frame 20
 *
 * Pages are the files of bench/pages/ (cloud-ours, cloud-d3, cloud-wc2, cloud-layout-ours,
 * cloud-layout-d3, timeline-ours, timeline-tljs); fn is `frame` or `layout`. The first sample's
 * profile is saved to bench/.build/profile/<page>-<n>.cpuprofile (open it in DevTools' Performance panel).
 */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome-path.mjs';
import { COMPILE_HINT } from '../scripts/lib/compile-hint.mjs';
import { shippedTemplates } from './lib/build.js';
import { TIMELINEJS_HEAD, casePage } from './lib/pages.js';
import { startServer } from './lib/server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [page, fn, nText, samplesText] = process.argv.slice(2);
if (!page || !fn || !nText) {
  console.error('usage: node bench/profile.js <page> <fn> <n> [samples]');
  process.exit(2);
}
const n = Number(nText);
const samples = Number(samplesText ?? 5);
const outdir = join(root, 'bench/.build/profile');
await mkdir(outdir, { recursive: true });
await build({
  bundle: true,
  format: 'esm',
  minify: false,
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.json': 'json' },
  absWorkingDir: root,
  entryPoints: { [`${page}.min`]: join(root, 'bench/pages', `${page}.js`) },
  outdir,
  logLevel: 'error',
  plugins: [shippedTemplates],
  // As bench/lib/build.js builds the pages (and the CDN bundle ships).
  banner: { js: COMPILE_HINT },
});
const server = await startServer(
  { '/b/': outdir, '/vendor/tljs/': join(root, 'node_modules/@knight-lab/timelinejs/dist') },
  { [`/${page}.html`]: casePage(page, page === 'timeline-tljs' ? TIMELINEJS_HEAD : '') },
);
const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const selfTime = new Map();
try {
  for (let s = 0; s < samples; s++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/${page}.html`);
    await tab.waitForFunction(() => window.bench !== undefined);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await tab.evaluate(([f, size]) => window.bench[f](size), [fn, n]);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`sample ${s + 1}: ${JSON.stringify(result)}`);
    if (s === 0) await writeFile(join(outdir, `${page}-${n}.cpuprofile`), JSON.stringify(profile));
    const perNode = new Map();
    profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + (perNode.get(node.id) ?? 0));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\nself time, ms per sample (${samples} samples); "(program)" is the browser's own work: style, layout, paint, parsing`,
);
for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${(ms / samples).toFixed(1).padStart(8)}  ${key}`);
