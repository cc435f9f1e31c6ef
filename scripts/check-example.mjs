#!/usr/bin/env node
/**
 * `npm run check:example`: the example pages, from the built bundles, in headless Chromium.
 *
 * 1. examples/news-article.html (the one-line embed, strict CSP with Trusted Types, hostile CMS
 *    theme): no CSP violation, no console error, all five widgets drawn with the real data (not
 *    a loading or error state), and the page's own elements computed exactly as when the bundle
 *    never loads (nothing leaks out). Screenshots at 1280 and 320 px.
 * 2. The same page without JavaScript: the light-DOM fallback the author wrote is visible.
 * 3. The pre-rendered page (examples/ssr.mjs → examples/ssr-output.html) without JavaScript:
 *    the leader names, proposal headlines and sector names are on screen.
 * 4. The same page with JavaScript: the widgets hydrate: the shadow DOM nodes from the server
 *    are the ones on screen afterwards (none removed), the text matches a fresh client render,
 *    no console error, no CSP violation.
 *
 * Run `npm run build` first. Screenshots go to a temporary folder, or to `--screenshots DIR`.
 */
/* global customElements, getComputedStyle, MutationObserver, NodeFilter, PerformanceObserver, requestAnimationFrame -- in page.evaluate callbacks */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './chrome-path.mjs';
import { WIDGETS, recordPage, widgetsDrawn as drawn } from './lib/page.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const flag = process.argv.indexOf('--screenshots');
const shots = flag > 0 ? process.argv[flag + 1] : mkdtempSync(join(tmpdir(), 'summit-example-'));
mkdirSync(shots, { recursive: true });

const summit = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
const LEADERS = summit.leaders.map((l) => l.name);
const SECTORS = summit.sectors.map((s) => s.name);
const HEADLINES = summit.proposals.map((p) => p.headline);
for (const bundle of ['dist/cdn/summit-widgets.js', 'dist/cdn/summit-widgets-hydrate.js', 'dist/ssr.js']) {
  if (!existsSync(join(root, bundle))) {
    console.error(`${bundle} is missing: run npm run build first`);
    process.exit(1);
  }
}
const executablePath = requireChrome();

// The pre-rendered page, in English (committed) and in Japanese (our words too; generated here, not committed).
for (const args of [[], ['ssr-output-ja.html', 'ja']]) {
  const ssr = spawnSync(process.execPath, ['examples/ssr.mjs', ...args], { cwd: root, encoding: 'utf8' });
  if (ssr.status !== 0) {
    console.error(`examples/ssr.mjs ${args.join(' ')} failed:\n${ssr.stderr}`);
    process.exit(1);
  }
}

const failures = [];
/** "a ×3; b" for a list with repeats. */
const tally = (list) =>
  [...list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())]
    .map(([x, n]) => (n > 1 ? `${x} ×${n}` : x))
    .join('; ');
const check = (ok, message) => {
  console.log(`${ok ? '  ✓' : '  ✗'} ${message}`);
  if (!ok) failures.push(message);
};

const server = await serve(root);
const browser = await chromium.launch({ executablePath, args: chromeArgs });

/** A page that records console errors, page errors and CSP violations (listener added before any page script). */
async function open(context) {
  const page = await context.newPage();
  const { all: errors, warnings } = await recordPage(page);
  return { page, errors, warnings };
}

/** Serves `url` with `from` replaced by `to` in its text (another bundle, another page language). */
function rewrite(page, url, from, to) {
  return page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(from, to) });
  });
}

/**
 * Waits until every widget shows its data, then reports what each one drew (`hydrating`: a pre-rendered cloud on
 * screen keeps the server's list, see lib/page.mjs).
 */
async function widgetsDrawn(page, errors = [], hydrating = false) {
  await drawn(page, errors, undefined, hydrating);
  return page.evaluate((tags) => {
    const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const out = {};
    for (const t of tags) {
      const root = document.querySelector(t).shadowRoot;
      out[t] = {
        messages: [...root.querySelectorAll('[part~="message"], [role="alert"]')].map(text),
        heading: text(root.querySelector('[part~="heading"]')),
      };
    }
    const q = (t, s) => [...document.querySelector(t).shadowRoot.querySelectorAll(s)].map(text);
    out.leaders = q('summit-leader-roster', 'li .name');
    out.offices = q('summit-leader-roster', 'li .meta');
    out.words = q('summit-sector-cloud', 'button.word');
    out.headlines = q('summit-proposal-timeline', '[part~="headline"]');
    out.quote = text(document.querySelector('summit-quote').shadowRoot.querySelector('blockquote'));
    out.kicker = text(document.querySelector('summit-card').shadowRoot.querySelector('.kicker'));
    return out;
  }, WIDGETS);
}

// Resolved values that follow the content's height: the article is taller with the widgets drawn.
const TALLER = new Set(['height', 'block-size', 'perspective-origin', 'transform-origin']);

/** Every computed property of the page's own elements (outside the widgets). */
function pageStyles(page) {
  return page.evaluate(() => {
    const own = [...document.querySelectorAll('body, body *')].filter(
      (el) =>
        !el.closest(
          'summit-data, summit-card, summit-leader-roster, summit-quote, summit-sector-cloud, summit-proposal-timeline',
        ) && !['SCRIPT', 'STYLE'].includes(el.tagName),
    );
    const out = {};
    own.forEach((el, i) => {
      const cs = getComputedStyle(el);
      const key = `${i}:${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}`;
      out[key] = Object.fromEntries([...cs].map((p) => [p, cs.getPropertyValue(p)]));
    });
    return {
      styles: out,
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      htmlStyle: document.documentElement.getAttribute('style'),
    };
  });
}

try {
  // 1. The one-line embed under a strict CSP.
  console.log('examples/news-article.html (strict CSP, hostile theme, dist/cdn/summit-widgets.js)');
  const article = `${server.url}/examples/news-article.html`;
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await open(context);
    await page.goto(article);
    const drawn = await widgetsDrawn(page, errors);
    const csp = await page.evaluate(() => window.__csp);
    check(csp.length === 0, `no CSP violation${csp.length ? `: ${tally(csp)}` : ''}`);
    check(
      errors.length === 0,
      `no console error${errors.length ? ` (${errors.length}): ${tally(errors.map((e) => e.slice(0, 100)))}` : ''}`,
    );
    for (const t of WIDGETS) {
      check(
        drawn[t].messages.length === 0,
        `<${t}> shows content, not a message${drawn[t].messages.length ? `: ${drawn[t].messages.join(' | ')}` : ''}`,
      );
    }
    check(drawn['summit-card'].heading === summit.title, `<summit-card> heading is the summit title`);
    // Spaces that open a template are what a literal minifier drops: this one must survive the bundle's build.
    check(drawn.kicker === `${summit.format} · 1st summit`, `<summit-card> kicker "${drawn.kicker}" keeps its spaces`);
    // And this one, before a leader's country code (the template that holds the code starts with it).
    check(
      drawn.offices[0]?.startsWith('Prime Minister, Japan JP'),
      `<summit-leader-roster> office line "${drawn.offices[0]}" keeps the space before the country code`,
    );
    // A name is followed by its badges ("Chair") in the same element.
    check(
      LEADERS.every((n) => drawn.leaders.some((l) => l.startsWith(n))) && drawn.leaders.length === 6,
      `<summit-leader-roster> lists the 6 leaders`,
    );
    check(
      drawn.words.length === SECTORS.length && SECTORS.every((s) => drawn.words.includes(s)),
      `<summit-sector-cloud> places the ${SECTORS.length} sectors`,
    );
    check(
      drawn.headlines.length === HEADLINES.length,
      `<summit-proposal-timeline> shows the ${HEADLINES.length} proposals (${drawn.headlines.length})`,
    );
    check(drawn.quote.length > 40, `<summit-quote> shows a quote`);

    const hidden = await page.evaluate(
      (tags) =>
        tags.every((t) =>
          [...document.querySelectorAll(`${t} > :not(script)`)].every((el) => el.getClientRects().length === 0),
        ),
      WIDGETS,
    );
    check(hidden, 'the light-DOM fallback is hidden once the widgets upgrade');

    const withWidgets = await pageStyles(page);
    await page.screenshot({ fullPage: true, path: join(shots, 'news-article-1280.png') });

    // The same page with the bundle blocked: the page's own elements must compute the same.
    const bare = await context.newPage();
    await bare.route('**/dist/cdn/*.js', (route) => route.abort());
    await bare.goto(article);
    const without = await pageStyles(bare);
    const diffs = [];
    for (const [el, props] of Object.entries(without.styles)) {
      const other = withWidgets.styles[el];
      if (!other) diffs.push(`${el} missing`);
      else
        for (const [p, v] of Object.entries(props))
          if (other[p] !== v && !TALLER.has(p)) diffs.push(`${el} ${p}: ${v} → ${other[p]}`);
    }
    check(
      Object.keys(without.styles).length === Object.keys(withWidgets.styles).length,
      `same page elements with and without the widgets (${Object.keys(without.styles).length})`,
    );
    check(
      diffs.length === 0,
      `no style leaks into the page (${Object.keys(without.styles).length} elements × every computed property)${diffs.length ? `: ${diffs.slice(0, 5).join('; ')}` : ''}`,
    );
    check(
      without.sheets === withWidgets.sheets &&
        without.adopted === withWidgets.adopted &&
        without.htmlStyle === withWidgets.htmlStyle,
      `no style sheet added to the document (${withWidgets.sheets} sheets, ${withWidgets.adopted} adopted)`,
    );

    await page.setViewportSize({ width: 320, height: 800 });
    await widgetsDrawn(page);
    await page.waitForTimeout(300); // the cloud packs again for the new width
    const narrow = await page.evaluate((tags) => {
      const vw = document.documentElement.clientWidth;
      return tags.map((t) => {
        const el = document.querySelector(t);
        const r = el.getBoundingClientRect();
        return {
          t,
          right: Math.round(r.right),
          vw,
          overflow: el.shadowRoot.firstElementChild
            ? Math.max(0, ...[...el.shadowRoot.querySelectorAll('*')].map((n) => n.getBoundingClientRect().right)) - vw
            : 0,
        };
      });
    }, WIDGETS);
    for (const n of narrow)
      check(
        n.right <= n.vw && n.overflow <= 1,
        `<${n.t}> fits in 320 px (right edge ${n.right}, overflow ${Math.round(n.overflow)})`,
      );
    await page.screenshot({ fullPage: true, path: join(shots, 'news-article-320.png') });
    await context.close();
  }

  // 1b. axe on the widgets in light and dark at 320 and 1280 px, and the linking: a sector narrows the timeline.
  //     (CSP is bypassed only here, so axe itself can be injected; the CSP run above stands on its own.)
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
      const { page } = await open(context);
      await page.goto(article);
      await widgetsDrawn(page);
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        // The widgets only: the article's own paragraphs between them carry the hostile theme's green text.
        const tags = [
          'summit-card',
          'summit-leader-roster',
          'summit-quote',
          'summit-sector-cloud',
          'summit-proposal-timeline',
        ];
        const result = await window.axe.run({ include: tags.map((t) => [t]) });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
      });
      check(
        violations.length === 0,
        `axe: 0 violations in the widgets, ${colorScheme}, ${width} px${violations.length ? `: ${violations.join(', ')}` : ''}`,
      );
      if (colorScheme === 'light' && width === 1280) {
        const counts = await page.evaluate(async () => {
          const cloud = document.querySelector('summit-sector-cloud');
          const timeline = document.querySelector('summit-proposal-timeline');
          const entries = () => timeline.shadowRoot.querySelectorAll('li[part~="item"]').length;
          const before = entries();
          cloud.shadowRoot.querySelector('button.word').click();
          await new Promise((r) => setTimeout(r, 100));
          const after = entries();
          cloud.shadowRoot.querySelector('button.word').click();
          await new Promise((r) => setTimeout(r, 100));
          return { before, after, cleared: entries() };
        });
        check(
          counts.after > 0 && counts.after < counts.before && counts.cleared === counts.before,
          `choosing a sector in the cloud narrows the timeline (${counts.before} → ${counts.after}) and choosing it again clears it`,
        );
      }
      await context.close();
    }
  }

  // 2. Without JavaScript and without SSR: the author's light-DOM fallback.
  console.log('examples/news-article.html without JavaScript');
  {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(article);
    for (const tag of WIDGETS) {
      const fallback = page.locator(`${tag} > :not(script)`).first();
      const shown = (await fallback.count()) > 0 && (await fallback.isVisible());
      const text = shown ? (await fallback.innerText()).replace(/\s+/g, ' ').slice(0, 50) : '';
      check(shown, `<${tag}> fallback visible${text ? `: "${text}…"` : ''}`);
    }
    await page.screenshot({ fullPage: true, path: join(shots, 'news-article-no-js.png') });
    await context.close();
  }

  // 3. The pre-rendered page without JavaScript.
  const ssrPage = `${server.url}/examples/ssr-output.html`;
  console.log('examples/ssr-output.html (pre-rendered) without JavaScript');
  {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page, errors } = await open(context);
    await page.goto(ssrPage);
    const visible = async (tag, texts, exact = true) => {
      let shown = 0;
      for (const t of texts) if (await page.locator(tag).getByText(t, { exact }).first().isVisible()) shown++;
      return shown;
    };
    // A leader's name shares its element with the badges ("Chair").
    const leaders = await visible('summit-leader-roster', LEADERS, false);
    check(leaders === LEADERS.length, `leader names on screen: ${leaders}/${LEADERS.length}`);
    const headlines = await visible('summit-proposal-timeline', HEADLINES);
    check(headlines === HEADLINES.length, `proposal headlines on screen: ${headlines}/${HEADLINES.length}`);
    const sectors = await visible('summit-sector-cloud', SECTORS);
    check(sectors === SECTORS.length, `sector names on screen: ${sectors}/${SECTORS.length}`);
    check(await page.locator('summit-card').getByText(summit.title).first().isVisible(), 'card title on screen');
    // Without JavaScript a button does nothing: the server draws its choices disabled (not Tab stops) and no others.
    const buttons = page.locator(WIDGETS.map((t) => `${t} button`).join(', '));
    const enabled = await page.locator(WIDGETS.map((t) => `${t} button:enabled`).join(', ')).count();
    check(
      (await buttons.count()) > 0 && enabled === 0,
      `no button that does nothing: ${await buttons.count()} drawn, ${enabled} enabled`,
    );
    // Blocked styles would show as console errors: the shadow roots' <style> elements are allowed by hash.
    check(
      errors.length === 0,
      `no console error (CSP included)${errors.length ? `: ${tally(errors.map((e) => e.slice(0, 100)))}` : ''}`,
    );
    await page.screenshot({ fullPage: true, path: join(shots, 'ssr-no-js.png') });
    await context.close();
  }

  // 4. The pre-rendered page hydrates.
  console.log('examples/ssr-output.html with JavaScript (dist/cdn/summit-widgets-hydrate.js)');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await open(context);
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/cdn/summit-widgets-hydrate.js', async (route) => {
      await gate;
      await route.continue();
    });
    // Not waiting for DOMContentLoaded: it waits for the held-back module script.
    await page.goto(ssrPage, { waitUntil: 'commit' });
    // Before the bundle runs: keep a reference to nodes of every server shadow root and watch for removals.
    await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot), WIDGETS);
    const before = await page.evaluate((tags) => {
      window.__kept = {};
      window.__removed = [];
      const observer = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.removedNodes)
            // Only the server's own nodes count: a widget may add and take out nodes of its own (the cloud's measuring).
            if (window.__server.has(n))
              window.__removed.push(`${r.target.getRootNode().host?.localName}: <${n.localName}>`);
      });
      for (const t of tags) {
        const root = document.querySelector(t).shadowRoot;
        window.__kept[t] = [...root.querySelectorAll('*')];
        observer.observe(root, { childList: true, subtree: true });
      }
      window.__server = new Set(Object.values(window.__kept).flat());
      return { defined: tags.some((t) => customElements.get(t)), counts: tags.map((t) => window.__kept[t].length) };
    }, WIDGETS);
    check(!before.defined, `server DOM captured before the widgets are defined (${before.counts.join(' + ')} nodes)`);
    // A reader looking at the cloud as it hydrates: its words' sizes, and every layout shift from now on.
    await page.evaluate(() => {
      const cloud = document.querySelector('summit-sector-cloud');
      cloud.scrollIntoView({ block: 'center' });
      window.__sizes = [...cloud.shadowRoot.querySelectorAll('button.word')].map((b) => getComputedStyle(b).fontSize);
      window.__shift = 0;
      window.__shifted = [];
      new PerformanceObserver((entries) => {
        for (const e of entries.getEntries()) {
          window.__shift += e.value;
          for (const { node } of e.sources ?? [])
            window.__shifted.push(
              `${node?.getRootNode?.().host?.localName ?? ''} ${node?.nodeName} ${node?.className ?? ''}`,
            );
        }
      }).observe({ type: 'layout-shift' });
    });
    release();
    await widgetsDrawn(page, errors, true);
    const cloud = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
      const list = document.querySelector('summit-sector-cloud').shadowRoot.querySelector('ul.cloud');
      return { placed: list.classList.contains('placed'), shift: window.__shift, shifted: window.__shifted.join('; ') };
    });
    check(
      !cloud.placed && cloud.shift < 0.01,
      `the cloud in view stays the server's list while the reader looks at it (layout shift ${cloud.shift.toFixed(3)}${cloud.shifted ? `: ${cloud.shifted}` : ''})`,
    );
    // Moved on the page while on screen, or scrolled past (above the screen), it stays as drawn: packing it there would
    // move what the reader sees wherever the browser does not anchor the scroll.
    const kept = await page.evaluate(async () => {
      const el = document.querySelector('summit-sector-cloud');
      const placed = () => el.shadowRoot.querySelector('ul.cloud').classList.contains('placed');
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
      el.parentNode.insertBefore(el, el.nextSibling);
      await el.updateComplete;
      await settle();
      const moved = placed();
      window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY + 50);
      await settle();
      return { moved, past: placed(), shift: window.__shift };
    });
    check(
      !kept.moved && !kept.past && kept.shift < 0.01,
      `moved on the page or scrolled past, it stays as drawn (placed: ${kept.moved}, ${kept.past}; layout shift ${kept.shift.toFixed(3)})`,
    );
    // Once all of it is below the screen, it takes its packed places, its words at the server's sizes.
    const away = await page.evaluate(async () => {
      window.scrollTo(0, 0);
      const root = document.querySelector('summit-sector-cloud').shadowRoot;
      for (let i = 0; i < 50 && !root.querySelector('ul.cloud.placed'); i++)
        await new Promise((r) => setTimeout(r, 20));
      const sizes = [...root.querySelectorAll('button.word')].map((b) => getComputedStyle(b).fontSize);
      return {
        placed: root.querySelector('ul.cloud').classList.contains('placed'),
        sameSizes: sizes.join() === window.__sizes.join(),
        sizes: [...new Set(sizes)].join(' '),
        shift: window.__shift,
      };
    });
    check(
      away.placed && away.sameSizes && away.shift < 0.01,
      `out of view, the cloud is placed with its words at the server's sizes (${away.sizes}; layout shift ${away.shift.toFixed(3)})`,
    );
    const after = await page.evaluate(async (tags) => {
      // Where two texts part, with some context on each side.
      const firstDifference = (a, b) => {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        const from = Math.max(0, i - 60);
        return { server: `…${a.slice(from, i + 60)}…`, client: `…${b.slice(from, i + 60)}…` };
      };
      // The text a reader can see: not style sheets, not the inside of a closed disclosure (the
      // server writes every evidence quote for readers without JavaScript; the client draws them on opening).
      const hidden = (el) => {
        if (!el || el.closest('style')) return true;
        const details = el.closest('details:not([open])');
        return !!details && !el.closest('summary');
      };
      const text = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let s = '';
        for (let n; (n = walker.nextNode());) if (!hidden(n.parentElement)) s += n.data;
        return s.replace(/\s+/g, ' ').trim();
      };
      // A fresh client render of each widget from the same dataset, to compare the text with.
      const json = document.querySelector('summit-data > script[type="application/json"]').textContent;
      const scratch = document.createElement('div');
      scratch.lang = 'en';
      document.body.append(scratch);
      const result = {};
      for (const t of tags) {
        const el = document.querySelector(t);
        const root = el.shadowRoot;
        const kept = window.__kept[t];
        const fresh = document.createElement(t);
        for (const a of el.getAttributeNames()) fresh.setAttribute(a, el.getAttribute(a));
        fresh.data = json;
        scratch.append(fresh);
        await fresh.updateComplete;
        result[t] = {
          hydrated: el.hasUpdated,
          kept: kept.filter((n) => n.isConnected && n.getRootNode() === root).length,
          total: kept.length,
          sameText: text(root) === text(fresh.shadowRoot),
          ...firstDifference(text(root), text(fresh.shadowRoot)),
        };
      }
      scratch.remove();
      return { result, removed: window.__removed, csp: window.__csp };
    }, WIDGETS);
    for (const t of WIDGETS) {
      const r = after.result[t];
      check(
        r.hydrated && r.kept === r.total,
        `<${t}> hydrated, keeping all ${r.total} server nodes (${r.kept} still there)`,
      );
      check(
        r.sameText,
        `<${t}> text matches a client render${r.sameText ? '' : `:\n      server: ${r.server}\n      client: ${r.client}`}`,
      );
    }
    check(
      after.removed.length === 0,
      `no server node removed${after.removed.length ? `: ${after.removed.slice(0, 5).join(', ')}` : ''}`,
    );
    check(after.csp.length === 0, `no CSP violation${after.csp.length ? `: ${tally(after.csp)}` : ''}`);
    check(
      errors.length === 0,
      `no console error${errors.length ? ` (${errors.length}): ${tally(errors.map((e) => e.slice(0, 100)))}` : ''}`,
    );
    // Hydrated, the server's disabled choices work, and the controls it left out are there.
    const disabled = await page.locator(WIDGETS.map((t) => `${t} button:disabled`).join(', ')).count();
    const skip = await page
      .locator('summit-proposal-timeline')
      .getByRole('button', { name: 'Skip past the proposals' });
    check(
      disabled === 0 && (await skip.count()) === 1,
      `hydrated controls work: ${disabled} disabled buttons, Skip ${(await skip.count()) === 1 ? 'drawn' : 'missing'}`,
    );

    // The selection is shared through <summit-data>, as on a client-rendered page.
    await page
      .locator('summit-sector-cloud')
      .getByRole('button', { name: /^Energy,/ })
      .click();
    const filtered = await page.locator('summit-proposal-timeline').locator('[part~="count"]').innerText();
    check(
      /Showing \d+ of 26/.test(filtered),
      `choosing a sector in the hydrated cloud filters the timeline ("${filtered}")`,
    );
    await page
      .locator('summit-sector-cloud')
      .getByRole('button', { name: /^Energy,/ })
      .click();
    await page.screenshot({ fullPage: true, path: join(shots, 'ssr-hydrated.png') });
    await context.close();
  }

  // 4b. The pre-rendered page with the plain bundle (a likely mistake): each widget drawn once, and the console says why.
  console.log('examples/ssr-output.html with the plain bundle (dist/cdn/summit-widgets.js) by mistake');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors, warnings } = await open(context);
    await rewrite(page, ssrPage, '/summit-widgets-hydrate.js', '/summit-widgets.js');
    await page.goto(ssrPage);
    await widgetsDrawn(page, errors);
    const boxes = await page.evaluate(
      (tags) => tags.map((t) => `${t} ${document.querySelector(t).shadowRoot.querySelectorAll('.ui').length}`),
      WIDGETS,
    );
    check(
      boxes.every((b) => b.endsWith(' 1')),
      `every widget drawn once, not under the server's copy (${boxes.join(', ')})`,
    );
    const told = warnings.filter((w) => w.includes('summit-widgets-hydrate.js'));
    check(told.length === 1, `one console warning names the hydrating bundle (${told.length}: ${told[0] ?? ''})`);
    await context.close();
  }

  // 5. The same pre-rendered (English) page as a Japanese page: the widgets hydrate the server's English, then switch.
  console.log('examples/ssr-output.html as <html lang="ja">, with JavaScript');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await open(context);
    await rewrite(page, ssrPage, '<html lang="en">', '<html lang="ja">');
    await page.goto(ssrPage);
    await page
      .waitForFunction(
        () =>
          document
            .querySelector('summit-leader-roster')
            ?.shadowRoot?.querySelector('[part~="heading"]')
            ?.textContent.trim() === '首脳',
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => {});
    const headings = await page.evaluate(
      (tags) =>
        tags.map(
          (t) => document.querySelector(t).shadowRoot.querySelector('[part~="heading"]')?.textContent.trim() ?? '',
        ),
      WIDGETS,
    );
    check(
      headings.includes('首脳') && headings.includes('提案と決定'),
      `switched to Japanese after hydrating (${headings.join(' | ')})`,
    );
    check(
      errors.length === 0,
      `no console error on the Japanese page${errors.length ? ` (${errors.length}): ${tally(errors.map((e) => e.slice(0, 100)))}` : ''}`,
    );
    await page.locator('summit-sector-cloud').locator('button.word').first().click();
    const filtered = await page.locator('summit-proposal-timeline').locator('[part~="count"]').innerText();
    check(
      /26件中\d+件を表示/.test(filtered),
      `choosing a sector in the hydrated Japanese cloud filters the timeline ("${filtered}")`,
    );
    await page.screenshot({ fullPage: true, path: join(shots, 'ssr-hydrated-ja.png') });
    await context.close();
  }

  // 6. Pre-rendered in Japanese for a Japanese page: hydrated in Japanese, every server node kept, no word changed.
  console.log('examples/ssr-output-ja.html (pre-rendered in Japanese), with JavaScript');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors, warnings } = await open(context);
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/cdn/summit-widgets-hydrate.js', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`${server.url}/examples/ssr-output-ja.html`, { waitUntil: 'commit' });
    await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot), WIDGETS);
    const text = (tags) =>
      tags.map((t) => {
        const root = document.querySelector(t).shadowRoot;
        window.__kept ??= {};
        window.__kept[t] ??= [...root.querySelectorAll('*')];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let s = '';
        for (let n; (n = walker.nextNode());)
          // Not the cloud's measuring probe, which it adds once it runs, nor the timeline's controls that only act
          // (Skip, Show more, Clear filter), which the server leaves out and the browser adds.
          if (!n.parentElement.closest('style, .probe-box, details:not([open]) > :not(summary), .ui button.button'))
            s += n.data;
        return s.replace(/\s+/g, ' ').trim();
      });
    const before = await page.evaluate(text, WIDGETS);
    check(
      before.some((t) => t.includes('首脳')) && before.some((t) => t.includes('提案と決定')),
      `the server wrote our words in Japanese (${before.map((t) => t.slice(0, 12)).join(' | ')})`,
    );
    release();
    await widgetsDrawn(page, errors, true);
    const after = await page.evaluate(text, WIDGETS);
    const kept = await page.evaluate(
      (tags) =>
        tags.map((t) => {
          const el = document.querySelector(t);
          const all = window.__kept[t];
          return `${t} ${el.hasUpdated ? all.filter((n) => n.isConnected).length : 'not updated'}/${all.length}`;
        }),
      WIDGETS,
    );
    check(
      kept.every((k) => /(\d+)\/\1$/.test(k)),
      `hydrated in Japanese, every server node kept (${kept.join(', ')})`,
    );
    const changed = WIDGETS.filter((t, i) => before[i] !== after[i]);
    check(changed.length === 0, `no word changed on hydrating${changed.length ? `: ${changed.join(', ')}` : ''}`);
    check(
      errors.length === 0 && warnings.length === 0,
      `no console error or warning (${[...errors, ...warnings].join(' | ')})`,
    );
    await page.screenshot({ fullPage: true, path: join(shots, 'ssr-ja-hydrated.png') });
    await context.close();
  }

  // 6b. The same Japanese output on an English page: it cannot be hydrated (other templates), so it is drawn anew.
  console.log('examples/ssr-output-ja.html served as an English page');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors, warnings } = await open(context);
    const url = `${server.url}/examples/ssr-output-ja.html`;
    await rewrite(page, url, '<html lang="ja">', '<html lang="en">');
    await page.goto(url);
    await widgetsDrawn(page, errors);
    const drawn = await page.evaluate(
      (tags) =>
        tags.map((t) => {
          const root = document.querySelector(t).shadowRoot;
          // The quote has no heading of its own: its tag stands in.
          const title = root.querySelector('[part~="heading"]')?.textContent.trim() ?? `<${t}>`;
          return `${root.querySelectorAll('.ui').length} ${title}`;
        }),
      WIDGETS,
    );
    check(
      drawn.every((d) => d.startsWith('1 ')) && drawn.some((d) => d.endsWith(' Leaders')),
      `drawn anew, once each, in English (${drawn.join(' | ')})`,
    );
    const told = warnings.filter((w) => w.includes('words in "ja"'));
    check(told.length === 1 && errors.length === 0, `one warning says why, no error (${told[0] ?? errors[0] ?? ''})`);
    await context.close();
  }
} catch (e) {
  check(false, String(e.message ?? e));
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nscreenshots: ${shots}`);
if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all example checks passed');
