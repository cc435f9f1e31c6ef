/**
 * The rewrite of common mistakes, for error messages: a date written another way, a month's name, a country's or an
 * entry's name where its code or id belongs. Only on the way to a message: nothing here runs for a valid dataset.
 */
import { quoted, unaccented } from './errors.js';

/** The months' names in English, lower case ("january"…), from the platform. */
const monthNames = () =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)).toLowerCase(),
  );

/** The number of the month a word names ("June", "jun.", "Sept": 6, 6, 9), or undefined. */
export function monthNamed(word: string): number | undefined {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const at = monthNames().findIndex((m) => m.startsWith(w) || (w.length === 4 && m.startsWith(w.slice(0, 3))));
  return at < 0 ? undefined : at + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "5 January", for naming one reading of an ambiguous date. */
const dayMonth = (month: number, day: number) =>
  `${day} ${new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1))}`;

/**
 * How to write a date given another way ("13/01/2026", "January 14, 2026", "2026-1-5", "30 June 2026") as
 * YYYY-MM-DD (or YYYY-MM, where `partial` allows a month alone: "June 2026"), when it can be read one way only;
 * both readings where day and month could be either ("05/01/2026"); undefined for anything else. `real` says whether
 * a YYYY-MM-DD date exists.
 */
export function dateRewrite(s: string, partial: boolean, real: (date: string) => boolean): string | undefined {
  const t = s.trim();
  const write = (year: number, month: number, day?: number) => {
    const date = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
    return (day === undefined ? partial && month >= 1 && month <= 12 : real(date))
      ? `write it as ${quoted(date)}`
      : undefined;
  };
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(t);
  if (m) return write(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 || a === b) return write(year, b, a);
    if (b > 12) return write(year, a, b);
    const [dayFirst, monthFirst] = [write(year, b, a), write(year, a, b)];
    return dayFirst && monthFirst
      ? `YYYY-MM-DD: "${year}-${pad(b)}-${pad(a)}" for ${dayMonth(b, a)}, "${year}-${pad(a)}-${pad(b)}" for ${dayMonth(a, b)}`
      : undefined;
  }
  // Words: a month's name, a year, and maybe a day ("January 14, 2026", "14th Jan 2026", "June 2026").
  const words = t.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return undefined;
  let year: number | undefined, month: number | undefined, day: number | undefined;
  for (const w of words) {
    const n = /^(\d{1,4})(st|nd|rd|th)?\.?$/i.exec(w);
    if (n && n[1]!.length === 4 && !n[2] && year === undefined) year = Number(n[1]);
    else if (n && n[1]!.length <= 2 && day === undefined) day = Number(n[1]);
    else if (!n && month === undefined && monthNamed(w)) month = monthNamed(w);
    else return undefined;
  }
  return year !== undefined && month !== undefined ? write(year, month, day) : undefined;
}

/**
 * The ISO 3166-1 code of a country (or the European Union) named in English, in any case ("MONGOLIA", " Mongolia":
 * "MN"), from the platform's own list of region names; undefined for any other name. It reads every two-letter code's
 * name.
 */
export function isoCodeNamed(name: string): string | undefined {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  // "&" or "and", a straight or a curly apostrophe, spaces: "Bosnia and Herzegovina", "Cote d'Ivoire".
  const plain = (s: string) => unaccented(s).replace(/&/g, ' and ').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  const wanted = plain(name);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Codes with a name that are no country's: the United Nations, the eurozone, outlying Oceania, pseudo-locales,
      // an unknown region.
      if (/^(UN|EZ|QO|X[AB]|ZZ)$/.test(code)) continue;
      const known = names.of(code);
      if (known !== undefined && plain(known) === wanted) return code;
    }
  }
  return undefined;
}

/** How to write the ISO code of a country's name where it has no entry in countries ("MN", the code of Mongolia). */
export const isoCodeFor = (name: string): string | undefined => {
  const code = isoCodeNamed(name);
  return code && `a name, not a code: write ${quoted(code)}, its ISO code, which an entry in countries must have`;
};

/** Whether two names are the same but for case, accents and spaces around them ("Ann Abe", " ann abé"). */
export const sameName = (a: string, b: string) => unaccented(a.trim()) === unaccented(b.trim());

/**
 * The entry of `list` in the input (`root`) named `name` (case, accents and spaces around aside), with a `key` that
 * `valid` accepts (where the input is not yet checked): how to write that key instead ("Kazakhstan": write "KZ", the code of countries[2]), or undefined.
 */
export function keyOfNamed(
  root: unknown,
  list: string,
  name: string,
  key: 'code' | 'id',
  valid?: RegExp,
): string | undefined {
  const entries = (root as Record<string, unknown> | undefined)?.[list];
  if (!Array.isArray(entries)) return undefined;
  // Every entry of that name with a key to offer.
  const named = entries.flatMap((e: Record<string, unknown> | null, at) =>
    typeof e?.name === 'string' && sameName(e.name, name) && typeof e[key] === 'string' && (valid?.test(e[key]) ?? true)
      ? [{ at, value: e[key] }]
      : [],
  );
  const what = key === 'id' ? 'an id' : 'a code';
  if (named.length > 1) {
    return `a name, not ${what}: ${named.map((n) => `${list}[${n.at}]`).join(' and ')} have this name: write the ${key} of the one meant (${named.map((n) => quoted(n.value)).join(' or ')})`;
  }
  return named[0] && `a name, not ${what}: write ${quoted(named[0].value)}, the ${key} of ${list}[${named[0].at}]`;
}

/**
 * The one id of `ids` that `id` is a slip of (case, hyphens or spaces aside, or a letter or two added, removed, changed
 * or swapped), or undefined where none is, or several are.
 */
export function closest(id: string, ids: Iterable<string>): string | undefined {
  const bare = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  // Numbers name different things ("article-2025-12-20", "-21"): never one for another. A first letter is seldom
  // mistyped ("ramafosa" is "ramaphosa"; "synergy" is not "energy").
  const like = (s: string) => s[0] + s.replace(/\D/g, '');
  const close = [...ids].filter(
    (x) =>
      bare(x) === bare(id) ||
      (like(x) === like(id) && Math.abs(x.length - id.length) < 3 && distance(x, id) < Math.min(3, id.length / 3)),
  );
  return close.length === 1 ? close[0] : undefined;
}

/** Damerau-Levenshtein distance (optimal string alignment): letters added, removed, changed or swapped. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? d[i - 2]![j - 2]! + 1 : 9,
      );
    }
  }
  return d[a.length]![b.length]!;
}
