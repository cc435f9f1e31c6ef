import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../data/types.js';
import { sourceUrl } from '../data/views.js';
import { dataComma } from '../internal/lang.js';

/**
 * The dataset's text inside our words, isolated (`dir="auto"` on its own span): its direction, and any bidi control
 * it carries unclosed (a stray U+202E pasted with an Arabic name), end with it instead of reordering what follows.
 */
export const isolated = (text: string): TemplateResult => html`<span dir="auto">${text}</span>`;

/**
 * Part of the dataset's text joined to another: isolated by style (`.isolate` in the shared tokens) rather than by
 * `dir="auto"`, which would hide it from the `dir="auto"` of the line around it, so the line takes its direction from
 * the text it holds (an Arabic city's) as before. Any bidi control the part leaves open still ends with it.
 */
const part = (text: string): TemplateResult => html`<span class="isolate">${text}</span>`;

/**
 * Two parts of the dataset's own text joined, each isolated: in Arabic script by its own comma, else in our words'
 * way ("Tokyo, Japan"; "東京（日本）").
 */
function joined(first: string, second: string, lang: string | undefined, ours: () => TemplateResult): TemplateResult {
  const comma = dataComma(lang);
  return comma ? html`${part(first)}${comma}${part(second)}` : ours();
}

/** A leader's office and country: "Prime Minister, Japan". */
export const officeCountry = (office: string, country: string, lang: string | undefined): TemplateResult =>
  joined(office, country, lang, () =>
    msg(html`${part(office)}, ${part(country)}`, { id: 'office-country', desc: 'Office, country' }),
  );

/** Whether `word` stands in `text` as a word of its own: not a part of a longer one ("Niger" in "Nigeria"). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Whether an office names its country or organisation already, by its `code` ("President of the EBRD"). */
export const showsCode = (office: string, code: string): boolean => hasWord(office, code);

/**
 * A leader's office and their country or organisation, "Prime Minister, Japan"; the office alone where it names it
 * already, by name or code ("Prime Minister of Japan", "President of the EBRD").
 */
export const leaderOffice = (office: string, code: string, name: string, lang: string | undefined) =>
  hasWord(office, name) || showsCode(office, code) ? office : officeCountry(office, name, lang);

/** A place: "Tokyo, Japan". */
export const cityCountry = (city: string, country: string, lang: string | undefined): TemplateResult =>
  joined(city, country, lang, () =>
    msg(html`${part(city)}, ${part(country)}`, { id: 'city-country', desc: 'City, country' }),
  );

/** A source's title, in its language (else the dataset's, `lang`), a link only for an https URL. */
export function sourceTitle(source: Source, lang: string | undefined): TemplateResult {
  const url = sourceUrl(source);
  const cite = html`<cite lang=${ifDefined(source.lang ?? lang)} dir="auto">${source.title}</cite>`;
  return url ? html`<a href=${url} rel="noopener noreferrer">${cite}</a>` : cite;
}
