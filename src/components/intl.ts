/**
 * The widgets' `Intl` formatting. The first `Intl` formatter a page makes costs it ~15 ms (ICU loads its locale
 * data), a sixth of a timeline's first frame; each later one ~1 ms. So the widgets' own three languages, in the forms
 * they use (a count, a calendar date, a list of names), are written out here, the way `Intl`
 * writes them (test/components/intl.test.ts compares the two);
 * anything else goes to a formatter, made on first use, once per locale and options, and shared by every widget.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const made = new Map<string, Formatter>();

/** The formatter cached under `key` (which names the locale and the options), made by `make` the first time. */
function formatter<F extends Formatter>(key: string, make: () => F): F {
  let f = made.get(key) as F | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
}

/** `tag` in canonical form; an invalid language tag falls back to English rather than throwing later. */
export function validLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The language of a tag whose forms this module writes itself: en, en-US, ja, ja-JP, ru, ru-RU (en-GB's dates differ). */
const own = (locale: string) =>
  /^(en(-US)?|ja(-JP)?|ru(-RU)?)$/.test(locale) ? (locale.slice(0, 2) as 'en' | 'ja' | 'ru') : undefined;

/** `n` in `locale`, which `validLocale` has checked: "12", "10,000", "10 000" (a no-break space in Russian). */
export function formatNumber(locale: string, n: number): string {
  const lang = own(locale);
  return lang && Number.isSafeInteger(n) && n >= 0
    ? String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'ru' ? '\u00a0' : ',')
    : formatter(`n ${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

const DATES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

const months = (names: string) => names.split(' ');
const EN_MONTHS = months('January February March April May June July August September October November December');
/** "г." (year) kept on the line of its year, as Russian (and Bulgarian) typesetting keeps it: a no-break space. */
const G = '\u00a0г.';

/** Russian months after a day ("20 декабря"), and alone ("декабрь 2025 г.", "май", "март"). */
const RU_OF = months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const RU_ALONE = RU_OF.map((m) => m.replace(/ая$/, 'ай').replace(/я$/, 'ь').replace(/а$/, ''));

/**
 * The calendar day, month or year holding `time` (ms since the epoch, UTC) in `locale`: "December 20, 2025",
 * "March 2026", "2027". Dates here are days, not instants: formatted in UTC so no time zone shifts them. `governed`: a
 * month follows a preposition, which takes it in the genitive in Russian ("до июня 2026 г.", not "до июнь").
 */
export function formatCalendar(locale: string, unit: keyof typeof DATES, time: number, governed = false): string {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const lang = y >= 1000 && y <= 9999 ? own(locale) : undefined;
  if (lang === 'en') {
    return unit === 'year' ? `${y}` : unit === 'month' ? `${EN_MONTHS[m]} ${y}` : `${EN_MONTHS[m]} ${d}, ${y}`;
  }
  if (lang === 'ja') return `${y}年${unit === 'year' ? '' : `${m + 1}月${unit === 'day' ? `${d}日` : ''}`}`;
  if (lang === 'ru')
    return unit === 'year'
      ? `${y}`
      : unit === 'month'
        ? `${(governed ? RU_OF : RU_ALONE)[m]} ${y}${G}`
        : `${d} ${RU_OF[m]} ${y}${G}`;
  return formatter(`${unit} ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES[unit] }))
    .format(time)
    .replace(' г.', G);
}

/**
 * Two days, `fromDay` before `toDay` (`YYYY-MM-DD`), as a range in `locale`: the first day's words, those between,
 * and the last day's, which share what the days share ("April 3", "–", "4, 2025"; "2025年4月3日", "～", "4日";
 * "3", "–", "4 апреля 2025 г."), so each end can be marked up as the day it is.
 */
export function formatDayRange(locale: string, fromDay: string, toDay: string): [string, string, string] {
  const [from, to] = [fromDay, toDay].map((iso) => Date.parse(`${iso}T00:00:00Z`)) as [number, number];
  const [a, b] = [new Date(from), new Date(to)];
  const [y, m, d] = [a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()];
  const [y2, m2, d2] = [b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()];
  const lang = y >= 1000 && y2 <= 9999 ? own(locale) : undefined;
  const day = (time: number) => formatCalendar(locale, 'day', time);
  // A range within a month joins its days with a closed dash ("3–4"); one that spans words is spaced ("April 30 – May 2").
  const month = y === y2 && m === m2;
  if (lang && y !== y2) return [day(from), lang === 'ja' ? '～' : ' – ', day(to)];
  if (lang === 'en')
    return month ? [`${EN_MONTHS[m]} ${d}`, '–', `${d2}, ${y}`] : [`${EN_MONTHS[m]} ${d}`, ' – ', day(to)];
  if (lang === 'ja') return [day(from), '～', month ? `${d2}日` : `${m2 + 1}月${d2}日`];
  if (lang === 'ru') return month ? [`${d}`, '–', day(to)] : [`${d} ${RU_OF[m]}`, ' – ', day(to)];
  const f = formatter(`day ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES.day }));
  // Each part says which end it belongs to; what both share (the year after them, the dash) is `shared`.
  const parts = f.formatRangeToParts?.(from, to) ?? [];
  const sources = parts.map((p) => p.source);
  const [first, last] = [sources.lastIndexOf('startRange'), sources.indexOf('endRange')];
  if (first < 0 || last < first) return [day(from), ' – ', day(to)];
  const text = (list: Intl.DateTimeRangeFormatPart[]) =>
    list
      .map((p) => p.value)
      .join('')
      .replace(' г.', G);
  return [text(parts.slice(0, first + 1)), text(parts.slice(first + 1, last)), text(parts.slice(last))];
}

/**
 * `items` (any values: text, templates) joined the way `locale` writes a list, "A, B, and C", as the items and the
 * words between them, in order. `commas`: some item holds a comma ("Washington, D.C."), so English and Russian
 * separate the items with semicolons instead ("Johannesburg; Washington, D.C.; and Rio").
 */
export function formatList<T>(locale: string, items: readonly T[], commas = false): readonly (T | string)[] {
  // One item is no list (and needs no formatter).
  if (items.length < 2) return items;
  const lang = own(locale);
  if (lang) {
    const comma = lang === 'ja' ? '、' : commas ? '; ' : ', ';
    const last = lang === 'ja' ? '、' : lang === 'ru' ? ' и ' : items.length > 2 ? `${comma}and ` : ' and ';
    return items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? last : comma, item]));
  }
  // Each item stands in as its index, which the parts give back in order.
  return formatter(`l ${locale}`, () => new Intl.ListFormat(locale))
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}
