import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source, Summit } from '../../data/types.js';
import { chairsOf, indexOf } from '../../data/views.js';
import { listSeparator } from '../../internal/localize.js';
import { cityCountry, leaderOffice, sourceTitle } from '../joined.js';
import { SummitElement } from '../../internal/summit-element.js';
import { styles } from './card.styles.js';
import { formatNumber, validLocale } from '../intl.js';
import { whenDatetime } from '../../data/when.js';
import { capitalise, whenText } from '../when-text.js';
import { editionLabel, formatDate, formatDays, outcomeLabel, type FormattedDate } from './format.js';

/** Everything the card shows, derived once per update. */
interface CardView {
  readonly summit: Summit;
  /** "1st summit"; undefined for a meeting that is not one of a numbered series. */
  readonly edition: string | undefined;
  /** The summit's day, or its first and last day and the words between them. */
  readonly date: readonly (FormattedDate | string)[];
  readonly place: TemplateResult;
  /** The chair, then the co-chairs. */
  readonly chairs: readonly { readonly name: string; readonly office: TemplateResult | string }[];
  readonly leaders: string;
  readonly countries: string;
  readonly proposals: string;
  readonly outcomes: readonly { readonly label: unknown; readonly summary?: string | undefined }[];
  /** Background: each history entry's text, and its date when it has one. */
  readonly history: readonly {
    readonly text: string;
    readonly when?: { readonly text: string; readonly datetime: string } | undefined;
  }[];
  readonly sources: readonly { readonly source: Source; readonly date?: FormattedDate | undefined }[];
  readonly asOf: FormattedDate;
}

/**
 * @summary The summit at a glance: title, format and edition, date, place, chair (or co-chairs), outcomes, counts, agenda, background and source.
 *
 * @fires {SummitErrorEvent} summit-error - Its own dataset (`src`, `data` or inline JSON) could not be loaded or is invalid; inside
 *   `<summit-data>` the provider fires it instead.
 * @fires {SummitLoadEvent} summit-load - Its own dataset was loaded and validated, and is shown (`event.summit`); inside
 *   `<summit-data>` the provider fires it instead.
 *
 * @slot - Fallback content the page writes inside the element: shown without JavaScript, before the element upgrades,
 *   and under the loading and error messages; hidden once the dataset is shown.
 *
 * @csspart heading - The title (the summit's, or the `heading` attribute's).
 * @csspart card - The card's box: its border, background and top rule.
 * @csspart kicker - The line under the title: the format and the edition ("Central Asia + Japan · 1st summit").
 * @csspart facts - The list of facts (a `<dl>`).
 * @csspart term - One fact's label.
 * @csspart value - One fact's value.
 * @csspart source - The source line and "Facts as of" date.
 * @csspart message - Loading, error and empty messages.
 * @csspart status - The loading and empty messages (also `message`).
 * @csspart error - The error message (also `message`).
 * @csspart retry-button - "Try again", in the error message where the load may pass (no network, a timeout, a server error).
 *
 * @cssprop [--summit-card-accent=var(--summit-color-accent, #0b5cad)] - Colour of the rule above the card.
 * @cssprop [--summit-card-rule-width=0.25rem] - Thickness of the accent rule.
 * @cssprop [--summit-card-padding=1.25rem] - Space inside the card.
 * @cssprop [--summit-card-heading-size=1.5em] - Size of the title.
 * @cssprop [--summit-card-gap=1rem] - Space between facts.
 */
@customElement('summit-card')
export class SummitCard extends SummitElement {
  static override styles = styles;

  private view: CardView | undefined;

  protected override willUpdate() {
    const summit = this.summitData.summit;
    // Intl throws on a malformed `lang`; the card must still render, so that falls back to English.
    this.view = summit ? this.derive(summit, validLocale(this.locale)) : undefined;
  }

  private derive(summit: Summit, locale: string): CardView {
    const { countries, sources } = indexOf(summit);
    const countryName = (code: string) => countries.get(code)?.name ?? code;
    const lang = this.dataLang(summit);
    return {
      summit,
      edition: summit.edition === undefined ? undefined : editionLabel(summit.edition),
      date: formatDays(summit.date, summit.endDate, locale),
      place: cityCountry(summit.place.city, countryName(summit.place.country), lang),
      chairs: chairsOf(summit).map((chair) => ({
        name: chair.name,
        office: leaderOffice(chair.title, chair.country, countryName(chair.country), lang),
      })),
      leaders: formatNumber(locale, summit.leaders.length),
      // The countries the leaders came from: the dataset's list also names places and initiators that did not attend;
      // and neither the European Union (EU, the one two-letter code allowed that is not a country's) nor an
      // organisation is one.
      countries: formatNumber(
        locale,
        new Set(
          summit.leaders.flatMap((l) =>
            l.country === 'EU' || countries.get(l.country)?.organisation ? [] : [l.country],
          ),
        ).size,
      ),
      proposals: formatNumber(locale, summit.proposals.length),
      outcomes: summit.outcomes.map((o) => ({ label: outcomeLabel(o, lang), summary: o.summary })),
      // The text says what happened in the source's words; a dated entry also gets its date, formatted.
      history: (summit.history ?? []).map((h) => {
        const datetime = whenDatetime(h.when);
        // A label on a line of its own: "By 2030", "Every year, starting 2005", "Март 2026 г.".
        const text = datetime && whenText(h.when, locale, false);
        return { text: h.text, when: text ? { text: capitalise(text, locale), datetime } : undefined };
      }),
      sources: [...sources.values()].map((source) => ({
        source,
        date: source.date ? formatDate(source.date, locale) : undefined,
      })),
      asOf: formatDate(summit.asOf, locale),
    };
  }

  override render() {
    // Before the dataset there is no summit title: the heading the page gave, or a word for what will be here.
    return this.summitData.render(
      () => (this.view ? this.renderCard(this.view) : nothing),
      this.headingOf(msg('Summit', { desc: 'Heading of the summit card until its dataset is shown' })),
    );
  }

  private renderCard(v: CardView) {
    // A value takes the direction of its text; a count (digits, no direction of their own) the page's.
    const fact = (term: string, values: readonly unknown[], kind = 'fact') =>
      html`<div class=${kind}>
        <dt part="term">${term}</dt>
        ${values.map((value) => html`<dd part="value" dir=${ifDefined(kind === 'stat' ? undefined : 'auto')}>${value}</dd>`)}
      </div>`;
    const count = (term: string, value: string) => fact(term, [html`<span class="count">${value}</span>`], 'stat');
    const lang = this.dataLang(v.summit);
    const chairs = v.chairs.map(
      (chair) =>
        html`<span class="name" lang=${ifDefined(lang)} dir="auto">${chair.name}</span
          ><span class="visually-hidden">${listSeparator()}</span
          ><span class="office" lang=${ifDefined(lang)}>${chair.office}</span>`,
    );
    // Outcomes come before the counts so the three counts share a row at every width; the agenda and the background
    // take a row each.
    return html`<div part="card" class="card">
      ${this.headingOf(html`<span lang=${ifDefined(lang)}>${v.summit.title}</span>`)}
      <p part="kicker" class="kicker" dir="auto">
        <span lang=${ifDefined(lang)} dir="auto">${v.summit.format}</span>${
          v.edition ? html`${' '}<span aria-hidden="true">·</span> ${v.edition}` : nothing
        }
      </p>
      <dl part="facts" class="facts">
        ${fact(msg('Date'), [
          // Each end of a range is a <time> of its own, the words between in the page's language with them.
          v.date.length > 1
            ? html`<span lang=${ifDefined(this.pageLang)}
                >${v.date.map((d) => (typeof d === 'string' ? d : time(d, undefined, false)))}</span
              >`
            : time(v.date[0] as FormattedDate, this.pageLang, false),
        ])}
        ${fact(msg('Place'), [html`<span lang=${ifDefined(lang)}>${v.place}</span>`])}
        ${chairs.length ? fact(chairs.length > 1 ? msg('Co-chairs') : msg('Chair'), chairs) : nothing}
        ${fact(
          msg('Outcomes'),
          v.outcomes.length
            ? v.outcomes.map(
                (o) =>
                  html`${o.label}${o.summary ? html`<span class="visually-hidden">: </span><span class="note" lang=${ifDefined(lang)} dir="auto">${o.summary}</span>` : nothing}`,
              )
            : [msg('None recorded')],
          // Beside the chair while they are few; a row of their own once a long list would leave a column empty.
          v.outcomes.length > 3 ? 'fact outcomes wide' : 'fact outcomes',
        )}
        ${count(msg('Leaders'), v.leaders)} ${count(msg('Countries'), v.countries)}
        ${count(msg('Proposals'), v.proposals)}
        ${
          v.summit.agenda.length
            ? fact(
                msg('Agenda'),
                v.summit.agenda.map((a) => html`<span lang=${ifDefined(lang)}>${a.title}</span>`),
                'fact wide',
              )
            : nothing
        }
        ${
          v.history.length
            ? fact(
                msg('Background'),
                v.history.map(
                  (h) =>
                    html`${h.when ? html`<time class="when" datetime=${h.when.datetime} lang=${ifDefined(this.pageLang)} dir="auto">${h.when.text}</time><span class="visually-hidden">: </span>` : nothing}<span
                        lang=${ifDefined(lang)}
                        >${h.text}</span
                      >`,
                ),
                'fact wide',
              )
            : nothing
        }
      </dl>
      <div part="source" class="source">
        ${v.sources.map((s) => html`<p dir="auto">${sourceLine(s.source, s.date, lang, this.pageLang)}</p>`)}
        <p dir="auto">${msg(html`Facts as of ${time(v.asOf, this.pageLang)}`)}${fullStop(v.asOf.text)}</p>
      </div>
    </div>`;
  }
}

/**
 * A date, formatted in the page's locale: marked with the page's language `lang` where our words have another, and
 * isolated in its own direction inside a sentence (`isolated`); alone in a value, it gives the value its direction.
 */
function time(date: FormattedDate, lang: string | undefined, isolated = true) {
  return html`<time datetime=${date.iso} lang=${ifDefined(lang)} dir=${ifDefined(isolated ? 'auto' : undefined)}
    >${date.text}</time
  >`;
}

/**
 * "Source: <title>, <publisher>, <date>." in the page's punctuation ("出典：…、…。" in Japanese), the title a link
 * only for an https URL. No second full stop after one the text ends with ("20 декабря 2025 г.").
 */
function sourceLine(
  source: Source,
  date: FormattedDate | undefined,
  dataLang: string | undefined,
  dateLang: string | undefined,
): TemplateResult {
  const lang = source.lang ?? dataLang;
  const comma = listSeparator();
  const last = date?.text ?? source.publisher ?? source.title;
  return html`${msg(html`Source: ${sourceTitle(source, lang)}`)}${source.publisher ? html`${comma}<span lang=${ifDefined(lang)} dir="auto">${source.publisher}</span>` : nothing}${
    date ? html`${comma}${time(date, dateLang)}` : nothing
  }${fullStop(last)}`;
}

/** The full stop that ends a line, unless what ends it has one already (a date such as "23 ноября 2025 г."). */
function fullStop(last: string): string {
  const stop = msg('.', { id: 'full-stop', desc: 'Ends a line of the card (source, date of the facts)' });
  return last.endsWith(stop) ? '' : stop;
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-card': SummitCard;
  }
}
