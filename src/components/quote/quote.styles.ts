import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    .figure {
      --_quote-accent: var(--summit-quote-accent, var(--_accent));
      margin: 0;
      padding-block: 0.25rem;
      padding-inline-start: var(--summit-quote-padding, 1rem);
      border-inline-start: var(--summit-quote-rule-width, 0.25rem) solid var(--_quote-accent);
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
      margin-block-start: 0.75rem;
      display: grid;
      gap: 0.25rem;
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
    .office::before {
      content: ', ' / '';
    }
    .source {
      font-size: 0.875em;
      color: var(--_muted);
    }
    /* Wide containers: a larger quote with more air; narrow ones keep the rule close. */
    @container (min-width: 36rem) {
      .figure {
        padding-inline-start: calc(var(--summit-quote-padding, 1rem) * 1.5);
        padding-block: 0.5rem;
      }
      .text {
        font-size: var(--summit-quote-text-size-wide, 1.5em);
        line-height: 1.35;
      }
      .caption {
        margin-block-start: 1rem;
      }
    }
    @media print {
      .figure {
        border-color: #000;
        break-inside: avoid;
      }
      .text p::before,
      .text p::after {
        color: #000;
      }
    }
  `,
];
