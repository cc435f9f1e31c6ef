/**
 * The templates of one group and one entry of `<summit-proposal-timeline>`:
 * few and flat, because each nested template costs a clone and a walk per entry.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../internal/heading.js';
import { inLang } from '../../internal/lang.js';
import { kindLabel, type BucketView, type EntryView } from './format.js';

/** What every entry of one render shares. */
export interface EntryContext {
  readonly level: number;
  /** The dataset's language (its text is marked with it), when it names one. */
  readonly lang: string | undefined;
  /** The page's language, for dates formatted in its locale, where our words are marked with another. */
  readonly dateLang: string | undefined;
  readonly selected: string | undefined;
  /** The page fixed the sector (the `sector` attribute): chips name sectors, and choose nothing. */
  readonly fixed: boolean;
  readonly onChip: (event: Event) => void;
  /** Whether the chips work: not in server output until it is hydrated (they are drawn disabled there). */
  readonly interactive: boolean;
  /** Whether the entry's evidence is drawn: once the reader opened it, while printing and in server output. */
  readonly evidence: (id: string) => boolean;
}

/** "At the summit · 20 December 2025", "Next year · 2026", "By 2040", "Recurring", "No date given". */
function groupLabel(g: BucketView, c: EntryContext): unknown {
  if (g.kind === 'by') {
    const date = html`<time datetime=${g.datetime} lang=${ifDefined(c.dateLang)} dir="auto">${g.date}</time>`;
    // A day or a month ("By June 30, 2026") is worded otherwise than a year in Russian ("До 30 июня", "К 2040 году").
    return g.datetime.length > 4
      ? msg(html`By ${date}`, {
          id: 'by-date-heading',
          desc: '"By June 30, 2026": a heading, a deadline on a day or in a month',
        })
      : msg(html`By ${date}`);
  }
  // On wide containers the separator hides and the date goes on its own line.
  return g.datetime
    ? html`<span class="group-title" lang=${ifDefined(g.kind === 'year' ? c.lang : undefined)} dir="auto"
          >${g.title}</span
        ><span class="separator">${g.title && ' · '}</span
        ><time datetime=${g.datetime} lang=${ifDefined(c.dateLang)} dir="auto">${g.date}</time>`
    : g.kind === 'recurring'
      ? msg('Recurring')
      : msg('No date given');
}

/** One time group: its label as a heading, then its entries. */
export const groupTemplate = (g: BucketView, c: EntryContext) =>
  html`<section part="group" class="group" data-kind=${g.kind}>
    <div class="label">${heading(c.level - 1, groupLabel(g, c), 'group-heading')}</div>
    <ol part="list" class="entries" role="list">
      ${repeat(
        g.entries,
        (e) => e.id,
        (e) => entryTemplate(e, c),
      )}
    </ol>
  </section>`;

const fact = (term: string, value: unknown, lang?: string) =>
  html`<div class="fact">
    <dt part="term">${term}</dt>
    <dd part="value" lang=${ifDefined(lang)} dir="auto">${value}</dd>
  </div>`;

/**
 * "When", with the machine-readable date when there is one. The source's own words (`own`) are in the dataset's
 * language, also where our first occurrence follows them ("every three years, starting 2028").
 */
const whenFact = (text: string, datetime: string | undefined, own: string | undefined, lang: string | undefined) => {
  const at = own === undefined || own === text ? -1 : text.indexOf(own);
  const value =
    at < 0
      ? text
      : html`${text.slice(0, at)}<span class="isolate" lang=${ifDefined(lang)}>${own}</span>${text.slice(
            at + own!.length,
          )}`;
  const valueLang = own === text ? lang : undefined;
  return datetime
    ? html`<div class="fact">
        <dt part="term">${msg('When')}</dt>
        <dd part="value" lang=${ifDefined(valueLang)} dir="auto"><time datetime=${datetime}>${value}</time></dd>
      </div>`
    : fact(msg('When'), value, valueLang);
};

/** The id of an entry's headline, which its chips name as their description. */
const headlineId = (e: EntryView) => `headline-${e.id}`;

/** A sector chip; a button says which entry it is in (its description, read after it): Tab goes from chip to chip. */
const chip = (s: EntryView['sectors'][number], c: EntryContext, entry: string) =>
  c.fixed
    ? html`<li>
        <span
          part=${c.selected === s.id ? 'chip chosen' : 'chip'}
          class="chip fixed"
          ?data-in-force=${c.selected === s.id}
          lang=${ifDefined(c.lang)}
          dir="auto"
          >${s.name}</span
        >
      </li>`
    : html`<li>
        <button
          part=${c.selected === s.id ? 'chip chosen' : 'chip'}
          class="chip"
          type="button"
          ?disabled=${!c.interactive}
          lang=${ifDefined(c.lang)}
          dir="auto"
          data-sector=${s.id}
          aria-describedby=${entry}
          aria-pressed=${ifDefined(c.interactive ? (c.selected === s.id ? 'true' : 'false') : undefined)}
          @click=${c.onChip}
        >
          ${s.name}
        </button>
      </li>`;

const quote = (q: EntryView['evidence'][number], c: EntryContext) =>
  html`<figure>
    <blockquote part="quote" cite=${q.url ?? nothing} lang=${ifDefined(q.lang ?? c.lang)} dir="auto">
      ${q.quote}
    </blockquote>
    <figcaption>
      —
      <cite lang=${ifDefined(q.lang ?? c.lang)} dir="auto"
        >${q.url ? html`<a href=${q.url}>${q.title}</a>` : q.title}</cite
      >
    </figcaption>
  </figure>`;

/**
 * One entry: headline, kind in words, summary, who, where, when, sector
 * chips (buttons carrying `data-sector`, handled by `onChip`)
 * and the evidence disclosure, whose quotes are drawn only when needed.
 */
export const entryTemplate = (e: EntryView, c: EntryContext) =>
  html`<li part="item" class="entry" data-kind=${e.kind} data-entry=${e.id}>
    <div part="entry" class="card">
      ${heading(c.level, inLang(c.lang, e.headline), 'headline', headlineId(e))}
      <p part="kind" class="kind" dir="auto">${kindLabel(e.kind)}</p>
      <p part="summary" class="summary" lang=${ifDefined(c.lang)} dir="auto">${e.summary}</p>
      <dl>
        ${e.proposer ? fact(msg('Proposed by'), e.proposer, c.lang) : nothing}
        ${e.initiator ? fact(msg('Initiative of'), e.initiator, c.lang) : nothing}
        ${e.supporters ? fact(msg('Supported by'), e.supporters, c.lang) : nothing}
        ${e.places ? fact(msg('Where'), e.places, c.lang) : nothing}
        ${e.when ? whenFact(e.when, e.datetime, e.whenOwn, c.lang) : nothing}
        ${
          e.sectors.length
            ? html`<div class="fact">
                <dt part="term">${msg('Sectors')}</dt>
                <dd part="value">
                  <ul class="chips" role="list">
                    ${e.sectors.map((s) => chip(s, c, headlineId(e)))}
                  </ul>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      <details part="evidence">
        <summary>
          ${msg('Evidence from the source')}<span class="visually-hidden" lang=${ifDefined(c.lang)} dir="auto"
            >: ${e.headline}</span
          >
        </summary>
        ${c.evidence(e.id) ? e.evidence.map((q) => quote(q, c)) : nothing}
      </details>
    </div>
  </li>`;
