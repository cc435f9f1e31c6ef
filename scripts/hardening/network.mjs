/* global MutationObserver, __h */
// Hardening group 4, network faults: a server on 127.0.0.1 that answers slowly, never, with errors,
// with truncated bodies and out of order. Every widget and <summit-data> must end in the state of
// the last `src`, abort what it no longer needs, give up on time, and stay still once disconnected.
import { Group, WIDGETS, bundlePage, defined, installHelpers, openPage, shuffle, variant } from './lib.mjs';

const CONTEXTS = [...WIDGETS, 'summit-data'];
const CHANGES = 20;
const TIMEOUT = 1000;
const SLACK = 500;

export async function network({ browser, server, dataset }) {
  const g = new Group('network');
  console.log('\n4. Network faults');
  const summit = JSON.parse(dataset);
  for (const ctx of CONTEXTS) {
    for (let k = 1; k <= CHANGES; k++) server.json(`${ctx}-${k}`, JSON.stringify(variant(summit, `⟨v${k}⟩`)));
  }
  server.json('real', dataset);
  server.page('network', bundlePage());
  const { context, page, record } = await openPage(browser);
  await page.goto(`${server.url}/__h/page/network`);
  await defined(page);
  await page.evaluate(installHelpers);
  // Counts the AbortSignals of the widgets' requests that end aborted.
  await page.evaluate(() => {
    const real = window.fetch;
    window.__fetches = [];
    window.fetch = (input, init) => {
      const entry = { url: String(input), aborted: false };
      window.__fetches.push(entry);
      init?.signal?.addEventListener('abort', () => (entry.aborted = true));
      return real(input, init);
    };
  });
  const requests = (prefix) => server.log.filter((r) => r.path.startsWith(prefix));

  // 1. Twenty quick src changes, answered in shuffled order.
  let superseded = 0;
  let abortedServer = 0;
  let abortedClient = 0;
  let lastShown = 0;
  const quick = (ctx, n) => {
    const delays = shuffle(
      Array.from({ length: CHANGES }, (_, i) => 300 + i * 40),
      n + 7,
    );
    return page.evaluate(
      async ({ ctx, delays, changes }) => {
        const { el, views } = __h.make(ctx);
        document.getElementById('stage').append(el);
        const setAt = [];
        for (let k = 1; k <= changes; k++) {
          setAt[k] = Date.now();
          el.src = `/__h/json/${ctx}-${k}?delay=${delays[k - 1]}`;
          await __h.sleep(10);
        }
        await __h.settle(views);
        // Anything still to come would arrive within the longest delay.
        let late = 0;
        const observer = new MutationObserver((m) => (late += m.length));
        for (const v of views) observer.observe(v.shadowRoot, { subtree: true, childList: true, characterData: true });
        await __h.sleep(Math.max(...delays) + 200);
        observer.disconnect();
        const markers = views.map((v) => [...new Set(__h.text(v).match(/⟨v\d+⟩/g) ?? [])]);
        const statuses = views.map((v) => __h.status(v));
        const fetches = window.__fetches.filter((f) => f.url.includes(`/__h/json/${ctx}-`));
        el.remove();
        return {
          markers,
          statuses,
          late,
          setAt,
          fetches: fetches.length,
          aborted: fetches.filter((f) => f.aborted).length,
        };
      },
      { ctx, delays, changes: CHANGES },
    );
  };
  // Three at a time: Chromium opens at most six connections to one host.
  const results = [];
  for (let i = 0; i < CONTEXTS.length; i += 3) {
    results.push(...(await Promise.all(CONTEXTS.slice(i, i + 3).map((ctx, j) => quick(ctx, i + j)))));
  }
  for (const [n, ctx] of CONTEXTS.entries()) {
    const result = results[n];
    // A superseded request is aborted at the server (closed before the answer) or, still queued in the
    // browser, never sent at all. Chromium may send a request again on a fresh connection (same path).
    const log = requests(`/__h/json/${ctx}-`);
    const byPath = new Map();
    for (const r of log) {
      const k = Number(/-(\d+)\?/.exec(r.path)[1]);
      byPath.set(k, [...(byPath.get(k) ?? []), r]);
    }
    let closedEarly = 0;
    let answeredSuperseded = 0;
    // A machine slow enough to answer before the next change: that request was never superseded in flight.
    let answeredInTime = 0;
    for (const [k, entries] of byPath) {
      if (k === CHANGES) continue;
      if (entries.every((e) => e.aborted)) closedEarly++;
      else if (entries.some((e) => e.answered && e.end <= result.setAt[k + 1])) answeredInTime++;
      else answeredSuperseded++;
    }
    const neverSent = CHANGES - 1 - byPath.size + (byPath.has(CHANGES) ? 1 : 0);
    const expected = CHANGES - 1 - answeredInTime;
    const lastOnly = result.markers.every((m) => m.length === 1 && m[0] === `⟨v${CHANGES}⟩`);
    if (lastOnly) lastShown++;
    superseded += expected;
    abortedServer += closedEarly + neverSent;
    abortedClient += result.aborted;
    g.check(
      lastOnly && result.late === 0 && result.statuses.every((s) => s === 'complete'),
      `<${ctx}>: ${CHANGES} quick src changes answered out of order end on the last dataset` +
        ` (shows ${JSON.stringify([...new Set(result.markers.flat())])}, ${result.statuses.join('/')}, ${result.late} late mutations)`,
    );
    g.check(
      answeredSuperseded === 0 && closedEarly + neverSent === expected && result.aborted === expected,
      `<${ctx}>: every superseded request aborted (server: ${closedEarly} closed early + ${neverSent} never sent of ${expected}, ` +
        `${answeredSuperseded} answered after being superseded; ${result.aborted}/${expected} signals aborted; ` +
        `${result.fetches} fetches, ${log.length} requests${answeredInTime ? `; ${answeredInTime} answered before the next change` : ''})`,
    );
  }
  g.figure('src changes', `${CONTEXTS.length}×${CHANGES}`);
  g.figure('last dataset shown', `${lastShown}/${CONTEXTS.length}`);
  g.figure('superseded aborted (server)', `${abortedServer}/${superseded}`);
  g.figure('superseded aborted (signal)', `${abortedClient}/${superseded}`);

  // 2. A request that never answers, and one that stops arriving: the error state within the timeout + 0.5 s (after
  // what arrived). The timeout is for the answer and then for each part of the body: a steady one arrives (below).
  const hung = [];
  for (const [route, label, start, said] of [
    ['/__h/hang', 'never answers', 0, /did not answer within 1 s/],
    [`/__h/drip?ms=100&total=${TIMEOUT * 4}&stall=3`, 'stops arriving', 300, /stopped arriving: nothing came for 1 s/],
  ]) {
    // Three at a time: Chromium opens at most six connections to one host.
    for (let i = 0; i < CONTEXTS.length; i += 3) {
      const batch = CONTEXTS.slice(i, i + 3);
      const times = await page.evaluate(
        async ({ batch, route, timeout }) =>
          Promise.all(
            batch.map(async (ctx) => {
              const { el, views } = __h.make(ctx, { timeout: String(timeout) });
              const t0 = performance.now();
              el.src = `${route}${route.includes('?') ? '&' : '?'}ctx=${ctx}`;
              document.getElementById('stage').append(el);
              await __h.settle(views, timeout * 4);
              const ms = performance.now() - t0;
              const out = { ctx, ms, statuses: views.map(__h.status), message: __h.issues(views[0])[0]?.message ?? '' };
              el.remove();
              return out;
            }),
          ),
        { batch, route, timeout: TIMEOUT },
      );
      for (const t of times) {
        hung.push(t.ms - start);
        g.check(
          t.statuses.every((s) => s === 'error') && t.ms <= start + TIMEOUT + SLACK && said.test(t.message),
          `<${t.ctx}>: a request that ${label} ends in the error state after ${Math.round(t.ms)} ms ` +
            `(timeout ${TIMEOUT} ms): "${t.message.slice(0, 80)}"`,
        );
      }
    }
  }
  await new Promise((r) => setTimeout(r, 100));
  const hangLog = requests('/__h/hang').concat(requests('/__h/drip'));
  g.check(
    hangLog.every((r) => r.aborted),
    `the server saw every timed-out request closed by the client (${hangLog.filter((r) => r.aborted).length}/${hangLog.length})`,
  );
  g.figure('timeout → error (max, after the last part)', `${Math.round(Math.max(...hung))} ms ≤ ${TIMEOUT + SLACK}`);

  // 3. Error answers: each ends in a readable error state that says what happened.
  const faults = [
    ['/__h/status/404', /answered 404.*: there is no file at this URL: check it/],
    ['/__h/status/500', /answered 500.*: the server failed/],
    ['/__h/truncated', /not valid JSON/],
    ['/__h/cut', /stopped arriving: the connection broke/],
    ['/__h/drip?ms=30&total=600', null],
    // Slow but steady, past the 3 s timeout in all: it arrives.
    ['/__h/drip?ms=100&total=3600', null],
  ];
  let faultOk = 0;
  for (const [route, expected] of faults) {
    // Three contexts at a time, like the other checks here.
    const out = [];
    for (let i = 0; i < CONTEXTS.length; i += 3) {
      out.push(
        ...(await page.evaluate(
          async ({ route, contexts }) =>
            Promise.all(
              contexts.map(async (ctx) => {
                const { el, views } = __h.make(ctx, { timeout: '3000' });
                el.src = route;
                document.getElementById('stage').append(el);
                await __h.settle(views);
                const r = { ctx, statuses: views.map(__h.status), message: __h.issues(views[0])[0]?.message ?? '' };
                el.remove();
                return r;
              }),
            ),
          { route, contexts: CONTEXTS.slice(i, i + 3) },
        )),
      );
    }
    for (const r of out) {
      const ok = expected
        ? r.statuses.every((s) => s === 'error') && expected.test(r.message)
        : r.statuses.every((s) => s === 'complete');
      if (ok) faultOk++;
      g.check(
        ok,
        `<${r.ctx}> ${route}: ${expected ? `error state "${r.message.slice(0, 70)}"` : `slow but in time: ${r.statuses[0]}`}`,
      );
    }
  }
  g.figure('fault answers handled', `${faultOk}/${faults.length * CONTEXTS.length}`);

  // 4. Disconnected mid-load: no request finishes into it, no update, no event; reconnecting loads again.
  let still = 0;
  const midLoad = (ctx) =>
    page.evaluate(
      async ({ ctx, name }) => {
        const { el, views } = __h.make(ctx);
        let events = 0;
        el.addEventListener('summit-error', () => events++);
        el.src = `/__h/json/${name}?delay=400&mid`;
        document.getElementById('stage').append(el);
        await __h.sleep(100);
        el.remove();
        // Counts Lit updates and DOM changes from here on.
        let updates = 0;
        for (const v of views) {
          const willUpdate = v.willUpdate;
          v.willUpdate = function (...args) {
            updates++;
            return willUpdate.apply(this, args);
          };
        }
        let mutations = 0;
        const observer = new MutationObserver((m) => (mutations += m.length));
        for (const v of views) {
          observer.observe(v.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
        }
        await __h.sleep(800);
        observer.disconnect();
        const detached = { mutations, updates, events, statuses: views.map(__h.status) };
        document.getElementById('stage').append(el);
        await __h.settle(views);
        const back = views.map((v) => (__h.text(v).match(/⟨v\d+⟩/g) ?? [])[0]);
        el.remove();
        return { detached, back };
      },
      { ctx, name: `${ctx}-${CHANGES}` },
    );
  const mids = await Promise.all(CONTEXTS.map(midLoad));
  for (const [n, ctx] of CONTEXTS.entries()) {
    const r = mids[n];
    const log = requests(`/__h/json/${ctx}-${CHANGES}?delay=400&mid`);
    const ok =
      r.detached.mutations === 0 &&
      r.detached.updates === 0 &&
      r.detached.events === 0 &&
      log.length === 2 &&
      log[0].aborted;
    if (ok) still++;
    g.check(
      ok,
      `<${ctx}> disconnected mid-load: ${r.detached.updates} later updates, ${r.detached.mutations} DOM changes, ` +
        `${r.detached.events} events; first request ${log[0]?.aborted ? 'aborted' : 'not aborted'}, ${log.length} requests in all`,
    );
    g.check(
      r.back.every((m) => m === `⟨v${CHANGES}⟩`),
      `<${ctx}> reconnected: loads again and shows the dataset (${JSON.stringify(r.back)})`,
    );
  }
  g.figure('disconnected mid-load: no later update', `${still}/${CONTEXTS.length}`);

  const errors = [...record.errors, ...record.consoleErrors.filter((e) => !/Failed to load resource/.test(e))];
  g.check(errors.length === 0, `no uncaught error${errors.length ? `: ${errors.slice(0, 3).join(' | ')}` : ''}`);
  g.figure('uncaught errors', errors.length);
  await context.close();
  return g;
}
