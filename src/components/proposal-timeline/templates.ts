/** The templates of one group label and one entry of `<summit-proposal-timeline>`. */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../internal/heading.js';
import { kindLabel, type BucketView, type EntryView } from './format.js';

/** "At the summit · 20 December 2025", "Next year · 2026", "By 2040", "Recurring", "No date given". */
export function groupLabel(g: BucketView): unknown {
  const time = html`<time datetime=${ifDefined(g.datetime)}>${g.date}</time>`;
  // On wide containers the separator hides and the date goes on its own line.
  const titled = (title: string) =>
    html`<span class="group-title">${title}</span><span class="separator"> · </span>${time}`;
  switch (g.kind) {
    case 'recurring':
      return msg('Recurring');
    case 'undated':
      return msg('No date given');
    case 'by':
      return msg(html`By ${time}`);
    default:
      return g.summitDay ? titled(msg('At the summit')) : g.phrase ? titled(g.phrase) : time;
  }
}

const fact = (term: string, value: unknown) =>
  html`<div class="fact">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;

/**
 * One entry: headline, kind in words, summary, who, where, when, sector
 * chips (buttons carrying `data-sector` and `data-entry`, handled by `onChip`)
 * and the evidence.
 */
export function entryTemplate(
  e: EntryView,
  level: number,
  selectedSector: string | undefined,
  onChip: (event: Event) => void,
) {
  const chips = html`<ul class="chips" role="list">
    ${e.sectors.map(
      (s) =>
        html`<li>
          <button
            part="chip"
            class="chip"
            type="button"
            data-sector=${s.id}
            data-entry=${e.id}
            aria-pressed=${selectedSector === s.id ? 'true' : 'false'}
            @click=${onChip}
          >
            ${s.name}
          </button>
        </li>`,
    )}
  </ul>`;
  const when = e.when?.datetime ? html`<time datetime=${e.when.datetime}>${e.when.text}</time>` : e.when?.text;
  const facts = [
    e.proposer ? fact(msg('Proposed by'), e.proposer) : nothing,
    e.initiator ? fact(msg('Initiative of'), e.initiator) : nothing,
    e.supporters ? fact(msg('Supported by'), e.supporters) : nothing,
    e.places ? fact(msg('Where'), e.places) : nothing,
    e.when ? fact(msg('When'), when) : nothing,
    e.sectors.length ? fact(msg('Sectors'), chips) : nothing,
  ];
  return html`<li part="item" class="entry" data-kind=${e.kind}>
    <div class="card">
      ${heading(level, e.headline, 'headline')}
      <p part="kind" class="kind">${kindLabel(e.kind)}</p>
      <p class="summary">${e.summary}</p>
      <dl class="facts">${facts}</dl>
      <details part="evidence" class="evidence">
        <summary>${msg('Evidence from the source')}<span class="visually-hidden">: ${e.headline}</span></summary>
        ${e.evidence.map(
          (q) =>
            html`<figure class="quote">
              <blockquote part="quote" cite=${ifDefined(q.url)}>${q.quote}</blockquote>
              <figcaption>— <cite>${q.url ? html`<a href=${q.url}>${q.title}</a>` : q.title}</cite></figcaption>
            </figure>`,
        )}
      </details>
    </div>
  </li>`;
}
