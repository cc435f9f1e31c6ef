import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * One Tab stop per list: arrow keys, Home and End move focus between the
 * items matched by `selector` inside the host's shadow root (WAI-ARIA
 * roving tabindex). The item last focused keeps the Tab stop.
 * Left and Right go back and on in reading order (which a right-to-left page
 * reverses: there Left goes on); Up and Down go to the
 * nearest item above or below as drawn (the next row of a grid, the word
 * under this one in a cloud; in a single column, the same as Left and Right).
 * The Tab stop follows the item, not its position: when the list changes around it, it stays on the same item (an
 * item that is gone leaves it at the same position).
 */
export class RovingFocusController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly selector: string;
  private current = 0;
  private currentItem: HTMLElement | undefined;

  constructor(host: ReactiveElement, selector: string) {
    this.host = host;
    this.selector = selector;
    host.addController(this);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // Alt+Left (back), Ctrl+Home and the like are the browser's or the screen reader's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.items();
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    if (index < 0) return;
    const last = items.length - 1;
    // Reading order runs the other way in a right-to-left layout: there Left goes on and Right goes back. The
    // layout's direction (the widget's box, which follows the dataset's language), not the item's: an item may
    // take its own from its text (dir="auto").
    const box = this.host.shadowRoot?.querySelector('.ui') ?? this.host;
    const on = getComputedStyle(box).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowUp'
        ? nearest(items, index, event.key === 'ArrowDown' ? 1 : -1)
        : event.key === on
          ? Math.min(index + 1, last)
          : event.key === 'ArrowLeft' || event.key === 'ArrowRight'
            ? Math.max(index - 1, 0)
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : -1;
    if (next < 0) return;
    event.preventDefault();
    this.focus(next);
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const item = event.composedPath()[0] as HTMLElement;
    const index = this.items().indexOf(item);
    if (index >= 0 && item !== this.currentItem) {
      this.current = index;
      this.currentItem = item;
      this.sync();
    }
  };

  hostConnected() {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected() {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdated() {
    this.sync();
  }

  private items(): HTMLElement[] {
    return [...(this.host.renderRoot?.querySelectorAll<HTMLElement>(this.selector) ?? [])];
  }

  private focus(index: number) {
    this.current = index;
    this.currentItem = this.items()[index];
    this.sync();
    this.currentItem?.focus();
  }

  /** Gives `item` (one of the items) the Tab stop and the focus. */
  focusItem(item: HTMLElement) {
    const index = this.items().indexOf(item);
    if (index >= 0) this.focus(index);
  }

  private sync() {
    const items = this.items();
    // The item the reader last focused, wherever it is now; else (never focused, or gone) the same position.
    const at = this.currentItem ? items.indexOf(this.currentItem) : -1;
    if (at >= 0) this.current = at;
    else if (this.current >= items.length) this.current = Math.max(0, items.length - 1);
    items.forEach((item, i) => {
      // The attribute, not the property: a heading reads -1 without one, yet is not focusable until given it.
      const tabIndex = i === this.current ? '0' : '-1';
      if (item.getAttribute('tabindex') !== tabIndex) item.setAttribute('tabindex', tabIndex);
    });
  }
}

/**
 * The item nearest below (`dir` 1) or above (-1) item `index`, as drawn: of those that start below its middle (or
 * end above it), the one closest by vertical distance plus twice the horizontal, so the same column of the next row
 * wins. Without one, `index` itself (the edge is reached).
 */
function nearest(items: readonly HTMLElement[], index: number, dir: 1 | -1): number {
  const from = items[index]!.getBoundingClientRect();
  const x = from.left + from.width / 2;
  const y = from.top + from.height / 2;
  let best = index;
  let score = Infinity;
  items.forEach((item, i) => {
    const r = item.getBoundingClientRect();
    const dy = dir > 0 ? r.top - y : y - r.bottom;
    if (i === index || dy < 0) return;
    const s = dy + 2 * Math.abs(r.left + r.width / 2 - x);
    if (s < score) {
      best = i;
      score = s;
    }
  });
  return best;
}
