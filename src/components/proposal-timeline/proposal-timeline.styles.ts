import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      --_marker: var(--summit-timeline-marker-size, 0.875rem);
      --_line: var(--summit-timeline-line-width, 2px);
      --_rail: calc(var(--_marker) + 0.75rem);
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 var(--_space);
    }
    .count {
      margin: 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .button {
      min-block-size: 2.25rem;
      padding: 0.25rem 0.875rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_accent);
      font-weight: 700;
      cursor: pointer;
    }
    .button:hover {
      background: var(--_surface);
    }
    .timeline {
      display: grid;
      gap: var(--summit-timeline-group-gap, 1.75rem);
    }
    .group {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }
    .label [part='group-heading'] {
      margin: 0;
      font-size: 1.0625em;
    }
    .entries {
      position: relative;
      display: grid;
      gap: var(--summit-timeline-gap, 0.75rem);
      padding-inline-start: var(--_rail);
    }
    /* The time line: a rail along the entries, with one marker per entry. */
    .entries::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc((var(--_marker) - var(--_line)) / 2);
      inline-size: var(--_line);
      background: var(--summit-timeline-line-color, var(--_border));
    }
    .entry {
      position: relative;
      min-inline-size: 0;
    }
    /* Entries out of view skip layout and paint, so long lists reach their first frame fast. */
    .card {
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      content-visibility: auto;
      contain-intrinsic-size: auto 14rem;
    }
    .entry::before {
      content: '';
      position: absolute;
      inset-block-start: 1rem;
      inset-inline-start: calc(-1 * var(--_rail) - 1px);
      inline-size: var(--_marker);
      block-size: var(--_marker);
      border: 2px solid var(--summit-timeline-marker-color, var(--_accent));
      border-radius: 50%;
      background: var(--_bg);
    }
    .entry[data-kind='proposed']::before {
      background: var(--summit-timeline-marker-color, var(--_accent));
    }
    [part='headline'] {
      margin: 0;
      font-size: 1em;
      overflow-wrap: anywhere;
    }
    [part='headline']:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .kind {
      display: inline-block;
      margin: 0.25rem 0 0;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.75em;
      font-weight: 700;
      letter-spacing: 0.02em;
      color: var(--_muted);
    }
    .summary {
      margin: 0.5rem 0;
      overflow-wrap: anywhere;
    }
    .facts {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      margin: 0 0 0.5rem;
      font-size: 0.9375em;
    }
    .fact {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      padding-block: 0.125rem;
    }
    dt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @container (min-width: 30rem) {
      .card {
        padding: 0.75rem 1rem;
      }
      .fact {
        grid-template-columns: 7.5rem minmax(0, 1fr);
        column-gap: 0.75rem;
      }
      dt {
        font-size: 1em;
      }
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      padding-block: 0.125rem;
    }
    .chip {
      min-block-size: 1.75rem;
      max-inline-size: 100%;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_bg);
      font-size: 0.875em;
      text-align: start;
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    .chip:hover {
      border-color: var(--_accent);
    }
    /* Selected: filled, bold and ticked, so the state never rests on colour alone. */
    .chip[aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-fg);
      font-weight: 700;
    }
    .chip[aria-pressed='true']::before {
      content: '✓ ' / '';
    }
    .evidence summary {
      inline-size: fit-content;
      min-block-size: 1.5rem;
      color: var(--_accent);
      font-size: 0.875em;
      cursor: pointer;
    }
    .quote {
      margin: 0.5rem 0 0;
    }
    blockquote {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--_border);
      overflow-wrap: anywhere;
    }
    figcaption {
      margin-block-start: 0.25rem;
      padding-inline-start: calc(0.75rem + 3px);
      color: var(--_muted);
      font-size: 0.8125em;
      overflow-wrap: anywhere;
    }
    cite {
      font-style: normal;
    }
    a {
      color: var(--_accent);
    }
    .more {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      margin-block-start: var(--_space);
    }
    .more-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding-inline-start: var(--_rail);
    }
    .progress {
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* Wide containers: the time on the left, the entries on the right. */
    @container (min-width: 40rem) {
      .label {
        position: sticky;
        inset-block-start: 0;
        align-self: start;
        padding-block: 0.75rem;
        text-align: end;
        background: var(--_bg);
      }
      .label .separator {
        display: none;
      }
      .label .group-title {
        display: block;
      }
      .group,
      .more {
        grid-template-columns: var(--summit-timeline-label-width, minmax(8rem, 13rem)) minmax(0, 1fr);
        column-gap: 1.25rem;
      }
      .more-row {
        grid-column: 2;
      }
    }
    @media print {
      .filter .button,
      .more {
        display: none;
      }
      .label {
        position: static;
      }
      .entry {
        break-inside: avoid;
      }
      .card {
        content-visibility: visible;
        background: none;
      }
      /* Chips print as plain text. */
      .chip,
      .chip[aria-pressed='true'] {
        min-block-size: 0;
        padding: 0;
        border: 0;
        background: none;
        color: inherit;
        font-weight: normal;
      }
      .chip[aria-pressed='true']::before {
        content: none;
      }
      .chips li:not(:last-child)::after {
        content: ',';
      }
      .evidence summary {
        list-style: none;
        color: inherit;
        font-weight: 700;
      }
      .evidence summary::-webkit-details-marker {
        display: none;
      }
      /* Shows closed disclosures where the browser allows it; beforeprint opens them elsewhere. */
      .evidence::details-content {
        content-visibility: visible;
        display: block;
      }
      a {
        color: inherit;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
