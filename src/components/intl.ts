/**
 * The widgets' `Intl` formatters. The first formatter of a page costs ~15 ms (ICU loads its
 * locale data), each later one ~1 ms: each is made on first use, once per locale and options,
 * and shared by every widget on the page.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const made = new Map<string, Formatter>();

/** The formatter cached under `key` (which names the locale and the options), made by `make` the first time. */
export function formatter<F extends Formatter>(key: string, make: () => F): F {
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

/** `n` in `locale`, which `validLocale` has checked. */
export const formatNumber = (locale: string, n: number): string =>
  formatter(`n ${locale}`, () => new Intl.NumberFormat(locale)).format(n);

const DATES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

/**
 * The calendar day, month or year holding `time` (ms since the epoch, UTC) in `locale`: "20 December 2025",
 * "March 2026", "2027". Dates here are days, not instants: formatted in UTC so no time zone shifts them.
 */
export const formatCalendar = (locale: string, unit: keyof typeof DATES, time: number): string =>
  formatter(`${unit} ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES[unit] })).format(
    time,
  );
