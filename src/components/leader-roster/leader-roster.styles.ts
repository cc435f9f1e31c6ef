import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    .roster {
      display: grid;
      gap: var(--summit-roster-gap, calc(0.5 * var(--_rem)));
      grid-template-columns: 1fr;
    }
    @container (min-width: 36em) {
      .roster {
        grid-template-columns: repeat(auto-fit, minmax(var(--summit-roster-min-column, calc(17 * var(--_rem))), 1fr));
      }
    }
    .leader {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-areas: 'avatar name' 'avatar meta';
      align-items: center;
      align-content: center;
      column-gap: calc(0.75 * var(--_rem));
      inline-size: 100%;
      /* As tall as its row: the cards of one row line up, however long a name or an office. */
      block-size: 100%;
      min-block-size: calc(3.5 * var(--_rem));
      padding: calc(0.625 * var(--_rem)) calc(0.75 * var(--_rem));
      text-align: start;
      background: var(--_surface);
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius);
      cursor: pointer;
      margin: 0;
    }
    /* Where a name beside the avatar would have too little room to keep its words whole (a phone with large text), the
       avatar goes above it. */
    @container (max-width: 15em) {
      .leader {
        grid-template-columns: 1fr;
        grid-template-areas: 'avatar' 'name' 'meta';
        row-gap: calc(0.375 * var(--_rem));
      }
    }
    /* Only where there is hover: a tap leaves it on what was tapped, which then looks chosen. */
    @media (hover: hover) {
      .leader:enabled:hover {
        border-color: var(--_accent);
      }
    }
    .leader[aria-pressed='true'] {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
    /* Forced colours drop the shadow and repaint borders alike: the chosen leader keeps a border of its own. */
    @media (forced-colors: active) {
      .leader[aria-pressed='true'] {
        border: 4px double Highlight;
        padding: calc(calc(0.625 * var(--_rem)) - 3px) calc(calc(0.75 * var(--_rem)) - 3px);
      }
      /* Their backgrounds are dropped: an outline keeps the circle and the pill. */
      .avatar,
      .badge {
        border: 1px solid CanvasText;
      }
    }
    .avatar {
      grid-area: avatar;
      display: grid;
      place-items: center;
      inline-size: var(--summit-avatar-size, calc(2.75 * var(--_rem)));
      block-size: var(--summit-avatar-size, calc(2.75 * var(--_rem)));
      border-radius: min(50%, var(--_round));
      overflow: hidden;
      font-weight: 700;
      font-size: 0.95em;
      color: #fff;
      background: hsl(var(--_hue, 215) 45% 32%);
    }
    /* Hues far apart for neighbouring countries; white initials keep at least 4.5:1 on each. */
    .tone-1 {
      --_hue: 15;
    }
    .tone-2 {
      --_hue: 150;
    }
    .tone-3 {
      --_hue: 280;
    }
    .tone-4 {
      --_hue: 40;
    }
    .tone-5 {
      --_hue: 330;
    }
    .tone-6 {
      --_hue: 185;
    }
    .tone-7 {
      --_hue: 95;
    }
    /* The photo lies over the initials, which show when it is missing or fails to load. */
    .avatar > * {
      grid-area: 1 / 1;
    }
    /* No background of its own: a photo that fails before any script runs (server output) shows the initials. */
    .avatar img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .name {
      grid-area: name;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .meta {
      grid-area: meta;
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .proposals {
      display: block;
    }
    .badge {
      display: inline-block;
      margin-inline-start: calc(0.375 * var(--_rem));
      padding: 0 calc(0.375 * var(--_rem));
      /* Half a line: a pill on one line, a rounded box where a long role wraps in a narrow card. */
      border-radius: min(0.75em, var(--_round));
      font-size: 0.75em;
      font-weight: 700;
      vertical-align: 0.1em;
      color: var(--_accent-fg);
      background: var(--_accent);
    }
    /* The country's code, for the eye: a small outlined tag, not in brackets (which the office and country may have
       already: "首相（日本）"). */
    .code {
      display: inline-block;
      margin-inline-start: calc(0.25 * var(--_rem));
      padding: 0 0.25em;
      border: 1px solid currentColor;
      border-radius: min(0.25em, var(--_radius));
      font-size: 0.75em;
      line-height: 1.25;
      text-decoration: none;
    }
    /* Whole, across pages and the columns of a multi-column article. */
    .leader {
      break-inside: avoid;
    }
    @media print {
      .leader {
        box-shadow: none;
      }
      /* Paper drops backgrounds by default: the badges and initials print black on white. */
      .badge,
      .avatar {
        border: 1px solid #000;
        color: #000;
        background: none;
      }
    }
  `,
];
