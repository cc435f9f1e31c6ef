import { msg, str } from '@lit/localize';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Summit } from '../../data/types.js';
import { received } from '../../data/check.js';
import { filterProposals, indexOf, timeline, type Selection } from '../../data/views.js';
import type { TimelineBucket } from '../../data/when.js';
import { customElement } from '../../internal/define.js';
import { headingLevel } from '../../internal/heading.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { SummitElement, textAttribute } from '../../internal/summit-element.js';
import { formatNumber, validLocale } from '../intl.js';
import { unknownId } from '../unknown-id.js';
import { bucketView, describeFilter, entryView, type BucketView } from './format.js';
import { ProgressiveController } from './progressive.js';
import { styles } from './proposal-timeline.styles.js';
import { groupTemplate, type EntryContext } from './templates.js';

/** The id of the entry an element belongs to. */
const entryOf = (el: Element) => el.closest<HTMLElement>('.entry')?.dataset.entry;

/**
 * Up to PAGE entries are drawn at once (a summit's proposals, mostly; 30 entries are about 9,000 px tall on a phone). A
 * longer list starts with FIRST (about 2,000 px of entries, more than a tall screen shows), so it shows its first
 * screen as soon as a short list does; "Show more" adds PAGE at a time.
 */
const FIRST = 10;
const PAGE = 30;

/**
 * @summary The summit's proposals and decisions on a time line: at the summit, next year, by 2040, recurring, undated.
 *
 * Each entry says who proposed or supported it, where, when (in the source's
 * words), its sectors, and the verbatim evidence from the source. The
 * `sector` and `leader` attributes filter it, together with the selection of
 * an enclosing `<summit-data>` (or of the element's own sector chips).
 * Groups run in time order, each at the last day it can refer to: what is dated within a month or a year comes
 * before the month or the year as a whole, and a deadline ("by 2030") after everything dated in its year.
 * Long lists are drawn a page at a time ("Show more"); printing draws everything.
 *
 * @fires {SummitSelectEvent} summit-select - A sector chip was chosen (`kind` is `sector`, `id` the sector id, `selected` false when choosing the chosen one again clears it), or Clear filter (one event per kind it clears, the sector's first, then the leader's, each with `selected` false).
 * @fires {SummitErrorEvent} summit-error - Its own dataset (`src`, `data` or inline JSON) could not be loaded or is invalid; inside
 *   `<summit-data>` the provider fires it instead.
 * @fires {SummitLoadEvent} summit-load - Its own dataset was loaded and validated, and is shown (`event.summit`); inside
 *   `<summit-data>` the provider fires it instead.
 *
 * @slot - Fallback content the page writes inside the element: shown without JavaScript, before the element upgrades,
 *   and under the loading and error messages; hidden once the dataset is shown.
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
 * @csspart entry - The box of one entry.
 * @csspart kind - The kind of an entry in words (Proposed, Supported, Welcomed, Emphasized).
 * @csspart summary - The summary of an entry.
 * @csspart term - The label of one of an entry's facts ("Proposed by", "When", "Sectors").
 * @csspart value - The value of one of an entry's facts.
 * @csspart chip - A sector button.
 * @csspart chosen - Also on the chip of the sector the timeline is filtered by: `::part(chip chosen)`.
 * @csspart evidence - The "Evidence from the source" disclosure.
 * @csspart quote - One verbatim quote of the source.
 * @csspart more - The row with the "Show more" button.
 * @csspart more-button - The "Show more" button.
 * @csspart chosen-leader - The chosen leader where an entry names them (a `<mark>`): why it is shown.
 * @csspart message - Loading, error and empty messages.
 * @csspart status - The loading and empty messages (also `message`).
 * @csspart error - The error message (also `message`).
 * @csspart retry-button - "Try again", in the error message where the load may pass (no network, a timeout, a server error).
 *
 * @cssprop [--summit-timeline-gap=0.75rem] - Space between entries.
 * @cssprop [--summit-timeline-group-gap=1.75rem] - Space between time groups.
 * @cssprop [--summit-timeline-label-width=minmax(8rem, 13rem)] - Width of the group label column on wide containers.
 * @cssprop [--summit-timeline-sticky-top=0px] - Where the group labels stop as the reader scrolls (on wide containers):
 *   the height of the page's own sticky header, if it has one.
 * @cssprop [--summit-timeline-line-color=#d4d4d0] - Colour of the time line (defaults to the border token).
 * @cssprop [--summit-timeline-line-width=2px] - Width of the time line.
 * @cssprop [--summit-timeline-marker-color=#0b5cad] - Colour of the entry markers (defaults to the accent token).
 * @cssprop [--summit-timeline-marker-size=0.875rem] - Diameter of the entry markers.
 */
@customElement('summit-proposal-timeline')
export class SummitProposalTimeline extends SummitElement {
  static override styles = styles;

  /** Shows only proposals tagged with this sector id, whatever the reader selects. */
  @property({ converter: textAttribute }) sector = '';

  /**
   * Shows only the proposals of this leader id (those they proposed or supported, and their country's initiatives),
   * whatever the reader selects.
   */
  @property({ converter: textAttribute }) leader = '';

  private readonly pages = new ProgressiveController(this, FIRST, PAGE);

  /** Arrow keys, Home and End move between entries (their headlines); Tab goes on into an entry's controls. */
  private readonly roving = new RovingFocusController(this, '[part="headline"]');

  // Derived in willUpdate.
  private buckets: readonly TimelineBucket[] = [];
  private groups: readonly BucketView[] = [];
  private formatLocale = 'en';
  private matching = 0;
  private shown = 0;
  private filterText: TemplateResult | undefined;
  private countText: unknown = '';
  private clearable = false;
  /** What the page's `sector` or `leader` names that the dataset lacks, in words: a typo there filters out everything. */
  private unknown = '';

  private shownSummit: Summit | undefined;
  private filterKey = '';
  private focusEntry = -1;
  private keep: string | undefined;
  /** The chip that had focus when it changed the filter: it keeps the focus, though the list moves its entry. */
  private keepFocus: HTMLElement | undefined;
  /** The chip a reader chose with, and where it was on screen: it stays there as the list changes around it. */
  private keepAt: { chip: HTMLElement; top: number } | undefined;
  private refocus: HTMLElement | undefined;
  /** Entries whose evidence the reader opened: their quotes are drawn from then on. */
  private readonly opened = new Set<string>();
  /** How many entries were drawn of each list the reader left (by filter), for when they come back to it. */
  private readonly reached = new Map<string, number>();
  /** Server-rendered output carries every quote, for readers without JavaScript; hydration keeps them. */
  private allEvidence = isServer;

  protected override willUpdate(changed: PropertyValues<this>) {
    // Set from script to something that is not an id (an object, say): left out, and the console says so.
    for (const key of ['sector', 'leader'] as const) {
      const value: unknown = this[key];
      if (changed.has(key) && value != null && typeof value !== 'string') {
        this.warn(`${key} must be a ${key} id (text), got ${received(value)}: it filters nothing`);
        this[key] = '';
      }
    }
    const summit = this.summitData.summit;
    if (!summit) return;
    if (!this.allEvidence && !this.hasUpdated && this.renderRoot.querySelector('blockquote')) this.allEvidence = true;
    const selection = this.summitData.selection;
    const filter = this.filterFor(selection);
    for (const kind of ['sector', 'leader'] as const) {
      const [fixed, chosen] = [this[kind], selection[kind]];
      if (fixed && chosen && fixed !== chosen && !this.overridden.has(kind)) {
        this.overridden.add(kind);
        this.warn(
          `${kind}="${fixed}" fixes what this timeline shows: the reader's choice of "${chosen}" in its <summit-data> does not change it (remove the attribute for a timeline that follows the reader)`,
        );
      }
    }
    const locale = (this.formatLocale = validLocale(this.locale));
    const key = `${filter.sector ?? ''}\n${filter.leader ?? ''}`;
    // What a chip asked for holds for this update only: a filter the page's attributes fix does not change.
    const { keep, keepFocus } = this;
    this.keep = this.keepFocus = undefined;
    if (summit !== this.shownSummit || key !== this.filterKey) {
      // How far the reader had drawn the list they leave: coming back to it (clearing a filter) draws as far again.
      if (summit === this.shownSummit) this.reached.set(this.filterKey, this.pages.reached);
      else for (const seen of [this.opened, this.reached]) seen.clear();
      this.shownSummit = summit;
      this.buckets = timeline(summit, filter);
      this.matching = this.buckets.reduce((n, b) => n + b.items.length, 0);
      this.filterKey = key;
      // Server output carries every entry, for readers without JavaScript and for search engines (it has no Show
      // more that works); hydrating it draws the same, and keeps them.
      this.pages.reset(this.matching, !this.interactive);
      this.pages.resume(this.reached.get(key) ?? 0);
      // The entry whose chip changed the filter stays drawn, so its chip keeps the focus.
      if (keep) this.pages.reveal(this.buckets.flatMap((b) => b.items).findIndex((p) => p.id === keep));
      this.refocus = keepFocus;
    }
    this.filterText = describeFilter(summit, filter, this.dataLang(summit));
    this.unknown = unknownFilter(summit, this.sector, this.leader, this.locale);
    this.clearable = (!this.sector && !!selection.sector) || (!this.leader && !!selection.leader);
    // Only the entries drawn now are formatted: a page at a time, whatever the size of the dataset.
    let room = this.pages.shown;
    const groups: BucketView[] = [];
    const listLocale = summit.lang ? validLocale(summit.lang) : locale;
    for (const bucket of this.buckets) {
      if (room <= 0) break;
      const items = bucket.items.slice(0, room);
      room -= items.length;
      groups.push(
        bucketView(
          bucket,
          locale,
          items.map((p) => entryView(summit, p, locale, listLocale, filter.leader)),
        ),
      );
    }
    this.groups = groups;
    this.shown = Math.min(this.matching, this.pages.shown);
    const n = (x: number) => formatNumber(locale, x);
    const total = summit.proposals.length;
    this.countText = this.filterText
      ? html`${total === 1 ? msg(str`Showing ${n(this.matching)} of 1 proposal`) : msg(str`Showing ${n(this.matching)} of ${n(total)} proposals`)}
        · ${this.filterText}`
      : total === 1
        ? msg('1 proposal')
        : msg(str`${n(total)} proposals`);
  }

  override render() {
    const title = this.headingOf(msg('Proposals and decisions'));
    return this.summitData.render(() => this.renderTimeline(title), title);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const chip = this.refocus;
    this.refocus = undefined;
    // Moving a node in the DOM (the keyed list does, when the entries before it change) takes its focus away.
    if (chip?.isConnected && (this.renderRoot as ShadowRoot).activeElement !== chip)
      chip.focus({ preventScroll: true });
    // The entries above the chosen chip's went (and the filter's line came), and the widgets above it in its
    // <summit-data> changed too (a results bar, a cloud showing every sector): once they all have, before the frame, the
    // page scrolls by as much as the chip moved, so it stays under the reader's finger or pointer and what they were
    // reading stays on screen, as it does in the cloud; a focused one is then kept in view with its focus ring.
    const at = this.keepAt;
    this.keepAt = undefined;
    if (at || chip)
      requestAnimationFrame(() => {
        const moved = at?.chip.isConnected ? at.chip.getBoundingClientRect().top - at.top : 0;
        if (Math.abs(moved) >= 1) document.scrollingElement?.scrollBy({ top: moved, behavior: 'instant' });
        if (chip?.isConnected) chip.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    if (this.focusEntry < 0) return;
    // After "Show more", focus moves to the first new entry so keyboard users continue where the list grew.
    const entry = this.renderRoot.querySelectorAll('.entry')[this.focusEntry];
    const target = entry?.querySelector<HTMLElement>('[part="headline"]');
    this.focusEntry = -1;
    if (target) this.roving.focusItem(target);
  }

  private renderTimeline(title: unknown) {
    const remaining = this.matching - this.shown;
    const n = (x: number) => formatNumber(this.formatLocale, x);
    const all = this.allEvidence || this.pages.printing;
    const context: EntryContext = {
      // Under the widget's heading as drawn (a level of 1 or "x" is drawn as 2 or 3): groups one below, entries two.
      level: headingLevel(this.headingLevel) + 2,
      lang: this.shownSummit && this.dataLang(this.shownSummit),
      dateLang: this.pageLang,
      // The filter in force: the page's `sector` fixes it, and then the chips only name sectors.
      selected: this.sector || this.summitData.selection.sector,
      fixed: !!this.sector,
      onChip: this.onChip,
      interactive: this.interactive,
      evidence: (id) => all || this.opened.has(id),
    };
    return html`${title}
      <div part="filter" class="filter row">
        <p part="count" class="count" aria-live="polite" aria-atomic="true" dir="auto">${this.countText}</p>
        ${
          this.clearable && this.interactive
            ? html`<button part="clear-button" class="button" type="button" @click=${this.clear}>
                ${msg('Clear filter')}
              </button>`
            : nothing
        }
      </div>
      ${
        // Each entry's chips and evidence are Tab stops: one press takes the keyboard past them all.
        this.matching > 1 && this.interactive
          ? html`<button class="button skip until-focus" type="button" @click=${this.skip}>
              ${msg('Skip past the proposals')}
            </button>`
          : nothing
      }
      ${
        this.matching
          ? html`<div part="timeline" class="timeline" @toggle=${this.onToggle}>
              ${repeat(
                this.groups,
                (g) => g.key,
                (g) => groupTemplate(g, context),
              )}
            </div>`
          : this.unknown
            ? // The page's mistake, not news: shown where the list would be, not announced over the article.
              html`<p part="message error" class="message error" dir="auto">${this.unknown}</p>`
            : // Not a live region: the count above announces the change already.
              html`<p part="message" class="message" dir="auto">
                ${
                  this.filterText
                    ? msg(html`No proposals match the filter: ${this.filterText}.`)
                    : msg('No proposals listed.')
                }
              </p>`
      }
      ${
        this.matching > 1
          ? html`<p class="end until-focus" tabindex="-1" dir="auto">
              ${
                remaining > 0
                  ? msg(str`End of the proposals shown so far: ${n(this.shown)} of ${n(this.matching)}`)
                  : msg('End of the proposals')
              }
            </p>`
          : nothing
      }
      ${
        remaining > 0
          ? html`<div part="more" class="more">
              <div class="row">
                ${
                  this.interactive
                    ? html`<button part="more-button" class="button" type="button" @click=${this.showMore}>
                        ${msg(str`Show ${n(Math.min(PAGE, remaining))} more`)}
                      </button>`
                    : nothing
                }
                <span class="progress" dir="auto">${msg(str`${n(this.shown)} of ${n(this.matching)} shown`)}</span>
              </div>
            </div>`
          : nothing
      }`;
  }

  /** A disclosure opened: its quotes are drawn now. `toggle` does not bubble, so one listener captures it. */
  private readonly onToggle = {
    capture: true,
    handleEvent: (event: Event) => {
      const details = event.target as HTMLDetailsElement;
      const id = entryOf(details);
      // Printing opens every disclosure and draws every quote anyway.
      if (!details.open || !id || this.opened.has(id) || this.pages.printing) return;
      this.opened.add(id);
      this.requestUpdate();
    },
  };

  private readonly onChip = (event: Event) => {
    const chip = event.currentTarget as HTMLElement;
    const sector = chip.dataset.sector;
    if (!sector) return;
    this.keep = entryOf(chip);
    if ((this.renderRoot as ShadowRoot).activeElement === chip) this.keepFocus = chip;
    this.keepAt = { chip, top: chip.getBoundingClientRect().top };
    if (!this.summitData.select({ kind: 'sector', id: sector })) this.keep = this.keepFocus = this.keepAt = undefined;
  };

  /** Clears the reader's selection (choosing the selected item again clears it); attribute filters stay. */
  private readonly clear = async () => {
    const selection = this.summitData.selection;
    if (!this.sector && selection.sector) this.summitData.select({ kind: 'sector', id: selection.sector });
    if (!this.leader && selection.leader) this.summitData.select({ kind: 'leader', id: selection.leader });
    await this.updateComplete;
    // The button is gone: keep focus in the widget, on its heading (the count, a live region, says what is shown;
    // focused, it would be read twice).
    this.focusHeading();
  };

  /**
   * How many proposals this timeline shows for the `<summit-data>` whose dataset and selection these are (with its own
   * `sector` and `leader`), or undefined where it shows another (its own data, another provider's), is not on the
   * page (a hidden tab) or does not follow the reader's choice of `kind` (its own attribute names another): what a
   * roster's or cloud's results bar says.
   */
  proposalsFor(summit: Summit, selection: Selection, kind: 'leader' | 'sector'): number | undefined {
    if (summit !== this.summitData.summit || selection !== this.summitData.selection) return undefined;
    // Shown or not as its observer last saw it (asking the page here laid it out in the middle of a choice's redraw).
    if (this.wasShown === false || (this[kind] && this[kind] !== selection[kind])) return undefined;
    return filterProposals(summit, this.filterFor(selection)).length;
  }

  /** What it shows for the reader's `selection`: its own `sector` and `leader` attributes first. */
  private filterFor(selection: Selection): Selection {
    return {
      sector: this.sector || selection.sector || undefined,
      leader: this.leader || selection.leader || undefined,
    };
  }

  /** The kinds whose fixed filter has been said (once) to override a reader's choice. */
  private readonly overridden = new Set<'sector' | 'leader'>();

  /** The `<summit-data>` it is in, and whether it is shown (not in a hidden tab): what the results bars count on. */
  private group: Element | null = null;
  private wasShown: boolean | undefined;
  private seen?: ResizeObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.group = this.closest('summit-data');
    // A box of no size is not shown (display: none, here or around it).
    this.seen ??= new ResizeObserver(([entry]) => {
      const shown = entry!.contentRect.width > 0;
      if (shown === this.wasShown) return;
      this.wasShown = shown;
      this.barsAgain();
    });
    this.seen.observe(this);
  }

  override disconnectedCallback() {
    const { selection } = this.summitData;
    super.disconnectedCallback();
    this.seen?.disconnect();
    this.wasShown = undefined;
    this.barsAgain(selection);
  }

  /**
   * While the reader has chosen something, the widgets beside it in its `<summit-data>` are drawn again when it comes,
   * goes, shows or hides: a roster's or cloud's results bar says what it shows, and takes the reader to it.
   */
  private barsAgain({ leader, sector } = this.summitData.selection) {
    if (!leader && !sector) return;
    for (const el of this.group?.querySelectorAll('*') ?? []) {
      if (el !== this) (el as Partial<SummitElement>).requestUpdate?.();
    }
  }

  /** Brings the timeline into view at the top of the screen, the focus on its heading (a results bar's button). */
  showProposals() {
    this.focusHeading(false);
    this.scrollIntoView({ block: 'start' });
  }

  /**
   * Past the entries: focus goes to the end of the list (shown while focused), so Tab goes on to what follows. A Tab
   * stop while it has focus: from an element out of the Tab order, last in a shadow root, Chromium's next Tab goes
   * back to the first stop of that root (here, this button) instead of on.
   */
  private readonly skip = () => {
    const end = this.renderRoot.querySelector<HTMLElement>('.end');
    if (!end) return;
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  };

  private readonly showMore = () => {
    this.focusEntry = this.pages.more();
  };
}

/**
 * "No sector "x" in this dataset: did you mean "y"?", or "… Available: …", for a `sector` or `leader` attribute the
 * dataset lacks, else ''.
 */
function unknownFilter(summit: Summit, sector: string, leader: string, locale: string): string {
  const { sectors, leaders } = indexOf(summit);
  const named = (entries: ReadonlyMap<string, { name: string }>) =>
    [...entries].map(([id, e]) => [id, e.name] as const);
  let sectorText = '';
  if (sector && !sectors.has(sector)) {
    const x = received(sector);
    const { meant, list, more } = unknownId(sector, named(sectors));
    sectorText = !sectors.size
      ? msg(str`No sector ${x}: this dataset lists no sectors.`)
      : meant
        ? msg(str`No sector ${x} in this dataset: did you mean ${received(meant)}?`)
        : more
          ? msg(str`No sector ${x} in this dataset. Available: ${list} and ${formatNumber(locale, more)} more.`)
          : msg(str`No sector ${x} in this dataset. Available: ${list}.`);
  }
  let leaderText = '';
  if (leader && !leaders.has(leader)) {
    const x = received(leader);
    const { meant, list, more } = unknownId(leader, named(leaders));
    leaderText = meant
      ? msg(str`No leader ${x} in this dataset: did you mean ${received(meant)}?`)
      : more
        ? msg(str`No leader ${x} in this dataset. Available: ${list} and ${formatNumber(locale, more)} more.`)
        : msg(str`No leader ${x} in this dataset. Available: ${list}.`);
  }
  return [sectorText, leaderText].filter(Boolean).join(' ');
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-proposal-timeline': SummitProposalTimeline;
  }
}
