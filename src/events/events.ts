import type { SummitDataError } from '../data/errors.js';
import type { Summit } from '../data/types.js';
import type { Selection } from '../data/views.js';

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

/**
 * A dataset was loaded and validated, and is shown: fired by the element that loads it (a widget with its own data or
 * `src`, or the `<summit-data>` around a group), each time its dataset is a new one.
 */
export class SummitLoadEvent extends Event {
  /** The validated dataset (frozen), as the element's `summit` property gives it. */
  readonly summit: Summit;

  constructor(summit: Summit) {
    super('summit-load', { bubbles: true, composed: true });
    this.summit = summit;
  }
}

/**
 * The selection of a `<summit-data>` changed, and is applied: a reader chose or cleared (once for a Clear filter that
 * clears both kinds), or a new dataset lacks what was chosen. Not fired for a `selection` the page sets itself.
 */
export class SummitSelectionChangeEvent extends Event {
  /** The selection now, as the provider's `selection` property gives it. */
  readonly selection: Selection;

  constructor(selection: Selection) {
    super('summit-selection-change', { bubbles: true, composed: true });
    this.selection = selection;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-select': SummitSelectEvent;
    'summit-error': SummitErrorEvent;
    'summit-load': SummitLoadEvent;
    'summit-selection-change': SummitSelectionChangeEvent;
  }
}
