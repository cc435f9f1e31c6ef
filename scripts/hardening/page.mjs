/* global getComputedStyle, requestAnimationFrame */
// Hardening group 5, page hostility: a strict CSP with Trusted Types, two copies of the library on
// one page, and a hostile global theme. The widgets must neither trip the policy nor throw, warn
// exactly once, keep their geometry, and leave the page's own styles alone.
import { Group, WIDGETS, bundlePage, defined, openPage } from './lib.mjs';
import { widgetsDrawn as drawn } from '../lib/page.mjs';
import { VERSION } from './server.mjs';

// What text inherits that a page theme may set on an ancestor: each must read the same inside the widgets on the
// hostile page as on a clean one.
const INHERITED = [
  'font-variant-caps',
  'font-feature-settings',
  'font-stretch',
  'text-shadow',
  'text-align-last',
  '-webkit-text-fill-color',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'cursor',
  'writing-mode',
  'line-break',
  'font-style',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  '-webkit-text-stroke-width',
  '-webkit-text-security',
  'text-emphasis-style',
  'pointer-events',
  'font-kerning',
  'text-rendering',
  'quotes',
  'tab-size',
];

// Resolved values that follow the content's height: the page is taller with the widgets drawn.
const TALLER = new Set(['height', 'block-size', 'perspective-origin', 'transform-origin']);
const XSS = '<img src=x onerror=__pwned()><script>__pwned()</script>javascript:__pwned()';

export async function hostility({ browser, server, dataset }) {
  const g = new Group('page');
  console.log('\n5. Page hostility');

  // 1. The news article under its strict CSP (meta, then also as a header), used as a reader would.
  let violations = 0;
  for (const variant of ['', '?csp=header']) {
    const { context, page, record } = await openPage(browser);
    await page.goto(`${server.url}/examples/news-article.html${variant}`);
    await drawn(page);
    const statuses = await page.evaluate(
      (tags) => tags.map((t) => document.querySelector(t).summitData.status),
      WIDGETS,
    );
    g.check(
      statuses.every((s) => s === 'complete'),
      `news-article${variant}: every widget drawn (${statuses.join(', ')})`,
    );
    // What readers and editors do: choose a sector and a leader, clear, switch language and theme, print,
    // and an editor pasting bad data and data full of markup.
    await page.locator('summit-sector-cloud button.word').first().click();
    await page.locator('summit-leader-roster button.leader').first().click();
    const filtered = await page.locator('summit-proposal-timeline [part~="count"]').innerText();
    await page.locator('summit-proposal-timeline [part~="clear-button"]').click();
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'ja'));
    await page.waitForTimeout(200);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'ru'));
    await page.waitForTimeout(200);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await page.evaluate(() => document.querySelector('summit-data').setAttribute('theme', 'dark'));
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(100);
    await page.emulateMedia({ media: 'screen' });
    const states = await page.evaluate(
      async ({ json, xss }) => {
        const provider = document.querySelector('summit-data');
        const widgets = [...provider.querySelectorAll('*')].filter((e) => e.localName.startsWith('summit-'));
        const settle = () => Promise.all([provider, ...widgets].map((e) => e.updateComplete));
        window.__pwnedCount = 0;
        window.__pwned = () => window.__pwnedCount++;
        provider.data = { ...JSON.parse(json), id: 'Not An Id' };
        await settle();
        const error = widgets.map((w) => w.summitData.status);
        const hostile = JSON.parse(json);
        for (const key of ['title', 'format']) hostile[key] = xss;
        for (const l of hostile.leaders) l.name = xss;
        // Numbered: two sectors of one name are refused (and two leaders of one name, a warning, would be fine).
        hostile.sectors.forEach((s, i) => (s.name = `${xss} ${i}`));
        for (const p of hostile.proposals) Object.assign(p, { headline: xss, summary: xss });
        for (const q of hostile.quotes) q.text = xss;
        provider.data = hostile;
        await settle();
        await new Promise((r) => setTimeout(r, 300));
        const shown = widgets.map((w) => w.shadowRoot.textContent.includes(xss));
        return { error, shown, pwned: window.__pwnedCount };
      },
      { json: dataset, xss: XSS },
    );
    const csp = await page.evaluate(() => window.__csp);
    violations += csp.length;
    g.check(
      /Showing \d+ of/.test(filtered),
      `news-article${variant}: choosing a sector and a leader filters the timeline ("${filtered}")`,
    );
    g.check(
      states.error.every((s) => s === 'error'),
      `news-article${variant}: bad data shows the error state in every widget`,
    );
    g.check(
      states.shown.every(Boolean) && states.pwned === 0,
      `news-article${variant}: markup in the data shown as text in every widget, ${states.pwned} executions`,
    );
    g.check(
      csp.length === 0,
      `news-article${variant}: ${csp.length} securitypolicyviolation events${csp.length ? `: ${csp.slice(0, 3).join('; ')}` : ''}`,
    );
    const errs = [...record.errors, ...record.consoleErrors];
    g.check(
      errs.length === 0,
      `news-article${variant}: no error${errs.length ? `: ${errs.slice(0, 3).join(' | ')}` : ''}`,
    );
    await context.close();
  }
  g.figure('CSP violations', violations);

  // 2. Two copies of the library on one page: the same build from two URLs, and another version.
  const inline = `<script type="application/json">${dataset.replaceAll('</', '<\\/')}</script>`;
  const body = `<summit-data>${inline}${WIDGETS.map((t) => `<${t}></${t}>`).join('')}</summit-data>`;
  // The README's policy, whose 'allow-duplicates' lets the second copy make Lit's Trusted Types policy too (the hash
  // admits the harness's own style="width: 720px" on the stage, nothing of ours).
  const stageHash = `'unsafe-hashes' 'sha256-B8oHCM6NBRp6YPWSOfGBfe8Eq6jSO6eek8DeMc2YGwk='`;
  const readmeCsp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self' ${stageHash}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'">`;
  const copies = [
    ['same version, two URLs', ['/dist/cdn/summit-widgets.js', '/dist/cdn/summit-widgets.js?copy=2'], null],
    [
      "same version, two URLs, under the README's CSP",
      ['/dist/cdn/summit-widgets.js', '/dist/cdn/summit-widgets.js?copy=2'],
      null,
      readmeCsp,
    ],
    ['another version loaded second', ['/dist/cdn/summit-widgets.js', '/__h/copy/9.9.9/summit-widgets.js'], '9.9.9'],
    ['another version loaded first', ['/__h/copy/9.9.9/summit-widgets.js', '/dist/cdn/summit-widgets.js'], '9.9.9'],
  ];
  let copyErrors = 0;
  let copyWarnings = [];
  for (const [label, scripts, other, head = ''] of copies) {
    const name = `copies-${copies.findIndex((c) => c[0] === label)}`;
    server.page(name, bundlePage({ scripts, body, head }));
    const { context, page, record } = await openPage(browser);
    await page.goto(`${server.url}/__h/page/${name}`);
    await defined(page);
    // Both module scripts have run once the load event has fired.
    await page.waitForLoadState('load');
    await drawn(page).catch(() => {});
    const statuses = await page.evaluate(
      (tags) => tags.map((t) => document.querySelector(t).summitData?.status ?? 'not upgraded'),
      WIDGETS,
    );
    const ours = record.warnings.filter((w) => w.includes('summit-widgets'));
    const errors = [...record.errors, ...record.consoleErrors];
    copyErrors += errors.length;
    copyWarnings.push(record.warnings.length);
    g.check(
      errors.length === 0,
      `two copies, ${label}: ${errors.length} uncaught errors${errors.length ? `: ${errors.slice(0, 2).join(' | ')}` : ''}`,
    );
    g.check(
      record.warnings.length === 1 &&
        ours.length === 1 &&
        (!other || (ours[0].includes(other) && ours[0].includes(VERSION))),
      `two copies, ${label}: exactly one warning (${record.warnings.length}): "${(record.warnings[0] ?? '').slice(0, 110)}"`,
    );
    g.check(
      statuses.every((s) => s === 'complete'),
      `two copies, ${label}: every widget drawn (${statuses.join(', ')})`,
    );
    await context.close();
  }
  // One copy loaded with a query (as a CMS adds ?ver=) on a Japanese page: its translations load on demand and must
  // not bring a second copy of the library with them.
  {
    const ja = bundlePage({ scripts: ['/dist/cdn/summit-widgets.js?ver=6.4'], body }).replace('lang="en"', 'lang="ja"');
    server.page('versioned-ja', ja);
    const { context, page, record } = await openPage(browser);
    // Every heading the roster shows, frame by frame: English words must never come first.
    await page.addInitScript(() => {
      window.__headings = [];
      const look = () => {
        const h = document.querySelector('summit-leader-roster')?.shadowRoot?.querySelector('[part~="heading"]');
        const text = h?.textContent.trim();
        if (text && window.__headings.at(-1) !== text) window.__headings.push(text);
        if (window.__headings.length < 5) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${server.url}/__h/page/versioned-ja`);
    await defined(page);
    await drawn(page).catch(() => {});
    await page
      .waitForFunction(
        () => document.querySelector('summit-leader-roster').shadowRoot.textContent.includes('首脳'),
        null,
        { timeout: 10000 },
      )
      .catch(() => {});
    const heading = await page.evaluate(() =>
      document.querySelector('summit-leader-roster').shadowRoot.querySelector('[part~="heading"]')?.textContent.trim(),
    );
    const ours = record.warnings.filter((w) => w.includes('summit-widgets'));
    const shown = await page.evaluate(() => window.__headings);
    g.check(
      shown.join(' → ') === '首脳',
      `the Japanese page shows Japanese from its first frame (headings seen: ${shown.join(' → ')})`,
    );
    g.check(
      heading === '首脳' && ours.length === 0 && record.errors.length === 0,
      `one copy as summit-widgets.js?ver=6.4 on a Japanese page: translated ("${heading}"), ${ours.length} duplicate-copy warnings, ${record.errors.length} errors`,
    );
    await context.close();
  }
  g.figure('two copies: uncaught errors', copyErrors);
  g.figure('two copies: warnings per page', copyWarnings.join('/'));

  // 3. A hostile theme: widget geometry as on a clean page with the same base font; no style leaks out.
  const baseFont = `html { font: 19px/1.9 'Comic Sans MS', 'Papyrus', fantasy; }`;
  const stage = `#stage { width: 720px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; display: block !important; }`;
  // Page elements of the kinds the widgets draw, to catch any widget rule that reaches them.
  const pageContent = `<h2>Heading</h2><h3>Sub</h3><p class="kicker">A <span>span</span> <a href="#x">link</a> <code>code</code> <time>time</time> <cite>cite</cite> <abbr title="t">abbr</abbr></p>
<ul class="roster"><li class="item"><button class="leader" type="button">Button</button></li></ul>
<ol class="entries"><li class="entry">Entry</li></ol><dl class="facts"><dt>Term</dt><dd>Value</dd></dl>
<figure class="figure"><blockquote class="text">Quote</blockquote><figcaption class="caption">Caption</figcaption></figure>
<details class="evidence"><summary>Summary</summary>More</details><div class="message error" role="status">Message</div>
<section class="group"><h4 class="group-heading">Group</h4></section>`;
  const widgetsHtml = `<summit-data>${inline}${WIDGETS.map((t) => `<${t}></${t}>`).join('')}</summit-data>`;
  // The example's theme, and every inherited text property at its most visible.
  const inheritedCss = `body { font-variant: small-caps; font-feature-settings: 'smcp'; font-stretch: condensed;
    text-shadow: 2px 2px 2px magenta; text-align-last: justify; word-break: break-all; overflow-wrap: anywhere;
    hyphens: auto; -webkit-text-fill-color: orange; cursor: crosshair; line-break: anywhere;
    -webkit-text-stroke: 1px red; -webkit-text-security: disc; text-emphasis: filled red; pointer-events: none;
    font-kerning: none; text-rendering: optimizeSpeed; quotes: '<' '>'; tab-size: 2; }`;
  const hostileCss = `<link rel="stylesheet" href="/examples/hostile.css"><style>${inheritedCss}</style>`;
  server.page('clean', bundlePage({ head: `<style>${baseFont}${stage}</style>`, body: widgetsHtml + pageContent }));
  for (const [name, size] of [
    ['root16', '16px'],
    ['root10', '62.5%'],
  ]) {
    const font = `html { font: ${size}/1.5 sans-serif; }`;
    server.page(name, bundlePage({ head: `<style>${font}${stage}</style>`, body: widgetsHtml }));
  }
  server.page(
    'hostile',
    bundlePage({ head: `${hostileCss}<style>${baseFont}${stage}</style>`, body: widgetsHtml + pageContent }),
  );

  const geometry = async (name) => {
    const { context, page } = await openPage(browser);
    await page.goto(`${server.url}/__h/page/${name}`);
    await defined(page);
    await drawn(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(200);
    await drawn(page);
    const rects = await page.evaluate(
      ([tags, INHERITED]) => {
        const out = {};
        for (const t of tags) {
          const host = document.querySelector(t);
          const h = host.getBoundingClientRect();
          out[t] = [
            `host ${h.width.toFixed(1)}×${h.height.toFixed(1)}`,
            ...[...host.shadowRoot.querySelectorAll('*')].map((el) => {
              // A display: contents box (the one carrying the widget's language) has no geometry: zeros, not -host.
              const style0 = getComputedStyle(el);
              const r =
                style0.display === 'contents' ? { x: h.x, y: h.y, width: 0, height: 0 } : el.getBoundingClientRect();
              const label = `${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
              const style = getComputedStyle(el);
              return [
                label,
                r.x - h.x,
                r.y - h.y,
                r.width,
                r.height,
                INHERITED.map((p) => style.getPropertyValue(p)).join('|'),
              ];
            }),
          ];
        }
        return out;
      },
      [WIDGETS, INHERITED],
    );
    await context.close();
    return rects;
  };
  let parts = 0;
  let moved = 0;
  let restyled = 0;
  /** Every widget's geometry and inherited text styles on page `b` equal those on page `a`. */
  const compare = (a, b, what) => {
    for (const t of WIDGETS) {
      const diffs = [];
      if (a[t][0] !== b[t][0]) diffs.push(`${a[t][0]} → ${b[t][0]}`);
      if (a[t].length !== b[t].length) diffs.push(`${a[t].length - 1} → ${b[t].length - 1} elements`);
      for (let i = 1; i < Math.min(a[t].length, b[t].length); i++) {
        const [x, y] = [a[t][i], b[t][i]];
        parts++;
        const d = Math.max(...[1, 2, 3, 4].map((k) => Math.abs(x[k] - y[k])));
        if (d > 0.5) {
          moved++;
          diffs.push(`${x[0]} off by ${d.toFixed(1)} px`);
        }
        if (x[5] !== y[5]) {
          restyled++;
          const changed = INHERITED.filter((_, k) => x[5].split('|')[k] !== y[5].split('|')[k]);
          diffs.push(`${x[0]} inherits ${changed.join(', ')} from the page`);
        }
      }
      g.check(
        diffs.length === 0,
        `<${t}> geometry ${what} (${a[t].length - 1} elements, ${a[t][0]})${diffs.length ? `: ${diffs.slice(0, 4).join('; ')}` : ''}`,
      );
    }
  };
  compare(await geometry('clean'), await geometry('hostile'), 'under the hostile theme equals the clean page');
  // A theme with the "62.5%" root (1rem = 10px) gets the widgets of a 16px root: text, spacing, avatars, columns.
  compare(await geometry('root16'), await geometry('root10'), 'with html { font-size: 62.5% } equals a 16px root');
  g.figure('geometry: elements compared', parts);
  g.figure('geometry: elements moved > 0.5 px', moved);
  g.figure('inherited text styles changed', restyled);

  // No widget style reaches the page: every computed property of the page's own elements, with and without the bundle.
  const pageStyles = async (block) => {
    const { context, page } = await openPage(browser);
    if (block) await page.route('**/dist/cdn/*.js', (route) => route.abort());
    await page.goto(`${server.url}/__h/page/hostile`);
    if (!block) {
      await defined(page);
      await drawn(page);
    }
    const styles = await page.evaluate(() => {
      const own = [...document.querySelectorAll('body, body *')].filter(
        (el) => !el.closest('summit-data') && !['SCRIPT', 'STYLE', 'LINK'].includes(el.tagName),
      );
      const out = {};
      own.forEach((el, i) => {
        const cs = getComputedStyle(el);
        out[`${i}:${el.localName}${el.className ? `.${el.className}` : ''}`] = Object.fromEntries(
          [...cs].map((p) => [p, cs.getPropertyValue(p)]),
        );
      });
      return { out, sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length };
    });
    await context.close();
    return styles;
  };
  const withWidgets = await pageStyles(false);
  const without = await pageStyles(true);
  const leaks = [];
  let compared = 0;
  for (const [el, props] of Object.entries(without.out)) {
    const other = withWidgets.out[el];
    if (!other) {
      leaks.push(`${el} missing`);
      continue;
    }
    for (const [p, v] of Object.entries(props)) {
      compared++;
      if (other[p] !== v && !TALLER.has(p)) leaks.push(`${el} ${p}: ${v} → ${other[p]}`);
    }
  }
  g.check(
    leaks.length === 0 && without.sheets === withWidgets.sheets && without.adopted === withWidgets.adopted,
    `no widget style reaches the page: ${Object.keys(without.out).length} page elements × every computed property (${compared} values), ` +
      `${withWidgets.sheets} sheets, ${withWidgets.adopted} adopted${leaks.length ? `: ${leaks.slice(0, 4).join('; ')}` : ''}`,
  );
  g.figure('page styles changed', leaks.length);
  return g;
}
