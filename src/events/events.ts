import type { SummitDataError } from '../data/errors.js';

/** What a reader picked in a widget. */
export type SummitSelectTarget =
  { readonly kind: 'sector'; readonly id: string } | { readonly kind: 'leader'; readonly id: string };

/**
 * A reader chose a sector or a leader. Bubbles out of shadow roots. Cancel it
 * (`preventDefault()`) to stop the widget or its `<summit-data>` from
 * applying the selection.
 */
export class SummitSelectEvent extends Event {
  readonly kind: SummitSelectTarget['kind'];
  readonly id: string;
  /** True when the choice selects the item; false when the reader chose the selected item again, which clears it. */
  readonly selected: boolean;

  constructor(target: SummitSelectTarget, selected = true) {
    super('summit-select', { bubbles: true, composed: true, cancelable: true });
    this.kind = target.kind;
    this.id = target.id;
    this.selected = selected;
  }
}

/** The dataset could not be loaded or is invalid; `error.issues` lists where. */
export class SummitErrorEvent extends Event {
  readonly error: SummitDataError;

  constructor(error: SummitDataError) {
    super('summit-error', { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-select': SummitSelectEvent;
    'summit-error': SummitErrorEvent;
  }
}
