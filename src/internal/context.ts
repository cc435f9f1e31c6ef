import { createContext } from '@lit/context';
import type { Summit } from '../data/types.js';
import type { SummitDataError } from '../data/errors.js';
import type { Selection } from '../data/views.js';
import type { SummitSelectTarget } from '../events/events.js';

export type SummitStatus = 'idle' | 'pending' | 'complete' | 'error';

/** What `<summit-data>` hands to the widgets inside it. */
export interface SummitState {
  readonly status: SummitStatus;
  readonly summit?: Summit | undefined;
  readonly error?: SummitDataError | undefined;
  readonly selection: Selection;
  /** Applies a reader's choice: choosing the selected item again clears it. */
  select(target: SummitSelectTarget): void;
}

// A string key (not a Symbol) so two copies of the library on one page still link up.
export const summitContext = createContext<SummitState>('summit-widgets/summit@1');

/** Whether choosing `target` selects it (false: it is selected already, and choosing it again clears it). */
export const selects = (selection: Selection, target: SummitSelectTarget): boolean =>
  selection[target.kind] !== target.id;

/** Choosing the selected item again clears it (its key goes); a new choice replaces the same kind. */
export function toggleSelection(selection: Selection, target: SummitSelectTarget): Selection {
  const next = { ...selection };
  if (selects(selection, target)) next[target.kind] = target.id;
  else delete next[target.kind];
  return next;
}
