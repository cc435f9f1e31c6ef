#!/usr/bin/env node
/**
 * The benchmark of issue 7: summit-widgets against TimelineJS3, d3-cloud and wordcloud2.js, in
 * one headless Chromium run, with the budgets and goals of bench/goals.js.
 *
 *   node bench/run.js            full run: 9 samples per case, every case (npm run bench)
 *   node bench/run.js --quick    CI guard: 5 samples, the smaller cases (npm run bench:quick)
 *   --samples N                  samples per case (full mode; at least 7, default 9)
 *   --only SUBSTRING             run only the cases whose key contains SUBSTRING (debugging)
 *
 * Page-load cases take twice the samples (at least 12). Writes bench/results/latest.json and latest.md (quick
 * and --only runs: bench/.build/quick.* and only.*, not committed) and prints the Markdown. Exits non-zero when a size budget is exceeded or a placement goal fails, and in quick
 * mode also when a timing ratio falls below half of its goal.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../scripts/chrome-path.mjs';
import { placeAllWords, sizeBudgets, sizeGuards, timingGoals } from './goals.js';
import { breakdown, buildCdn, buildEntries, buildPages, bundlePeer } from './lib/build.js';
import { TIMELINEJS_HEAD, articlePages, casePage } from './lib/pages.js';
import { renderMarkdown } from './lib/report.js';
import { startServer } from './lib/server.js';
import { median, medianOf, min } from './lib/stats.js';
import { weigh } from './lib/weight.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const samples = quick ? 5 : Math.max(7, Number(option('--samples') ?? 9));
const only = option('--only');
// Before any build: without a browser there is nothing to measure.
const executablePath = requireChrome();
const started = Date.now();
const loadBefore = loadavg()[0];
const log = (...args) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);

/* ---------------------------------------------------------------- cases */

const CLOUD_SIZES = quick ? [30, 200] : [30, 200, 1000];
const TIMELINE_PEER_SIZES = [20, 500];
const TIMELINE_OURS_SIZES = quick ? [20, 500] : [20, 500, 10000];

/**
 * One case = one library at one size. Cases of a `round` are sampled interleaved (ours, peer,
 * ours, peer, …) so drift on the machine hits them alike.
 */
const cases = [];
for (const n of CLOUD_SIZES) {
  const round = `cloud-layout/${n}`;
  cases.push({ key: `cloud-layout/ours/${n}`, round, page: 'cloud-layout-ours', fn: 'layout', n });
  cases.push({ key: `cloud-layout/d3-cloud/${n}`, round, page: 'cloud-layout-d3', fn: 'layout', n });
}
for (const n of CLOUD_SIZES) {
  const round = `cloud-frame/${n}`;
  cases.push({ key: `cloud-frame/ours/${n}`, round, page: 'cloud-ours', fn: 'frame', n });
  cases.push({ key: `cloud-frame/d3-cloud/${n}`, round, page: 'cloud-d3', fn: 'frame', n });
  cases.push({ key: `cloud-frame/wordcloud2/${n}`, round, page: 'cloud-wc2', fn: 'frame', n });
  // For information (no goal): the same output with no script, the floor under ours and under any goal it bounds.
  if (!quick)
    cases.push({ key: `cloud-frame/static/${n}`, round, page: 'static-copy', fn: 'frame', n, from: 'cloud-ours' });
}
for (const n of TIMELINE_OURS_SIZES) {
  // The 10,000-event case runs in the 20-event round: its goal divides by our 20-event time, measured alongside.
  const round = `timeline/${TIMELINE_PEER_SIZES.includes(n) ? n : TIMELINE_OURS_SIZES[0]}`;
  cases.push({ key: `timeline/ours/${n}`, round, page: 'timeline-ours', fn: 'frame', n });
  // For information only (no goal), so the gate skips it.
  if (!quick) cases.push({ key: `timeline/bare-lit/${n}`, round, page: 'timeline-bare', fn: 'frame', n });
  if (TIMELINE_PEER_SIZES.includes(n)) {
    cases.push({ key: `timeline/timelinejs3/${n}`, round, page: 'timeline-tljs', fn: 'frame', n });
    if (!quick)
      cases.push({ key: `timeline/static/${n}`, round, page: 'static-copy', fn: 'frame', n, from: 'timeline-ours' });
  }
}
for (const variant of ['no-widgets', 'bare-lit', 'roster', 'all-widgets'])
  cases.push({ key: `page/${variant}`, round: 'page', article: variant });

const selected = only ? cases.filter((c) => c.key.includes(only)) : cases;
const PAGE_ENTRIES = [
  'cloud-layout-ours',
  'cloud-layout-d3',
  'cloud-ours',
  'cloud-d3',
  'cloud-wc2',
  'timeline-ours',
  'timeline-tljs',
  'timeline-bare',
  'static-copy',
  'bare-lit',
  'roster',
];
/** Which bundle each article variant needs. */
const ARTICLE_BUNDLE = { 'bare-lit': 'bare-lit', roster: 'roster', 'all-widgets': 'cdn' };

/**
 * Package entries weighed with Lit external; the element entries carry the per-entry budget. They are the
 * files an npm consumer imports (dist/, built just below the way `npm run build` builds it), bundled and minified.
 */
const ENTRIES = {
  'summit-data': 'dist/summit-data.js',
  'leader-roster': 'dist/leader-roster.js',
  'proposal-timeline': 'dist/proposal-timeline.js',
  'sector-cloud': 'dist/sector-cloud.js',
  card: 'dist/card.js',
  quote: 'dist/quote.js',
  'data (no DOM)': 'dist/data.js',
};
const ELEMENT_ENTRIES = ['summit-data', 'leader-roster', 'proposal-timeline', 'sector-cloud', 'card', 'quote'];

/* ---------------------------------------------------------------- build and weigh */

log(`building (${quick ? 'quick' : 'full'} mode, ${samples} samples per case)`);
// The npm build of the entries, which they are weighed from: the package's own `build:npm`.
execFileSync('npm', ['run', '--silent', 'build:npm'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
// Pages first: buildPages empties bench/.build, then the CDN bundle and the entries go into sub-folders.
const pageErrors = await buildPages(root, PAGE_ENTRIES);
const [cdn, entries] = await Promise.all([buildCdn(root), buildEntries(root, ENTRIES)]);

const tljs = join(root, 'node_modules/@knight-lab/timelinejs/dist');
const weights = [];
const budgetFailures = [];
const addWeight = async (row, files, options) => {
  try {
    weights.push({ ...row, ...(await weigh(files, options)) });
  } catch (e) {
    weights.push({ ...row, error: String(e.message ?? e) });
  }
};
if (cdn.error) weights.push({ name: 'summit-widgets CDN bundle (Lit included)', group: 'ours', error: cdn.error });
else
  await addWeight(
    {
      name: 'summit-widgets CDN bundle (Lit included)',
      group: 'ours',
      by: cdn.by,
      budget: sizeBudgets.bundleGzip,
      guard: sizeGuards.bundleGzip,
    },
    cdn.files,
  );
// The floor of the bundle's features: its code with every string and template text emptied (no message, markup or
// style left). Where it is over the budget, no trimming of text or lazy loading of words can meet the budget.
if (!cdn.error) {
  await addWeight(
    {
      name: 'summit-widgets CDN bundle, its code alone (every text emptied: the floor of its features)',
      group: 'ours',
    },
    cdn.files,
    { codeOnly: true },
  );
}
for (const name of Object.keys(ENTRIES)) {
  const entry = entries[name];
  const row = {
    name: `${name} entry, over Lit`,
    group: 'ours',
    budget: ELEMENT_ENTRIES.includes(name) ? sizeBudgets.entryGzipOverLit : undefined,
    guard: ELEMENT_ENTRIES.includes(name) ? sizeGuards.entryGzipOverLit[name] : undefined,
  };
  if (entry.error) weights.push({ ...row, error: entry.error });
  else await addWeight(row, entry.files);
  // The core every element entry carries (data layer, controller, context, task, localize), as code alone.
  if (name === 'summit-data' && !entry.error) {
    await addWeight(
      {
        name: 'summit-data entry, over Lit, its code alone (the floor of the core every entry carries)',
        group: 'ours',
      },
      entry.files,
      { codeOnly: true },
    );
  }
}
await addWeight({ name: 'lit', group: 'peer' }, [entries.lit.file]);
await addWeight(
  { name: 'lit, every module the entries import', group: 'peer', note: entries['lit (as used)'].modules.join(', ') },
  [entries['lit (as used)'].file],
);
await addWeight({ name: 'TimelineJS3 3.9.11 (JS + CSS)', group: 'peer' }, [
  join(tljs, 'js/timeline.js'),
  join(tljs, 'css/timeline.css'),
]);
await addWeight({ name: 'TimelineJS3 JS only', group: 'peer' }, [join(tljs, 'js/timeline.js')]);
await addWeight({ name: 'd3-cloud 1.2.9 (with d3-dispatch)', group: 'peer' }, [
  await bundlePeer(root, 'd3-cloud', `export { default } from 'd3-cloud';`),
]);
await addWeight({ name: 'wordcloud2.js 1.2.3', group: 'peer' }, [
  await bundlePeer(root, 'wordcloud2', `export { default } from 'wordcloud';`),
]);
const bytesBySource = await breakdown(root, 'src/index.ts').catch((e) => ({ error: String(e.message ?? e) }));
for (const w of weights) {
  if (w.budget === undefined) continue;
  w.withinBudget = w.error ? false : w.gzip <= w.budget;
  // The goal is reported either way; the build fails only past the guard (equal to the goal once it is met).
  if (w.error || w.gzip > Math.max(w.budget, w.guard ?? 0)) budgetFailures.push(w);
}

/* ---------------------------------------------------------------- browser run */

const server = await startServer(
  { '/b/': join(root, 'bench/.build'), '/vendor/tljs/': tljs },
  {
    ...Object.fromEntries(
      PAGE_ENTRIES.map((name) => [`/${name}.html`, casePage(name, name === 'timeline-tljs' ? TIMELINEJS_HEAD : '')]),
    ),
    ...Object.fromEntries(Object.entries(articlePages(root)).map(([v, html]) => [`/article-${v}.html`, html])),
  },
);
const browser = await chromium.launch({
  executablePath,
  // Any host but ours fails at once: the machine is offline and a library must not stall on DNS.
  args: [
    ...chromeArgs,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // performance.measureUserAgentSpecificMemory() answers at once instead of at the next scheduled GC (up to 20 s).
    '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});
const chromiumVersion = browser.version();

/** Why a case cannot run (its bundle did not build), or undefined. */
function unavailable(c) {
  if (c.page) return pageErrors[c.page];
  const bundle = ARTICLE_BUNDLE[c.article];
  if (bundle === 'cdn') return cdn.error;
  return bundle ? pageErrors[bundle] : undefined;
}

/**
 * The DOM's heap in bytes (Blink's garbage-collected heap: nodes, layout objects, style), through the protocol: the
 * `DOM` entries of `performance.measureUserAgentSpecificMemory()`, which the page may call because it is
 * cross-origin isolated. Undefined where the browser does not offer it.
 */
async function domHeapBytes(cdp) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(async () => {
      if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
      const { breakdown } = await performance.measureUserAgentSpecificMemory();
      return breakdown.filter((b) => b.types.includes('DOM')).reduce((sum, b) => sum + b.bytes, 0);
    })()`,
    awaitPromise: true,
    returnByValue: true,
  });
  return exceptionDetails || typeof result.value !== 'number' ? undefined : result.value;
}

/** One sample: a new browser context (fresh page, empty caches), one measurement, its memory. */
async function sample(c) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const remote = [];
  const errors = [];
  try {
    // Widget cases time what happens after load, so intercepting costs them nothing; the article
    // cases time the navigation itself and rely on the host-resolver rule instead.
    if (!c.article)
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) remote.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    let result;
    if (c.article) {
      await page.goto(`${server.origin}/article-${c.article}.html`);
      await page.waitForFunction(() => window.__done !== undefined, null, { timeout: 30000 });
      const { done, shown, response } = await page.evaluate(() => ({
        done: window.__done,
        shown: window.__shown,
        response: window.__response,
      }));
      result = { ms: done, shown, fromResponse: done - response };
    } else {
      await page.goto(`${server.origin}/${c.page}.html`);
      await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 30000 });
      // A case that never settles must not hang the run: give up after a minute.
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no result within 60 s')), 60000);
      });
      result = await Promise.race([
        page.evaluate(([fn, n, arg]) => window.bench[fn](n, arg), [c.fn, c.n, c.arg]),
        timeout,
      ]).finally(() => clearTimeout(timer));
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    const domHeap = await domHeapBytes(cdp);
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    return { ...result, jsHeap: metric('JSHeapUsedSize'), domHeap, nodes: metric('Nodes'), remote: remote.length };
  } finally {
    await context.close();
  }
}

// One warm-up navigation so the first measured sample does not pay for starting the renderer.
await sample({ key: 'warm-up', article: 'no-widgets' }).catch(() => undefined);

const results = new Map(selected.map((c) => [c.key, { ...c, samples: [], error: unavailable(c) }]));
// The static copies copy what our widget drew for the same n, on a page of its own.
for (const r of results.values()) {
  if (!r.from || r.error) continue;
  r.error = pageErrors[r.from];
  if (r.error) continue;
  try {
    r.arg = (await sample({ page: r.from, fn: 'snapshot', n: r.n })).snapshot;
  } catch (e) {
    r.error = `no snapshot of ${r.from}: ${String(e.message ?? e).split('\n')[0]}`;
  }
}
const rounds = [...new Set(selected.map((c) => c.round))];
for (const round of rounds) {
  const members = selected.filter((c) => c.round === round && !results.get(c.key).error);
  const roundStart = Date.now();
  // Page loads are cheap and noisier than in-page timings (process start, first frame), and their
  // goal subtracts two medians: twice the samples, and at least 12.
  const count = round === 'page' ? Math.max(samples * 2, 12) : samples;
  for (let s = 0; s < count; s++) {
    // Rotate who goes first, so no library always runs right after a particular other one.
    for (let k = 0; k < members.length; k++) {
      const c = members[(s + k) % members.length];
      const r = results.get(c.key);
      if (r.error) continue;
      try {
        r.samples.push(await sample(r));
      } catch (e) {
        r.error = String(e.message ?? e).split('\n')[0];
        log(`${c.key}: ${r.error}`);
      }
    }
  }
  log(
    `${round}: ${members.map((c) => c.key.split('/')[1] ?? c.key).join(', ')} in ${((Date.now() - roundStart) / 1000).toFixed(1)} s`,
  );
}
await browser.close();
await server.close();

/* ---------------------------------------------------------------- statistics and goals */

const caseRows = [...results.values()].map((r) => {
  const ms = r.samples.map((x) => x.ms);
  return {
    key: r.key,
    round: r.round,
    n: r.n,
    error: r.error,
    samples: ms.map((v) => Math.round(v * 100) / 100),
    fromResponseSamples: r.samples.some((x) => x.fromResponse !== undefined)
      ? r.samples.map((x) => Math.round(x.fromResponse * 100) / 100)
      : undefined,
    median: ms.length ? median(ms) : undefined,
    min: ms.length ? min(ms) : undefined,
    placed: medianOf(r.samples, 'placed'),
    rendered: medianOf(r.samples, 'rendered'),
    shown: medianOf(r.samples, 'shown'),
    measureMs: medianOf(r.samples, 'measureMs'),
    warmMs: medianOf(r.samples, 'warmMs'),
    fromResponse: medianOf(r.samples, 'fromResponse'),
    fromResponseMin: r.samples.some((x) => x.fromResponse !== undefined)
      ? min(r.samples.map((x) => x.fromResponse).filter((v) => v !== undefined))
      : undefined,
    grownTo: r.samples[0]?.grownTo,
    jsHeap: medianOf(r.samples, 'jsHeap'),
    domHeap: medianOf(r.samples, 'domHeap'),
    nodes: medianOf(r.samples, 'nodes'),
    remoteRequests: r.samples.reduce((sum, x) => sum + (x.remote ?? 0), 0),
  };
});
const byKey = new Map(caseRows.map((r) => [r.key, r]));
const med = (key) => byKey.get(key)?.median;

const goalRows = [];
for (const g of timingGoals) {
  if (quick && !g.quick) continue;
  let ratio;
  let keys;
  if (g.kind === 'speedup') {
    keys = [g.peer, g.ours];
    ratio = med(g.peer) / med(g.ours);
  } else if (g.kind === 'slowdown') {
    keys = [g.of, g.over];
    ratio = med(g.of) / med(g.over);
  } else {
    keys = [g.of, g.over, g.base];
    ratio = (med(g.of) - med(g.base)) / (med(g.over) - med(g.base));
  }
  const missing = keys.filter((k) => med(k) === undefined);
  const row = { id: g.id, label: g.label, kind: g.kind, goal: g.atLeast ?? g.atMost, direction: g.atLeast ? '≥' : '≤' };
  // The same ratio against the static copy of our output (full runs), where the goal names one: the most any script
  // could reach with what we draw.
  if (g.floor && med(g.floor) !== undefined) row.ceiling = med(g.peer) / med(g.floor);
  // Work of ours a goal's clock leaves out where the peer's includes it (our text measuring, before our layout runs;
  // d3-cloud measures inside its own): the ratio with it added, beside the goal's.
  const extra = g.alsoCounting && byKey.get(g.ours)?.[g.alsoCounting.field];
  if (extra !== undefined && med(g.ours) !== undefined)
    row.withExtra = { ratio: med(g.peer) / (med(g.ours) + extra), what: g.alsoCounting.what };
  if (missing.length || !Number.isFinite(ratio)) {
    row.status = 'not measured';
    row.note = missing.map((k) => `${k}: ${byKey.get(k)?.error ?? 'not run'}`).join('; ');
  } else {
    row.ratio = ratio;
    const met = g.atLeast ? ratio >= g.atLeast : ratio <= g.atMost;
    // Margin > 1 means met with room to spare; < 1 how far short (1 = exactly the goal).
    row.margin = g.atLeast ? ratio / g.atLeast : g.atMost / ratio;
    row.status = met ? 'met' : 'missed';
    // A goal with `gate: false` is reported in the quick run too, but never fails it (see goals.js).
    row.guard =
      g.gate === false ||
      (g.atLeast ? ratio >= (g.guardAtLeast ?? g.atLeast / 2) : ratio <= (g.guardAtMost ?? g.atMost * 2));
    if (g.gate === false) row.note = 'reported, not a CI gate';
  }
  goalRows.push(row);
}
const placedKeys = caseRows.filter((r) => /^cloud-(layout|frame)\/ours\//.test(r.key));
const placedRow = { id: placeAllWords.id, label: placeAllWords.label, kind: 'placed', details: [] };
for (const r of placedKeys) {
  if (r.placed === undefined) placedRow.details.push(`${r.key}: ${r.error ?? 'not measured'}`);
  // Where the cloud grew past the 600×400 box to place them all, the size it grew to.
  else placedRow.details.push(`${r.key}: ${r.placed}/${r.n}${r.grownTo ? ` (in ${r.grownTo.join('×')})` : ''}`);
}
const measuredPlaced = placedKeys.filter((r) => r.placed !== undefined);
placedRow.status = !measuredPlaced.length
  ? 'not measured'
  : measuredPlaced.every((r) => r.placed === r.n)
    ? placedKeys.length === measuredPlaced.length
      ? 'met'
      : 'met where measured'
    : 'missed';
goalRows.push(placedRow);

const failures = [
  ...budgetFailures.map(
    (w) =>
      `size guard: ${w.name} ${w.error ? `did not build (${w.error})` : `${w.gzip} B gzip > ${Math.max(w.budget, w.guard ?? 0)} B`}`,
  ),
  ...(placedRow.status === 'missed' ? [`${placedRow.label}: ${placedRow.details.join(', ')}`] : []),
  ...(quick
    ? goalRows.filter((g) => g.status === 'not measured').map((g) => `not measured: ${g.label} (${g.note ?? ''})`)
    : []),
  ...(quick
    ? goalRows
        .filter((g) => g.ratio !== undefined && g.guard === false)
        .map(
          (g) =>
            `timing guard: ${g.label} = ${g.ratio.toFixed(2)}, worse than half its goal (${g.direction} ${g.goal})`,
        )
    : []),
];

const output = {
  mode: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  samplesPerCase: samples,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    platform: `${process.platform} ${process.arch}`,
    // 1-minute load average when the run started and ended: above the core count, other work
    // competed with the benchmark and absolute times are inflated (ratios much less so).
    loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0] * 10) / 10],
  },
  cdn: cdn.error ? { error: cdn.error } : { by: cdn.by },
  budgets: sizeBudgets,
  guards: sizeGuards,
  goals: goalRows,
  cases: caseRows,
  weights,
  bytesBySource,
  failures,
};

const markdown = renderMarkdown(output);
const outDir = join(root, 'bench/results');
await mkdir(outDir, { recursive: true });
// Only a full run of every case updates the committed results; quick (CI) and partial runs are scratch.
const [dir, base] = only
  ? [join(root, 'bench/.build'), 'only']
  : quick
    ? [join(root, 'bench/.build'), 'quick']
    : [outDir, 'latest'];
await writeFile(join(dir, `${base}.json`), `${JSON.stringify(output, null, 2)}\n`);
await writeFile(join(dir, `${base}.md`), markdown);
console.log(markdown);
if (failures.length && quick) {
  console.error(`\nbench:quick: ${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
// The full run reports; only the quick run is a gate.
if (failures.length)
  console.error(`\nbench: ${failures.length} budget(s) or guard(s) failed:\n  ${failures.join('\n  ')}`);
log(`done in ${output.durationSeconds} s`);
