/**
 * Hardening group 3, property-based: fast-check mutates the real dataset — drops, duplicates,
 * retypes and truncates fields, leaves ids dangling, stretches lengths to extremes, writes
 * non-Latin and right-to-left text — and hands it to every widget (and to `<summit-data>`) through
 * the `data` property, at least 1,000 runs each. Every run either draws content or shows a
 * readable error that names a path; nothing throws and nothing active reaches a shadow root.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {
  REFERENCE_KINDS,
  TEXT_KINDS,
  WIDGETS,
  executions,
  fullDataset,
  installTrap,
  issuesOf,
  kindOf,
  make,
  noViolations,
  provider,
  readableError,
  report,
  scan,
  settle,
  shownText,
  stage,
  statusOf,
  stringPaths,
  uncaught,
  violationCount,
  type Json,
  type JsonObject,
  type Path,
  type SummitEl,
} from './helpers.js';

const RUNS = 1000;

/** Text in scripts and directions a Latin-only widget would get wrong. */
const SCRIPTS = [
  'مرحبا بالعالم',
  'שלום עולם',
  '東京で第一回首脳会議',
  'Саммит «Центральная Азия + Япония»',
  'हिन्दी पाठ',
  'ภาษาไทย',
  '한국어 텍스트',
  'ئۇيغۇرچە',
  '👩‍👩‍👧‍👦🏳️‍🌈🇺🇿',
  'Z̴̡̢͎̈́a̸̧͖͐l̶̰̈g̵̱̈́o̷̯͒',
  '\u202Eevil\u202C',
  '\u2067عربي\u2069 mixed',
  '\u200B\u200C\u200D\uFEFF',
  'ﷺ ﷽',
  'a\u0000b',
];

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'retype'; at: number; value: Json }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'dangle'; at: number }
  | { op: 'extreme'; at: number; length: number; unit: string }
  | { op: 'text'; at: number; value: string }
  | { op: 'grow'; at: number; length: number }
  | { op: 'reorder'; at: number; seed: number };

/** Every path of a JSON value (objects, lists and leaves), the root excluded. */
function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (path.length) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

/** The parent container and key of `path` in `root`, if the path still exists after earlier mutations. */
function locate(root: Json, path: Path): { parent: Json[] | JsonObject; key: string | number } | undefined {
  let node: Json = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[path[i]!]!;
  }
  const key = path[path.length - 1]!;
  if (!node || typeof node !== 'object' || !(key in node)) return undefined;
  return { parent: node as Json[] | JsonObject, key };
}

interface Targets {
  paths: Path[];
  refs: Path[];
  strings: Path[];
  texts: Path[];
  lists: Path[];
}

function apply(root: JsonObject, m: Mutation, t: Targets) {
  const from: Partial<Record<Mutation['op'], Path[]>> = {
    dangle: t.refs,
    text: t.texts,
    extreme: t.strings,
    grow: t.lists,
    reorder: t.lists,
  };
  const list = from[m.op] ?? t.paths;
  const path = list[m.at % list.length]!;
  const spot = locate(root, path);
  if (!spot) return;
  const { parent, key } = spot;
  const get = () => (parent as Record<string | number, Json>)[key]!;
  const set = (v: Json) => ((parent as Record<string | number, Json>)[key] = v);
  switch (m.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'duplicate':
      if (Array.isArray(parent))
        parent.splice(key as number, 0, ...Array.from({ length: m.times }, () => structuredClone(get())));
      else set([get(), structuredClone(get())]);
      break;
    case 'retype':
      set(m.value);
      break;
    case 'truncate': {
      const v = get();
      if (typeof v === 'string') set(v.slice(0, m.keep));
      else if (Array.isArray(v)) set(v.slice(0, m.keep));
      else if (v && typeof v === 'object') set(Object.fromEntries(Object.entries(v).slice(0, m.keep)));
      break;
    }
    case 'dangle':
      set('no-such-entry-4711');
      break;
    case 'extreme':
      set(m.unit.repeat(Math.ceil(m.length / m.unit.length)).slice(0, m.length));
      break;
    case 'text':
      set(m.value);
      break;
    case 'reorder': {
      const list = get() as Json[];
      if (!Array.isArray(list)) break;
      let x = m.seed || 1;
      for (let i = list.length - 1; i > 0; i--) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        const j = x % (i + 1);
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      break;
    }
    case 'grow': {
      // Many more entries, with fresh ids so the list stays valid.
      const list = get() as Json[];
      if (!Array.isArray(list) || !list.length) break;
      const grown: Json[] = [];
      for (let i = 0; i < m.length; i++) {
        const item = structuredClone(list[i % list.length]!) as Json;
        if (item && typeof item === 'object' && !Array.isArray(item) && typeof item['id'] === 'string')
          item['id'] = `${item['id']}-${i}`;
        grown.push(item);
      }
      set(grown);
      break;
    }
  }
}

describe('hardening: property-based mutations', function () {
  let base: JsonObject;
  let targets: Targets;
  const failed: string[] = [];
  const violations = noViolations();
  const stats: Record<string, { runs: number; drawn: number; errors: number; ms: number }> = {};
  const ops: Record<string, number> = {};
  const seed = Date.now() % 2 ** 31;

  const began = performance.now();

  before(async () => {
    installTrap();
    base = await fullDataset();
    const paths = allPaths(base);
    const strings = stringPaths(base);
    targets = {
      paths,
      strings,
      texts: strings.filter((p) => TEXT_KINDS.has(kindOf(p))),
      refs: strings.filter((p) => REFERENCE_KINDS.test(kindOf(p)) && !/(^|\.)id$/.test(kindOf(p))),
      lists: paths.filter((p) => {
        const spot = locate(base, p);
        const v = spot && (spot.parent as Record<string | number, Json>)[spot.key];
        return Array.isArray(v) && v.length > 0 && typeof v[0] === 'object';
      }),
    };
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed.push(this.currentTest.title);
  });
  after(async () => {
    await report('property', {
      failed,
      ms: Math.round(performance.now() - began),
      seed,
      runsPerWidget: RUNS,
      stats,
      ops,
      executions: executions(),
      violations: violationCount(violations),
      samples: violations.samples,
      uncaught: uncaught().length,
    });
  });

  const index = fc.nat({ max: 1_000_000 });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), at: index }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: index, times: fc.integer({ min: 1, max: 3 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('retype' as const),
        at: index,
        value: fc.oneof(
          fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', 'text', [], {}, [1, 2], { a: 1 }),
          fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
          fc.constantFrom(NaN, Infinity, -Infinity) as fc.Arbitrary<Json>,
        ),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('truncate' as const), at: index, keep: fc.integer({ min: 0, max: 3 }) }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('dangle' as const), at: index }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('extreme' as const),
        at: index,
        length: fc.constantFrom(0, 1, 2000, 19999, 20000, 20001, 100000),
        unit: fc.constantFrom('x', 'W ', 'مرحبا ', '東京', '👩‍👩‍👧‍👦'),
      }),
    },
    {
      weight: 10,
      arbitrary: fc.record({
        op: fc.constant('text' as const),
        at: index,
        value: fc.oneof(
          fc.array(fc.constantFrom(...SCRIPTS), { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
        ),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('grow' as const), at: index, length: fc.constantFrom(0, 1, 40, 120) }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('reorder' as const), at: index, seed: fc.nat() }) },
  );
  const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

  for (const [n, tag] of ([...WIDGETS, 'summit-data'] as const).entries()) {
    it(`<${tag}>: ${RUNS} mutated datasets each draw content or a readable error with a path`, async () => {
      const host = stage();
      const p = tag === 'summit-data' ? provider() : undefined;
      const input = p ? p.data : make(tag);
      const views: SummitEl[] = p ? p.widgets : [input];
      host.append(input);
      const s = (stats[tag] = { runs: 0, drawn: 0, errors: 0, ms: 0 });
      const start = performance.now();
      let problem = '';
      await fc
        .assert(
          fc.asyncProperty(mutations, async (list) => {
            const data = structuredClone(base);
            for (const m of list) {
              ops[m.op] = (ops[m.op] ?? 0) + 1;
              apply(data, m, targets);
            }
            s.runs++;
            input.data = data;
            try {
              await settle(views);
            } catch (e) {
              problem = `threw ${String(e)}`;
              return false;
            }
            for (const v of views) {
              scan(v, violations);
              const status = statusOf(v);
              if (status === 'complete') {
                if (!shownText(v).trim()) return ((problem = `${v.localName} drew nothing`), false);
              } else if (status === 'error') {
                if (!readableError(v))
                  return ((problem = `${v.localName}: unreadable ${JSON.stringify(issuesOf(v)).slice(0, 300)}`), false);
              } else return ((problem = `${v.localName} ended ${status}`), false);
            }
            if (statusOf(views[0]!) === 'complete') s.drawn++;
            else s.errors++;
            return violationCount(violations) === 0 && executions() === 0;
          }),
          { numRuns: RUNS, seed: seed + n, endOnFailure: false },
        )
        .catch((e: Error) => {
          throw new Error(`${problem}\n${e.message}`);
        });
      s.ms = Math.round(performance.now() - start);
      host.remove();
      expect(uncaught(), 'uncaught errors').to.deep.equal([]);
    });
  }
});
