import { check } from './check.js';
import { SummitSchema, isRealDate } from './schema.js';
import { closest, isoCodeFor, isoCodeNamed, keyOfNamed } from './hints.js';
import { SummitDataError, joinPath, quoted, unaccented, type SummitDataIssue } from './errors.js';
import type { Evidence, Summit, When } from './types.js';
import { whenEnd, whenStart } from './when.js';

/**
 * Validates unknown input (parsed JSON: `parseJsonText` reads JSON text) as a summit dataset and returns it
 * typed and deeply frozen. Throws `SummitDataError` listing every problem with
 * its path: schema problems first, then broken cross-references.
 */
export function parseSummit(input: unknown): Summit {
  const issues: SummitDataIssue[] = [];
  const summit = check(SummitSchema, input, issues) as Summit;
  // JSON text, not its value: what reads it (and says where a syntax error is). Nothing but an object has references.
  if (typeof input === 'string') {
    issues[0] = { path: '', message: `${issues[0]!.message} (JSON text: read it with parseJsonText first)` };
  }
  if (issues.length) {
    throw new SummitDataError(issues, undefined, !!input && typeof input === 'object' && !Array.isArray(input));
  }
  const refIssues = checkReferences(summit);
  if (refIssues.length) throw new SummitDataError(refIssues);
  return summit;
}

/** Like `parseSummit`, but returns the issues instead of throwing. */
export function validateSummit(
  input: unknown,
):
  | { ok: true; summit: Summit }
  | { ok: false; issues: readonly SummitDataIssue[]; /** See `SummitDataError`. */ referencesLater: boolean } {
  try {
    return { ok: true, summit: parseSummit(input) };
  } catch (e) {
    if (e instanceof SummitDataError) return { ok: false, issues: e.issues, referencesLater: e.referencesLater };
    throw e;
  }
}

/** Cross-reference checks that a per-field schema cannot express. */
export function checkReferences(summit: Summit): SummitDataIssue[] {
  const issues: SummitDataIssue[] = [];
  const add = (segments: (string | number)[], message: string) => issues.push({ path: joinPath(segments), message });

  const idsOf = (
    key: 'leaders' | 'agenda' | 'proposals' | 'sectors' | 'quotes' | 'outcomes' | 'history' | 'sources',
  ) => {
    // Each id's first index: a duplicate says where the first is.
    const ids = new Map<string, number>();
    (summit[key] ?? []).forEach((item, i) => {
      const first = ids.get(item.id);
      if (first === undefined) ids.set(item.id, i);
      else add([key, i, 'id'], `duplicate id "${item.id}" (${key}[${first}] has it): ids must be unique within ${key}`);
    });
    return new Set(ids.keys());
  };
  const leaders = idsOf('leaders');
  const sectors = idsOf('sectors');
  // One sector under two ids: the cloud would draw its word twice, its weight split between them.
  for (const [i, first] of repeats(summit.sectors, (name) => name.normalize('NFKC').toLowerCase())) {
    add(
      ['sectors', i, 'name'],
      `the same name as sectors[${first}] ("${summit.sectors[first]!.id}"): one sector under two ids? Keep one and use its id everywhere`,
    );
  }
  const sources = idsOf('sources');
  for (const key of ['agenda', 'proposals', 'quotes', 'outcomes', 'history'] as const) idsOf(key);

  // Each code's first index, and each organisation's.
  const countries = new Map<string, number>();
  const organisations = new Map<string, number>();
  summit.countries.forEach((c, i) => {
    const first = countries.get(c.code);
    if (first === undefined) countries.set(c.code, i);
    else add(['countries', i, 'code'], `duplicate country "${c.code}" (countries[${first}] has it): keep one entry`);
    if (c.organisation) organisations.set(c.code, i);
    // Longer codes are organisations' (a country's has two letters): "EBRD" declared as one, "JPN" a mistake.
    else if (c.code.length > 2) {
      const iso = isoCodeNamed(c.code);
      add(
        ['countries', i, 'code'],
        iso
          ? `"${c.code}" is a name, not a code: write "${iso}" (its ISO code)`
          : `"${c.code}" is not a country's code (ISO 3166-1 alpha-2: two letters, "JP"): for an international organisation, add "organisation": true to this entry`,
      );
    }
  });

  // One wrong id used in many places (a source id in every evidence entry) is one mistake: its first place says how
  // to fix it and how many more there are, and the others follow it, briefly. Each keeps its own path.
  const repeated = new Map<string, { at: number; more: SummitDataIssue[] }>();
  const unknown = (segments: (string | number)[], what: string, id: string, fix: () => string) => {
    const seen = repeated.get(`${what} ${id}`);
    if (seen) seen.more.push({ path: joinPath(segments), message: `the same unknown ${what} "${id}" as above` });
    else {
      repeated.set(`${what} ${id}`, { at: issues.length, more: [] });
      add(segments, `unknown ${what} "${id}": ${fix()}`);
    }
  };
  const known =
    (set: Set<string>, what: string, list: string, named: readonly { id: string; name: string }[] = []) =>
    (segments: (string | number)[], id: string | undefined) => {
      if (id !== undefined && !set.has(id)) {
        unknown(segments, what, id, () => {
          // A name written where its id belongs ("Shavkat Mirziyoyev", made "shavkat-mirziyoyev" as the id rule said).
          const slug = (s: string) => unaccented(s).replace(/[^a-z0-9]+/g, '-');
          const parts = slug(id).split('-');
          const by = named.filter((e) => slug(e.name) === slug(id) || parts.includes(e.id));
          return by.length === 1
            ? `it must be the id of an entry in ${list}, not a name: did you mean "${by[0]!.id}", the id of ${quoted(by[0]!.name)}?`
            : `it must be the id of an entry in ${list}${alternative(id, set, list)}`;
        });
      }
    };
  const leader = known(leaders, 'leader', 'leaders', summit.leaders);
  const sector = known(sectors, 'sector', 'sectors', summit.sectors);
  const source = known(sources, 'source', 'sources');
  // An organisation is declared in countries too: the message says how, where the code can only be one.
  const country = (segments: (string | number)[], code: string | undefined) =>
    code === undefined ||
    countries.has(code) ||
    unknown(
      segments,
      code.length > 2 ? 'organisation' : 'country',
      code,
      () =>
        // A country's name in capitals ("KAZAKHSTAN", passing for an organisation's code): its code, not a new entry.
        keyOfNamed(summit, 'countries', code, 'code') ??
        (code.length > 2 ? isoCodeFor(code) : undefined) ??
        `${code.length > 2 ? `add it to countries as {"code": "${code}", "name": "…", "organisation": true}` : 'add it to countries (with "organisation": true if it is an international organisation)'}${alternative(code, countries, 'countries')}`,
    );
  // The host and the place are a country's; an organisation has no territory.
  const notOrganisation = (segments: (string | number)[], code: string, fix: string) => {
    const at = organisations.get(code);
    if (at !== undefined) {
      add(segments, `"${code}" is an organisation (countries[${at}] has "organisation": true), not a country: ${fix}`);
    }
  };
  const evidence = (prefix: (string | number)[], list: readonly { source: string; quote: string }[]) =>
    list.forEach((e, i) => {
      source([...prefix, 'evidence', i, 'source'], e.source);
      if (list.findIndex((f) => f.source === e.source && f.quote === e.quote) !== i) {
        add([...prefix, 'evidence', i], 'the same excerpt of the same source is listed twice in evidence');
      }
    });
  // A value listed twice in one list adds nothing and would be drawn twice: the second is reported.
  // (A set, not indexOf: a proposal may name a thousand sectors.)
  const once = (prefix: (string | number)[], key: string, list: readonly string[] | undefined) => {
    const seen = new Set<string>();
    list?.forEach((v, j) => {
      if (seen.has(v)) add([...prefix, key, j], `"${v}" is listed twice in ${key}`);
      seen.add(v);
    });
  };
  const sectorList = (prefix: (string | number)[], list: readonly string[] | undefined) => {
    // The path is only built for an id that names nothing.
    list?.forEach((s, i) => sectors.has(s) || sector([...prefix, 'sectors', i], s));
    once(prefix, 'sectors', list);
  };

  if (summit.endDate !== undefined && summit.endDate <= summit.date) {
    add(
      ['endDate'],
      summit.endDate === summit.date
        ? `the same day as date (${summit.date}): leave endDate out for a summit of one day`
        : `${summit.endDate} is before date (${summit.date}): date is the summit's first day and endDate its last; check both dates`,
    );
  }
  leader(['chair'], summit.chair);
  summit.coChairs?.forEach((id, j) => {
    leader(['coChairs', j], id);
    if (id === summit.chair)
      add(['coChairs', j], `"${id}" is the chair already (see chair): coChairs lists the others`);
  });
  once([], 'coChairs', summit.coChairs);
  const chairs = new Set([summit.chair, ...(summit.coChairs ?? [])]);
  summit.leaders.forEach((l, i) => {
    if (chairs.has(l.id) && !l.roles.includes('chair')) {
      const see = l.id === summit.chair ? 'chair' : 'coChairs';
      add(['leaders', i, 'roles'], `"${l.id}" chairs the summit (see ${see}) but lacks the role "chair"`);
    }
    // Where `chair` names no leader, that is the one problem (reported above): a leader's role is not questioned.
    if (l.roles.includes('chair') && !chairs.has(l.id) && leaders.has(summit.chair)) {
      add(
        ['leaders', i, 'roles'],
        `"${l.id}" has the role "chair" but the summit's chair is "${summit.chair}": list "${l.id}" in coChairs if they co-chair it, or remove the role`,
      );
    }
  });
  country(['host'], summit.host);
  notOrganisation(['host'], summit.host, 'give the code of the country that hosts the summit');
  country(['place', 'country'], summit.place.country);
  notOrganisation(['place', 'country'], summit.place.country, 'give the code of the country the city is in');
  summit.leaders.forEach((l, i) => {
    country(['leaders', i, 'country'], l.country);
    once(['leaders', i], 'roles', l.roles);
    // Reported at the role, where the usual fix is; the other is the summit's host.
    const host = l.roles.indexOf('host');
    if (host >= 0 && l.country !== summit.host) {
      const other = organisations.has(l.country)
        ? ' (an organisation cannot host a summit)'
        : `, or, if ${l.country} hosts the summit, set host to "${l.country}"`;
      add(
        ['leaders', i, 'roles', host],
        `"${l.id}" has the role "host" but is from ${l.country}, and the host is ${summit.host}: remove the role${other}`,
      );
    }
    evidence(['leaders', i], l.evidence);
  });
  summit.agenda.forEach((a, i) => {
    sectorList(['agenda', i], a.sectors);
    evidence(['agenda', i], a.evidence);
  });
  summit.proposals.forEach((p, i) => {
    leader(['proposals', i, 'proposedBy'], p.proposedBy);
    country(['proposals', i, 'initiatedBy'], p.initiatedBy);
    p.supportedBy?.forEach((id, j) => leader(['proposals', i, 'supportedBy', j], id));
    once(['proposals', i], 'supportedBy', p.supportedBy);
    once(['proposals', i], 'places', p.places);
    if (!p.proposedBy && !p.initiatedBy && !p.supportedBy?.length) {
      add(
        ['proposals', i],
        'say who is behind it: give proposedBy (a leader id), initiatedBy (a country code) or supportedBy',
      );
    }
    sectorList(['proposals', i], p.sectors);
    checkWhen(['proposals', i, 'when'], p.when, add);
    evidence(['proposals', i], p.evidence);
  });
  summit.quotes.forEach((q, i) => {
    leader(['quotes', i, 'speaker'], q.speaker);
    sectorList(['quotes', i], q.sectors);
    evidence(['quotes', i], q.evidence);
  });
  summit.outcomes.forEach((o, i) => evidence(['outcomes', i], o.evidence));
  summit.history?.forEach((h, i) => {
    checkWhen(['history', i, 'when'], h.when, add);
    evidence(['history', i], h.evidence);
  });
  if (![...repeated.values()].some((r) => r.more.length)) return issues;
  const more = new Map([...repeated.values()].map((r) => [r.at, r.more]));
  return issues.flatMap((issue, i) => {
    const rest = more.get(i) ?? [];
    const places = `${rest.length} other ${rest.length === 1 ? 'place' : 'places'}`;
    return rest.length
      ? [{ ...issue, message: `${issue.message} (also used at ${places}, listed next)` }, ...rest]
      : [issue];
  });
}

/**
 * What an unknown id may have meant: "; did you mean "x"?" when one id is close to it (the same letters but for case
 * and hyphens, or at most two typed wrong, fewer than a third of it, with the same first letter and digits), else the
 * ids themselves where there are at most 5.
 */
function alternative(id: string, ids: ReadonlySet<string> | ReadonlyMap<string, unknown>, list: string): string {
  const all = [...ids.keys()];
  const close = closest(id, all);
  if (close) return `; did you mean "${close}"?`;
  return all.length && all.length < 6
    ? `; the ${all.length > 1 ? `${list} are` : 'only one is'} "${all.join('", "')}"`
    : '';
}

function checkWhen(prefix: (string | number)[], when: When, add: (s: (string | number)[], m: string) => void) {
  // A deadline's day is a day of its month, which must have it.
  if (when.kind === 'by' && when.day !== undefined) {
    const month = when.month && `${when.year}-${String(when.month).padStart(2, '0')}`;
    if (!month) add([...prefix, 'day'], 'a day goes with its month: add month (1-12), or leave day out');
    else if (!isRealDate(`${month}-${String(when.day).padStart(2, '0')}`)) {
      add([...prefix, 'day'], `${month} has no day ${when.day}: check the day and the month`);
    }
  }
  if (when.kind === 'relative') {
    const expected = Number(when.relativeTo.slice(0, 4)) + when.offsetYears;
    if (when.year !== expected) {
      add([...prefix, 'year'], `"${when.phrase}" from ${when.relativeTo} is ${expected}, but year says ${when.year}`);
    }
  }
}

/**
 * Dates at odds with the summit's own, which no field's check can see: facts "as of" a day before the summit met, a
 * background (`history`) entry dated after it, a proposal whose date is over before it. Warnings, not errors: the
 * dataset is shown all the same (a proposal may look back at something done before the summit). The command line and
 * Storybook's "Check your data" report them.
 */
export function checkDates(summit: Summit): SummitDataIssue[] {
  const issues: SummitDataIssue[] = [];
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const met = day(summit.date);
  // A summit of several days: what came before it is before its first day, and facts as of a day include it only from
  // its last.
  const last = summit.endDate ?? summit.date;
  const days = summit.endDate ? ` to ${summit.endDate}` : '';
  if (summit.asOf < summit.date) {
    issues.push({
      path: 'asOf',
      message: `${summit.asOf} is before the summit met (date is ${summit.date}): facts as of that day cannot include it; check both dates`,
    });
  } else if (summit.asOf < last) {
    issues.push({
      path: 'asOf',
      message: `${summit.asOf} is before the summit's last day (endDate is ${last}): facts as of that day cannot include all of it; check both dates`,
    });
  }
  // Summits meet for days; a month or more is a year or a month typed wrong, most likely.
  const span = (day(last) - met) / 864e5;
  if (span > 31) {
    issues.push({
      path: 'endDate',
      message: `${span} days after date (${summit.date}): a summit meets for days, not weeks; check both dates`,
    });
  }
  summit.history?.forEach((h, i) => {
    if (whenStart(h.when) > day(last)) {
      issues.push({
        path: `history[${i}].when`,
        message: `dated after the summit (${summit.date}${days}), but history is what came before it: check the date, or make it an outcome or a proposal`,
      });
    }
  });
  summit.proposals.forEach((p, i) => {
    if (whenEnd(p.when) < met) {
      issues.push({
        path: `proposals[${i}].when`,
        message: `over before the summit met (${summit.date}): check the date (keep it if the proposal looks back at something already done)`,
      });
    }
  });
  return issues;
}

/**
 * Sector and leader names that are the same but for accents, case or spacing ("Ūdeņradis", "Ūdenradis"): one thing
 * spelled two ways under two ids, probably. Warnings, not errors (two leaders may share a name); the command line and
 * Storybook's "Check your data" report them. (Sectors named exactly alike are an error: see `checkReferences`.)
 */
export function checkNames(summit: Summit): SummitDataIssue[] {
  const issues: SummitDataIssue[] = [];
  for (const [key, what] of [
    ['sectors', 'sector'],
    ['leaders', 'person'],
  ] as const) {
    for (const [i, first] of repeats(summit[key], unaccented)) {
      const { name } = summit[key][i]!;
      const other = summit[key][first]!.name;
      issues.push({
        path: `${key}[${i}].name`,
        message: `${other === name ? 'the same name as' : `"${name}" is the same but for accents or case as`} ${key}[${first}].name "${other}": one ${what} listed twice? Keep one and use its id everywhere${key === 'leaders' ? ' (two people may share a name: then keep both)' : ''}`,
      });
    }
  }
  // A proposal copied with only its id changed: the timeline would show it twice.
  const proposals = summit.proposals.map((p) => ({ name: `${p.headline}\n${p.summary}` }));
  for (const [i, first] of repeats(proposals, (s) => s)) {
    issues.push({
      path: `proposals[${i}].headline`,
      message: `the same headline and summary as proposals[${first}] ("${summit.proposals[first]!.id}"): one proposal listed twice? Keep one (the timeline shows each)`,
    });
  }
  return issues;
}

/**
 * Each entry whose name is an earlier one's, once `same` has made them comparable (and spacing is set aside): its index
 * and the first one's.
 */
function repeats(entries: readonly { name: string }[], same: (name: string) => string): [number, number][] {
  const seen = new Map<string, number>();
  return entries.flatMap(({ name }, i) => {
    const key = same(name).replace(/\s+/g, ' ').trim();
    const first = seen.get(key) ?? (seen.set(key, i), i);
    return first < i ? [[i, first] as [number, number]] : [];
  });
}

/** The fields whose entries carry `evidence`. */
const EVIDENCED = ['leaders', 'agenda', 'proposals', 'quotes', 'outcomes', 'history'] as const;

/** Calls `visit` with every piece of evidence in the dataset and the path of its entry's `evidence[j]`. */
export function forEachEvidence(summit: Summit, visit: (e: Evidence, path: (string | number)[]) => void): void {
  for (const key of EVIDENCED) {
    (summit[key] ?? []).forEach((item, i) => item.evidence.forEach((e, j) => visit(e, [key, i, 'evidence', j])));
  }
}

/**
 * Checks that every evidence quote is a verbatim excerpt of its source's
 * text. `texts` maps source ids to their full text; sources without text are
 * skipped.
 */
export function checkEvidence(summit: Summit, texts: Readonly<Record<string, string>>): SummitDataIssue[] {
  const issues: SummitDataIssue[] = [];
  forEachEvidence(summit, (e, path) => {
    const text = texts[e.source];
    if (text !== undefined && !text.includes(e.quote)) {
      issues.push({
        path: joinPath([...path, 'quote']),
        message: `not found verbatim in source "${e.source}"${divergence(text, e.quote)}: copy the exact words`,
      });
    }
  });
  return issues;
}

/**
 * Where a quote parts from its source. The longest start of the quote the text holds (any shorter start is in it too,
 * so a binary search finds it), then how each goes on from there; or, when the quote goes wrong at once (an opening
 * quotation mark copied with it, a word added in front), the longest end of it the text holds, and what comes before.
 * A curly apostrophe for a straight one, or two spaces for one, is then there to see (invisible characters escaped).
 */
function divergence(text: string, quote: string): string {
  const longest = (part: (n: number) => string) => {
    let [lo, hi] = [0, quote.length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (text.includes(part(mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The same words in other capitals.
  const lower = text.toLowerCase();
  const found = lower.length === text.length ? lower.indexOf(quote.toLowerCase()) : -1;
  if (found >= 0) return `: the source writes it ${quoted(text.slice(found, found + quote.length))}`;
  const span = 24;
  // Enough to say where: eight characters, or three of a script that writes a word in one or two (Han, kana, Hangul).
  const enough = Math.min(
    /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(quote) ? 3 : 8,
    quote.length / 2,
  );
  const start = longest((n) => quote.slice(0, n));
  if (start >= enough) {
    const at = text.indexOf(quote.slice(0, start)) + start;
    const next = at < text.length ? quoted(text.slice(at, at + span)) : 'its end';
    return `: the source has ${quoted(quote.slice(Math.max(0, start - span), start))}, then ${next} where the quote has ${quoted(quote.slice(start, start + span))}`;
  }
  const end = longest((n) => quote.slice(quote.length - n));
  if (end >= enough) {
    const from = quote.length - end;
    const at = text.indexOf(quote.slice(from));
    const before = at > 0 ? quoted(text.slice(Math.max(0, at - span), at)) : 'its start';
    return `: it matches from ${quoted(quote.slice(from, from + span))} on, where the source has ${before} before it and the quote ${quoted(quote.slice(Math.max(0, from - span), from))}`;
  }
  // Too little in common to say where it parts.
  return ' (the source holds none of it as written)';
}
