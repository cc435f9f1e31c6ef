/* global customElements, structuredClone */
// What the hardening groups driven from Node share: checks with figures, pages that record
// errors, warnings and CSP violations, and the page-side helpers they evaluate.

import { recordPage } from '../lib/page.mjs';

export { WIDGETS } from '../lib/page.mjs';

/** One group's result: named checks (pass/fail with a detail) and figures for the summary table. */
export class Group {
  constructor(name) {
    this.name = name;
    this.checks = [];
    this.figures = {};
    this.started = performance.now();
  }
  check(ok, message) {
    console.log(`  ${ok ? '✓' : '✗'} ${message}`);
    this.checks.push({ ok: !!ok, message });
    return ok;
  }
  figure(key, value) {
    this.figures[key] = value;
  }
  get failed() {
    return this.checks.filter((c) => !c.ok).length;
  }
  /** Marks the group done: its time stops here. */
  end() {
    this.ended ??= performance.now();
    return this;
  }
  get seconds() {
    return ((this.ended ?? performance.now()) - this.started) / 1000;
  }
}

/**
 * A page in its own context (never a background tab, so animation frames and observers run) that
 * records page errors, console errors and warnings, and CSP violations from before any script.
 */
export async function openPage(browser, { viewport = { width: 1000, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record = await recordPage(page);
  return { context, page, record };
}

/** A bare test page that loads the CDN bundle (once, or from each of `scripts`). */
export function bundlePage({ scripts = ['/dist/cdn/summit-widgets.js'], head = '', body = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>hardening</title>
${head}
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
<div id="stage" style="width: 720px">${body}</div>
</body>
</html>`;
}

/** Waits until the widgets are defined. */
export async function defined(page) {
  await page.waitForFunction(() => customElements.get('summit-data') && customElements.get('summit-quote'));
}

/**
 * Page-side helpers, installed with `page.evaluate(installHelpers)`: `__h.settle(els, ms)` waits
 * for every element to leave the pending state, `__h.text(el)` is the shadow root's text, and
 * `__h.status(el)` the data controller's status.
 */
export function installHelpers() {
  const h = {
    status: (el) => el.summitData?.status,
    issues: (el) => el.summitData?.error?.issues ?? [],
    // Every text node of the shadow root, exactly as stored (no collapsing).
    text: (el) => el.shadowRoot?.textContent ?? '',
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    async settle(els, ms = 10000) {
      const end = performance.now() + ms;
      for (;;) {
        await Promise.all(els.map((el) => el.updateComplete));
        if (els.every((el) => h.status(el) !== 'pending') || performance.now() > end) return;
        await h.sleep(5);
      }
    },
    /** A `<summit-data>` with every widget inside, or one widget. */
    make(tag, attrs = {}) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const views = [el];
      if (tag === 'summit-data') {
        views.length = 0;
        for (const t of [
          'summit-leader-roster',
          'summit-proposal-timeline',
          'summit-sector-cloud',
          'summit-card',
          'summit-quote',
        ]) {
          const w = document.createElement(t);
          el.append(w);
          views.push(w);
        }
      }
      return { el, views };
    },
  };
  window.__h = h;
}

/** Fisher–Yates with a seeded generator, so a failing order can be replayed. */
export function shuffle(list, seed = 1) {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The real dataset with a marker in fields every widget shows: title, names, quotes, sectors, headlines. */
export function variant(dataset, marker) {
  const d = structuredClone(dataset);
  d.title = `${d.title} ${marker}`;
  for (const l of d.leaders) l.name = `${l.name} ${marker}`;
  for (const q of d.quotes) q.text = `${q.text} ${marker}`;
  for (const s of d.sectors) s.name = `${s.name} ${marker}`;
  for (const p of d.proposals) p.headline = `${p.headline} ${marker}`;
  return d;
}
