import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    /* The largest word fits a tenth of the width, though not below 1.5rem: it still grows with the reader's text size
       in a narrow box (200% text on a phone: 48px, where a tenth of the width held it at 30 and the body text was 32).
       The smallest, by default, keeps below 0.6 of it (though not below 14px, its size at the usual text size), so
       the sizes still say which sectors came up most where large text meets a narrow box. */
    :host {
      --_max: min(var(--summit-cloud-max-size, calc(2.5 * var(--_rem))), max(10cqi, calc(1.5 * var(--_rem))));
      --_min: min(
        var(--summit-cloud-min-size, min(calc(0.875 * var(--_rem)), max(calc(0.6 * var(--_max)), 14px))),
        var(--_max)
      );
      --_gap: var(--summit-cloud-gap, calc(0.375 * var(--_rem)));
    }
    /* Not placed (server-rendered, no room or no canvas yet) and in print: a plain wrapped list. */
    .cloud {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: center;
      gap: var(--_gap) calc(var(--_gap) * 2);
      margin: calc(0.375 * var(--_rem));
    }
    /* Each word at its size in eighths of the scale (class size-0 to size-8; STEPS in font-scale.ts), so a list
       drawn before it is placed (server output, no room yet) shows the weights too; a placed item's inline size is
       the same. */
    .item {
      max-inline-size: 100%;
      font-size: calc(var(--_min) + (var(--_max) - var(--_min)) * var(--_step, 0) / 8);
    }
    .size-1 {
      --_step: 1;
    }
    .size-2 {
      --_step: 2;
    }
    .size-3 {
      --_step: 3;
    }
    .size-4 {
      --_step: 4;
    }
    .size-5 {
      --_step: 5;
    }
    .size-6 {
      --_step: 6;
    }
    .size-7 {
      --_step: 7;
    }
    .size-8 {
      --_step: 8;
    }
    .word {
      display: block;
      inline-size: 100%;
      margin: 0;
      padding: 0.05em 0.2em;
      border: 0;
      border-radius: min(0.2em, var(--_radius));
      background: none;
      font-weight: var(--summit-cloud-weight, 600);
      line-height: 1.15;
      text-align: center;
      /* A word longer than the widget wraps, anywhere if it must, rather than overflow. */
      overflow-wrap: anywhere;
      cursor: pointer;
      color: var(--summit-cloud-color-1, var(--_fg));
      text-underline-offset: 0.15em;
    }
    /* The probe's box is the size container its words' sizes resolve against, as .ui is the list's. */
    .probe-box {
      container-type: inline-size;
    }
    /* What the words are measured with (cloud-layout.ts): as wide as the list, the smallest size
       and the gap as paddings, and a word at the largest size (as wide as its text). */
    .probe {
      position: relative;
      block-size: 0;
      margin-block: 0;
      padding: 0 var(--_gap) 0 var(--_min);
      overflow: hidden;
      visibility: hidden;
    }
    .probe > * {
      position: absolute;
      inline-size: auto;
      font-size: var(--_max);
    }
    /* Placed: each item's size, width and position are inline; only a word wider than the list wraps. */
    @media not print {
      .placed {
        display: block;
        position: relative;
        transform-origin: 0 0;
      }
      .ui:dir(rtl) .placed {
        transform-origin: 100% 0;
      }
      .placed > .item {
        position: absolute;
        white-space: nowrap;
      }
    }
    .tone-1 {
      color: var(--_accent);
    }
    .tone-2 {
      color: var(--summit-cloud-color-3, light-dark(#17694a, #7fd6b0));
    }
    /* Lighter than the muted text, so it stands apart from the full-strength words in dark mode too (still 5:1). */
    .word.faint {
      color: var(--summit-cloud-color-faint, light-dark(#6b6b6b, #8a8a8a));
    }
    /* While a leader is chosen, the words of their proposals are underlined too: not told apart by colour alone. */
    .word.named {
      text-decoration: underline solid 0.08em;
      text-underline-offset: 0.15em;
    }
    /* Only where there is hover: a tap leaves it on what was tapped, which then looks chosen. */
    @media (hover: hover) {
      .word:enabled:hover {
        text-decoration: underline dotted;
      }
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
      /* Focus stays visible on the chosen word (its underline still marks it chosen). */
      .word[aria-pressed='true']:focus-visible {
        outline: 3px solid Highlight;
        outline-offset: 2px;
      }
      /* Forced colours would paint faded words like the others (a chosen word keeps the forced colours). */
      .word.faint:not([aria-pressed='true']) {
        forced-color-adjust: none;
        color: GrayText;
      }
    }
    @media print {
      /* Overrides the inline height, scale and widths. */
      .cloud {
        height: auto !important;
        transform: none !important;
        margin-block-end: 0 !important;
      }
      .item {
        inline-size: auto !important;
      }
      /* The separator follows the last letter of its word, even one that wraps, across an unbreakable space (a line
         that starts with "·" reads as a stray mark). */
      .item:not(:last-child)::after {
        content: '\\a0·' / '';
      }
      .cloud .word {
        display: inline;
        inline-size: auto;
        padding: 0;
        color: #000;
        background: none;
        cursor: auto;
      }
    }
    .more {
      margin: calc(0.75 * var(--_rem)) 0 0;
    }
    .unused {
      margin: calc(0.75 * var(--_rem)) 0 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
  `,
];
