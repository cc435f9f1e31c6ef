import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    .figure {
      --_quote-accent: var(--summit-quote-accent, var(--_accent));
      margin: 0;
      padding-block: calc(0.25 * var(--_rem));
      padding-inline-start: var(--summit-quote-padding, var(--_rem));
      border-inline-start: var(--summit-quote-rule-width, calc(0.25 * var(--_rem))) solid var(--_quote-accent);
    }
    .text {
      margin: 0;
      font-size: var(--summit-quote-text-size, 1.25em);
      line-height: 1.4;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .text p {
      margin: 0;
      white-space: pre-line;
      /* The marks come from the language of the page (or the element's lang), not from the data. */
      quotes: auto;
    }
    .text p::before {
      content: open-quote;
    }
    .text p::after {
      content: close-quote;
    }
    .text p::before,
    .text p::after {
      color: var(--_quote-accent);
    }
    .caption {
      margin-block-start: calc(0.75 * var(--_rem));
      display: grid;
      gap: calc(0.25 * var(--_rem));
    }
    .caption p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .speaker::before {
      content: '— ' / '';
    }
    .name {
      font-weight: 700;
    }
    .office {
      color: var(--_muted);
    }
    .source {
      font-size: 0.875em;
      color: var(--_muted);
    }
    /* Wide containers: a larger quote with more air; narrow ones keep the rule close. */
    @container (min-width: 36em) {
      .figure {
        padding-inline-start: calc(var(--summit-quote-padding, var(--_rem)) * 1.5);
        padding-block: calc(0.5 * var(--_rem));
      }
      .text {
        font-size: var(--summit-quote-text-size-wide, 1.5em);
        line-height: 1.35;
      }
      .caption {
        margin-block-start: var(--_rem);
      }
    }
    /* Whole, across pages and the columns of a multi-column article. */
    .figure {
      break-inside: avoid;
    }
    @media print {
      .figure {
        border-color: #000;
      }
      .text p::before,
      .text p::after {
        color: #000;
      }
    }
  `,
];
