import { ContextProvider } from '@lit/context';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { formatIssue, type SummitDataError } from '../../data/errors.js';
import type { Summit } from '../../data/types.js';
import { indexOf, type Selection } from '../../data/views.js';
import { received } from '../../data/check.js';
import { SummitSelectionChangeEvent, type SummitSelectTarget } from '../../events/events.js';
import { summitContext, toggleSelection, type SummitState } from '../../internal/context.js';
import { SummitDataElement } from '../../internal/summit-element.js';
import { errorTitle, loadingText } from '../../internal/data-controller.js';
import { visuallyHidden } from '../../internal/visually-hidden.styles.js';
import { fillsSpace } from '../../internal/tokens.styles.js';

/**
 * @summary Loads one summit dataset, validates it once, and shares it and the reader's selection with every widget inside.
 *
 * Widgets inside one `<summit-data>` stay in step: choosing a sector in the
 * cloud or a leader in the roster filters the timeline; choosing it again
 * clears the filter. Two providers on one page are independent.
 *
 * @fires {SummitErrorEvent} summit-error - The dataset could not be loaded or is invalid.
 * @fires {SummitSelectEvent} summit-select - A widget inside chose a sector or leader: the event bubbles from it
 *   through the provider; cancel it to keep the selection as it is.
 * @fires {SummitSelectionChangeEvent} summit-selection-change - The selection changed and is applied (a reader's
 *   choice, a Clear filter, a new dataset without what was chosen); not for a `selection` the page sets.
 * @fires {SummitLoadEvent} summit-load - The dataset was loaded and validated, and is shown (`event.summit`).
 *
 * @slot - The widgets that share this dataset, and any other content.
 */
@customElement('summit-data')
export class SummitData extends SummitDataElement {
  static override styles = [
    visuallyHidden,
    fillsSpace,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      /* Custom properties inherit into the widgets' shadow roots. */
      :host([theme='dark']) {
        --summit-color-scheme: dark;
        --_summit-pad: calc(0.75 * max(1rem, 16px));
      }
      :host([theme='light']) {
        --summit-color-scheme: light;
        --_summit-pad: 0;
      }
    `,
  ];

  /**
   * The shared selection: `{sector?, leader?}`. Set it to preselect. A new dataset keeps what it still has (the same
   * ids) and drops the rest. `summit-selection-change` says when a reader (or a new dataset) changed it.
   */
  @property({ attribute: false }) selection: Selection = {};

  /** Set when the selection changed from inside (a reader's choice, a new dataset), until the event says so. */
  private changedInside = false;

  private readonly provider = new ContextProvider(this, { context: summitContext });
  private lastSummit: Summit | undefined;

  private readonly select = (target: SummitSelectTarget) => {
    // What the page set may not be an object yet (the update that makes it one has not run).
    this.selection = toggleSelection(asSelection(this.selection) ?? {}, target);
    this.changedInside = true;
  };

  protected override willUpdate(changed: PropertyValues<this>) {
    // No selection from the page's script (null or undefined: `history.state?.selection` on a first visit) is nothing
    // chosen; what is not an object is warned of, and nothing chosen too.
    if (!asSelection(this.selection)) {
      const given: unknown = this.selection;
      if (given) {
        this.warn(`selection ${received(given)} is not an object such as {"sector": "energy"}: nothing is chosen`);
      }
      this.selection = {};
    }
    const { status, summit, error } = this.summitData;
    // A new dataset (not one going while another loads): what it lacks of the selection goes.
    const arrived = !!summit && summit !== this.lastSummit;
    if (arrived) {
      const gone = this.lastSummit && !changed.has('selection') ? lacking(summit, this.selection) : [];
      if (gone.length) {
        const kept = { ...this.selection };
        for (const kind of gone) delete kept[kind];
        [this.selection, this.changedInside] = [kept, true];
      }
      this.lastSummit = summit;
    }
    // A selection the page set (restored from a URL, say) that names what this dataset lacks filters out everything.
    if (summit && (arrived || changed.has('selection'))) {
      for (const kind of lacking(summit, this.selection)) {
        this.warn(
          `selection.${kind} ${received(this.selection[kind])} is not a ${kind} of this dataset: it matches no proposal`,
        );
      }
    }
    const current = this.provider.value;
    if (
      !current ||
      current.status !== status ||
      current.summit !== summit ||
      current.error !== error ||
      current.selection !== this.selection
    ) {
      const state: SummitState = { status, summit, error, selection: this.selection, select: this.select };
      this.provider.setValue(state);
    }
  }

  // A change applied while the provider was out of the page (a cached view given a new dataset) is said once it is
  // back, where the page's listeners hear it.
  override connectedCallback() {
    super.connectedCallback();
    if (this.changedInside) this.requestUpdate();
  }

  protected override updated() {
    if (!this.changedInside || !this.isConnected) return;
    this.changedInside = false;
    this.dispatchEvent(new SummitSelectionChangeEvent(this.selection));
  }

  /**
   * The widgets inside show the loading and error states without announcing them; these two live regions
   * (present from the start, so a change is announced) say it once for all of them.
   */
  override render() {
    const { status, error, isOwn } = this.summitData;
    // One inside another with no dataset of its own shows the outer one's, which announces it.
    const say = this.announcing && isOwn;
    return html`<slot></slot>
      <div class="visually-hidden" role="status" lang=${ifDefined(this.uiLang)}>
        ${say && status === 'pending' ? loadingText() : ''}
      </div>
      <div class="visually-hidden" role="alert" lang=${ifDefined(this.uiLang)}>
        ${say && error ? alertText(error) : ''}
      </div>`;
  }

  /**
   * False until the empty regions have been drawn once (a frame, then a task): what they say next is a change, which
   * assistive tech announces; text present when a region first appears usually is not.
   */
  private announcing = false;

  protected override firstUpdated() {
    const start = () => {
      this.announcing = true;
      this.requestUpdate();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 50));
    else start();
  }
}

/** What the page's script set as the selection, where it is an object: null, undefined or a string is none. */
const asSelection = (given: unknown): Selection | undefined =>
  typeof given === 'object' && given !== null ? (given as Selection) : undefined;

/** The kinds of `selection` that name what `summit` lacks. */
function lacking(summit: Summit, selection: Selection): ('sector' | 'leader')[] {
  const { sectors, leaders } = indexOf(summit);
  return (['sector', 'leader'] as const).filter((kind) => {
    const id = selection[kind];
    // "" (a select's empty choice) and null choose nothing.
    return id !== undefined && id !== null && id !== '' && !(kind === 'sector' ? sectors : leaders).has(id);
  });
}

/**
 * What the provider's alert says: the title, the first issue (the data layer's words: English, marked so a screen
 * reader voices it so on any page) and, where there are more, how many in all (the widgets list them).
 */
function alertText(error: SummitDataError) {
  const count = error.issues.length;
  const issue = formatIssue(error.issues[0]!);
  return html`${errorTitle()} <span lang="en" dir="ltr">${issue}</span>${
      count > 1 ? html`${/[.?!]$/.test(issue) ? '' : '.'} ${msg(str`Problems in all: ${count}.`)}` : nothing
    }`;
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-data': SummitData;
  }
}
