/**
 * Pure helpers of `<summit-proposal-timeline>`: they turn the data layer's
 * buckets into what the element draws (labels, names, formatted dates). No DOM.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Proposal, ProposalKind, Summit } from '../../data/types.js';
import { indexOf, sourceUrl, type Selection } from '../../data/views.js';
import { whenDatetime, type TimelineBucket } from '../../data/when.js';
import { formatDayRange, formatList } from '../intl.js';
import { isolated } from '../joined.js';
import { capitalise, formatWhenDate, whenText } from '../when-text.js';

/** One bucket as the element draws it; `entries` holds only the rendered slice. */
export interface BucketView {
  readonly key: string;
  readonly kind: TimelineBucket['kind'];
  /** "At the summit", or the relative wording the source used ("Next year"), or an empty string. */
  readonly title: string;
  /** `<time datetime>` value; empty for recurring and undated buckets. */
  readonly datetime: string;
  /** The formatted date or year shown inside `<time>`. */
  readonly date: string;
  readonly entries: readonly EntryView[];
}

/** One proposal with every name resolved and every date formatted. */
export interface EntryView {
  readonly id: string;
  readonly kind: ProposalKind;
  readonly headline: string;
  readonly summary: string;
  /** Names from the dataset, isolated inside our words ("name (country)", a list of them). */
  readonly proposer: unknown;
  /** The initiating country's name; marked when the chosen leader is from it (why the entry is shown). */
  readonly initiator: unknown;
  readonly supporters: unknown;
  readonly places: unknown;
  readonly sectors: readonly { readonly id: string; readonly name: string }[];
  readonly when: string | undefined;
  /** The source's own words for when (in the dataset's language), which `when` is or holds; else our formatted date. */
  readonly whenOwn: string | undefined;
  readonly datetime: string | undefined;
  readonly evidence: readonly {
    readonly quote: string;
    readonly title: string;
    readonly url: string | undefined;
    /** The source's language, else the dataset's: the quote is verbatim. */
    readonly lang: string | undefined;
  }[];
}

/** The bucket's heading parts, with the entries drawn now. */
export function bucketView(b: TimelineBucket, locale: string, entries: readonly EntryView[]): BucketView {
  const dated = b.kind !== 'recurring' && b.kind !== 'undated';
  const title =
    b.kind === 'day' && b.summitDay
      ? msg('At the summit')
      : b.kind === 'year'
        ? b.phrases.map((p) => capitalise(p, locale)).join(' / ')
        : '';
  // A summit of several days: its days, as the card writes them ("December 20–21, 2025").
  const date =
    b.kind === 'day' && b.end ? formatDayRange(locale, b.date, b.end).join('') : dated ? formatWhenDate(locale, b) : '';
  return {
    key: b.key,
    kind: b.kind,
    title,
    datetime: dated
      ? b.kind === 'day' || b.kind === 'month'
        ? b.key
        : b.kind === 'by'
          ? b.key.slice(3)
          : String(b.year)
      : '',
    // A date that starts the heading starts it with a capital ("Март 2026 г.", where Russian writes months in lower case).
    date: title || b.kind === 'by' ? date : capitalise(date, locale),
    entries,
  };
}

/** What made an entry match the chosen leader: their name, or their country's initiative. */
const mark = (named: unknown) => html`<mark part="chosen-leader">${named}</mark>`;

/**
 * Resolves names and formats one proposal for display. Lists of the dataset's names are joined in its language
 * (`listLocale`, the language they are marked with), else the page's (`locale`). The `chosen` leader, the one the
 * timeline is filtered by, is marked wherever it is named (among twenty supporters, the reason the entry is shown),
 * and so is the initiating country when it is theirs: an initiative of their country is one of theirs.
 */
export function entryView(
  summit: Summit,
  p: Proposal,
  locale: string,
  listLocale = locale,
  chosen?: string,
): EntryView {
  const { leaders, countries, sectors, sources } = indexOf(summit);
  const country = (code: string) => countries.get(code)?.name ?? code;
  const leader = (id: string) => {
    const l = leaders.get(id);
    const named = l
      ? msg(html`${isolated(l.name)} (${country(l.country)})`, {
          id: 'name-country',
          desc: 'A leader, then their country',
        })
      : isolated(id);
    return id === chosen ? mark(named) : named;
  };
  const chosenCountry = chosen === undefined ? undefined : leaders.get(chosen)?.country;
  return {
    id: p.id,
    kind: p.kind,
    headline: p.headline,
    summary: p.summary,
    proposer: p.proposedBy && leader(p.proposedBy),
    initiator:
      p.initiatedBy && (p.initiatedBy === chosenCountry ? mark(country(p.initiatedBy)) : country(p.initiatedBy)),
    supporters: p.supportedBy?.length ? formatList(listLocale, p.supportedBy.map(leader)) : undefined,
    places: p.places?.length
      ? formatList(
          listLocale,
          p.places.map(isolated),
          p.places.some((place) => place.includes(',')),
        )
      : undefined,
    sectors: p.sectors.map((id) => ({ id, name: sectors.get(id)?.name ?? id })),
    when: whenText(p.when, locale),
    whenOwn: p.when.phrase,
    datetime: whenDatetime(p.when),
    evidence: p.evidence.map((e) => {
      const source = sources.get(e.source);
      return {
        quote: e.quote,
        title: source?.title ?? e.source,
        url: sourceUrl(source),
        // The source's language; else the dataset's (the template falls back to it).
        lang: source?.lang,
      };
    }),
  };
}

/**
 * "Sector: Energy · Leader: Shavkat Mirziyoyev" for the active filter, or nothing: each name a span in the dataset's
 * language `lang` and in its own direction, inside our words.
 */
export function describeFilter(
  summit: Summit,
  filter: Selection,
  lang: string | undefined,
): TemplateResult | undefined {
  const { sectors, leaders } = indexOf(summit);
  const name = (text: string) => html`<span lang=${ifDefined(lang)} dir="auto">${text}</span>`;
  const sector = filter.sector && msg(html`Sector: ${name(sectors.get(filter.sector)?.name ?? filter.sector)}`);
  const leader = filter.leader && msg(html`Leader: ${name(leaders.get(filter.leader)?.name ?? filter.leader)}`);
  if (!sector && !leader) return undefined;
  return sector && leader ? html`${sector} · ${leader}` : ((sector || leader) as TemplateResult);
}

/** The kind of a proposal in words, so it never rests on colour. */
export const kindLabel = (kind: ProposalKind): string =>
  ({
    proposed: msg('Proposed'),
    supported: msg('Supported'),
    welcomed: msg('Welcomed'),
    emphasized: msg('Emphasized'),
  })[kind];
