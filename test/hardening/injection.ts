/** What the two injection files share: the payloads, the display probe, and one check per render. */
import { expect } from '@open-wc/testing';
import {
  TEXT_KINDS,
  WIDGETS,
  XSS_VECTORS,
  fullDataset,
  issuesOf,
  kindOf,
  make,
  naughtyStrings,
  noViolations,
  pathText,
  readableError,
  scan,
  settle,
  shownText,
  stage,
  statusOf,
  stringPaths,
  withValue,
  type Json,
  type JsonObject,
  type Path,
  type SummitEl,
  type Violations,
  type WidgetTag,
} from './helpers.js';

export interface Tally {
  ms: number;
  cases: number;
  renders: number;
  mismatches: string[];
  refused: string[];
  unreadable: string[];
  wrongPath: string[];
  throws: string[];
}
export const tally = (): Tally => ({
  ms: 0,
  cases: 0,
  renders: 0,
  mismatches: [],
  refused: [],
  unreadable: [],
  wrongPath: [],
  throws: [],
});
const push = (list: string[], s: string) => list.length < 20 && list.push(s);
const show = (s: string) => JSON.stringify(s.length > 50 ? `${s.slice(0, 50)}…` : s);

export interface Expectation {
  /** The widget shows this field: the payload must appear in its text, exactly. */
  shown: boolean;
  /** true: the value is valid there and must be drawn; false: it must be refused; undefined: either. */
  valid: boolean | undefined;
  /** The path the error must name, unless `anyPath`. */
  path?: string | undefined;
  anyPath?: boolean;
  /** A problem with the whole input (e.g. a refused src): no path to name. */
  pathless?: boolean;
}

export interface Injection {
  base: JsonObject;
  payloads: string[];
  naughty: number;
  paths: Path[];
  /** Per widget, the text fields it shows (found by the probe): `proposals[3].headline`, … */
  shows: Map<WidgetTag, Set<string>>;
  violations: Violations;
}

/** The dataset, the payloads, and the probe: a unique marker in every text field shows which fields each widget draws. */
export async function prepare(): Promise<Injection> {
  const base = await fullDataset();
  const naughty = await naughtyStrings();
  const paths = stringPaths(base);
  const textPaths = paths.filter((p) => TEXT_KINDS.has(kindOf(p)));
  let marked: Json = base;
  textPaths.forEach((p, i) => (marked = withValue(marked, p, `⟦${i}⟧`)));
  const host = stage();
  const shows = new Map<WidgetTag, Set<string>>();
  for (const tag of WIDGETS) {
    const el = make(tag);
    el.data = marked;
    host.append(el);
    await settle([el]);
    expect(statusOf(el), `${tag} draws the probe dataset`).to.equal('complete');
    const found = new Set<string>();
    for (const m of shownText(el).matchAll(/⟦(\d+)⟧/g)) found.add(pathText(textPaths[Number(m[1])]!));
    shows.set(tag, found);
  }
  host.remove();
  return {
    base,
    payloads: [...naughty, ...XSS_VECTORS],
    naughty: naughty.length,
    paths,
    shows,
    violations: noViolations(),
  };
}

/** Waits for `el` to draw after an input change, then checks what it drew against `expectation`. */
export async function check(
  inj: Injection,
  el: SummitEl,
  t: Tally,
  label: string,
  payload: string,
  expectation: Expectation,
) {
  t.renders++;
  try {
    await settle([el]);
  } catch (e) {
    push(t.throws, `${label}: ${String(e)}`);
    return;
  }
  scan(el, inj.violations);
  const status = statusOf(el);
  if (status === 'complete') {
    if (expectation.valid === false) push(t.refused, `${label}: accepted an invalid value ${show(payload)}`);
    if (expectation.shown && !shownText(el).includes(payload))
      push(t.mismatches, `${label}: ${show(payload)} not shown`);
  } else if (status === 'error') {
    if (expectation.valid === true) push(t.refused, `${label}: refused ${show(payload)}: ${issuesOf(el)[0]?.message}`);
    if (!readableError(el, expectation.pathless)) {
      push(t.unreadable, `${label}: ${JSON.stringify(issuesOf(el)).slice(0, 200)}`);
    } else if (expectation.path && !expectation.anyPath && !issuesOf(el).some((i) => i.path === expectation.path)) {
      push(t.wrongPath, `${label}: no issue at ${expectation.path}: ${issuesOf(el)[0]?.path}`);
    }
  } else push(t.throws, `${label}: ended ${status}`);
}

/** The figures of a tally, for the report. */
export const figures = (t: Tally) => ({
  cases: t.cases,
  renders: t.renders,
  seconds: Math.round(t.ms / 100) / 10,
  notShownExactly: t.mismatches.length,
  misjudged: t.refused.length,
  unreadable: t.unreadable.length + t.wrongPath.length,
  throws: t.throws.length,
});

/** Every list of problems in a tally must be empty. */
export function expectClean(t: Tally) {
  expect(t.mismatches, 'strings not shown exactly').to.deep.equal([]);
  expect(t.refused, 'valid values refused or invalid accepted').to.deep.equal([]);
  expect(t.unreadable, 'errors without a readable message and path').to.deep.equal([]);
  expect(t.wrongPath, 'errors not naming the field').to.deep.equal([]);
  expect(t.throws, 'throws').to.deep.equal([]);
}
