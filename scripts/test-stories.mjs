// Tests every story of the static Storybook build (storybook-static/, from `npm run build-storybook`) in headless
// Chromium: each story must render, its widgets must be defined and leave their loading state (except Loading
// stories), with no page error, console error, Storybook error display, failed play function or axe-core
// violation. Every docs page must render too, its widgets settle (but those of Loading stories), and pass axe-core
// as a whole: its own headings and the widgets' are one outline there (heading-order). One line per story, a
// summary, exit code 1 on any failure.
//
//   node scripts/test-stories.mjs [--filter text] [--concurrency n] [--screenshots dir]
//
// Builds nothing: a `storybook build` that exits 0 proves nothing by itself, this is the check that it works.
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './chrome-path.mjs';
import { TYPES } from './static-server.mjs';

const { values: options } = parseArgs({
  options: {
    filter: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    screenshots: { type: 'string' },
  },
});
const ROOT = resolve('storybook-static');
const AXE = resolve('node_modules/axe-core/axe.min.js');
const STORY_TIMEOUT = 30_000;
/** How long widgets may stay in their loading state before a story fails. */
const SETTLE_TIMEOUT = 10_000;

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
warnIfStale();
const chrome = requireChrome();

/** A static file server for storybook-static/ on 127.0.0.1 and a free port. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = resolve(ROOT, `.${path}`);
    if (file !== ROOT && !file.startsWith(ROOT + sep)) return void res.writeHead(403).end();
    // Browsers ask for it on their own; Storybook has none, and a 404 would be logged as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Hashed assets stay cached between stories; pages and data are always fresh.
      'cache-control': path.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Warns when sources changed after the build (the run would test old code). */
function warnIfStale() {
  const built = statSync(join(ROOT, 'index.json')).mtimeMs;
  const newer = (dir) =>
    existsSync(dir) &&
    readdirSync(dir, { recursive: true, withFileTypes: true }).some(
      (e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > built,
    );
  const stale = ['src', 'stories', '.storybook', 'data'].filter(newer);
  if (stale.length) {
    console.warn(`⚠ ${stale.join(', ')} changed after storybook-static/ was built: run \`npm run build-storybook\`.`);
  }
}

// Runs in the page: every element under `root`, through open shadow roots.
const pageHelpers = () => {
  window.__deepElements = (root) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return out;
  };
};

/** Waits for Storybook to finish rendering the story (loaders, render, play function, hooks). */
async function storyFinished(page, id) {
  await page.waitForFunction(
    (storyId) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: STORY_TIMEOUT, polling: 50 },
  );
}

/**
 * The summit elements of the story, once they have settled: all upgraded, updates done, and out of the
 * loading state (a Loading story is expected to stay in it).
 */
async function widgetsSettled(page, expectLoading) {
  return page.evaluate(
    async ({ expectLoading, timeout }) => {
      const root = document.querySelector('#storybook-root');
      const end = performance.now() + timeout;
      const custom = () => window.__deepElements(root).filter((el) => el.localName.includes('-'));
      const pending = (el) => el.summitData?.status === 'pending';
      for (;;) {
        const elements = custom();
        await Promise.all(elements.map((el) => el.updateComplete));
        const waiting = elements.filter(pending);
        if (expectLoading || !waiting.length || performance.now() > end) {
          const summit = elements.filter((el) => el.localName.startsWith('summit-'));
          return {
            content: (root?.children.length ?? 0) > 0,
            widgets: summit.length,
            undefinedTags: [
              ...new Set(elements.filter((el) => !window.customElements.get(el.localName)).map((el) => el.localName)),
            ],
            pending: [...new Set(waiting.map((el) => el.localName))],
            // An error shown (part "error": a bad dataset, or an attribute naming nothing), or an alert with something
            // in it (<summit-data> keeps an empty alert region ready for its announcements).
            alerts: [
              ...new Set(
                summit
                  .filter((el) =>
                    [...(el.shadowRoot?.querySelectorAll('[part~="error"], [role="alert"]') ?? [])].some((a) =>
                      a.textContent.trim(),
                    ),
                  )
                  .map((el) => el.localName),
              ),
            ],
            errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
            errorText: document.querySelector('#error-message')?.textContent?.trim().slice(0, 300) ?? '',
          };
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    { expectLoading, timeout: SETTLE_TIMEOUT },
  );
}

/**
 * The summit elements of a docs page still loading once they have settled (all upgraded and updated, out of the
 * loading state but for those of a Loading story, which stay in it), or after the settle timeout.
 */
async function docsWidgetsPending(page, loadingIds) {
  return page.evaluate(
    async ({ loadingIds, timeout }) => {
      const root = document.querySelector('#storybook-docs');
      const end = performance.now() + timeout;
      // The story block an element is drawn in: `story--<id>`, or `story--<id>--primary` for the page's first story.
      const storyOf = (el) => {
        let node = el;
        while (node && !node.closest('.sb-story')) node = node.getRootNode().host;
        return node
          ?.closest('.sb-story')
          ?.id.replace(/^story--/, '')
          .replace(/--primary$/, '');
      };
      for (;;) {
        const elements = window.__deepElements(root).filter((el) => el.localName.startsWith('summit-'));
        await Promise.all(elements.map((el) => el.updateComplete));
        const waiting = elements.filter(
          (el) => el.summitData?.status === 'pending' && !loadingIds.includes(storyOf(el)),
        );
        if (!waiting.length || performance.now() > end) {
          return [...new Set(waiting.map((el) => `${el.localName} (${storyOf(el) ?? 'outside a story'})`))];
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    { loadingIds, timeout: SETTLE_TIMEOUT },
  );
}

/**
 * axe-core with its default rules on `root`: a story's (#storybook-root) or a docs page's (#storybook-docs).
 * `heading-order` is named to keep it on: on a docs page, the widgets' headings must fit under the page's.
 */
async function axeViolations(page, root = '#storybook-root') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource });
  const violations = await page.evaluate(async (selector) => {
    const result = await window.axe.run(document.querySelector(selector), {
      rules: {
        'heading-order': { enabled: true },
        // On a docs page only: Storybook's preview blocks are overflow: auto boxes, which can be scrollable for a
        // moment while a story lays out (seen with several pages checked at once). They are Storybook's, not ours;
        // every story is checked on its own, with this rule, in story view.
        ...(selector === '#storybook-docs' && { 'scrollable-region-focusable': { enabled: false } }),
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.flat(Infinity).join(' → ')),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
    }));
  }, root);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')} — ${v.summary}`);
}

async function testStory(page, entry) {
  const problems = [];
  const tags = entry.tags ?? [];
  const loading = tags.includes('loading-state');
  const expectError = tags.includes('error-state');
  // The a11y addon's own run is switched off (a11y.manual): this script runs axe itself, once.
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story&globals=a11y.manual:!true`);
  await storyFinished(page, entry.id);
  const state = await widgetsSettled(page, loading);
  if (state.errorDisplay) problems.push(`Storybook error display: ${state.errorText}`);
  if (!state.content || !state.widgets) problems.push('nothing rendered in #storybook-root');
  if (state.undefinedTags.length) problems.push(`elements never defined: ${state.undefinedTags.join(', ')}`);
  if (loading && !state.pending.length) problems.push('a Loading story left its loading state');
  if (!loading && state.pending.length)
    problems.push(`still loading after ${SETTLE_TIMEOUT / 1000} s: ${state.pending.join(', ')}`);
  if (expectError && !state.alerts.length)
    problems.push('an Error story shows no error (part="error" or role="alert")');
  if (!expectError && state.alerts.length) problems.push(`unexpected error state in ${state.alerts.join(', ')}`);
  if (!state.errorDisplay) problems.push(...(await axeViolations(page)));
  if (options.screenshots) {
    mkdirSync(options.screenshots, { recursive: true });
    await page.screenshot({ path: join(options.screenshots, `${entry.id}.png`), fullPage: true });
  }
  return problems;
}

async function testDocs(page, entry) {
  const problems = [];
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs&globals=a11y.manual:!true`);
  const state = await page
    .waitForFunction(
      () => {
        const body = document.body;
        if (body.classList.contains('sb-show-errordisplay')) return { error: true };
        const docs = document.querySelector('#storybook-docs');
        const preview = window.__STORYBOOK_PREVIEW__;
        if (!docs?.querySelector('.sbdocs-content, .sbdocs') || !preview) return false;
        const blocks = docs.querySelectorAll('.docs-story').length;
        const renders = preview.storyRenders ?? [];
        if (renders.length < blocks || !renders.every((r) => ['finished', 'aborted'].includes(r.phase))) return false;
        return {
          error: false,
          text: docs.textContent?.length ?? 0,
          stories: blocks,
          argRows: docs.querySelectorAll('.docblock-argstable-body tr').length,
          argsTable: !!docs.querySelector('.docblock-argstable'),
        };
      },
      undefined,
      { timeout: STORY_TIMEOUT, polling: 100 },
    )
    .then((handle) => handle.jsonValue());
  if (state.error) {
    const text = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim() ?? '');
    problems.push(`Storybook error display: ${text.slice(0, 300)}`);
  } else {
    if (state.text < 200) problems.push('the docs page is (nearly) empty');
    const undefinedTags = await page.evaluate(() => [
      ...new Set(
        window
          .__deepElements(document.querySelector('#storybook-docs'))
          .filter((el) => el.localName.startsWith('summit-') && !window.customElements.get(el.localName))
          .map((el) => el.localName),
      ),
    ]);
    if (undefinedTags.length) problems.push(`elements never defined: ${undefinedTags.join(', ')}`);
    const pending = await docsWidgetsPending(page, loadingStoryIds);
    if (pending.length) problems.push(`still loading after ${SETTLE_TIMEOUT / 1000} s: ${pending.join(', ')}`);
    problems.push(...(await axeViolations(page, '#storybook-docs')));
    // A component's page lists its API from the manifest: it must have an args table with rows.
    if (!entry.importPath.endsWith('.mdx') && (!state.argsTable || state.argRows < 5)) {
      problems.push(`the API table has ${state.argRows} rows: is custom-elements.json missing?`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
const axeSource = readFile(AXE, 'utf8');
const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !options.filter || e.id.includes(options.filter))
  .sort((a, b) => (a.type === b.type ? 0 : a.type === 'story' ? -1 : 1));
/** The Loading stories: their widgets stay in the loading state, on a docs page too. */
const loadingStoryIds = Object.values(index.entries)
  .filter((e) => e.type === 'story' && e.tags?.includes('loading-state'))
  .map((e) => e.id);
if (!entries.length) {
  console.error(`No stories${options.filter ? ` match "${options.filter}"` : ''} in storybook-static/index.json.`);
  process.exit(1);
}

const started = performance.now();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chrome, args: chromeArgs });
const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
await context.addInitScript(pageHelpers);

const results = [];
let next = 0;
async function worker() {
  const page = await context.newPage();
  let messages = [];
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Two copies of Lit break instanceof checks and double the download: as bad as an error here.
    if (message.type() === 'warning' && message.text().includes('Multiple versions of Lit')) {
      messages.push(`console warning: ${message.text()}`);
    }
    if (message.type() !== 'error') return;
    const where = message.text().startsWith('Failed to load resource') ? ` (${message.location().url})` : '';
    messages.push(`console error: ${message.text()}${where}`);
  });
  while (next < entries.length) {
    const entry = entries[next++];
    const t0 = performance.now();
    messages = [];
    let problems;
    try {
      problems = entry.type === 'story' ? await testStory(page, entry) : await testDocs(page, entry);
    } catch (error) {
      problems = [`${error.name === 'TimeoutError' ? 'timed out' : 'runner error'}: ${error.message.split('\n')[0]}`];
    }
    problems.unshift(...messages);
    const ms = performance.now() - t0;
    results.push({ entry, problems, ms });
    const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name}`;
    console.log(`${problems.length ? '✗' : '✓'} ${label} (${(ms / 1000).toFixed(1)} s)`);
    for (const p of problems) console.log(`    ${p}`);
  }
  await page.close();
}

try {
  const workers = Math.max(1, Number(options.concurrency) || 2);
  await Promise.all(Array.from({ length: Math.min(workers, entries.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((r) => r.problems.length);
const count = (type) => results.filter((r) => r.entry.type === type).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${results.length - failed.length} passed, ${failed.length} failed — ${count('story')} stories, ${count('docs')} docs pages, ${seconds} s`,
);
if (failed.length) {
  console.log('Failed:');
  for (const r of failed) console.log(`  ${r.entry.id}`);
}
if (options.screenshots) console.log(`Screenshots in ${relative(process.cwd(), resolve(options.screenshots))}/`);
process.exit(failed.length ? 1 : 0);
