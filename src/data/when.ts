import type { Proposal, When } from './types.js';

/** How precise a dated `When` is; a finer one sorts first where two end together. */
const PRECISION: Record<When['kind'], number> = {
  day: 0,
  month: 1,
  year: 2,
  relative: 2,
  by: 2.5,
  recurring: 4,
  undated: 5,
};

/** A deadline after a date as precise that ends with it: "by 30 June" after "30 June", "by June" after "June". */
const precision = (when: When) =>
  when.kind === 'by' ? (when.day ? 0.5 : when.month ? 1.5 : 2.5) : PRECISION[when.kind];

/** Dated kinds sort on a time axis; recurring and undated follow, in that order. */
function group(when: When): number {
  return when.kind === 'undated' ? 2 : when.kind === 'recurring' ? 1 : 0;
}

/** First instant (UTC ms) a `When` can refer to, or NaN when it has none. */
export function whenStart(when: When): number {
  switch (when.kind) {
    case 'day':
      return Date.parse(`${when.date}T00:00:00Z`);
    case 'month':
      return Date.UTC(when.year, when.month - 1, 1);
    case 'year':
    case 'relative':
      return Date.UTC(when.year, 0, 1);
    case 'by':
      return Date.UTC(when.year, (when.month ?? 1) - 1, when.day ?? 1);
    case 'recurring':
      return when.first ? Date.parse(`${when.first.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`) : NaN;
    case 'undated':
      return NaN;
  }
}

/**
 * Where a `When` stands on the time axis: the last day it can refer to. So what is dated within a period comes before
 * the period as a whole: the summit's day before "2026" when the summit is in February 2026, the days of March before
 * "March", and a deadline ("by 2030") after everything dated in its year. A recurrence stands at its first occurrence.
 */
function sortTime(when: When): number {
  return when.kind === 'recurring' ? whenStart(when) : whenEnd(when);
}

/** The last day (UTC ms, its start) a dated `When` can refer to; NaN for a recurrence or no date. */
export function whenEnd(when: When): number {
  switch (when.kind) {
    case 'month':
      return Date.UTC(when.year, when.month, 0);
    case 'year':
    case 'relative':
      return Date.UTC(when.year, 11, 31);
    case 'by':
      // Its day, or the last of its month (day 0 of the next), or of its year.
      return when.month && when.day
        ? Date.UTC(when.year, when.month - 1, when.day)
        : Date.UTC(when.year, when.month ?? 12, 0);
    case 'recurring':
      return NaN;
    default:
      return whenStart(when);
  }
}

/** What a `When` sorts on: its group, its time, then how precise it is. */
interface SortKey {
  readonly g: number;
  readonly s: number;
  readonly r: number;
}
const sortKey = (when: When): SortKey => ({ g: group(when), s: sortTime(when), r: precision(when) });
const compareKeys = (a: SortKey, b: SortKey): number => a.g - b.g || compareStarts(a.s, b.s) || a.r - b.r;

/** Orders two `When`s: on the time axis, then recurring, then undated. Stable for equal keys. */
export function compareWhen(a: When, b: When): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** Earlier first; a missing start (NaN) after any real one. */
function compareStarts(a: number, b: number): number {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (Number.isNaN(a)) return 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

/** One group of the timeline. `key` is stable and unique within a timeline. */
export type TimelineBucket =
  | {
      readonly kind: 'day';
      readonly key: string;
      readonly date: string;
      readonly summitDay: boolean;
      /** The summit's last day, where it met on more than one: its days are one group, "At the summit". */
      readonly end?: string;
      readonly items: readonly Proposal[];
    }
  | {
      readonly kind: 'month';
      readonly key: string;
      readonly year: number;
      readonly month: number;
      readonly items: readonly Proposal[];
    }
  /** `phrases` holds the relative wording ("next year") its items all share, or nothing where they do not. */
  | {
      readonly kind: 'year';
      readonly key: string;
      readonly year: number;
      readonly phrases: readonly string[];
      readonly items: readonly Proposal[];
    }
  /** A deadline's year, and its month and day where it names them. */
  | {
      readonly kind: 'by';
      readonly key: string;
      readonly year: number;
      readonly month?: number | undefined;
      readonly day?: number | undefined;
      readonly items: readonly Proposal[];
    }
  | { readonly kind: 'recurring'; readonly key: 'recurring'; readonly items: readonly Proposal[] }
  | { readonly kind: 'undated'; readonly key: 'undated'; readonly items: readonly Proposal[] };

/** A day, month or year is its own bucket (keyed by its `datetime`); a deadline is another ("by-2026-06"). */
function bucketKey(when: When): string {
  if (when.kind === 'by') return `by-${whenDatetime(when)!}`;
  return when.kind === 'recurring' || when.kind === 'undated' ? when.kind : whenDatetime(when)!;
}

/**
 * Groups proposals into the buckets a timeline shows, in time order: dated
 * groups (day, month, year, deadline) chronologically, then recurring, then
 * undated. Proposals keep dataset order within a bucket when their `When`s tie.
 * A day from `summitDate` to `summitEnd` (the summit's last day, if it met on more than one) is a summit day: the
 * summit's days are one group, keyed by its first.
 */
export function groupByWhen(proposals: readonly Proposal[], summitDate?: string, summitEnd?: string): TimelineBucket[] {
  // Sort keys are computed once per proposal, not once per comparison (10,000 items sort in a few ms).
  const keyed = proposals.map((p, i) => ({ p, i, k: sortKey(p.when) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k) || a.i - b.i);
  const sorted = keyed.map(({ p }) => p);
  const buckets = new Map<string, Proposal[]>();
  const atSummit = (when: When) =>
    !!summitDate && when.kind === 'day' && when.date >= summitDate && when.date <= (summitEnd ?? summitDate);
  for (const p of sorted) {
    const key = atSummit(p.when) ? summitDate! : bucketKey(p.when);
    const items = buckets.get(key);
    if (items) items.push(p);
    else buckets.set(key, [p]);
  }
  const out: TimelineBucket[] = [];
  for (const [key, items] of buckets) {
    const w = items[0]!.when;
    switch (w.kind) {
      case 'day':
        // Any day from the summit's first to its last: one group, from its first day.
        out.push(
          atSummit(w) && summitEnd && summitEnd > summitDate!
            ? { kind: 'day', key, date: summitDate!, summitDay: true, end: summitEnd, items }
            : { kind: 'day', key, date: w.date, summitDay: atSummit(w), items },
        );
        break;
      case 'month':
        out.push({ kind: 'month', key, year: w.year, month: w.month, items });
        break;
      case 'year':
      case 'relative': {
        // The source's wording heads the group only where it is every item's: a heading over proposals that share a
        // year must not lend one proposal's "next year" to another dated "2026" or "within two years".
        const [phrase, ...others] = new Set(items.map((p) => (p.when.kind === 'relative' ? p.when.phrase : '')));
        out.push({ kind: 'year', key, year: w.year, phrases: phrase && !others.length ? [phrase] : [], items });
        break;
      }
      case 'by':
        out.push({ kind: 'by', key, year: w.year, month: w.month, day: w.day, items });
        break;
      case 'recurring':
        out.push({ kind: 'recurring', key: 'recurring', items });
        break;
      case 'undated':
        out.push({ kind: 'undated', key: 'undated', items });
        break;
    }
  }
  return out;
}

/** The machine-readable value for `<time datetime>`, or undefined when there is none. */
export function whenDatetime(when: When): string | undefined {
  switch (when.kind) {
    case 'day':
      return when.date;
    case 'month':
      return `${when.year}-${String(when.month).padStart(2, '0')}`;
    case 'year':
    case 'relative':
      return String(when.year);
    case 'by':
      // A day is written with its month (the validator sees to that).
      return [when.year, when.month, when.month && when.day]
        .filter((n) => n !== undefined)
        .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
        .join('-');
    case 'recurring':
      return when.first;
    case 'undated':
      return undefined;
  }
}
