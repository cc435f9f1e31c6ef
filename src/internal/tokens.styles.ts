import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * Design tokens shared by every widget. Public knobs are `--summit-*`
 * custom properties (each read with a fallback); colours follow the
 * page's colour scheme through `light-dark()`.
 */
/**
 * Where the page sizes a box to its content (a flex row, a centred column or dialog), the element takes the space
 * there is: a size container takes no width from its content. Shared by the widgets and the provider.
 */
export const fillsSpace = css`
  :host {
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    min-inline-size: 0;
  }
`;

export const tokens = css`
  ${fillsSpace}
  :host {
    /* Page rules that match the host itself (\`* { … !important }\`) would otherwise win over
       :host rules and be inherited inside; !important here is the shadow tree's only defence. Not on display and
       visibility: the page decides whether and where a widget shows (display: none in a media query, a hidden tab),
       and a reset that makes every element inline (\`all: unset; display: revert\`) leaves the layout to the block
       inside (.ui), which is the size container. */
    display: block;
    /* What is stacked inside (the timeline's sticky headings, the cloud's words) stays inside: a page's sticky header
       with any z-index above 0 paints over all of it. */
    isolation: isolate;
    /* The page's colour scheme, inherited: dark only where the page is (its \`color-scheme: light dark\` and a reader
       who prefers dark, or \`color-scheme: dark\`), so a light-only article never shows dark boxes. Without
       --summit-color-scheme this is invalid at computed-value time, which for an inherited property means inherit. */
    color-scheme: var(--summit-color-scheme);
    /* The widgets' unit of length: the root size, never below 16px, so a page that sets html { font-size: 62.5% }
       keeps readable text and the same spacing, avatars and columns. (Container queries use em, the host's size.) */
    --_rem: max(1rem, 16px);
    --_fg: var(--summit-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--summit-color-muted, light-dark(#585858, #b4b4b4));
    --_bg: var(--summit-color-background, light-dark(#fff, #161616));
    --_surface: var(--summit-color-surface, light-dark(#f4f4f2, #232323));
    --_border: var(--summit-color-border, light-dark(#d4d4d0, #444));
    /* A control drawn as its outline (a chip, a leader's card): at least 3:1 against the page and its own fill (WCAG
       1.4.11), where the border of a box is fainter. A theme's border colour applies as it is. */
    --_control-border: var(--summit-color-border, light-dark(#8c8c88, #707070));
    --_accent: var(--summit-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_accent-fg: var(--summit-color-accent-contrast, light-dark(#fff, #0b0b0b));
    --_focus: var(--summit-color-focus, light-dark(#b3590b, #ffb45e));
    --_radius: var(--summit-radius, calc(0.375 * var(--_rem)));
    /* Pills and circles: fully round, unless the radius is 0 (square corners everywhere). */
    --_round: calc(var(--_radius) * 999);
    --_space: var(--summit-space, var(--_rem));
    /* Room above and below, as a paragraph has, so two widgets in a row do not touch; it collapses with the margins of
       the paragraphs around it. Not !important: the page's own margin for the element wins. */
    margin-block: calc(1.5 * var(--_space));
    font-family: var(--summit-font-family, inherit) !important;
    font-size: var(--summit-font-size, var(--_rem)) !important;
    line-height: 1.45 !important;
    color: var(--_fg) !important;
    background: var(--_bg) !important;
    text-align: start !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    font-style: normal !important;
    font-weight: normal !important;
    white-space: normal !important;
    /* The rest of what text inherits, back to the initial look. */
    font-variant: normal !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-stretch: normal !important;
    font-size-adjust: none !important;
    text-shadow: none !important;
    text-align-last: auto !important;
    -webkit-text-fill-color: currentcolor !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    line-break: auto !important;
    hyphens: manual !important;
    writing-mode: horizontal-tb !important;
    cursor: auto !important;
    pointer-events: auto !important;
    -webkit-text-stroke: 0 !important;
    -webkit-text-security: none !important;
    text-emphasis: none !important;
    font-kerning: auto !important;
    font-synthesis: weight style !important;
    font-optical-sizing: auto !important;
    font-palette: normal !important;
    text-rendering: auto !important;
    text-wrap-style: auto !important;
    text-underline-position: auto !important;
    text-underline-offset: auto !important;
    text-decoration-skip-ink: auto !important;
    tab-size: 8 !important;
    quotes: auto !important;
    caret-color: auto !important;
    /* A widget made dark on its own (theme="dark", on it or its provider, which sets --_summit-pad) may sit on a light
       page and needs room inside its background; one that follows the page sits flush with the page's text. */
    padding: var(--summit-padding, var(--_summit-pad, 0)) !important;
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_summit-pad: calc(0.75 * var(--_rem));
  }
  :host([theme='light']) {
    color-scheme: light;
    --_summit-pad: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
  }
  /* Server output not yet hydrated (or read without JavaScript): its choices are unavailable buttons, drawn as the
     text they are, with no pointer and, in forced colours, not greyed like the cloud's faded words. */
  button:disabled {
    cursor: auto;
  }
  @media (forced-colors: active) {
    button:disabled,
    button:disabled * {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-size: 1.125em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  /* Text in its own direction (dir="auto": a heading, a value, a line) lines up with the layout around it, not with its
     own text: in a mirrored widget an English date sits by its label, at the right edge. (text-align: match-parent
     would say it, but Chromium resolves it against the element's own direction.) No specificity: a widget's own
     alignment wins. */
  :where(.ui:dir(ltr) [dir='auto']) {
    text-align: left;
  }
  :where(.ui:dir(rtl) [dir='auto']) {
    text-align: right;
  }
  /* Levels past h6 are ARIA headings: bold like the rest. */
  [role='heading'] {
    font-weight: 700;
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Every source link alike: a thin underline clear of the descenders, thicker under the pointer. */
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .message {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message.error {
    border-inline-start: 4px solid var(--summit-color-error, light-dark(#b00020, #ff8a80));
  }
  .message p {
    margin: 0 0 0.5em;
  }
  .message summary {
    inline-size: fit-content;
    color: var(--_accent);
    cursor: pointer;
  }
  .issues li {
    margin: 0.25em 0;
  }
  .issues code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
    /* A value's spaces are part of what is wrong with it ("   " is blank). */
    white-space: pre-wrap;
  }
  /* The widget's box: it carries the language of the widget's own words, and is the container its layout queries
     (the host may be made inline by the page). Where its width is itself the content's (an inline-block, a float, a
     table cell), it counts as a phone's width, less on a narrower screen. */
  .ui {
    /* A block, which a multi-column article and a printed page split between entries (Chromium never splits an
       inline-block: it moves it whole to the next column or page, or slices it). A text-decoration of the page around
       the widget (a <del>) therefore reaches its text. */
    display: block;
    container-type: inline-size;
    contain-intrinsic-inline-size: min(calc(20 * var(--_rem)), calc(100vw - 4 * var(--_rem)));
    background: var(--_bg);
    /* Its corners as a theme rounds the boxes inside (a card's), where its colour is not the page's. */
    border-radius: var(--_radius);
  }
  .button {
    min-block-size: calc(2.25 * var(--_rem));
    padding: calc(0.25 * var(--_rem)) calc(0.875 * var(--_rem));
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }
  @media (hover: hover) {
    .button:hover {
      background: var(--_surface);
    }
  }
  /* Under a roster or a cloud: how many proposals the timeline shows, at the foot of the screen while the widget is
     on it (a page's sticky footer gives its height), over what scrolls by. What the reader chooses or moves to keeps
     clear of it (scroll margin). On a short screen (a phone held sideways) it stays at the widget's foot. */
  .results {
    position: sticky;
    inset-block-end: var(--summit-sticky-bottom, 0px);
    z-index: 2;
    display: flex;
    justify-content: center;
    padding-block: calc(0.375 * var(--_rem));
    /* Clear of the focus ring (3px, 2px out) of the last row above it, which its background would cover. */
    margin-block-start: 6px;
    border-block-start: 1px solid var(--_border);
    background: var(--_bg);
  }
  [aria-pressed] {
    scroll-margin-block-end: calc(var(--_bar, 3.5 * var(--_rem)) + var(--summit-sticky-bottom, 0px) + 6px);
  }
  @media (max-height: 30em) {
    .results {
      position: static;
    }
  }
  ${visuallyHidden}
  /* Part of the dataset's text joined to another (joined.ts): a bidi control it leaves open ends with it. */
  .isolate {
    unicode-bidi: isolate;
  }
  /* Japanese lines break between phrases, not inside a word ("ウズベキス/タン"), where the browser can. */
  :lang(ja) {
    word-break: auto-phrase;
  }
  /* Chinese, Japanese and Korean are not set in italics: a browser would slant the glyphs artificially. */
  cite:lang(ja),
  cite:lang(zh),
  cite:lang(ko) {
    font-style: normal;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .button,
    .results {
      display: none;
    }
    :host {
      color-scheme: light;
      --_fg: #000;
      --_muted: #000;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #000;
      --_control-border: #000;
      --_accent: #000;
      --_accent-fg: #fff;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
    /* Paper cannot open a disclosure: what it holds prints (the timeline's script also opens them, as it prints; a
       pre-rendered page printed without JavaScript has only this). */
    details:not([open])::details-content {
      content-visibility: visible;
      display: block;
    }
    /* A heading stays on the page of what it heads. */
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
  }
`;
