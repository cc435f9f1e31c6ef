import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Renders a long list a page at a time: the host draws the first `shown`
 * items and a sentinel (its "Show more" row) after them. A list of up to `page`
 * items is drawn whole; a longer one starts with `first` (enough to fill a screen,
 * so its first frame comes as soon as a short list's) and grows by `page`. While the sentinel
 * is in (or near) view another page follows, so scrolling never meets the
 * end early; but not while keyboard focus is inside the host: a keyboard
 * reader tabbing on would push the end (and its button) away for ever, so
 * they get the button, and can leave the list. (Focus a click leaves on a
 * chip or a disclosure does not count: scrolling goes on loading.) Printing draws everything and opens every `<details>`, because
 * paper has no "Show more" button and CSS cannot open a disclosure.
 */
export class ProgressiveController implements ReactiveController {
  /** True while the page prints: the host draws every item. */
  printing = false;

  private limit: number;
  private observer: IntersectionObserver | undefined;
  private printQuery: MediaQueryList | undefined;
  private opened: HTMLDetailsElement[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly first: number,
    private readonly page: number,
    private readonly sentinel: string,
  ) {
    this.limit = first;
    host.addController(this);
  }

  /** The number of items to draw: all of them while printing. */
  get shown(): number {
    return this.printing ? Infinity : this.limit;
  }

  /** Back to the first page: the list changed, and has `total` items now. */
  reset(total: number) {
    this.limit = total > this.page ? this.first : this.page;
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

  /** Whether focus is inside the host and shown as keyboard focus (`:focus-visible`). */
  private keyboardInside(): boolean {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    return !!active?.matches(':focus-visible');
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.printQuery?.removeEventListener('change', this.onPrint);
    this.observer?.disconnect();
  }

  hostUpdated() {
    this.observer?.disconnect();
    const root = this.host.renderRoot;
    if (this.printing) {
      // Runs right after the update, in the same microtask checkpoint: before the page is laid out for print.
      for (const details of root.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
        details.open = true;
        this.opened.push(details);
      }
      return;
    }
    // Observing afresh reports the current state at once, so a sentinel still in view after a page loads the next.
    const sentinel = root.querySelector(this.sentinel);
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && !this.keyboardInside() && this.more(),
      { rootMargin: '0px 0px 300px 0px' },
    );
    this.observer.observe(sentinel);
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
