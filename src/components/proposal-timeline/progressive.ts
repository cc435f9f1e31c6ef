import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Renders a long list a page at a time: the host draws the first `limit`
 * items and a sentinel (its "Show more" row) after them. While the sentinel
 * is in (or near) view another page follows, so scrolling never meets the
 * end early. Printing draws everything and opens every `<details>`, because
 * paper has no "Show more" button and CSS cannot open a disclosure.
 */
export class ProgressiveController implements ReactiveController {
  /** How many items the host draws now. */
  limit: number;
  /** True between `beforeprint` and `afterprint`: the host draws every item. */
  printing = false;

  private readonly host: ReactiveElement;
  private readonly page: number;
  private readonly sentinel: string;
  private observer: IntersectionObserver | undefined;
  private readonly opened = new Set<HTMLDetailsElement>();
  private printQuery: MediaQueryList | undefined;

  constructor(host: ReactiveElement, page: number, sentinelSelector: string) {
    this.host = host;
    this.page = page;
    this.limit = page;
    this.sentinel = sentinelSelector;
    host.addController(this);
  }

  /** The number of items to draw: all of them while printing. */
  get shown(): number {
    return this.printing ? Infinity : this.limit;
  }

  /** Back to the first page (the list changed). */
  reset() {
    this.limit = this.page;
  }

  /** Draws at least up to the item at `index`, in whole pages. */
  reveal(index: number) {
    this.limit = Math.max(this.limit, Math.ceil((index + 1) / this.page) * this.page);
  }

  /** Draws one more page; returns the index of its first item. */
  more(): number {
    const first = this.limit;
    this.limit += this.page;
    this.host.requestUpdate();
    return first;
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    // Headless PDF printing emulates the print medium without firing beforeprint.
    this.printQuery ??= window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrintQuery);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintQuery);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated() {
    // Observing afresh reports the current state at once, so a sentinel still in view after a page loads the next.
    this.observer?.disconnect();
    const sentinel = this.printing ? null : this.host.renderRoot?.querySelector(this.sentinel);
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(this.onIntersect, { rootMargin: '0px 0px 300px 0px' });
    this.observer.observe(sentinel);
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    if (!this.printing && entries.some((e) => e.isIntersecting)) this.more();
  };

  private readonly onPrintQuery = (event: MediaQueryListEvent) =>
    event.matches ? this.beforePrint() : this.afterPrint();

  private readonly beforePrint = () => {
    if (this.printing) return;
    this.printing = true;
    this.host.requestUpdate();
    // The update runs in the microtask checkpoint right after this listener, before the page is laid out for print.
    void this.host.updateComplete.then(() => {
      if (!this.printing) return;
      for (const details of this.host.renderRoot.querySelectorAll('details')) {
        if (details.open) continue;
        details.open = true;
        this.opened.add(details);
      }
    });
  };

  private readonly afterPrint = () => {
    if (!this.printing) return;
    this.printing = false;
    for (const details of this.opened) details.open = false;
    this.opened.clear();
    this.host.requestUpdate();
  };
}
