/**
 * Hardening group 1, injection (fields): each of the 461 naughty strings and the XSS vectors in
 * every kind of string field of the dataset, one field at a time, through the `data` property;
 * then in every attribute of every widget, and as `src` itself. Nothing may run, nothing active
 * may reach a shadow root, every shown string must come back exactly, and a value a field refuses
 * must give the error state naming that field.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  REFERENCE_KINDS,
  WIDGETS,
  XSS_VECTORS,
  classOf,
  executions,
  installTrap,
  kindOf,
  make,
  pathText,
  provider,
  report,
  resetTrap,
  scan,
  shownText,
  stage,
  uncaught,
  validText,
  violationCount,
  withValue,
  type Path,
  type WidgetTag,
} from './helpers.js';
import { check, expectClean, figures, prepare, tally, type Injection } from './injection.js';

describe('hardening: injection into fields and attributes', function () {
  let inj: Injection;
  const one = tally();
  const attrs = tally();
  const srcs = tally();
  const covered = new Set<string>();
  const failed: string[] = [];

  const began = performance.now();

  before(async () => {
    installTrap();
    inj = await prepare();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed.push(this.currentTest.title);
  });

  after(async () => {
    if (!inj) return report('injection-fields', { failed: [...failed, 'setup (before all)'] });
    await new Promise((r) => setTimeout(r, 300)); // late onerror/onload handlers would have fired by now
    const v = inj.violations;
    await report('injection-fields', {
      failed,
      ms: Math.round(performance.now() - began),
      payloads: inj.payloads.length,
      naughty: inj.naughty,
      xss: XSS_VECTORS.length,
      fields: inj.paths.length,
      fieldsCovered: covered.size,
      kinds: new Set(inj.paths.map(kindOf)).size,
      shownFields: Object.fromEntries([...inj.shows].map(([t, s]) => [t, s.size])),
      oneAtATime: figures(one),
      attributes: figures(attrs),
      srcUrls: figures(srcs),
      executions: executions(),
      scripts: v.scripts,
      handlers: v.handlers,
      nonHttpsUrls: v.urls,
      otherActive: v.elements,
      uncaught: uncaught().length,
      samples: v.samples,
    });
  });

  it('the checks can fail: the trap counts, the inspector finds scripts, handlers, bad URLs and mangled text', async () => {
    const probe = document.createElement('div');
    const root = probe.attachShadow({ mode: 'open' });
    root.append(
      document
        .createRange()
        .createContextualFragment(
          '<p>A &lt;b&gt; shown</p><img src="data:image/png;base64,AAAA" onerror="__pwned()"><a href="javascript:__pwned()">x</a><script>__pwned()</script>',
        ),
    );
    // The image fails to decode (no request); its handler has run once the error event reaches a later listener.
    const failed = new Promise((r) => root.querySelector('img')!.addEventListener('error', r));
    document.body.append(probe);
    await failed;
    const found = scan(probe);
    expect(executions(), 'the trap counted the image handler and the script').to.be.greaterThan(0);
    expect([found.scripts, found.handlers, found.urls]).to.deep.equal([1, 1, 2]);
    expect(shownText(probe)).to.contain('A <b> shown');
    expect(shownText(probe)).not.to.contain('A <b> shown!');
    probe.remove();
    resetTrap();
  });

  it('one field at a time: every payload in every shown text field and in each class of the other fields', async () => {
    const start = performance.now();
    const host = stage();
    const els = new Map(WIDGETS.map((t) => [t, make(t)] as const));
    host.append(...els.values());
    // Text fields a widget shows: every payload in each kind (the instance rotates). The rest are
    // validated alike within a class (ids, codes, dates, enums, URLs, unshown text): each payload goes
    // to the next field of each class in turn, so every field is filled by several payloads.
    const shownAnywhere = new Set([...inj.shows.values()].flatMap((s) => [...s]));
    const shownKinds = new Set(inj.paths.filter((p) => shownAnywhere.has(pathText(p))).map(kindOf));
    const byKind = new Map<string, Path[]>();
    const byClass = new Map<string, Path[]>();
    for (const p of inj.paths) {
      const kind = kindOf(p);
      const [map, key] = shownKinds.has(kind) ? [byKind, kind] : [byClass, classOf(kind)];
      map.set(key, [...(map.get(key) ?? []), p]);
    }
    let turn = 0;
    for (let i = 0; i < inj.payloads.length; i++) {
      const payload = inj.payloads[i]!;
      const picks = [
        ...[...byKind.values()].map((list) => list[i % list.length]!),
        ...[...byClass.values()].map((list) => list[i % list.length]!),
      ];
      for (const path of picks) {
        const at = pathText(path);
        const kind = kindOf(path);
        covered.add(at);
        const data = withValue(inj.base, path, payload);
        const showers = WIDGETS.filter((t) => inj.shows.get(t)!.has(at));
        // Drawn by every widget that shows the field; a field no widget shows, by each widget in turn.
        const targets: WidgetTag[] = showers.length ? showers : [WIDGETS[turn++ % WIDGETS.length]!];
        const cls = classOf(kind);
        one.cases++;
        for (const tag of targets) {
          const el = els.get(tag)!;
          el.data = data;
          await check(inj, el, one, `${tag} ${at}`, payload, {
            shown: showers.includes(tag),
            valid: cls === 'text' ? validText(payload) : cls === 'any string' ? true : undefined,
            path: at,
            anyPath: REFERENCE_KINDS.test(kind),
          });
        }
      }
    }
    host.remove();
    one.ms = performance.now() - start;
    expect(covered.size, 'fields filled').to.equal(inj.paths.length);
    expect(executions(), 'script executions').to.equal(0);
    expect(violationCount(inj.violations), `active content: ${inj.violations.samples.join(' | ')}`).to.equal(0);
    expectClean(one);
  });

  it('attributes: heading, quote-id, sector, leader, order, lang, theme, timeout and heading-level take any string', async () => {
    const start = performance.now();
    const host = stage();
    const els = WIDGETS.map((t) => make(t));
    for (const el of els) el.data = inj.base;
    host.append(...els);
    const names = ['quote-id', 'sector', 'leader', 'order', 'lang', 'theme', 'timeout', 'heading-level'];
    for (const payload of inj.payloads) {
      attrs.cases++;
      for (const el of els) {
        el.setAttribute('heading', payload);
        for (const n of names) el.setAttribute(n, payload);
        // An empty or blank heading keeps the default one.
        await check(inj, el, attrs, `${el.localName} attributes`, payload, {
          shown: payload.trim().length > 0,
          valid: true,
        });
      }
    }
    host.remove();
    attrs.ms = performance.now() - start;
    expect(executions(), 'script executions').to.equal(0);
    expect(violationCount(inj.violations), `active content: ${inj.violations.samples.join(' | ')}`).to.equal(0);
    expectClean(attrs);
  });

  it('src itself: javascript:, data:, vbscript: and disguised URLs are refused without a request', async () => {
    const start = performance.now();
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const host = stage();
    try {
      // Relative ones resolve on this site and are plain (missing) paths; these point elsewhere.
      const vectors = XSS_VECTORS.filter((v) => new URL(v, location.href).origin !== location.origin);
      for (const v of vectors) {
        for (const tag of [...WIDGETS, 'summit-data'] as const) {
          srcs.cases++;
          const p = tag === 'summit-data' ? provider() : undefined;
          const el = p ? p.data : make(tag);
          el.src = v;
          host.append(el);
          for (const view of p ? p.widgets : [el]) {
            await check(inj, view, srcs, `${tag} src=${v}`, v, { shown: false, valid: false, pathless: true });
          }
          el.remove();
        }
      }
    } finally {
      window.fetch = realFetch;
      host.remove();
      srcs.ms = performance.now() - start;
    }
    const outside = fetched.filter((u) => !u.startsWith('https:') && !u.startsWith(location.origin));
    expect(outside, 'requests to non-https URLs').to.deep.equal([]);
    expect(executions(), 'script executions').to.equal(0);
    expectClean(srcs);
  });
});
