/**
 * The runtime schema of a summit dataset. Every type the library uses is
 * inferred from it (see `types.ts`), so the validator and the types cannot
 * drift apart. valibot builds no code at run time, so this works under a
 * strict Content-Security-Policy.
 */
import * as v from 'valibot';

const got = (issue: v.BaseIssue<unknown>) => `got ${issue.received}`;

/** A short machine id: lowercase letters, digits and hyphens. */
export const IdSchema = v.pipe(
  v.string((i) => `expected an id (text), ${got(i)}`),
  v.regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    (i) => `expected an id of lowercase letters, digits and hyphens (e.g. "expert-forum"), ${got(i)}`,
  ),
);

/** Non-empty, trimmed human text. */
export const TextSchema = v.pipe(
  v.string((i) => `expected text, ${got(i)}`),
  v.check((s) => s.trim().length > 0, 'expected text, got an empty string'),
  v.maxLength(20000, (i) => `text is too long (${i.received} characters, at most 20000)`),
);

/** A calendar date written `YYYY-MM-DD` that exists (no 31 June). */
export const DateSchema = v.pipe(
  v.string((i) => `expected a date written YYYY-MM-DD, ${got(i)}`),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, (i) => `expected a date written YYYY-MM-DD, ${got(i)}`),
  v.check(isRealDate, (i) => `expected a real calendar date, ${got(i)}`),
);

/** A four-digit year. */
export const YearSchema = v.pipe(
  v.number((i) => `expected a four-digit year, ${got(i)}`),
  v.integer((i) => `expected a four-digit year, ${got(i)}`),
  v.minValue(1000, (i) => `expected a four-digit year, ${got(i)}`),
  v.maxValue(9999, (i) => `expected a four-digit year, ${got(i)}`),
);

/** An absolute `https:` URL. Lit does not sanitize `javascript:` URLs; this does. */
export const HttpsUrlSchema = v.pipe(
  v.string((i) => `expected an https: URL, ${got(i)}`),
  v.check(isHttpsUrl, (i) => `expected an absolute https: URL, ${got(i)}`),
);

/** ISO 3166-1 alpha-2 country code. */
export const CountryCodeSchema = v.pipe(
  v.string((i) => `expected a two-letter country code, ${got(i)}`),
  v.regex(/^[A-Z]{2}$/, (i) => `expected an ISO 3166-1 alpha-2 country code such as "JP", ${got(i)}`),
);

const list = <T extends v.GenericSchema>(item: T, what: string, min = 0) =>
  v.pipe(
    v.array(item, (i) => `expected a list of ${what}, ${got(i)}`),
    v.minLength(min, `expected at least ${min} ${what}`),
  );

/** A verbatim excerpt of a source backing a fact. */
export const EvidenceSchema = v.strictObject({
  /** Id of an entry in `sources`. */
  source: IdSchema,
  /** The exact words of the source, copied verbatim. */
  quote: TextSchema,
});
const EvidenceListSchema = list(EvidenceSchema, 'evidence excerpt', 1);

const phrase = v.optional(TextSchema);
const WHEN_KINDS = ['day', 'month', 'year', 'by', 'recurring', 'relative', 'undated'] as const;

/**
 * When something happens, at the precision the source used. `phrase` keeps
 * the source's own words ("next year", "by 2040").
 */
export const WhenSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('day'), date: DateSchema, phrase }),
    v.strictObject({
      kind: v.literal('month'),
      year: YearSchema,
      month: v.pipe(
        v.number((i) => `expected a month number 1-12, ${got(i)}`),
        v.integer((i) => `expected a month number 1-12, ${got(i)}`),
        v.minValue(1, (i) => `expected a month number 1-12, ${got(i)}`),
        v.maxValue(12, (i) => `expected a month number 1-12, ${got(i)}`),
      ),
      phrase,
    }),
    v.strictObject({ kind: v.literal('year'), year: YearSchema, phrase }),
    /** A deadline: "by 2040". */
    v.strictObject({ kind: v.literal('by'), year: YearSchema, phrase }),
    /** "Every two years", optionally from a first occurrence (YYYY, YYYY-MM or YYYY-MM-DD). */
    v.strictObject({
      kind: v.literal('recurring'),
      every: v.pipe(
        v.number((i) => `expected how many units between occurrences, ${got(i)}`),
        v.integer((i) => `expected a whole number, ${got(i)}`),
        v.minValue(1, (i) => `expected at least 1, ${got(i)}`),
      ),
      unit: v.picklist(['day', 'week', 'month', 'year'], (i) => `expected "day", "week", "month" or "year", ${got(i)}`),
      first: v.optional(
        v.pipe(
          v.string((i) => `expected YYYY, YYYY-MM or YYYY-MM-DD, ${got(i)}`),
          v.check(isPartialDate, (i) => `expected a real YYYY, YYYY-MM or YYYY-MM-DD, ${got(i)}`),
        ),
      ),
      phrase,
    }),
    /** "Next year", resolved against the date the source was written. */
    v.strictObject({
      kind: v.literal('relative'),
      phrase: TextSchema,
      relativeTo: DateSchema,
      offsetYears: v.pipe(
        v.number((i) => `expected a whole number of years, ${got(i)}`),
        v.integer(),
      ),
      year: YearSchema,
    }),
    v.strictObject({ kind: v.literal('undated'), phrase }),
  ],
  (i) => `expected "kind" to be one of ${WHEN_KINDS.map((k) => `"${k}"`).join(', ')}, ${got(i)}`,
);

export const LeaderSchema = v.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** The office, e.g. "President", "Prime Minister". */
  title: TextSchema,
  /** Country code; the country must be listed in `countries`. */
  country: CountryCodeSchema,
  roles: list(
    v.picklist(['chair', 'host', 'participant'], (i) => `expected "chair", "host" or "participant", ${got(i)}`),
    'role',
    1,
  ),
  /** Optional portrait; https: only. */
  photo: v.optional(HttpsUrlSchema),
  evidence: EvidenceListSchema,
});

export const CountrySchema = v.strictObject({ code: CountryCodeSchema, name: TextSchema });

export const SectorSchema = v.strictObject({ id: IdSchema, name: TextSchema });

export const AgendaAreaSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  sectors: v.optional(list(IdSchema, 'sector id')),
  evidence: EvidenceListSchema,
});

export const PROPOSAL_KINDS = ['proposed', 'supported', 'welcomed', 'emphasized'] as const;

export const ProposalSchema = v.strictObject({
  id: IdSchema,
  headline: TextSchema,
  summary: TextSchema,
  /**
   * proposed: put forward by `proposedBy`; supported: backs someone else's
   * initiative; welcomed; emphasized: stressed as important.
   */
  kind: v.picklist(
    PROPOSAL_KINDS,
    (i) => `expected one of ${PROPOSAL_KINDS.map((k) => `"${k}"`).join(', ')}, ${got(i)}`,
  ),
  /** Leader id of who put it forward, when the source names one. */
  proposedBy: v.optional(IdSchema),
  /** Country whose initiative it is, when the source names a country rather than a person. */
  initiatedBy: v.optional(CountryCodeSchema),
  /** Leader ids of who supported it. */
  supportedBy: v.optional(list(IdSchema, 'leader id')),
  sectors: list(IdSchema, 'sector id'),
  places: v.optional(list(TextSchema, 'place')),
  when: WhenSchema,
  evidence: EvidenceListSchema,
});

export const QuoteSchema = v.strictObject({
  id: IdSchema,
  /** Leader id. */
  speaker: IdSchema,
  text: TextSchema,
  sectors: v.optional(list(IdSchema, 'sector id')),
  evidence: EvidenceListSchema,
});

export const OutcomeSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  /** e.g. "declaration", "agreement". */
  kind: TextSchema,
  summary: v.optional(TextSchema),
  evidence: EvidenceListSchema,
});

export const HistoryEntrySchema = v.strictObject({
  id: IdSchema,
  text: TextSchema,
  when: WhenSchema,
  evidence: EvidenceListSchema,
});

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  publisher: v.optional(TextSchema),
  date: v.optional(DateSchema),
  url: v.optional(HttpsUrlSchema),
  /** Path of a stored copy of the text, relative to the dataset. */
  file: v.optional(TextSchema),
  /** BCP 47 language tag of the source text. */
  lang: v.optional(TextSchema),
});

export const SummitSchema = v.strictObject(
  {
    /** The JSON Schema this file follows, for editors' autocompletion. */
    $schema: v.optional(v.string()),
    id: IdSchema,
    title: TextSchema,
    /** The dialogue format, e.g. "Central Asia + Japan". */
    format: TextSchema,
    /** 1 for the first summit of the format. */
    edition: v.pipe(
      v.number((i) => `expected an edition number, ${got(i)}`),
      v.integer((i) => `expected a whole number, ${got(i)}`),
      v.minValue(1, (i) => `expected 1 or more, ${got(i)}`),
    ),
    date: DateSchema,
    place: v.strictObject({ city: TextSchema, country: CountryCodeSchema }),
    /** Leader id of the chair. */
    chair: IdSchema,
    /** Country code of the host. */
    host: CountryCodeSchema,
    /** BCP 47 language of the dataset's text. */
    lang: v.optional(TextSchema),
    leaders: list(LeaderSchema, 'leader', 1),
    countries: list(CountrySchema, 'country', 1),
    agenda: list(AgendaAreaSchema, 'agenda area'),
    proposals: list(ProposalSchema, 'proposal'),
    sectors: list(SectorSchema, 'sector'),
    quotes: list(QuoteSchema, 'quote'),
    outcomes: list(OutcomeSchema, 'outcome'),
    history: v.optional(list(HistoryEntrySchema, 'history entry')),
    sources: list(SourceSchema, 'source', 1),
    /** The date the facts hold for. */
    asOf: DateSchema,
  },
  (i) => `expected a summit dataset (a JSON object), ${got(i)}`,
);

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isPartialDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
  return isRealDate(s);
}

export function isHttpsUrl(s: string): boolean {
  // URL.canParse is not in every browser we support; the constructor is.
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && s.trim() === s && url.hostname.length > 0;
  } catch {
    return false;
  }
}
