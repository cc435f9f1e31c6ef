/* global __h, requestAnimationFrame */
// Hardening group 6, long-lived pages: 1,000 connect/disconnect cycles per widget and 1,000 dataset
// swaps. Measured through the Chrome DevTools Protocol: the JS heap after forced garbage collection
// may grow by less than 30%, and no listener may be left on window or document.
import { Group, WIDGETS, bundlePage, defined, installHelpers, openPage, variant } from './lib.mjs';

const CYCLES = 1000;
const SWAPS = 1000;
const MAX_GROWTH = 0.3;

export async function longLived({ browser, server, dataset }) {
  const g = new Group('long-lived');
  console.log('\n6. Long-lived pages');
  server.page('long-lived', bundlePage());
  const { context, page, record } = await openPage(browser);
  await page.goto(`${server.url}/__h/page/long-lived`);
  await defined(page);
  await page.evaluate(installHelpers);
  const cdp = await context.newCDPSession(page);

  const heap = async () => {
    // Several passes: the first frees objects whose finalizers free more.
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const listeners = async () => {
    const out = {};
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      out[target] = list.map((l) => l.type).sort();
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    }
    return out;
  };
  const describe = (l) => `window [${l.window.join(', ')}], document [${l.document.join(', ')}]`;

  const variants = [0, 1, 2, 3].map((i) => JSON.stringify(variant(JSON.parse(dataset), `⟨s${i}⟩`)));
  await page.evaluate((json) => {
    window.__summit = JSON.parse(json);
  }, dataset);
  const before = await listeners();

  // Connect/disconnect: a persistent element reconnected, and every tenth cycle a fresh one drawn and dropped.
  // Every fiftieth cycle waits a frame, so observers (resize, intersection) fire while connected.
  const cycle = (tag, cycles) =>
    page.evaluate(
      async ({ tag, cycles }) => {
        const stage = document.getElementById('stage');
        const { el, views } = __h.make(tag);
        el.data = window.__summit;
        stage.append(el);
        await __h.settle(views);
        for (let i = 0; i < cycles; i++) {
          el.remove();
          await el.updateComplete;
          stage.append(el);
          await Promise.all(views.map((v) => v.updateComplete));
          if (i % 10 === 0) {
            const fresh = __h.make(tag);
            fresh.el.data = window.__summit;
            stage.append(fresh.el);
            await __h.settle(fresh.views);
            fresh.el.remove();
          }
          if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(() => r()));
        }
        const ok = views.every((v) => __h.status(v) === 'complete');
        el.remove();
        return ok;
      },
      { tag, cycles },
    );

  let worst = 0;
  for (const tag of [...WIDGETS, 'summit-data']) {
    await cycle(tag, 20); // warm-up: code compiled, caches and formatters made
    const h0 = await heap();
    const t0 = performance.now();
    const ok = await cycle(tag, CYCLES);
    const ms = performance.now() - t0;
    const h1 = await heap();
    const growth = (h1 - h0) / h0;
    worst = Math.max(worst, growth);
    g.check(
      ok && growth < MAX_GROWTH,
      `<${tag}>: ${CYCLES} connect/disconnect cycles in ${(ms / 1000).toFixed(1)} s, heap ${(h0 / 1e6).toFixed(2)} → ${(h1 / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(1)}%)`,
    );
  }
  g.figure('cycles per widget', CYCLES);
  g.figure('heap growth, cycles (worst)', `${(worst * 100).toFixed(1)}%`);

  // Dataset swaps: a provider with every widget inside, given a new dataset object each time.
  const swap = (count) =>
    page.evaluate(
      async ({ variants, count }) => {
        const stage = document.getElementById('stage');
        const { el, views } = __h.make('summit-data');
        stage.append(el);
        for (let i = 0; i < count; i++) {
          el.data = JSON.parse(variants[i % variants.length]);
          await Promise.all([el, ...views].map((v) => v.updateComplete));
          if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(() => r()));
        }
        await __h.settle(views);
        const marker = `⟨s${(count - 1) % variants.length}⟩`;
        const ok = views.every((v) => __h.status(v) === 'complete' && __h.text(v).includes(marker));
        el.remove();
        return ok;
      },
      { variants, count },
    );
  await swap(20);
  const h0 = await heap();
  const t0 = performance.now();
  const swapped = await swap(SWAPS);
  const ms = performance.now() - t0;
  const h1 = await heap();
  const growth = (h1 - h0) / h0;
  g.check(
    swapped && growth < MAX_GROWTH,
    `<summit-data> with every widget: ${SWAPS} dataset swaps in ${(ms / 1000).toFixed(1)} s, last one shown, heap ${(h0 / 1e6).toFixed(2)} → ${(h1 / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(1)}%)`,
  );
  g.figure('dataset swaps', SWAPS);
  g.figure('heap growth, swaps', `${(growth * 100).toFixed(1)}%`);

  // Listeners a connected widget adds (the timeline's print listeners) are there while it is, and go with it.
  await page.evaluate(async () => {
    const { el, views } = __h.make('summit-data');
    el.data = window.__summit;
    el.id = 'connected';
    document.getElementById('stage').append(el);
    await __h.settle(views);
  });
  const during = await listeners();
  await page.evaluate(() => document.getElementById('connected').remove());
  const added = during.window.length + during.document.length - before.window.length - before.document.length;
  g.figure('listeners while connected', `+${added}`);

  // A widget that loaded its src and is moved around the page does not load it again.
  server.json('moved', dataset);
  const fetchesBefore = server.log.filter((r) => r.path.startsWith('/__h/json/moved')).length;
  const moved = await page.evaluate(async () => {
    const stage = document.getElementById('stage');
    const { el, views } = __h.make('summit-data', { src: '/__h/json/moved' });
    stage.append(el);
    await __h.settle(views);
    for (let i = 0; i < 100; i++) {
      el.remove();
      stage.append(el);
      el.requestUpdate(); // as any later change would
      await Promise.all([el, ...views].map((v) => v.updateComplete));
    }
    await __h.settle(views);
    const ok = views.every((v) => __h.status(v) === 'complete');
    el.remove();
    return ok;
  });
  const loads = server.log.filter((r) => r.path.startsWith('/__h/json/moved')).length - fetchesBefore;
  g.check(moved && loads === 1, `a <summit-data src> moved 100 times loads its dataset once (${loads} requests)`);
  g.figure('requests for a src moved 100 times', loads);

  const after = await listeners();
  const same = JSON.stringify(before) === JSON.stringify(after);
  g.check(
    same,
    `listeners on window and document as before the widgets: ${describe(after)}${same ? '' : ` (before: ${describe(before)})`}`,
  );
  g.figure(
    'listeners left on window/document',
    same ? 0 : after.window.length + after.document.length - before.window.length - before.document.length,
  );
  const errors = [...record.errors, ...record.consoleErrors];
  g.check(errors.length === 0, `no uncaught error${errors.length ? `: ${errors.slice(0, 3).join(' | ')}` : ''}`);
  await context.close();
  return g;
}
