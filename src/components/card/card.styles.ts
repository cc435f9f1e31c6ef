import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    .card {
      --_card-gap: var(--summit-card-gap, var(--_rem));
      padding: var(--summit-card-padding, calc(1.25 * var(--_rem)));
      border: 1px solid var(--_border);
      border-block-start: var(--summit-card-rule-width, calc(0.25 * var(--_rem))) solid
        var(--summit-card-accent, var(--_accent));
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    /* The summit's title; before the dataset, the heading over a message is the size every widget's is. */
    .card [part='heading'] {
      font-size: var(--summit-card-heading-size, 1.5em);
      line-height: 1.2;
      margin: 0;
      overflow-wrap: anywhere;
      text-wrap: balance;
    }
    .kicker {
      margin: calc(0.375 * var(--_rem)) 0 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    /* A 12-column grid: facts take a whole row when narrow, the three counts always share one. */
    .facts {
      display: grid;
      grid-template-columns: repeat(12, minmax(0, 1fr));
      gap: calc(var(--_card-gap) * 0.75) var(--_card-gap);
      margin: var(--_card-gap) 0 0;
      padding: var(--_card-gap) 0 0;
      border-block-start: 1px solid var(--_border);
    }
    /* Counts share a row once each label fits on one line; below that they stack. */
    .fact,
    .stat,
    .facts .wide {
      grid-column: span 12;
      min-inline-size: 0;
    }
    @container (min-width: 19em) {
      .stat {
        grid-column: span 4;
      }
    }
    /* Side by side, the numbers share a line even where a label takes two (a long word, a large minimum font size). */
    .stat {
      display: flex;
      flex-direction: column;
    }
    .stat dt {
      margin-block-end: calc(0.125 * var(--_rem));
    }
    .stat dd {
      margin-block-start: auto;
    }
    dt {
      font-size: 0.75em;
      font-weight: 700;
      letter-spacing: 0.03em;
      text-transform: uppercase;
      color: var(--_muted);
      overflow-wrap: break-word;
    }
    dd {
      margin: calc(0.125 * var(--_rem)) 0 0;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 700;
    }
    .note {
      white-space: pre-line;
    }
    .office,
    .note,
    .when {
      display: block;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .count {
      font-size: 1.375em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1.2;
    }
    .source {
      margin-block-start: var(--_card-gap);
      padding-block-start: calc(var(--_card-gap) * 0.75);
      border-block-start: 1px solid var(--_border);
      font-size: 0.875em;
      color: var(--_muted);
    }
    .source p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .source p + p {
      margin-block-start: calc(0.25 * var(--_rem));
    }
    /* Wider containers: facts in two columns, then three with the counts beside the outcomes. */
    @container (min-width: 34em) {
      .fact {
        grid-column: span 6;
      }
    }
    @container (min-width: 52em) {
      .fact {
        grid-column: span 4;
      }
      .outcomes {
        grid-column: span 6;
      }
      .stat {
        grid-column: span 2;
      }
    }
    @container (max-width: 22em) {
      .facts {
        column-gap: calc(var(--_card-gap) * 0.75);
      }
      .card {
        padding: calc(var(--summit-card-padding, calc(1.25 * var(--_rem))) * 0.75);
      }
      .card [part='heading'] {
        font-size: calc(var(--summit-card-heading-size, 1.5em) * 0.85);
      }
    }
    /* (After the rule above, which it overrides.) Every fact on a row of its own: no columns, so their eleven gaps cannot make the grid wider than a narrow card
       (a phone at 200% zoom is 188px wide). */
    @container (max-width: 19em) {
      .facts {
        column-gap: 0;
      }
    }
    /* Very narrow for its text (a phone with large text): the padding gives its room to the words. */
    @container (max-width: 12em) {
      .card {
        padding: min(calc(var(--summit-card-padding, calc(1.25 * var(--_rem))) * 0.75), calc(0.5 * var(--_rem)));
      }
    }
    @media print {
      /* The card goes on onto the next page rather than leave most of this one blank; its facts stay whole. */
      .card {
        border-color: #000;
      }
      .fact,
      .stat {
        break-inside: avoid;
      }
    }
  `,
];
