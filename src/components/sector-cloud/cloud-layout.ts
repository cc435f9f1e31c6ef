import type { ReactiveController, ReactiveElement } from 'lit';
import { nearestLang } from '../../internal/lang.js';
import { packCloud, type CloudItem, type CloudLayout } from '../../layout/cloud.js';
import { STEPS } from './font-scale.js';

/** A packed cloud ready to draw: placements in px, and the scale that fits it into the list's width. */
export interface PlacedCloud extends CloudLayout {
  /** 1, unless the packing came out wider than the list (it then shrinks to fit). */
  readonly scale: number;
}

/** A cloud ready to draw: the inline styles of the list and of each of its items. */
interface Drawing {
  readonly list: string;
  readonly items: readonly string[];
}

/** `--summit-cloud-height-ratio` when unset: the first box is at most 0.6 × the width tall. */
const DEFAULT_RATIO = 0.6;
/** Room offered over the words' own area, so a small cloud gets a compact box, not a tall empty one. */
const SLACK = 1.5;

/**
 * Sizes the first box from the words' area (capped at width × ratio) and packs them. The layout
 * grows taller when they do not fit, so every word is placed.
 */
export function placeCloud(items: readonly CloudItem[], width: number, gap: number, ratio: number): PlacedCloud {
  let area = 0;
  let tallest = 0;
  for (const item of items) {
    area += (item.width + gap) * (item.height + gap);
    tallest = Math.max(tallest, item.height);
  }
  const height = Math.max(tallest, Math.min(width * ratio, (area * SLACK) / width));
  const layout = packCloud(items, { width, height }, { padding: gap });
  return { ...layout, scale: Math.min(1, width / layout.width) };
}

/** Whether any of `el` is on screen or above it (scrolled past), in a page someone is looking at. */
function seenOrPast(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return !document.hidden && box.width > 0 && box.top < innerHeight;
}

/** One 2D context for every cloud: it only measures text. */
let context: CanvasRenderingContext2D | null | undefined;

/**
 * Measures and packs the words of a cloud before they are rendered, so they are drawn once, in
 * place. A hidden probe, put in the host's shadow root ahead of what Lit renders (so its renders
 * never touch it), resolves what the words are drawn with: its width is the list's, its paddings
 * are the smallest font size and the gap, and its word, at the largest size, gives the font, the
 * padding and the line height (`::part(word)` rules included). Text is measured on a canvas, and the
 * total checked against the probe's own layout of all the words (each word is measured there instead
 * when the canvas picked another font); a word wider than the list is laid out in the probe, wrapped
 * at the list's width, to read its height.
 *
 * After each update it marks the list `placed` and sizes and positions its items, one `cssText`
 * write each (the CSSOM, which a strict Content-Security-Policy allows; and nothing for a hydrated
 * template to disagree with). A ResizeObserver on the probe notices a new width, size or font; a
 * loaded web font (perhaps for letters the probe's word lacks) measures again too. Without a
 * canvas, while the host has no width and on the server, the list stays a plain list.
 */
export class CloudLayoutController implements ReactiveController {
  private probe?: HTMLElement;
  private observer?: ResizeObserver;
  private cloud?: Drawing;
  private key: unknown;
  private lang: string | undefined;
  /** What the cloud was measured with, as `read` gives it; the probe's observer compares. */
  private measured = '';
  /** The server's list, from the first update until it is placed. */
  private server?: HTMLElement;
  /** The list last drawn into, and what was drawn. */
  private list?: HTMLElement;
  private drawn?: Drawing;
  /** Set while the server's list is kept as it is, the reader perhaps looking at it (see hostUpdated). */
  private held?: AbortController;
  /** Whether the last `place` was asked for every word (see `shown`). */
  private all = true;

  /**
   * How many of the words (the first, heaviest) the cloud draws: all of them, unless `place` was not asked for all and
   * they would take more than two and a half screens; then as many as fill one and a quarter.
   */
  shown = Infinity;

  /** `list` selects the list in the host's shadow root: its children are the words' items. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected() {
    const { renderRoot, ownerDocument } = this.host;
    if (!this.probe) {
      // In a box of its own that, like the widget's `.ui`, is the size container: sizes in `cqi` (the largest is at
      // most a tenth of the widget's width) resolve in the probe as they do in the list.
      const box = ownerDocument.createElement('div');
      box.className = 'probe-box';
      this.probe = box.appendChild(ownerDocument.createElement('div'));
      this.probe.className = 'cloud probe';
      this.word('Mg');
      renderRoot.prepend(box);
    }
    this.observer ??= new ResizeObserver(() => {
      if (this.read()?.key !== this.measured) this.refit();
    });
    this.observer.observe(this.probe);
    this.observer.observe(this.probe.firstChild as Element);
    ownerDocument.fonts?.addEventListener('loadingdone', this.refit);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.release();
    this.host.ownerDocument.fonts?.removeEventListener('loadingdone', this.refit);
  }

  /** Stops watching a held server list (see hostUpdated). */
  private release() {
    this.held?.abort();
    this.held = undefined;
  }

  hostUpdate() {
    // A list in the page before the first update: the server's, being hydrated, which the reader may have seen.
    if (!this.host.hasUpdated)
      this.server = this.host.renderRoot.querySelector<HTMLElement>(this.selector) ?? undefined;
  }

  hostUpdated() {
    const list = this.host.renderRoot.querySelector<HTMLElement>(this.selector) ?? undefined;
    const cloud = this.cloud;
    if (this.held) {
      // Still the server's list, kept as it is; or another list drawn since (the dataset changed), drawn as usual.
      if (list === this.server) return;
      this.release();
    }
    if (!list || (list === this.list && cloud === this.drawn)) return;
    // The server's plain list, which the reader may be looking at: placing it moves every word and changes its height,
    // shifting what follows. It stays as it is while any of it is on screen or above it (a reader who scrolled past
    // it is below; packing it there would move what they read, wherever the browser does not anchor the scroll), and
    // is placed once all of it is below the screen, where nothing the reader sees moves.
    if (cloud && list === this.server && seenOrPast(list)) {
      // Checked as the page scrolls (in any scroller) or resizes, once a frame: a jump from above the screen to below
      // it counts too, which crossing thresholds (an IntersectionObserver) would miss.
      const held = (this.held = new AbortController());
      let queued = false;
      const check = () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          if (held.signal.aborted || list.getBoundingClientRect().top < innerHeight) return;
          this.release();
          this.draw(list, this.cloud);
        });
      };
      for (const type of ['scroll', 'resize'])
        addEventListener(type, check, { capture: true, passive: true, signal: held.signal });
      return;
    }
    this.draw(list, cloud);
  }

  /** Sizes and positions the items of `list` as `cloud` says (a plain list without it). */
  private draw(list: HTMLElement, cloud: Drawing | undefined) {
    if (!list.isConnected) return;
    if (list === this.server && cloud) this.server = undefined;
    this.list = list;
    this.drawn = cloud;
    list.classList.toggle('placed', !!cloud);
    list.style.cssText = cloud?.list ?? '';
    let i = 0;
    for (const item of list.children as HTMLCollectionOf<HTMLElement>) item.style.cssText = cloud?.items[i++] ?? '';
  }

  private readonly refit = () => {
    this.key = undefined;
    this.host.requestUpdate();
  };

  /**
   * Measures and packs the words (name, and step on the font-size scale from 0 to `STEPS`), whose names are in
   * `lang` when it is given, unless they cannot be (then they stay a plain list). Packs again only when `key`
   * (the words), their language, `all` or what they are drawn with (as the probe tells) changed. Unless `all`, a narrow
   * list may draw only the first words (`shown`).
   */
  place(key: unknown, words: readonly { name: string; step: number }[], lang?: string, all = true): void {
    if (this.cloud && key === this.key && lang === this.lang && all === this.all) return;
    this.lang = lang;
    this.all = all;
    this.shown = Infinity;
    const style = words.length ? this.read() : undefined;
    this.measured = style?.key ?? '';
    context ??= style && document.createElement('canvas').getContext('2d');
    if (!style || !context) return void (this.cloud = undefined);
    this.key = key;
    const { width, min, max, padding, height } = style;
    // Exactly as the plain list draws them (server output, no room yet, print: the `size-*` classes), so placing the
    // words moves them but never resizes them.
    const sizes = words.map((w) => min + ((max - min) * w.step) / STEPS);
    // Text is measured at one size and scaled (widths scale with the size): the largest, which the
    // probe's word has set up already.
    context.font = style.font;
    // Font fallback follows the language (Latin text under lang="ja" is drawn in a CJK face): measure as drawn.
    // The words are in `lang` when it is given (the dataset's, marked on each name), else in the page's.
    (context as CanvasRenderingContext2D & { lang?: string }).lang = lang || nearestLang(this.host) || 'inherit';
    const names = words.map((w) => w.name);
    let widths = names.map((name) => context!.measureText(name).width);
    // The canvas can still fall back to another face than the page does (a missing font, a language's
    // preferred face inside a shadow root): check all the words at once against the page's own layout,
    // and when the two disagree, measure each word there instead, in one layout.
    const line = names.join(' ');
    if (Math.abs(this.textWidths([line], style)[0]! - context.measureText(line).width) > 0.5 + line.length * 0.01) {
      widths = this.textWidths(names, style);
    }
    // Rounded up past the page's own rounding of text (1/64 px): the text fits on one line.
    const across = (text: number, size: number) => Math.ceil((text * size) / max + padding * size + 0.05);
    // The room a word has across: the packer rounds words and the list up to its cells (at most a quarter of the
    // smallest line with its gap), so leave two of those, and whole px.
    const room = Math.floor(width) - 2 * Math.ceil((height * min + style.gap) / 4) - 1;
    // A name wider than the list wraps between its words, at its own size; a word that is itself too wide is
    // drawn smaller (to the smallest size, or to 12px if it must) rather than broken in two. The words of such
    // names are measured as the page draws them, all in one layout.
    const wide = widths.flatMap((text, i) => (across(text, sizes[i]!) > width ? [i] : []));
    const split = wide.map((i) => names[i]!.split(/\s+/));
    const measured = this.textWidths(split.flat(), style);
    let at = 0;
    wide.forEach((i, k) => {
      const longest = Math.max(...measured.slice(at, (at += split[k]!.length)));
      const fit = Math.floor((room - 0.05) / (longest / max + padding));
      if (across(longest, sizes[i]!) > room && fit >= Math.min(min, 12)) sizes[i] = fit;
    });
    const items: CloudItem[] = widths.map((text, i) => ({
      width: across(text, sizes[i]!),
      height: Math.ceil(height * sizes[i]!),
    }));
    const wraps = items.map((item) => item.width > width);
    const wrapped = words.flatMap(({ name }, i) =>
      wraps[i] ? [this.word(name, `font-size:${sizes[i]}px;width:${width}px`)] : [],
    );
    // One layout for all of them: read every height, then take them out.
    const heights = wrapped.map((span) => getComputedStyle(span).height);
    for (const span of wrapped) span.remove();
    wraps.forEach((wrap, i) => {
      if (wrap) items[i] = { width, height: Math.ceil(parseFloat(heights.shift()!)) };
    });
    let placed = placeCloud(items, width, style.gap, style.ratio);
    // Fifty sectors with long names on a phone (or zoomed in) are a column of several screens, one or two to a line: the
    // heaviest that fill a screen or so are drawn, and the widget offers the rest. The most that do (a few packings).
    const screen = Math.max(innerHeight, 320);
    if (!all && placed.height > 2.5 * screen) {
      // `fewer` is always the packing of the first `low`.
      let [low, high] = [1, items.length - 1];
      let fewer = placeCloud(items.slice(0, 1), width, style.gap, style.ratio);
      while (low < high) {
        const k = Math.ceil((low + high) / 2);
        const packed = placeCloud(items.slice(0, k), width, style.gap, style.ratio);
        if (packed.height <= 1.25 * screen) [low, fewer] = [k, packed];
        else high = k - 1;
      }
      [placed, this.shown] = [fewer, low];
    }
    const { placements, height: tall, scale } = placed;
    // A cloud wider than the list is scaled to fit; the negative margin gives back the room it leaves.
    const shrink = tall * (1 - scale);
    this.cloud = {
      list: `height:${tall}px${shrink ? `;transform:scale(${scale});margin-block-end:calc(.375 * max(1rem, 16px) - ${shrink}px)` : ''}`,
      items: placements.map(
        (at, i) =>
          // From the start of the line: on a right-to-left page the cloud is mirrored.
          `font-size:${sizes[i]}px;width:${at.width}px;inset-inline-start:${at.x}px;top:${at.y}px${wraps[i] ? ';white-space:normal' : ''}`,
      ),
    };
  }

  /** The widths of these texts as the page draws them at the largest size, padding left out: one layout. */
  private textWidths(texts: readonly string[], style: { max: number; padding: number }): number[] {
    const spans = texts.map((text) => this.word(text, 'white-space:pre'));
    // Computed widths are layout px (a transformed page does not scale them); words are border-box.
    const widths = spans.map((span) => parseFloat(getComputedStyle(span).width) - style.padding * style.max);
    for (const span of spans) span.remove();
    return widths;
  }

  /** A word in the probe, styled as the words are (given a size and width, laid out as it will be drawn). */
  private word(name: string, style = ''): HTMLElement {
    const span = this.host.ownerDocument.createElement('span');
    span.className = 'word';
    span.part.add('word');
    span.textContent = name;
    span.style.cssText = style;
    if (this.lang !== undefined) span.lang = this.lang;
    return this.probe!.appendChild(span);
  }

  /** The list's width and how the words are drawn, in layout px; undefined while there is no width. */
  private read() {
    const probe = this.probe;
    if (!probe?.isConnected) return undefined;
    const list = getComputedStyle(probe);
    const word = getComputedStyle(probe.firstChild as Element);
    const px = (value: string) => parseFloat(value) || 0;
    const width = px(list.width);
    const max = px(word.fontSize);
    if (width <= 0 || max <= 0) return undefined;
    const ratio = px(list.getPropertyValue('--summit-cloud-height-ratio'));
    const style = {
      width,
      min: px(list.paddingLeft),
      max,
      gap: px(list.paddingRight),
      ratio: ratio > 0 ? ratio : DEFAULT_RATIO,
      // Per px of font size: the padding across, and the height of a line with its padding.
      padding: (px(word.paddingLeft) + px(word.paddingRight)) / max,
      height: px(word.height) / max,
      font: `${word.fontStyle} ${word.fontWeight} ${max}px ${word.fontFamily}`,
      // Changes with the font itself, a web font loaded for instance.
      text: word.width,
    };
    return { ...style, key: JSON.stringify(style) };
  }
}
