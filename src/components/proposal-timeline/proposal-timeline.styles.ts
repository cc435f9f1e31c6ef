import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

/*
 * Notes (kept out of the stylesheet, which ships as is):
 * - Block layout wherever a grid is not needed: nested grids make the first layout several times slower.
 * - No content-visibility: Chromium drops skipped cards from the accessibility tree, hiding proposals from screen
 *   readers. Long lists stay fast by drawing a page at a time (ProgressiveController).
 * - The time line is a rail along each list (.entries::before) with one marker per entry (.entry::before).
 * - A selected chip is filled, bold and ticked, so its state never rests on colour alone.
 * - Wide containers put the time on the left, the entries on the right.
 * - Print: no buttons, chips as plain text separated by commas, links followed by their address.
 */
const timeline = css`
  :host {
    /* Shown by a roster's or cloud's "Show the proposals": below the page's sticky header, with room for the focus
       ring of its heading. */
    scroll-margin-block-start: calc(var(--summit-timeline-sticky-top, 0px) + 0.5 * var(--_rem));
    --_marker: var(--summit-timeline-marker-size, calc(0.875 * var(--_rem)));
    --_rail: calc(var(--_marker) + calc(0.75 * var(--_rem)));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_rem)) var(--_rem);
  }
  .filter {
    margin-block-end: var(--_space);
  }
  .count {
    margin: 0;
  }
  .count,
  .timeline {
    overflow-wrap: anywhere;
  }
  .count,
  .progress,
  .kind,
  dt,
  figcaption {
    color: var(--_muted);
  }
  .group + .group {
    margin-block-start: var(--summit-timeline-group-gap, calc(1.75 * var(--_rem)));
  }
  /* A group's heading stays in view while its entries scroll by (on a phone, a group can be thousands of px long),
     below the page's own sticky header when it has one (the page gives its height), over the entries it heads. */
  .label {
    position: sticky;
    inset-block-start: var(--summit-timeline-sticky-top, 0px);
    z-index: 1;
    padding-block: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
    background: var(--_bg);
  }
  /* The chosen leader among an entry's names: bold on the surface colour (a browser's yellow would not suit dark). */
  mark {
    color: inherit;
    background: var(--_surface);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      color: MarkText;
      background: Mark;
    }
  }
  /* Not on a short screen (a phone held sideways, 400% zoom): two lines of it would take a quarter of the view. */
  @media (max-height: 30em) {
    .label {
      position: static;
    }
  }
  .label > * {
    margin: 0;
    font-size: 1.0625em;
  }
  /* What takes the focus in an entry (its headline, a disclosure, a link) is scrolled into view below its group's sticky
     heading (up to two lines of it), never under it (WCAG 2.4.11). No specificity: a chip's own margin wins. */
  :where(.entries) :where([tabindex], a, button, summary) {
    scroll-margin-block-start: calc(var(--summit-timeline-sticky-top, 0px) + 4.5 * var(--_rem));
  }
  .entries,
  .entry {
    position: relative;
  }
  .entries {
    padding-inline-start: var(--_rail);
  }
  .entry + .entry {
    margin-block-start: var(--summit-timeline-gap, calc(0.75 * var(--_rem)));
  }
  /* Across pages and the columns of a multi-column article: an entry stays whole, a group's heading with its first. */
  .entry {
    break-inside: avoid;
  }
  .label {
    break-after: avoid;
  }
  .entries::before,
  .entry::before {
    content: '';
    position: absolute;
  }
  .entries::before {
    --_line: var(--summit-timeline-line-width, 2px);
    inset-block: 0;
    inset-inline-start: calc((var(--_marker) - var(--_line)) / 2);
    inline-size: var(--_line);
    background: var(--summit-timeline-line-color, var(--_border));
  }
  .entry::before {
    inset-block-start: var(--_rem);
    inset-inline-start: calc(-1 * var(--_rail));
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--summit-timeline-marker-color, var(--_accent));
    border-radius: min(50%, var(--_round));
    background: var(--_bg);
  }
  .entry[data-kind='proposed']::before {
    background: var(--summit-timeline-marker-color, var(--_accent));
  }
  .card {
    padding: calc(0.625 * var(--_rem)) calc(0.75 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='headline'] {
    margin: 0;
    font-size: 1em;
  }
  [part='headline']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .kind {
    display: inline-block;
    margin: calc(0.25 * var(--_rem)) 0 0;
    padding: 0 calc(0.5 * var(--_rem));
    border: 1px solid;
    border-radius: var(--_round);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .summary {
    margin: calc(0.5 * var(--_rem)) 0;
    /* The dataset's line breaks are the editor's: kept. */
    white-space: pre-line;
  }
  dl {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-size: 0.9375em;
  }
  .fact {
    padding-block: calc(0.125 * var(--_rem));
  }
  dt {
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.375 * var(--_rem));
    padding-block: calc(0.125 * var(--_rem));
  }
  .chip {
    /* A chip scrolled back into view after the list changed keeps its entry's headline in view above it, below the
       page's sticky header. */
    scroll-margin-block: calc(var(--summit-timeline-sticky-top, 0px) + 6 * var(--_rem)) var(--_rem);
    min-block-size: calc(1.75 * var(--_rem));
    max-inline-size: 100%;
    padding: calc(0.125 * var(--_rem)) calc(0.625 * var(--_rem));
    border: 1px solid var(--_control-border);
    border-radius: var(--_round);
    background: var(--_bg);
    font-size: 0.875em;
    text-align: start;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    border-color: var(--_accent);
  }
  /* Only where there is hover: a tap leaves it on what was tapped, which then looks chosen. */
  @media (hover: hover) {
    .chip:enabled:hover {
      border-color: var(--_accent);
    }
  }
  /* The page fixed the sector: the chips only name sectors. */
  .chip.fixed {
    border-style: dashed;
    border-color: var(--_border);
    cursor: auto;
  }
  /* The sector the page filters by (the count above names it too). */
  .chip[data-in-force] {
    border-color: var(--_accent);
    font-weight: 700;
  }
  .chip[data-in-force]::before {
    content: '✓ ' / '';
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
  }
  [aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  [part='evidence'] summary {
    inline-size: fit-content;
    min-block-size: calc(1.5 * var(--_rem));
    color: var(--_accent);
    font-size: 0.875em;
    cursor: pointer;
  }
  figure {
    margin: calc(0.5 * var(--_rem)) 0 0;
  }
  /* The bar on the side the widget's lines start, whatever the direction of the quote's own text (an English quote in
     an Arabic widget is aligned right, by its bar). */
  blockquote {
    margin: 0;
    padding-left: calc(0.75 * var(--_rem));
    border-left: 3px solid var(--_border);
  }
  .ui:dir(rtl) blockquote {
    padding-left: 0;
    padding-right: calc(0.75 * var(--_rem));
    border-left: 0;
    border-right: 3px solid var(--_border);
  }
  figcaption {
    margin-block-start: calc(0.25 * var(--_rem));
    padding-inline-start: calc(calc(0.75 * var(--_rem)) + 3px);
    font-size: 0.8125em;
  }
  cite {
    font-style: normal;
  }
  .more {
    margin-block-start: var(--_space);
  }
  .more .row {
    padding-inline-start: var(--_rail);
  }
  .progress {
    font-size: 0.875em;
  }
  .skip,
  .end {
    margin-block-start: var(--_space);
  }
  /* Its focus ring above the first group's heading, which follows it. */
  .skip {
    position: relative;
    z-index: 2;
  }
  .end {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @container (min-width: 30em) {
    .card {
      padding: calc(0.75 * var(--_rem)) var(--_rem);
    }
    .fact {
      display: flex;
      gap: calc(0.75 * var(--_rem));
    }
    dt {
      flex: none;
      inline-size: calc(7.5 * var(--_rem));
      font-size: 1em;
    }
    dd {
      flex: 1;
      min-inline-size: 0;
    }
  }
  @container (min-width: 40em) {
    .group,
    .more {
      display: grid;
      grid-template-columns:
        var(--summit-timeline-label-width, minmax(calc(8 * var(--_rem)), calc(13 * var(--_rem))))
        minmax(0, 1fr);
      column-gap: calc(1.25 * var(--_rem));
      align-items: start;
    }
    .label {
      padding-block: calc(0.75 * var(--_rem));
      text-align: end;
    }
    /* The group's heading at the line's side, whatever the direction of its own text. */
    .ui:dir(ltr) .label * {
      text-align: right;
    }
    .ui:dir(rtl) .label * {
      text-align: left;
    }
    .separator {
      display: none;
    }
    .group-title {
      display: block;
    }
    .more .row {
      grid-column: 2;
    }
    /* Beside its entries, the group's heading takes no height: it stays in view on a short screen too (a phone held
       sideways), where it would otherwise leave an empty column. */
    .label {
      position: sticky;
    }
  }
  /* Very narrow for its text (a phone with large text: 200% is 16em in 512px): the rail and its markers give their room
     to the entries (each names its kind in words), and the group's heading, several lines there, does not stay on
     screen over them. */
  @container (max-width: 16em) {
    .entries {
      padding-inline-start: 0;
    }
    .entries::before,
    .entry::before {
      display: none;
    }
    .card {
      padding-inline: calc(0.5 * var(--_rem));
    }
    .label {
      position: static;
    }
  }
  @media print {
    .more {
      display: none;
    }
    /* The count stays with the heading above it and the first group below it. */
    .filter {
      break-after: avoid;
    }
    /* One column on paper: a group's heading above its entries, which take the page's width. */
    .group {
      display: block;
    }
    .label {
      position: static;
      padding-block: 0 calc(0.5 * var(--_rem));
    }
    /* At the start of the widget's lines, whatever the direction of its own text (an English heading in an Arabic
       widget sits at the right). */
    .ui:dir(ltr) .label * {
      text-align: left;
    }
    .ui:dir(rtl) .label * {
      text-align: right;
    }
    .separator,
    .group-title {
      display: inline;
    }
    .card {
      background: none;
    }
    .chips .chip {
      all: unset;
      font-size: 0.875em;
    }
    .chips .chip::before {
      content: none;
    }
    .chips li:not(:last-child)::after {
      content: ',';
    }
    summary {
      list-style: none;
      font-weight: 700;
    }
    summary::-webkit-details-marker {
      display: none;
    }
  }
`;

export const styles = [tokens, timeline];
