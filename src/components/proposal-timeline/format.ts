/**
 * Pure helpers of `<summit-proposal-timeline>`: they turn the data layer's
 * buckets into what the element draws (labels, names, formatted dates). No DOM.
 */
import { msg, str } from '@lit/localize';
import type { Proposal, ProposalKind, Summit, When } from '../../data/types.js';
import { indexOf, type Selection } from '../../data/views.js';
import { whenDatetime, type TimelineBucket } from '../../data/when.js';

/** The `Intl` formatters of one locale, created once per locale. */
export interface Formatters {
  readonly locale: string;
  readonly day: Intl.DateTimeFormat;
  readonly month: Intl.DateTimeFormat;
  readonly year: Intl.DateTimeFormat;
  readonly list: Intl.ListFormat;
  readonly number: Intl.NumberFormat;
}

/** Formatters for `locale`; an invalid language tag falls back to English rather than throwing. */
export function formatters(locale: string): Formatters {
  try {
    // Dates are calendar dates, not instants: format them in UTC so no time zone shifts the day.
    const utc = { timeZone: 'UTC' } as const;
    return {
      locale,
      day: new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'long', year: 'numeric' }),
      month: new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' }),
      year: new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric' }),
      list: new Intl.ListFormat(locale, { type: 'conjunction' }),
      number: new Intl.NumberFormat(locale),
    };
  } catch {
    return formatters('en');
  }
}

const utcDate = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));
const fromIso = (date: string) => new Date(`${date}T00:00:00Z`);

/** Source wording such as "next year", with its first letter capitalised for a heading. */
function capitalise(phrase: string, locale: string): string {
  const [first = '', ...rest] = Array.from(phrase);
  return first.toLocaleUpperCase(locale) + rest.join('');
}

/** One bucket as the element draws it; `entries` holds only the rendered slice. */
export interface BucketView {
  readonly key: string;
  readonly kind: TimelineBucket['kind'];
  readonly summitDay: boolean;
  /** Relative wording the source used ("Next year"), or an empty string. */
  readonly phrase: string;
  /** `<time datetime>` value, when the bucket has a date. */
  readonly datetime: string | undefined;
  /** The formatted date or year shown inside `<time>`. */
  readonly date: string;
  readonly entries: readonly EntryView[];
}

export interface EvidenceView {
  readonly quote: string;
  readonly title: string;
  readonly url: string | undefined;
}

/** One proposal with every name resolved and every date formatted. */
export interface EntryView {
  readonly id: string;
  readonly kind: ProposalKind;
  readonly headline: string;
  readonly summary: string;
  readonly proposer: string | undefined;
  readonly initiator: string | undefined;
  readonly supporters: string | undefined;
  readonly places: string | undefined;
  readonly sectors: readonly { readonly id: string; readonly name: string }[];
  readonly when: { readonly text: string; readonly datetime: string | undefined } | undefined;
  readonly evidence: readonly EvidenceView[];
}

/** The bucket's heading parts, without the entries. */
export function bucketView(bucket: TimelineBucket, f: Formatters, entries: readonly EntryView[]): BucketView {
  const base = { key: bucket.key, kind: bucket.kind, summitDay: false, phrase: '', entries };
  switch (bucket.kind) {
    case 'day':
      return {
        ...base,
        summitDay: bucket.summitDay,
        datetime: bucket.date,
        date: f.day.format(fromIso(bucket.date)),
      };
    case 'month':
      return { ...base, datetime: bucket.key, date: f.month.format(utcDate(bucket.year, bucket.month)) };
    case 'year':
      return {
        ...base,
        phrase: bucket.phrases.map((p) => capitalise(p, f.locale)).join(' / '),
        datetime: String(bucket.year),
        date: f.year.format(utcDate(bucket.year)),
      };
    case 'by':
      return { ...base, datetime: String(bucket.year), date: f.year.format(utcDate(bucket.year)) };
    default:
      return { ...base, datetime: undefined, date: '' };
  }
}

/** "Every 2 years" for a recurring `When` the source gave no words for. */
function everyText(every: number, unit: 'day' | 'week' | 'month' | 'year'): string {
  if (every === 1) {
    return { day: msg('Every day'), week: msg('Every week'), month: msg('Every month'), year: msg('Every year') }[unit];
  }
  return {
    day: msg(str`Every ${every} days`),
    week: msg(str`Every ${every} weeks`),
    month: msg(str`Every ${every} months`),
    year: msg(str`Every ${every} years`),
  }[unit];
}

/** The source's own words for when, or a formatted date when it gave none. */
export function whenText(when: When, f: Formatters): EntryView['when'] {
  const datetime = whenDatetime(when);
  if (when.phrase) return { text: when.phrase, datetime };
  switch (when.kind) {
    case 'day':
      return { text: f.day.format(fromIso(when.date)), datetime };
    case 'month':
      return { text: f.month.format(utcDate(when.year, when.month)), datetime };
    case 'year':
      return { text: f.year.format(utcDate(when.year)), datetime };
    case 'by':
      return { text: msg(str`By ${f.year.format(utcDate(when.year))}`), datetime };
    case 'recurring':
      return { text: everyText(when.every, when.unit), datetime };
    default:
      return undefined;
  }
}

/** Resolves names and formats one proposal for display. */
export function entryView(summit: Summit, p: Proposal, f: Formatters): EntryView {
  const { leaders, countries, sectors, sources } = indexOf(summit);
  const country = (code: string) => countries.get(code)?.name ?? code;
  const leader = (id: string) => {
    const l = leaders.get(id);
    return l ? `${l.name} (${country(l.country)})` : id;
  };
  return {
    id: p.id,
    kind: p.kind,
    headline: p.headline,
    summary: p.summary,
    proposer: p.proposedBy ? leader(p.proposedBy) : undefined,
    initiator: p.initiatedBy ? country(p.initiatedBy) : undefined,
    supporters: p.supportedBy?.length ? f.list.format(p.supportedBy.map(leader)) : undefined,
    places: p.places?.length ? f.list.format(p.places) : undefined,
    sectors: p.sectors.map((id) => ({ id, name: sectors.get(id)?.name ?? id })),
    when: whenText(p.when, f),
    evidence: p.evidence.map((e) => {
      const source = sources.get(e.source);
      return { quote: e.quote, title: source?.title ?? e.source, url: source?.url };
    }),
  };
}

/** "Sector: Energy · Leader: Shavkat Mirziyoyev" for the active filter, or an empty string. */
export function describeFilter(summit: Summit, filter: Selection): string {
  const { sectors, leaders } = indexOf(summit);
  const parts: string[] = [];
  if (filter.sector) parts.push(msg(str`Sector: ${sectors.get(filter.sector)?.name ?? filter.sector}`));
  if (filter.leader) parts.push(msg(str`Leader: ${leaders.get(filter.leader)?.name ?? filter.leader}`));
  return parts.join(' · ');
}

/** The kind of a proposal in words, so it never rests on colour. */
export function kindLabel(kind: ProposalKind): string {
  switch (kind) {
    case 'proposed':
      return msg('Proposed');
    case 'supported':
      return msg('Supported');
    case 'welcomed':
      return msg('Welcomed');
    case 'emphasized':
      return msg('Emphasized');
  }
}
