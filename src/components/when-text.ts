/**
 * A `When` in words, for the widgets that show one (the timeline's proposals, the card's background):
 * the source's own phrase, or a date formatted in the page's locale.
 */
import { msg, str } from '@lit/localize';
import type { When } from '../data/types.js';
import { whenStart } from '../data/when.js';
import { uiLocale } from '../internal/localize.js';
import { formatCalendar } from './intl.js';

/**
 * A dated `When` or bucket in `locale`: "20 December 2025", "March 2026", "2027"; a deadline at its precision
 * ("2040", "June 2026", "30 June 2026"; in Russian its month after "до": "июня 2026 г.").
 */
export function formatWhenDate(
  locale: string,
  d: { kind: string; date?: string; year?: number; month?: number | undefined; day?: number | undefined },
): string {
  const unit = d.kind === 'day' || d.day ? 'day' : d.month ? 'month' : 'year';
  // A bucket starts where its `When`s do: the same fields.
  return formatCalendar(locale, unit, whenStart(d as When), d.kind === 'by' && uiLocale() === 'ru');
}

/** Text with its first letter capitalised in `locale`, for a heading or a label: "Next year", "Март 2026 г.". */
export function capitalise(text: string, locale: string): string {
  const [first = ''] = text;
  return first.toLocaleUpperCase(locale) + text.slice(first.length);
}

/** The Russian noun after "раз в N": one (1, 21), few (2–4, 22–24), many (5–20, 25–30). */
const RU_UNITS = {
  day: ['день', 'дня', 'дней'],
  week: ['неделю', 'недели', 'недель'],
  month: ['месяц', 'месяца', 'месяцев'],
  year: ['год', 'года', 'лет'],
};

/**
 * "every 2 years" for a recurring `When` the source gave no words for. In lower case, as the source's own words are
 * ("once every two years"), which the timeline shows beside it, and as "every year, starting 2026" continues them.
 */
function everyText(every: number, unit: 'day' | 'week' | 'month' | 'year'): string {
  if (every === 1) {
    return { day: msg('every day'), week: msg('every week'), month: msg('every month'), year: msg('every year') }[unit];
  }
  // A message has one form, and a Russian noun after a number has three ("раз в 2 года", "раз в 5 лет").
  if (uiLocale() === 'ru') {
    const [tens, ones] = [every % 100, every % 10];
    const form = ones === 1 && tens !== 11 ? 0 : ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? 1 : 2;
    return `раз в ${every} ${RU_UNITS[unit][form]}`;
  }
  return {
    day: msg(str`every ${every} days`),
    week: msg(str`every ${every} weeks`),
    month: msg(str`every ${every} months`),
    year: msg(str`every ${every} years`),
  }[unit];
}

/**
 * Whether `whenText` gives the source's own words alone: a recurring `When` adds its first occurrence to them, unless
 * they name its year already ("every year, starting in 2028").
 */
const ownWordsOnly = (w: When): boolean =>
  !!w.phrase && !(w.kind === 'recurring' && w.first && !w.phrase.includes(w.first.slice(0, 4)));

/**
 * The source's own words for when (unless `ownWords` is false), or a formatted date when it gave none. A recurring
 * `When` with a first occurrence keeps it after the source's words: "tous les trois ans, starting 2029". What it
 * writes itself reads as the source's words do, in lower case ("every year", "by 2040"): a heading or a label
 * capitalises it (`capitalise`).
 */
export function whenText(w: When, locale: string, ownWords = true): string | undefined {
  if (ownWords && ownWordsOnly(w)) return w.phrase;
  switch (w.kind) {
    case 'recurring': {
      const every = ownWords && w.phrase ? w.phrase : everyText(w.every, w.unit);
      if (!w.first) return every;
      const first = formatCalendar(
        locale,
        w.first.length === 4 ? 'year' : w.first.length === 7 ? 'month' : 'day',
        whenStart(w),
      );
      return msg(str`${every}, starting ${first}`, {
        id: 'recurring-first',
        desc: '"every 2 years, starting March 2026": how often, then the first occurrence (a day, a month or a year)',
      });
    }
    case 'by':
      // "к 2040 году" takes a year; a day or a month takes "до" in Russian.
      return w.month
        ? msg(str`by ${formatWhenDate(locale, w)}`, {
            id: 'by-date',
            desc: '"by June 30, 2026", "by June 2026": a deadline on a day or in a month',
          })
        : msg(str`by ${formatWhenDate(locale, w)}`);
    case 'day':
    case 'month':
    case 'year':
    case 'relative':
      return formatWhenDate(locale, w);
    default:
      return undefined;
  }
}
