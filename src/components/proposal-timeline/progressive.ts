import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Renders a long list a page at a time: the host draws the first `shown`
 * items and a "Show more" row after them. A list of up to `page` items is drawn whole; a longer one starts with
 * `first` (enough to fill a screen, so its first frame comes as soon as a short list's) and grows by `page` when the
 * reader asks. Never on its own while scrolling: in an article, a list that grows as it comes into view would push
 * what follows it away for ever, out of reach of a reader who scrolls. Printing draws everything and opens every
 * `<details>`, because paper has no "Show more" button and CSS cannot open a disclosure.
 */
export class ProgressiveController implements ReactiveController {
  /** True while the page prints: the host draws every item. */
  printing = false;

  private limit: number;
  private printQuery: MediaQueryList | undefined;
  private opened: HTMLDetailsElement[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly first: number,
    private readonly page: number,
  ) {
    this.limit = first;
    host.addController(this);
  }

  /** The number of items to draw: all of them while printing. */
  get shown(): number {
    return this.printing ? Infinity : this.limit;
  }

  /** Back to the first page (or to every item, with `all`): the list changed, and has `total` items now. */
  reset(total: number, all = false) {
    this.limit = all ? Infinity : total > this.page ? this.first : this.page;
  }

  /** How many items the reader had drawn (not counting print). */
  get reached(): number {
    return this.limit;
  }

  /** Draws at least `count` items, as many as the reader had drawn of this list before. */
  resume(count: number) {
    this.limit = Math.max(this.limit, count);
  }

  /** Draws at least up to the item at `index`, in whole pages. */
  reveal(index: number) {
    const pages = Math.max(0, Math.ceil((index + 1 - this.first) / this.page));
    this.limit = Math.max(this.limit, this.first + pages * this.page);
  }

  /** Draws one more page; returns the index of its first item. */
  more(): number {
    this.limit += this.page;
    this.host.requestUpdate();
    return this.limit - this.page;
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    // Headless PDF printing emulates the print medium without firing beforeprint; it may even do so from the start.
    this.printQuery ??= window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrint);
    this.print(!!this.printQuery?.matches);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.printQuery?.removeEventListener('change', this.onPrint);
  }

  hostUpdated() {
    if (!this.printing) return;
    // Runs right after the update, in the same microtask checkpoint: before the page is laid out for print.
    for (const details of this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      details.open = true;
      this.opened.push(details);
    }
  }

  private readonly onPrint = (event: Event) =>
    this.print(event.type === 'beforeprint' || (event as MediaQueryListEvent).matches === true);

  private print(on: boolean) {
    if (on === this.printing) return;
    this.printing = on;
    this.host.requestUpdate();
    if (on) return;
    for (const details of this.opened) details.open = false;
    this.opened = [];
  }
}
