#!/usr/bin/env node
/**
 * `npm run test:consumer`: a real consumer of the packed package.
 *
 * Packs the tarball, creates a fresh Vite app in a temporary folder that installs it (and
 * vite 8.3.8) from the npm cache, imports two widgets and the bundled dataset from the
 * package, builds it, and checks:
 * - the build holds <summit-leader-roster> and <summit-sector-cloud> and none of the other
 *   widgets (the sideEffects field lets the bundler drop what is not imported);
 * - served on 127.0.0.1 and opened in headless Chromium, the roster lists the 6 leaders and
 *   the cloud places the 17 sectors, with no console error.
 *
 * And the pre-rendered way, as a Node build step of the same app would do it: `summit-widgets/ssr`
 * (with the optional peer @lit-labs/ssr installed) writes a page, a second Vite build bundles its
 * script (Lit's hydration support first, then the two widgets), and in Chromium the widgets
 * hydrate the server's shadow DOM: the nodes from the server stay, nothing is drawn twice.
 *
 * Run `npm run build` first. `--keep` leaves the temporary app in place and prints its path.
 */
/* global customElements, Buffer -- customElements in a page.evaluate callback */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './chrome-path.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ✓' : '  ✗'} ${message}`);
  if (!ok) failures.push(message);
};
const npm = (args, cwd) => {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${r.stdout}${r.stderr}`);
  return r.stdout;
};

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
const executablePath = requireChrome();

const summit = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'summit-consumer-'));
const app = join(work, 'app');
mkdirSync(app);

try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  console.log(`packed ${packed.filename} (${seconds()})`);

  // A plain Vite app, as a news site's developer would start one.
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'summit-consumer',
        private: true,
        type: 'module',
        scripts: { build: 'vite build' },
        dependencies: { 'summit-widgets': `file:../${packed.filename}` },
        devDependencies: { vite: '8.3.8', '@lit-labs/ssr': '4.1.0', '@lit-labs/ssr-client': '1.1.8' },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Consumer</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body>
    <h1>Central Asia and Japan</h1>
    <summit-leader-roster heading-level="2"></summit-leader-roster>
    <summit-sector-cloud heading-level="2"></summit-sector-cloud>
  </body>
</html>
`,
  );
  writeFileSync(
    join(app, 'main.js'),
    // One subpath with .js, one without: both are in the exports map.
    `import 'summit-widgets/leader-roster.js';
import 'summit-widgets/sector-cloud';
import summit from 'summit-widgets/datasets/central-asia-japan-2025.json';

for (const el of document.querySelectorAll('summit-leader-roster, summit-sector-cloud')) el.data = summit;
`,
  );

  // The pre-rendered page: a build step writes ssr/index.html; ssr/hydrate.js is its script.
  mkdirSync(join(app, 'ssr'));
  writeFileSync(
    join(app, 'prerender.mjs'),
    `import { writeFileSync } from 'node:fs';
import { renderSummitWidgets } from 'summit-widgets/ssr';
import summit from 'summit-widgets/datasets/central-asia-japan-2025.json' with { type: 'json' };

const { html } = await renderSummitWidgets(['summit-leader-roster', 'summit-sector-cloud'], summit, { lang: 'en' });
writeFileSync(
  new URL('./ssr/index.html', import.meta.url),
  \`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pre-rendered</title>
    <script type="module" src="./hydrate.js"></script>
  </head>
  <body>
\${html}
  </body>
</html>
\`,
);
`,
  );
  writeFileSync(
    join(app, 'ssr/hydrate.js'),
    `// Lit's hydration support first: it must run before LitElement is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'summit-widgets/summit-data.js';
import 'summit-widgets/leader-roster.js';
import 'summit-widgets/sector-cloud.js';
`,
  );

  npm(['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/summit-widgets/package.json'), 'utf8'));
  check(
    installed.version === packed.version,
    `installed summit-widgets ${installed.version} from the tarball (${seconds()})`,
  );

  const build = spawnSync(join(app, 'node_modules/.bin/vite'), ['build'], { cwd: app, encoding: 'utf8' });
  check(build.status === 0, `vite build exits 0 (${seconds()})`);
  if (build.status !== 0) throw new Error(`${build.stdout}${build.stderr}`);

  const assets = join(app, 'dist/assets');
  const code = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  const has = (tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`) || code.includes(`\`${tag}\``);
  for (const tag of ['summit-leader-roster', 'summit-sector-cloud']) check(has(tag), `the build defines <${tag}>`);
  for (const tag of ['summit-proposal-timeline', 'summit-card', 'summit-quote']) {
    check(!code.includes(tag), `the build holds nothing of <${tag}> (tree-shaken)`);
  }
  check(code.includes(summit.leaders[0].name), 'the dataset is bundled from summit-widgets/datasets/');
  const lits = (code.match(/litElementVersions/g) ?? []).length;
  check(lits === 1, `one copy of Lit in the build (${lits})`);
  const kb = (Buffer.byteLength(code) / 1024).toFixed(0);
  console.log(`  the app's JavaScript: ${kb} KB minified`);

  // The pre-rendered page: Node renders, Vite bundles the hydration script.
  const prerender = spawnSync(process.execPath, ['prerender.mjs'], { cwd: app, encoding: 'utf8' });
  check(prerender.status === 0, `summit-widgets/ssr pre-renders a page in the app (${seconds()})`);
  if (prerender.status !== 0) throw new Error(prerender.stderr);
  const ssrBuild = spawnSync(
    join(app, 'node_modules/.bin/vite'),
    ['build', 'ssr', '--outDir', '../dist-ssr', '--emptyOutDir'],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  check(ssrBuild.status === 0, `vite build of the pre-rendered page exits 0 (${seconds()})`);
  if (ssrBuild.status !== 0) throw new Error(`${ssrBuild.stdout}${ssrBuild.stderr}`);
  const ssrHtml = readFileSync(join(app, 'dist-ssr/index.html'), 'utf8');
  check(
    (ssrHtml.match(/<template shadowroot="open" shadowrootmode="open"><style>/g) ?? []).length === 3,
    'the built page keeps the three declarative shadow roots with their styles',
  );

  // A strict CSP for the built page, as its server would send it: Vite minified the shadow roots'
  // <style> elements, so the hashes come from the final HTML (with the package's own helper).
  const { cspStyleHashes } = await import(pathToFileURL(join(app, 'node_modules/summit-widgets/dist/ssr.js')).href);
  const hashes = cspStyleHashes(ssrHtml);
  const csp = `default-src 'self'; script-src 'self'; style-src 'self' ${hashes.join(' ')}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

  // The built app in Chromium.
  const server = await serve(join(app, 'dist'));
  const ssrServer = await serve(join(app, 'dist-ssr'), { headers: { 'content-security-policy': csp } });
  const browser = await chromium.launch({ executablePath, args: chromeArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico') && errors.push(m.text()),
    );
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForFunction(
      () =>
        document.querySelector('summit-leader-roster')?.shadowRoot?.querySelectorAll('li').length > 0 &&
        document.querySelector('summit-sector-cloud')?.shadowRoot?.querySelector('ul.cloud.placed'),
      undefined,
      { timeout: 15000 },
    );
    const seen = await page.evaluate(() => {
      const roster = document.querySelector('summit-leader-roster').shadowRoot;
      const cloud = document.querySelector('summit-sector-cloud').shadowRoot;
      return {
        leaders: [...roster.querySelectorAll('li .name')].map((n) => n.textContent.trim()),
        sectors: [...cloud.querySelectorAll('button.word')].map((n) => n.textContent.trim()),
        messages: [...roster.querySelectorAll('[role="alert"]'), ...cloud.querySelectorAll('[role="alert"]')].length,
        others: ['summit-proposal-timeline', 'summit-card', 'summit-quote', 'summit-data'].filter((t) =>
          customElements.get(t),
        ),
      };
    });
    check(
      seen.leaders.length === 6 && summit.leaders.every((l) => seen.leaders.some((n) => n.startsWith(l.name))),
      `the roster renders the 6 leaders (${seen.leaders.length})`,
    );
    check(
      seen.sectors.length === 17 && summit.sectors.every((s) => seen.sectors.includes(s.name)),
      `the cloud renders the 17 sectors (${seen.sectors.length})`,
    );
    check(seen.messages === 0, 'no error state');
    check(
      seen.others.length === 0,
      `no other element is defined${seen.others.length ? `: ${seen.others.join(', ')}` : ''}`,
    );
    check(errors.length === 0, `no console error${errors.length ? `: ${errors.join('; ')}` : ''}`);

    // The pre-rendered page: hold the script back, keep references to the server's nodes, then let it run.
    const ssrPage = await browser.newPage();
    const ssrErrors = [];
    ssrPage.on(
      'console',
      (m) => m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico') && ssrErrors.push(m.text()),
    );
    ssrPage.on('pageerror', (e) => ssrErrors.push(String(e)));
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await ssrPage.route('**/assets/*.js', async (route) => {
      await gate;
      await route.continue();
    });
    await ssrPage.goto(ssrServer.url, { waitUntil: 'commit' });
    await ssrPage.waitForFunction(() => document.querySelector('summit-sector-cloud')?.shadowRoot?.querySelector('ul'));
    const before = await ssrPage.evaluate(() => {
      window.__kept = ['summit-leader-roster', 'summit-sector-cloud'].map((t) =>
        document.querySelector(t).shadowRoot.querySelector('ul'),
      );
      return {
        items: window.__kept.map((ul) => ul.children.length),
        defined: !!customElements.get('summit-leader-roster'),
      };
    });
    check(
      !before.defined && before.items.join() === '6,17',
      `without the script, the server's HTML shows 6 leaders and 17 sectors`,
    );
    release();
    // Hydrated: updated, and its words usable (the server draws them unavailable). A cloud on screen keeps the server's
    // list until it is scrolled out of view, so `placed` is not waited for.
    await ssrPage.waitForFunction(
      () =>
        ['summit-leader-roster', 'summit-sector-cloud'].every((t) => {
          const el = document.querySelector(t);
          return el?.hasUpdated && !el.isUpdatePending && !el.shadowRoot.querySelector('button:disabled');
        }),
      undefined,
      {
        timeout: 15000,
      },
    );
    const after = await ssrPage.evaluate(() => {
      const tags = ['summit-leader-roster', 'summit-sector-cloud'];
      return {
        same: tags.map((t, i) => document.querySelector(t).shadowRoot.querySelector('ul') === window.__kept[i]),
        lists: tags.map((t) => document.querySelector(t).shadowRoot.querySelectorAll('ul').length),
        items: window.__kept.map((ul) => ul.children.length),
      };
    });
    check(after.same.every(Boolean), "the widgets hydrate: the lists on screen are the server's nodes");
    check(
      after.lists.join() === '1,1' && after.items.join() === '6,17',
      `nothing drawn twice (lists ${after.lists.join('+')}, items ${after.items.join('+')})`,
    );
    check(
      ssrErrors.length === 0,
      `no console error on the pre-rendered page (strict CSP, ${hashes.length} style hashes)${ssrErrors.length ? `: ${ssrErrors.join('; ')}` : ''}`,
    );
  } finally {
    await browser.close();
    await server.close();
    await ssrServer.close();
  }
} catch (e) {
  failures.push(String(e));
  console.error(e);
} finally {
  if (keep) console.log(`kept ${app}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(
  `\n${failures.length ? `${failures.length} consumer check(s) failed` : 'consumer test passed'} in ${seconds()}`,
);
process.exit(failures.length ? 1 : 0);
