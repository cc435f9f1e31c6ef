/**
 * Locale formatting for the card (dates through ../intl.ts). Kept out of the
 * element so it stays a template; pure and unit-testable.
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Outcome } from '../../data/types.js';
import { whenStart } from '../../data/when.js';
import { formatCalendar, formatDayRange } from '../intl.js';

/** A formatted calendar date and its machine form for `<time datetime>`. */
export interface FormattedDate {
  readonly iso: string;
  readonly text: string;
}

/** Formats a validated `YYYY-MM-DD` date in `locale` (a tag checked by `validLocale`, since Intl throws on a malformed one). */
export function formatDate(iso: string, locale: string): FormattedDate {
  return { iso, text: formatCalendar(locale, 'day', whenStart({ kind: 'day', date: iso })) };
}

/**
 * The summit's day, or its days from `from` to `to`: the first and last day, each with its machine form, and the words
 * between them ("April 3", "–", "4, 2025").
 */
export function formatDays(from: string, to: string | undefined, locale: string): readonly (FormattedDate | string)[] {
  if (!to) return [formatDate(from, locale)];
  const [first, between, last] = formatDayRange(locale, from, to);
  return [{ iso: from, text: first }, between, { iso: to, text: last }];
}

/** English ordinal suffixes by rule (what `Intl.PluralRules('en', {type: 'ordinal'})` says): 1st, 2nd, 3rd, 11th, 21st. */
function englishOrdinal(n: number): 'one' | 'two' | 'few' | 'other' {
  const tens = n % 100;
  return tens >= 11 && tens <= 13 ? 'other' : ((['other', 'one', 'two', 'few'] as const)[n % 10] ?? 'other');
}

/**
 * "1st summit", "2nd summit", "23rd summit". The source strings are English,
 * so English ordinal rules pick the variant; a translation writes every
 * variant the same simpler way (ja `第${n}回首脳会議`, ru `${n}-й саммит`).
 */
export function editionLabel(n: number): string {
  switch (englishOrdinal(n)) {
    case 'one':
      return msg(str`${n}st summit`, { desc: 'Edition of a summit; translate every ordinal variant alike.' });
    case 'two':
      return msg(str`${n}nd summit`, { desc: 'Edition of a summit; translate every ordinal variant alike.' });
    case 'few':
      return msg(str`${n}rd summit`, { desc: 'Edition of a summit; translate every ordinal variant alike.' });
    default:
      return msg(str`${n}th summit`, { desc: 'Edition of a summit; translate every ordinal variant alike.' });
  }
}

/**
 * "Tokyo Declaration adopted". Only kinds whose verb is certain get one; any
 * other outcome is named as the dataset names it, without inventing a verb.
 */
export function outcomeLabel(outcome: Outcome, lang: string | undefined): TemplateResult {
  // The title is the dataset's: in its language, and in its own direction inside our sentence; alone, it gives the
  // value its direction.
  const title = html`<span lang=${ifDefined(lang)} dir="auto">${outcome.title}</span>`;
  switch (outcome.kind.trim().toLowerCase()) {
    case 'declaration':
    case 'statement':
    case 'resolution':
      return msg(html`${title} adopted`);
    case 'agreement':
    case 'memorandum':
      return msg(html`${title} signed`);
    default:
      return html`<span lang=${ifDefined(lang)}>${outcome.title}</span>`;
  }
}
