import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../internal/define.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Proposal, Summit } from '../../data/types.js';
import { timeline, type Selection } from '../../data/views.js';
import type { TimelineBucket } from '../../data/when.js';
import { heading } from '../../internal/heading.js';
import { SummitElement } from '../../internal/summit-element.js';
import {
  bucketView,
  describeFilter,
  entryView,
  formatters,
  type BucketView,
  type EntryView,
  type Formatters,
} from './format.js';
import { ProgressiveController } from './progressive.js';
import { styles } from './proposal-timeline.styles.js';
import { entryTemplate, groupLabel } from './templates.js';

/** Position of a proposal in the buckets' order, or -1. */
function indexIn(buckets: readonly TimelineBucket[], id: string): number {
  let index = 0;
  for (const b of buckets) {
    const i = b.items.findIndex((p) => p.id === id);
    if (i >= 0) return index + i;
    index += b.items.length;
  }
  return -1;
}

/** Entries drawn at first and added per "Show more": enough to fill a screen, few enough to draw at once. */
const PAGE = 60;

/**
 * @summary The summit's proposals and decisions on a time line: at the summit, next year, by 2040, recurring, undated.
 *
 * Each entry says who proposed or supported it, where, when (in the source's
 * words), its sectors, and the verbatim evidence from the source. The
 * `sector` and `leader` attributes filter it, together with the selection of
 * an enclosing `<summit-data>` (or of the element's own sector chips).
 * Long lists are drawn a page at a time; printing draws everything.
 *
 * @fires summit-select - A sector chip was chosen; `kind` is `sector`, `id` the sector id.
 * @fires summit-error - The dataset could not be loaded or is invalid.
 *
 * @slot - Fallback content shown before the element upgrades (and without JavaScript).
 *
 * @csspart heading - The widget's heading.
 * @csspart filter - The row with the count, the active filter and the "Clear filter" button.
 * @csspart count - The live count ("Showing 5 of 26 proposals · Sector: Energy").
 * @csspart clear-button - The "Clear filter" button.
 * @csspart timeline - The container of all groups.
 * @csspart group - One time group (e.g. "Next year · 2026").
 * @csspart group-heading - The heading of a group.
 * @csspart list - The list of entries in a group.
 * @csspart item - One entry.
 * @csspart headline - The headline of an entry.
 * @csspart kind - The kind of an entry in words (Proposed, Supported, Welcomed, Emphasized).
 * @csspart chip - A sector button.
 * @csspart evidence - The "Evidence from the source" disclosure.
 * @csspart quote - One verbatim quote of the source.
 * @csspart more - The row with the "Show more" button.
 * @csspart more-button - The "Show more" button.
 * @csspart message - Loading, error and empty messages.
 *
 * @cssprop [--summit-timeline-gap=0.75rem] - Space between entries.
 * @cssprop [--summit-timeline-group-gap=1.75rem] - Space between time groups.
 * @cssprop [--summit-timeline-label-width=minmax(8rem, 13rem)] - Width of the group label column on wide containers.
 * @cssprop [--summit-timeline-line-color=#d4d4d0] - Colour of the time line (defaults to the border token).
 * @cssprop [--summit-timeline-line-width=2px] - Width of the time line.
 * @cssprop [--summit-timeline-marker-color=#0b5cad] - Colour of the entry markers (defaults to the accent token).
 * @cssprop [--summit-timeline-marker-size=0.875rem] - Diameter of the entry markers.
 */
@customElement('summit-proposal-timeline')
export class SummitProposalTimeline extends SummitElement {
  static override styles = styles;

  /** Shows only proposals tagged with this sector id, whatever the reader selects. */
  @property() sector = '';

  /** Shows only proposals this leader id proposed or supported, whatever the reader selects. */
  @property() leader = '';

  private readonly pages = new ProgressiveController(this, PAGE, '.more');

  // Derived in willUpdate.
  private buckets: readonly TimelineBucket[] = [];
  private groups: readonly BucketView[] = [];
  private matching = 0;
  private shown = 0;
  private filterText = '';
  private countText = '';
  private clearable = false;

  // Caches: formatted entries per dataset and locale; the buckets per filter.
  private summit: Summit | undefined;
  private format: Formatters | undefined;
  private formatLocale = '';
  private entries = new WeakMap<Proposal, EntryView>();
  private filterKey = '';
  private focusEntry = -1;
  private keep: string | undefined;

  protected override willUpdate() {
    const summit = this.summitData.summit;
    if (!summit) return;
    const selection = this.summitData.selection;
    const filter: Selection = {
      sector: this.sector || selection.sector || undefined,
      leader: this.leader || selection.leader || undefined,
    };
    const locale = this.locale;
    if (summit !== this.summit || locale !== this.formatLocale) {
      this.format = formatters(locale);
      this.formatLocale = locale;
      this.entries = new WeakMap();
    }
    const key = `${filter.sector ?? ''}\n${filter.leader ?? ''}`;
    if (summit !== this.summit || key !== this.filterKey) {
      this.buckets = timeline(summit, filter);
      this.matching = this.buckets.reduce((n, b) => n + b.items.length, 0);
      this.filterKey = key;
      this.pages.reset();
      // The entry whose chip changed the filter stays drawn, so its chip keeps the focus.
      if (this.keep) this.pages.reveal(indexIn(this.buckets, this.keep));
      this.keep = undefined;
    }
    this.summit = summit;
    this.filterText = describeFilter(summit, filter);
    this.clearable = (!this.sector && !!selection.sector) || (!this.leader && !!selection.leader);
    this.groups = this.slice(summit, this.format!);
    const n = this.format!.number;
    const total = summit.proposals.length;
    this.countText = this.filterText
      ? `${msg(str`Showing ${n.format(this.matching)} of ${n.format(total)} proposals`)} · ${this.filterText}`
      : total === 1
        ? msg('1 proposal')
        : msg(str`${n.format(total)} proposals`);
  }

  /** The buckets cut to the entries drawn now, in bucket order. */
  private slice(summit: Summit, f: Formatters): BucketView[] {
    let room = this.pages.shown;
    this.shown = 0;
    const out: BucketView[] = [];
    for (const bucket of this.buckets) {
      if (room <= 0) break;
      const items = bucket.items.slice(0, room);
      room -= items.length;
      this.shown += items.length;
      out.push(
        bucketView(
          bucket,
          f,
          items.map((p) => this.entry(summit, p, f)),
        ),
      );
    }
    return out;
  }

  private entry(summit: Summit, p: Proposal, f: Formatters): EntryView {
    let view = this.entries.get(p);
    if (!view) this.entries.set(p, (view = entryView(summit, p, f)));
    return view;
  }

  override render() {
    return this.summitData.render(() => this.renderTimeline());
  }

  protected override updated() {
    if (this.focusEntry < 0) return;
    // After "Show more", focus moves to the first new entry so keyboard users continue where the list grew.
    const entry = this.renderRoot.querySelectorAll('.entry')[this.focusEntry];
    const target = entry?.querySelector<HTMLElement>('[part="headline"]');
    this.focusEntry = -1;
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  private renderTimeline() {
    const n = this.format!.number;
    const remaining = this.matching - this.shown;
    return html`${heading(this.headingLevel, this.heading || msg('Proposals and decisions'))}
      <div part="filter" class="filter">
        <p part="count" class="count" aria-live="polite" tabindex="-1">${this.countText}</p>
        ${
          this.clearable
            ? html`<button part="clear-button" class="button" type="button" @click=${this.clear}>
                ${msg('Clear filter')}
              </button>`
            : nothing
        }
      </div>
      ${
        this.matching === 0
          ? html`<p part="message" class="message" role="status">
              ${
                this.filterText
                  ? msg(str`No proposals match the filter: ${this.filterText}.`)
                  : msg('No proposals listed.')
              }
            </p>`
          : html`<div part="timeline" class="timeline">
              ${repeat(
                this.groups,
                (g) => g.key,
                (g) => this.renderGroup(g),
              )}
            </div>`
      }
      ${
        remaining > 0
          ? html`<div part="more" class="more">
              <div class="more-row">
                <button part="more-button" class="button" type="button" @click=${this.showMore}>
                  ${msg(str`Show ${n.format(Math.min(PAGE, remaining))} more`)}
                </button>
                <span class="progress"> ${msg(str`${n.format(this.shown)} of ${n.format(this.matching)} shown`)} </span>
              </div>
            </div>`
          : nothing
      }`;
  }

  private renderGroup(g: BucketView) {
    const level = this.headingLevel;
    const selected = this.summitData.selection.sector;
    return html`<section part="group" class="group" data-kind=${g.kind}>
      <div class="label">${heading(level + 1, groupLabel(g), 'group-heading')}</div>
      <ol part="list" class="entries" role="list">
        ${repeat(
          g.entries,
          (e) => e.id,
          (e) => entryTemplate(e, level + 2, selected, this.onChip),
        )}
      </ol>
    </section>`;
  }

  private readonly onChip = (event: Event) => {
    const { sector, entry } = (event.currentTarget as HTMLElement).dataset;
    if (!sector) return;
    this.keep = entry;
    this.summitData.select({ kind: 'sector', id: sector });
  };

  /** Clears the reader's selection (choosing the selected item again clears it); attribute filters stay. */
  private readonly clear = async () => {
    const selection = this.summitData.selection;
    if (!this.sector && selection.sector) this.summitData.select({ kind: 'sector', id: selection.sector });
    if (!this.leader && selection.leader) this.summitData.select({ kind: 'leader', id: selection.leader });
    await this.updateComplete;
    // The button is gone: keep focus in the widget, on the count that now says what is shown.
    this.renderRoot.querySelector<HTMLElement>('.count')?.focus();
  };

  private readonly showMore = () => {
    this.focusEntry = this.pages.more();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-proposal-timeline': SummitProposalTimeline;
  }
}
