import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Leader, Quote, Source, Summit } from '../../data/types.js';
import { indexOf, sourceUrl } from '../../data/views.js';
import { listSeparator } from '../../internal/localize.js';
import { dataComma } from '../../internal/lang.js';
import { officeCountry, sourceTitle } from '../joined.js';
import { formatNumber } from '../intl.js';
import { unknownId } from '../unknown-id.js';
import { SummitElement, textAttribute } from '../../internal/summit-element.js';
import { styles } from './quote.styles.js';

/** What the widget shows, derived once per update. */
type QuoteView =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown'; readonly id: string; readonly available: readonly string[] }
  | {
      readonly kind: 'quote';
      readonly quote: Quote;
      readonly lang: string | undefined;
      readonly speaker: Leader | undefined;
      readonly country: string | undefined;
      readonly sources: readonly Source[];
    };

/**
 * @summary A pull quote from the summit: the exact words, who said them, and where they were reported.
 *
 * The quotation marks are drawn by CSS (`quotes: auto`), so they follow the
 * page's language; the text itself is the dataset's, unaltered.
 *
 * @fires {SummitErrorEvent} summit-error - Its own dataset (`src`, `data` or inline JSON) could not be loaded or is invalid; inside
 *   `<summit-data>` the provider fires it instead.
 * @fires {SummitLoadEvent} summit-load - Its own dataset was loaded and validated, and is shown (`event.summit`); inside
 *   `<summit-data>` the provider fires it instead.
 *
 * @slot - Fallback content the page writes inside the element: shown without JavaScript, before the element upgrades,
 *   and under the loading and error messages; hidden once the dataset is shown.
 *
 * @csspart figure - The `<figure>` around quote and caption.
 * @csspart text - The `<blockquote>` with the quoted words.
 * @csspart words - The paragraph of the quoted words; its quotation marks are `::part(words)::before` and `::after`.
 * @csspart speaker - Who said it: name, office and country.
 * @csspart source - Where it was reported.
 * @csspart message - Loading, error, unknown-quote and empty messages.
 * @csspart status - The loading and empty messages (also `message`).
 * @csspart error - The error message (also `message`).
 * @csspart retry-button - "Try again", in the error message where the load may pass (no network, a timeout, a server error).
 * @csspart heading - The heading, shown only when the `heading` attribute is set.
 *
 * @cssprop [--summit-quote-accent=var(--summit-color-accent, #0b5cad)] - Colour of the rule and quotation marks.
 * @cssprop [--summit-quote-rule-width=0.25rem] - Thickness of the rule beside the quote.
 * @cssprop [--summit-quote-text-size=1.25em] - Size of the quoted text on narrow containers.
 * @cssprop [--summit-quote-text-size-wide=1.5em] - Size of the quoted text on wide containers.
 * @cssprop [--summit-quote-padding=1rem] - Space between the rule and the text.
 */
@customElement('summit-quote')
export class SummitQuote extends SummitElement {
  static override styles = styles;

  /** Id of the quote to show; empty shows the dataset's first quote. */
  @property({ attribute: 'quote-id', converter: textAttribute }) quoteId = '';

  private view: QuoteView | undefined;

  protected override willUpdate() {
    const summit = this.summitData.summit;
    this.view = summit ? this.derive(summit) : undefined;
  }

  private derive(summit: Summit): QuoteView {
    if (!summit.quotes.length) return { kind: 'empty' };
    // A removed attribute sets the property to null.
    const id = (this.quoteId ?? '').trim();
    const quote = id ? summit.quotes.find((q) => q.id === id) : summit.quotes[0];
    if (!quote) return { kind: 'unknown', id, available: summit.quotes.map((q) => q.id) };
    const index = indexOf(summit);
    const speaker = index.leaders.get(quote.speaker);
    const sourceIds = [...new Set(quote.evidence.map((e) => e.source))];
    return {
      kind: 'quote',
      quote,
      lang: this.dataLang(summit),
      speaker,
      country: speaker && (index.countries.get(speaker.country)?.name ?? speaker.country),
      sources: sourceIds.flatMap((s) => index.sources.get(s) ?? []),
    };
  }

  override render() {
    const title = this.headingOf();
    // A pull quote needs no heading; a message in its place does, to say which widget it comes from.
    const messageTitle = this.headingOf(msg('Quote', { desc: 'Heading of the quote widget over a message' }));
    return this.summitData.render(() => {
      const v = this.view;
      if (!v) return nothing;
      if (v.kind === 'empty') {
        return html`${messageTitle}
          <p dir="auto" part="message" class="message" role="status">${msg('No quotes in this dataset.')}</p>`;
      }
      if (v.kind === 'unknown') {
        const { meant, list, more } = unknownId(
          v.id,
          v.available.map((id) => [id] as const),
        );
        const text = meant
          ? msg(str`No quote "${v.id}" in this dataset: did you mean "${meant}"?`)
          : more
            ? msg(
                str`No quote "${v.id}" in this dataset. Available: ${list} and ${formatNumber(this.locale, more)} more.`,
              )
            : msg(str`No quote "${v.id}" in this dataset. Available: ${list}.`);
        return html`${messageTitle}
          <p dir="auto" part="message error" class="message error">${text}</p>`;
      }
      const { quote, speaker, sources } = v;
      // The speaker's name, office and country are the dataset's text: in Arabic script, joined by its own comma.
      const comma = dataComma(v.lang);
      const url = sources.map(sourceUrl).find(Boolean);
      return html`${title}
        <figure part="figure" class="figure">
          <blockquote part="text" class="text" cite=${ifDefined(url)}>
            <p part="words" dir="auto"><span lang=${ifDefined(v.lang)}>${quote.text}</span></p>
          </blockquote>
          <figcaption class="caption">
            <p dir="auto" part="speaker" class="speaker">
              <span class="name" lang=${ifDefined(v.lang)} dir="auto">${speaker?.name ?? quote.speaker}</span>${
                speaker
                  ? html`${comma ?? listSeparator()}<span class="office" lang=${ifDefined(v.lang)}
                        >${officeCountry(speaker.title, v.country ?? speaker.country, v.lang)}</span
                      >`
                  : nothing
              }
            </p>
            ${
              sources.length
                ? html`<p dir="auto" part="source" class="source">
                    ${msg(html`Source: ${sources.map((s, i) => html`${i ? '; ' : ''}${sourceTitle(s, v.lang)}`)}`)}
                  </p>`
                : nothing
            }
          </figcaption>
        </figure>`;
    }, messageTitle);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-quote': SummitQuote;
  }
}
