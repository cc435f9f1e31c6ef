import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      --_max: min(var(--summit-cloud-max-size, 2.5rem), 10cqi);
      --_min: min(var(--summit-cloud-min-size, 0.875rem), var(--_max));
      --_gap: var(--summit-cloud-gap, 0.375rem);
      --_tone-0: var(--summit-cloud-color-1, var(--_fg));
      --_tone-1: var(--_accent);
      --_tone-2: var(--summit-cloud-color-3, light-dark(#17694a, #7fd6b0));
    }
    /* Before measuring (server-rendered, or no room yet) and in print: a plain wrapped list. */
    .cloud {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: center;
      /* The row gap is also read, resolved to px, as the packing's padding. */
      gap: var(--_gap) calc(var(--_gap) * 2);
      margin: 0.375rem;
    }
    .item {
      max-inline-size: 100%;
      font-size: calc(var(--_min) + (var(--_max) - var(--_min)) * var(--_t, 0));
      line-height: 1.15;
    }
    /*
     * Measured and placed: words are measured where they are drawn (absolutely positioned, as
     * wide as their text but never wider than the list), so placing them only sets transforms,
     * which are always present (never from none to a value). The element sets the list's height
     * (and, if the cloud came out wider than the list, a scale) inline.
     */
    @media not print {
      .cloud.placed {
        display: block;
        position: relative;
        transform-origin: 0 0;
      }
      .placed > .item {
        position: absolute;
        left: 0;
        top: 0;
        inline-size: max-content;
        transform: translate(0, 0);
      }
    }
    .word {
      display: block;
      inline-size: 100%;
      margin: 0;
      padding: 0.05em 0.2em;
      border: 0;
      border-radius: 0.2em;
      background: none;
      font-weight: var(--summit-cloud-weight, 600);
      line-height: inherit;
      text-align: center;
      /* A word longer than the widget wraps, anywhere if it must, rather than overflow. */
      overflow-wrap: anywhere;
      cursor: pointer;
      color: var(--_tone-0);
      text-underline-offset: 0.15em;
    }
    .tone-1 {
      color: var(--_tone-1);
    }
    .tone-2 {
      color: var(--_tone-2);
    }
    .word.faint {
      color: var(--_muted);
    }
    .word:hover {
      text-decoration: underline dotted;
    }
    .word[aria-pressed='true'] {
      color: var(--_accent-fg);
      background: var(--_accent);
      text-decoration: underline solid 0.08em;
    }
    @media (forced-colors: active) {
      .word[aria-pressed='true'] {
        outline: 2px solid CanvasText;
      }
    }
    @media print {
      /* Sizes and positions are inline styles. */
      .cloud {
        height: auto !important;
        transform: none !important;
        margin-block-end: 0 !important;
      }
      .item {
        transform: none !important;
      }
      .item:not(:last-child)::after {
        content: '·' / '';
        margin-inline-start: var(--_gap);
      }
      .word,
      .word.faint,
      .word[aria-pressed='true'] {
        display: inline-block;
        inline-size: auto;
        padding: 0;
        color: #000;
        background: none;
        cursor: auto;
      }
    }
  `,
];
