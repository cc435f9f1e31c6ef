/**
 * The runtime schema of a summit dataset, as plain data (see `check.ts`).
 * Every type the library uses is inferred from it (see `types.ts`), so the
 * validator and the types cannot drift apart, and the JSON Schema
 * (`data/summit.schema.json`) is generated from it.
 */
import { boolean, integer, list, object, oneOf, optional, string, variant } from './check.js';
import { quoted, uEscape, unaccented } from './errors.js';
import { dateRewrite, isoCodeFor, keyOfNamed, monthNamed } from './hints.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** `"а" is U+0430`; a character a message shows escaped (a control, say) by its code alone. */
const named = (c: string) => {
  const code = uEscape(c).replace('\\u', 'U+');
  return quoted(c) === `"${c}"` ? `"${c}" is ${code}` : code;
};
/**
 * What to do about a value an id pattern refuses: the id it probably is ("Šimkūnas", "Expert forum"), the limit of one
 * too long, else the characters an id cannot hold that do not show it (a Cyrillic "а" looks like the Latin one).
 */
const idHint = (s: string): string | undefined => {
  const id = unaccented(s)
    .trim()
    .replace(/[\s_]+/g, '-');
  const odd = [...new Set(s.match(/[^\x20-\x7e]/g))];
  return ID.test(id)
    ? `write it as ${quoted(id)}`
    : /^[a-z0-9][a-z0-9-]{64,}$/.test(id)
      ? `at most 64 characters, not ${[...s].length}: shorten it${id === s ? '' : ', in a-z, 0-9 and hyphens'}`
      : odd.length
        ? `${odd.map(named).join(', ')}: type ${odd.length > 1 ? 'them' : 'it'} again in plain a-z`
        : undefined;
};

const ID_EXPECTED = 'an id of lowercase letters, digits and hyphens (e.g. "expert-forum")';

/** A short machine id: lowercase letters, digits and hyphens. */
export const IdSchema = string(ID_EXPECTED, { pattern: ID, hint: idHint });

/** The id of an entry in `list`: where its name is written instead, that entry's id ("Sanae Takaichi": "takaichi"). */
const idIn = (list: 'leaders' | 'sectors') =>
  string(ID_EXPECTED, { pattern: ID, hint: (s, root) => keyOfNamed(root, list, s, 'id', ID) ?? idHint(s) });
/** The id of an entry in `leaders`. */
export const LeaderIdSchema = idIn('leaders');
/** The id of an entry in `sectors`. */
export const SectorIdSchema = idIn('sectors');

/** Human text with something to read: not blank, and not only invisible characters (zero-width spaces, controls). */
export const TextSchema = string('text (not blank)', {
  // Something to see: not only spaces, controls, format marks, combining marks or blank letters (Hangul fillers,
  // the blank Braille pattern).
  pattern: /[^\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u,
  max: 20000,
  // A mark belongs on the letter before it: at the start it is a stray accent, drawn on nothing. No script piles more
  // than a few on one letter; dozens ("Zalgo" text) draw over the lines around, out of the widget and over the page.
  refine: (s) =>
    /^\p{M}/u.test(s)
      ? 'text that starts with a letter, not an accent on its own (retype its start)'
      : /\p{M}{9}/u.test(s)
        ? 'text with at most 8 accents or marks on one letter (more draw over the lines around it: remove them)'
        : undefined,
});

/** A BCP 47 language tag ("en", "ja", "pt-BR"): it is written into the page as a `lang` attribute. */
export const LangSchema = string('a BCP 47 language tag such as "en" or "pt-BR"', {
  // The shape of a tag, subtag by subtag (a 2- or 3-letter language, script, region, variants, extensions, private use), so the JSON
  // Schema refuses what the browser does ("en-a", "en-US-US"); the browser's own check follows.
  pattern:
    /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[A-WY-Za-wy-z\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?$/,
  refine: (s) => (isLanguageTag(s) ? undefined : 'a valid BCP 47 language tag'),
});

/** A calendar date written `YYYY-MM-DD` that exists (no 31 June), in the years 1000 to 9999 like `YearSchema`. */
export const DateSchema = string('a date written YYYY-MM-DD, in the years 1000 to 9999', {
  pattern: /^[1-9]\d{3}-\d{2}-\d{2}$/,
  refine: (s) => (isRealDate(s) ? undefined : 'a real calendar date'),
  // "13/01/2026", "January 14, 2026": the same date, written the one way.
  hint: (s) => dateRewrite(s, false, isRealDate),
});

/** A year, a month or a day that exists: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in the years 1000 to 9999. */
export const PartialDateSchema = string('YYYY, YYYY-MM or YYYY-MM-DD, in the years 1000 to 9999', {
  pattern: /^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  refine: (s) => (isPartialDate(s) ? undefined : 'a real YYYY, YYYY-MM or YYYY-MM-DD'),
  hint: (s) => dateRewrite(s, true, isRealDate),
});

/** A four-digit year. */
export const YearSchema = integer('a four-digit year', 1000, 9999);

/**
 * An absolute `https:` URL, written out from `https://` (so `https:example.com`, which a browser resolves
 * against the page, is refused). Lit does not sanitize `javascript:` URLs; this does. The scheme is written in lower
 * case: a browser reads "HTTPS://" too, but the dataset's text is used as written, and what checks it again (the
 * widgets' links, the JSON Schema, other readers of the file) compares it as written.
 */
export const HttpsUrlSchema = string('an absolute https: URL', {
  // A host (no user name or password before it), an optional port, then a path, query or fragment.
  pattern: /^https:\/\/[^\s/?#@:%]+(:(6553[0-5]|655[0-2]\d|65[0-4]\d\d|6[0-4]\d{3}|[1-5]\d{4}|\d{1,4}))?([/?#]\S*)?$/,
  refine: (s) => (isHttpsUrl(s) ? undefined : 'an absolute https: URL'),
  hint: (s) => {
    const lower = `https:${s.slice(6)}`;
    if (/^https:/i.test(s) && isHttpsUrl(lower)) return `write the scheme in lower case: ${quoted(lower)}`;
    // http: is refused (a news page is https:, where the browser blocks http: content): most sites answer https: too.
    const secure = `https:${s.slice(5)}`;
    return /^http:/i.test(s) && isHttpsUrl(secure)
      ? `change http:// to https:// (${quoted(secure)}), if the site answers there`
      : undefined;
  },
});

const COUNTRY = /^[A-Z]{2}$/;
const CODE = /^[A-Z]{2,10}$/;
/** The codes people write for two countries whose ISO codes differ (EU, reserved by ISO for the Union, is allowed). */
const isoCode = (s: string) =>
  ({ UK: '"GB" for the United Kingdom (its ISO code)', EL: '"GR" for Greece (its ISO code)' })[s];

/** "uz" or " UZ" for "UZ": the code it is, as ids get theirs. */
const upper = (s: string, pattern: RegExp) => {
  const code = s.trim().toUpperCase();
  return code !== s && pattern.test(code) ? `write it as ${quoted(code)}` : undefined;
};

/**
 * A name where a code belongs ("Kazakhstan", or "KAZAKHSTAN" taken for an organisation's code): the code of the entry
 * of that name in `countries` (as given: the fields' check sees the input, the references' check the dataset), else
 * the ISO code of a country of that name, else, for what reads as a name (a capital, then two small letters or more;
 * or words), that.
 */
const codeForName = (s: string, root: unknown): string | undefined =>
  keyOfNamed(root, 'countries', s, 'code', CODE) ??
  isoCodeFor(s) ??
  (/^\p{Lu}\p{Ll}{2,}|\s\S/u.test(s.trim())
    ? 'a name, not a code: write its code, and add an entry to countries with this name'
    : undefined);

/** ISO 3166-1 alpha-2 country code: what a summit's host and place are (an organisation is neither). */
export const CountryCodeSchema = string('an ISO 3166-1 alpha-2 country code such as "JP"', {
  pattern: COUNTRY,
  refine: isoCode,
  hint: (s, root) =>
    codeForName(s, root) ??
    upper(s, COUNTRY) ??
    (CODE.test(s.trim().toUpperCase())
      ? 'a country\'s code has two letters ("JP", not "JPN"); an organisation cannot be the host or the place'
      : undefined),
});

/**
 * The code of an entry in `countries`: a country's (ISO 3166-1 alpha-2, "JP"; "EU" for the European Union) or an
 * international organisation's (2 to 10 capital letters: "EBRD", "UN", "ASEAN").
 */
export const CountryOrOrganisationCodeSchema = string(
  'a country code such as "JP", or an organisation\'s of 2 to 10 capital letters such as "EBRD"',
  { pattern: CODE, refine: isoCode, hint: (s, root) => codeForName(s, root) ?? upper(s, CODE) },
);

/** A verbatim excerpt of a source backing a fact. */
export const EvidenceSchema = object({
  /** Id of an entry in `sources`. */
  source: IdSchema,
  /** The exact words of the source, copied verbatim. */
  quote: TextSchema,
});
const evidence = list(EvidenceSchema, ['evidence excerpt', 'evidence excerpts'], 1);

const month = integer('a month number 1-12', 1, 12, (v) => {
  const n = typeof v === 'string' ? monthNamed(v) : undefined;
  return n ? `write ${n}` : undefined;
});

/** The source's own words for the time ("next year", "by 2040"): shown as the source wrote it. */
const phrase = optional(TextSchema);

/**
 * When something happens, at the precision the source used. `phrase` keeps
 * the source's own words ("next year", "by 2040").
 */
export const WhenSchema = variant(
  'kind',
  {
    day: { date: DateSchema, phrase },
    month: { year: YearSchema, month, phrase },
    year: { year: YearSchema, phrase },
    /**
     * A deadline, at the precision of the source: "by 2040" (`year`), "by June 2026" (and `month`), "by 30 June 2026"
     * (and `day`, of that month).
     */
    by: { year: YearSchema, month: optional(month), day: optional(integer('a day of the month 1-31', 1, 31)), phrase },
    /** "Every two years", optionally from a first occurrence (YYYY, YYYY-MM or YYYY-MM-DD). */
    recurring: {
      every: integer('a whole number of units between occurrences, 1 to 1000', 1, 1000),
      unit: oneOf(['day', 'week', 'month', 'year']),
      first: optional(PartialDateSchema),
      phrase,
    },
    /** "Next year", resolved against the date the source was written. */
    relative: {
      phrase: TextSchema,
      relativeTo: DateSchema,
      offsetYears: integer('a whole number of years (-100 to 100)', -100, 100),
      year: YearSchema,
    },
    undated: { phrase },
  },
  {
    // A field of another kind of time: what this kind takes instead.
    date: (value, kind) => {
      if (kind === 'recurring') return 'a recurring time takes its first date as "first"';
      if (kind !== 'by' && kind !== 'month' && kind !== 'year') return undefined;
      const [year, month, day] = typeof value === 'string' && isPartialDate(value) ? value.split('-').map(Number) : [];
      const parts = { year, month: kind === 'year' ? undefined : month, day: kind === 'by' ? day : undefined };
      const numbers = Object.entries(parts).filter(([, n]) => n !== undefined);
      return `only "kind": "day" takes a date; ${quoted(kind)} takes numbers${numbers.length ? `: ${numbers.map(([k, n]) => `"${k}": ${n}`).join(', ')}` : ''}`;
    },
    ...Object.fromEntries(
      ['year', 'month', 'day'].map((k) => [
        k,
        (_: unknown, kind: unknown) =>
          kind === 'day' ? '"kind": "day" takes one "date", written YYYY-MM-DD' : undefined,
      ]),
    ),
  },
);

export const LeaderSchema = object(
  {
    id: IdSchema,
    /** The name as the dataset's text writes it. */
    name: TextSchema,
    /** The office, e.g. "President", "Prime Minister". */
    title: TextSchema,
    /** Code of an entry in `countries`: the leader's country, or the international organisation they head. */
    country: CountryOrOrganisationCodeSchema,
    /**
     * "chair" (the summit's `chair` and its `coChairs` hold it), "host" (a leader of the `host` country),
     * "participant".
     */
    roles: list(
      oneOf(['chair', 'host', 'participant'], (s) =>
        /^co-?chair/i.test(s) ? 'a co-chair holds the role "chair" and is listed in the summit\'s coChairs' : undefined,
      ),
      ['role', 'roles'],
      1,
    ),
    /** Optional portrait; https: only. */
    photo: optional(HttpsUrlSchema),
    evidence,
  },
  'an object',
  {
    office: 'the office goes in "title" ("President", "Prime Minister")',
    organisation:
      'an organisation is an entry in countries with "organisation": true, and its head\'s "country" is its code',
  },
);

/** A country, or an international organisation whose heads are leaders at the summit. */
export const CountrySchema = object({
  /**
   * A country's ISO 3166-1 alpha-2 code ("JP"; "EU" for the European Union), or an organisation's code of 2 to 10
   * capital letters ("EBRD", "UN", "ASEAN").
   */
  code: CountryOrOrganisationCodeSchema,
  /** The country's or organisation's name in the dataset's language. */
  name: TextSchema,
  /**
   * true for an international organisation (the EBRD, the UN, the ASEAN secretariat): its heads are leaders, but it is
   * not counted as a country, and it cannot be the host or the place.
   */
  organisation: optional(boolean('true (an international organisation) or false (a country)')),
});

export const SectorSchema = object(
  {
    id: IdSchema,
    /** The name shown in the cloud and on the timeline's chips; its weight is derived, never typed in. */
    name: TextSchema,
  },
  'an object',
  {
    weight:
      "a sector's weight is derived from the proposals, agenda areas and quotes that name it, never typed in: remove it",
  },
);

const sectorIds = list(SectorIdSchema, ['sector id', 'sector ids']);

export const AgendaAreaSchema = object({
  id: IdSchema,
  /** The agenda item as the summit named it; the card lists them. */
  title: TextSchema,
  /** Ids of entries in `sectors` it touches (each adds to their weight). */
  sectors: optional(sectorIds),
  evidence,
});

export const PROPOSAL_KINDS = ['proposed', 'supported', 'welcomed', 'emphasized'] as const;

export const ProposalSchema = object(
  {
    id: IdSchema,
    /** One line: what was proposed or decided. */
    headline: TextSchema,
    /** A sentence or two in the dataset's words. */
    summary: TextSchema,
    /**
     * proposed: put forward by `proposedBy`; supported: backs someone else's
     * initiative; welcomed; emphasized: stressed as important.
     */
    kind: oneOf(PROPOSAL_KINDS),
    /**
     * Leader id of who put it forward, when the source names one. Every proposal names someone behind it: proposedBy,
     * initiatedBy or supportedBy.
     */
    proposedBy: optional(LeaderIdSchema),
    /** Country (or organisation) whose initiative it is, when the source names one rather than a person. */
    initiatedBy: optional(CountryOrOrganisationCodeSchema),
    /** Leader ids of who supported it. */
    supportedBy: optional(list(LeaderIdSchema, ['leader id', 'leader ids'])),
    /** Ids of entries in `sectors`. */
    sectors: sectorIds,
    /** Where it happens, as the source names places. */
    places: optional(list(TextSchema, ['place', 'places'])),
    when: WhenSchema,
    evidence,
  },
  'an object',
  { date: 'when it happens goes in "when": {"kind": "day", "date": "…"}' },
);

export const QuoteSchema = object({
  id: IdSchema,
  /** Leader id. */
  speaker: LeaderIdSchema,
  /** The speaker's words, as the source reports them. */
  text: TextSchema,
  sectors: optional(sectorIds),
  evidence,
});

export const OutcomeSchema = object({
  id: IdSchema,
  title: TextSchema,
  /**
   * e.g. "declaration", "statement", "resolution" (the card says "… adopted"), "agreement", "memorandum"
   * ("… signed"); any other kind shows the title alone.
   */
  kind: TextSchema,
  /** A sentence the card shows under the title. */
  summary: optional(TextSchema),
  evidence,
});

export const HistoryEntrySchema = object({
  id: IdSchema,
  /** Background: something that happened before the summit. */
  text: TextSchema,
  when: WhenSchema,
  evidence,
});

export const SourceSchema = object({
  id: IdSchema,
  /** The article's or document's title. */
  title: TextSchema,
  publisher: optional(TextSchema),
  /** Date of publication. */
  date: optional(DateSchema),
  /** Where readers can read it; https: only. */
  url: optional(HttpsUrlSchema),
  /** Path of a stored copy of the text, relative to the dataset. */
  file: optional(TextSchema),
  /** BCP 47 language tag of the source text. */
  lang: optional(LangSchema),
});

export const SummitSchema = object(
  {
    /** The JSON Schema this file follows, for editors' autocompletion. */
    $schema: optional(string('the URL or path of a JSON Schema')),
    id: IdSchema,
    title: TextSchema,
    /** The dialogue format, e.g. "Central Asia + Japan". */
    format: TextSchema,
    /** 1 for the first summit of the format; left out for a meeting that is not one of a numbered series. */
    edition: optional(integer('an edition number (1 to 9999)', 1, 9999)),
    /** The day the summit met (its first day, when it met on more than one). */
    date: DateSchema,
    /** The summit's last day, when it met on more than one (after `date`); left out for a summit of one day. */
    endDate: optional(DateSchema),
    /** The city, and the code of its country (listed in `countries`; a country, not an organisation). */
    place: object({ city: TextSchema, country: CountryCodeSchema }),
    /** Leader id of the chair (the first of them, for a co-chaired summit). */
    chair: LeaderIdSchema,
    /** Leader ids of the other chairs of a co-chaired summit; each holds the role "chair", as the chair does. */
    coChairs: optional(list(LeaderIdSchema, ['leader id', 'leader ids'])),
    /** Country code of the host (listed in `countries`; a country, not an organisation). */
    host: CountryCodeSchema,
    /** BCP 47 language of the dataset's text. */
    lang: optional(LangSchema),
    leaders: list(LeaderSchema, ['leader', 'leaders'], 1),
    /** Every country (and international organisation) a leader, the place, the host or an initiative names. */
    countries: list(CountrySchema, ['country', 'countries'], 1),
    agenda: list(AgendaAreaSchema, ['agenda area', 'agenda areas']),
    proposals: list(ProposalSchema, ['proposal', 'proposals']),
    sectors: list(SectorSchema, ['sector', 'sectors']),
    quotes: list(QuoteSchema, ['quote', 'quotes']),
    outcomes: list(OutcomeSchema, ['outcome', 'outcomes']),
    history: optional(list(HistoryEntrySchema, ['history entry', 'history entries'])),
    sources: list(SourceSchema, ['source', 'sources'], 1),
    /** The date the facts hold for: the card says "Facts as of …". */
    asOf: DateSchema,
  },
  'a summit dataset (a JSON object)',
);

export function isRealDate(s: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export function isPartialDate(s: string): boolean {
  if (/^[1-9]\d{3}$/.test(s)) return true;
  if (/^[1-9]\d{3}-(0[1-9]|1[0-2])$/.test(s)) return true;
  return isRealDate(s);
}

export function isHttpsUrl(s: string): boolean {
  if (!HttpsUrlSchema.pattern!.test(s)) return false;
  // URL.canParse is not in every browser we support; the constructor is.
  try {
    return new URL(s).hostname.length > 0;
  } catch {
    return false;
  }
}

export function isLanguageTag(s: string): boolean {
  try {
    return Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}
