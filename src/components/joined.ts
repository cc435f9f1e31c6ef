import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
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

/** A place: "Tokyo, Japan". */
export const cityCountry = (city: string, country: string, lang: string | undefined): TemplateResult =>
  joined(city, country, lang, () =>
    msg(html`${part(city)}, ${part(country)}`, { id: 'city-country', desc: 'City, country' }),
  );
