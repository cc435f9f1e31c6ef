import type { ReactiveController, ReactiveElement } from 'lit';
import { packCloud, type CloudItem, type CloudLayout } from '../../layout/cloud.js';

/** A packed cloud ready to draw: placements in px, and the scale that fits it into the list's width. */
export interface PlacedCloud extends CloudLayout {
  /** 1, unless the packing came out wider than the list (it then shrinks to fit). */
  readonly scale: number;
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

/**
 * Measures the words of a cloud and packs them with `packCloud`. The list (matched by `list` in
 * the host's shadow root) is measured with the class `placed`, under which its styles must lay
 * every item out as it will be drawn (absolutely positioned at the list's origin), so one
 * batched read of every item's box (one forced layout) gives their sizes, and placing them
 * afterwards only moves them. The host renders `placed` once it has a layout; the class stays
 * from the measurement to that render, so the styles never flip. The list's row gap, resolved to
 * px, is the packing's padding.
 *
 * It measures again when the list element or the `key` changes (after an update), and, debounced
 * to an animation frame, when the list's width changes or any word's size changes (web fonts
 * loading, font-size custom properties): one ResizeObserver watches the host and every item.
 */
export class CloudLayoutController implements ReactiveController {
  /** The packed cloud for the current words and width; undefined until measured. */
  value: PlacedCloud | undefined;

  private readonly host: ReactiveElement;
  private readonly selector: string;
  private readonly key: () => unknown;
  private list: HTMLElement | undefined;
  private lastKey: unknown;
  private width = 0;
  /** Each item's measured border box, to tell its own resizes from the observer's first report. */
  private sizes = new WeakMap<Element, readonly [number, number]>();
  private frame = 0;
  private force = false;
  /** Made on connection, not construction: server rendering constructs elements but has no observers. */
  private observer: ResizeObserver | undefined;

  constructor(host: ReactiveElement, options: { list: string; key: () => unknown }) {
    this.host = host;
    this.selector = options.list;
    this.key = options.key;
    host.addController(this);
  }

  hostConnected() {
    this.observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this.host) this.schedule(false);
        else if (this.resized(entry)) this.schedule(true);
      }
    });
    this.observer.observe(this.host);
    for (const item of this.list?.children ?? []) this.observer.observe(item);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated() {
    const list = this.host.renderRoot.querySelector<HTMLElement>(this.selector) ?? undefined;
    const key = this.key();
    if (list === this.list && key === this.lastKey) return;
    this.list = list;
    this.lastKey = key;
    this.measure();
  }

  private resized(entry: ResizeObserverEntry): boolean {
    const size = this.sizes.get(entry.target);
    const box = entry.borderBoxSize?.[0];
    return !!size && !!box && (Math.abs(box.inlineSize - size[0]) > 0.5 || Math.abs(box.blockSize - size[1]) > 0.5);
  }

  private schedule(force: boolean) {
    this.force ||= force;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const list = this.list;
      // clientWidth ignores the list's own scale transform; under 1px of change is no change.
      if (!list?.isConnected || (!this.force && Math.abs(list.clientWidth - this.width) < 1)) return;
      this.measure();
    });
  }

  private measure() {
    const list = this.list;
    const before = this.value;
    this.value = undefined;
    this.width = 0;
    this.force = false;
    this.observer?.disconnect();
    this.observer?.observe(this.host);
    if (list?.isConnected) {
      const placed = list.classList.contains('placed');
      list.classList.add('placed');
      const style = getComputedStyle(list);
      // Layout px, whatever transforms the list or its ancestors have (rects are drawn px).
      const width = parseFloat(style.width) || 0;
      if (width > 0) {
        const zoom = list.getBoundingClientRect().width / width || 1;
        const gap = parseFloat(style.rowGap) || 0;
        const ratio = parseFloat(style.getPropertyValue('--summit-cloud-height-ratio'));
        // Every read below hits the layout forced above. Sizes are rounded up so the packing
        // keeps a margin, but never past the list's width, where a long word has wrapped.
        const items = Array.from(list.children, (child): CloudItem => {
          const box = child.getBoundingClientRect();
          const [w, h] = [box.width / zoom, box.height / zoom];
          this.sizes.set(child, [w, h]);
          this.observer?.observe(child);
          return { width: Math.min(Math.ceil(w), width), height: Math.ceil(h) };
        });
        this.width = width;
        this.value = placeCloud(items, width, gap, ratio > 0 ? ratio : DEFAULT_RATIO);
      } else if (!placed) {
        list.classList.remove('placed');
      }
    }
    if (this.value || before) this.host.requestUpdate();
  }
}
