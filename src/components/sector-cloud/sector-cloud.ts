import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Summit } from '../../data/types.js';
import { filterProposals, indexOf, sectorWeights, type SectorWeight } from '../../data/views.js';
import { customElement } from '../../internal/define.js';
import { primary } from '../../internal/lang.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { listSeparator } from '../../internal/localize.js';
import { SummitElement } from '../../internal/summit-element.js';
import { formatNumber, validLocale } from '../intl.js';
import { CloudLayoutController } from './cloud-layout.js';
import { fontScale, STEPS } from './font-scale.js';
import { styles } from './sector-cloud.styles.js';

/** Colours cycle through the words by rank; every one has at least 4.5:1 contrast. */
const TONES = 3;

/**
 * A sector's weight is derived from the data: the proposals tagged with it plus its mentions in
 * agenda areas and quotes. The words are measured (canvas text metrics, in the fonts and sizes
 * the styles resolve to), packed without overlaps by `packCloud` and drawn once, in place; the box
 * grows rather than dropping a word, and packs again when its width, the words' sizes or the fonts
 * change. For assistive technology (and in print) it is a plain list, heaviest first, each sector
 * with its counts. Choosing a word selects the sector; choosing it again clears the selection.
 * Inside `<summit-data>` the selection is shared, and while a leader is selected the sectors that
 * leader's proposals leave out are faded (and say so).
 *
 * @summary The summit's sectors as a word cloud, each sized by how often the summit touched it.
 *
 * @fires {SummitSelectEvent} summit-select - A sector was chosen (click, Enter or Space); `kind` is `sector`, `id` the sector id, `selected` false when choosing the chosen sector again (or Escape) clears it.
 * @fires {SummitErrorEvent} summit-error - Its own dataset (`src`, `data` or inline JSON) could not be loaded or is invalid; inside
 *   `<summit-data>` the provider fires it instead.
 * @fires {SummitLoadEvent} summit-load - Its own dataset was loaded and validated, and is shown (`event.summit`); inside
 *   `<summit-data>` the provider fires it instead.
 *
 * @slot - Fallback content the page writes inside the element: shown without JavaScript, before the element upgrades,
 *   and under the loading and error messages; hidden once the dataset is shown.
 *
 * @csspart heading - The widget's heading.
 * @csspart list - The list of sectors (the cloud).
 * @csspart item - One list item (positioned in the cloud).
 * @csspart word - The button of one sector.
 * @csspart chosen - Also on the word the reader chose: `::part(word chosen)`.
 * @csspart faint - Also on a word while a leader is chosen, for a sector none of their proposals touch (drawn faint).
 * @csspart related - Also on a word while a leader is chosen, for a sector their proposals touch (underlined).
 * @csspart more - Where the cloud shows its heaviest sectors first (see `show-all`): the line under it with `more-button`.
 * @csspart more-button - "Show all 52 sectors".
 * @csspart unused - The line naming the sectors no proposal, agenda area or quote names (not in the cloud).
 * @csspart results - While a sector is chosen inside a `<summit-data>` with a timeline: the bar under the cloud (kept at the
 *   foot of the screen while the cloud is on it) whose button, `show-results`, takes the reader to the proposals.
 * @csspart show-results - The button of the results bar: "Show the 3 proposals".
 * @csspart message - Loading, error and empty messages.
 * @csspart status - The loading and empty messages (also `message`).
 * @csspart error - The error message (also `message`).
 * @csspart retry-button - "Try again", in the error message where the load may pass (no network, a timeout, a server error).
 *
 * @cssprop [--summit-cloud-min-size=0.875rem] - Smallest font size, for a weight of 0 (sizes follow the square root of the weight, in eight steps); by default at most 0.6 of the largest, though not below 14px, so large text in a narrow box keeps its sizes apart.
 * @cssprop [--summit-cloud-max-size=2.5rem] - Font size of the heaviest sector (at most 10% of the widget's width, or 1.5rem where that is more, so it grows with the reader's text size).
 * @cssprop [--summit-cloud-gap=0.375rem] - Least space between two words.
 * @cssprop [--summit-cloud-height-ratio=0.6] - Tallest first box, as a fraction of the width; the cloud grows taller when its words need it.
 * @cssprop [--summit-cloud-weight=600] - Font weight of the words.
 * @cssprop [--summit-cloud-color-1=#1a1a1a] - First word colour (then accent, then the third).
 * @cssprop [--summit-cloud-color-3=#17694a] - Third word colour.
 * @cssprop [--summit-cloud-color-faint=#6b6b6b] - Colour of the words a chosen leader did not name (dark scheme: #8a8a8a).
 * @cssprop [--summit-color-accent=#0b5cad] - Accent colour (second word colour, selection).
 * @cssprop [--summit-sticky-bottom=0px] - Height of the page's own sticky footer, if any: the results bar stays above it.
 */
@customElement('summit-sector-cloud')
export class SummitSectorCloud extends SummitElement {
  static override styles = styles;

  private sectors: readonly SectorWeight[] = [];
  /** Sectors the dataset lists but nothing names: no word to choose (it would show nothing), a line under the cloud. */
  private unused: readonly SectorWeight[] = [];
  private words: readonly Word[] = [];
  /** The dataset's language when the page reads another: the words' names are then marked with it. */
  private nameLang: string | undefined;
  private readonly layout = new CloudLayoutController(this, 'ul.cloud');
  private readonly roving: RovingFocusController;

  constructor() {
    super();
    this.roving = new RovingFocusController(this, 'button.word');
    // One listener for every word (a cloud can hold a thousand); Enter and Space click buttons.
    this.addEventListener('click', (event) => {
      // The word's button, or the name inside it (a span in the dataset's language).
      const target = event.composedPath()[0];
      const button = target instanceof Element ? target.closest('button.word') : null;
      if (!button || button.getRootNode() !== this.renderRoot) return;
      const item = button.parentElement!;
      const word = this.words[Array.prototype.indexOf.call(item.parentElement!.children, item)];
      if (word) this.summitData.select({ kind: 'sector', id: word.id });
    });
  }

  protected override willUpdate() {
    const summit = this.summitData.summit;
    const all = summit ? sectorWeights(summit) : [];
    this.sectors = all.filter((s) => s.weight > 0);
    this.unused = all.filter((s) => s.weight === 0);
    // Labels follow the locale and the selected leader: rebuilt each update, cheap next to rendering.
    this.words = summit ? wordsOf(summit, this.sectors, this.summitData.selection.leader) : [];
    // The names need a language of their own where it differs from the one the words inherit (ours, or the page's).
    const inherited = this.uiLang ?? this.locale;
    const lang = summit && this.dataLang(summit);
    this.nameLang = lang !== undefined && primary(lang) !== primary(inherited) ? lang : undefined;
    // Keyed by the dataset's weights (one array per dataset): a choice changes classes and labels, never the layout.
    // On a phone, a cloud of many long names may show its heaviest first, and the rest at the reader's asking; all of
    // it where it hydrates the server's list (which has every word), or where the chosen sector is among the rest.
    if (summit !== this.summitShown) [this.summitShown, this.expanded] = [summit, false];
    const chosen = this.words.findIndex((w) => w.id === this.summitData.selection.sector);
    this.layout.place(all, this.words, this.nameLang, this.showAll || this.expanded || this.fromServer);
    if (chosen >= this.layout.shown) {
      this.expanded = true;
      this.layout.place(all, this.words, this.nameLang, true);
    }
  }

  /**
   * Draws every sector however tall the cloud grows. By default a cloud that would take more than two and a half
   * screens (fifty long names on a phone) draws the heaviest that fill one and a quarter, and a button for the rest.
   */
  @property({ type: Boolean, attribute: 'show-all' }) showAll = false;

  /** Whether the reader asked for every sector (see willUpdate), for the dataset it was asked for. */
  private expanded = false;
  private summitShown: unknown;

  private readonly expand = async () => {
    const from = this.layout.shown;
    this.expanded = true;
    this.requestUpdate();
    await this.updateComplete;
    // The first of the words that came: where the reader goes on from.
    const next = this.renderRoot.querySelectorAll<HTMLElement>('button.word')[from];
    if (next) this.roving.focusItem(next);
  };

  override render() {
    const title = this.headingOf(msg('Sectors'));
    return this.summitData.render(() => this.renderCloud(title), title);
  }

  private renderCloud(title: unknown) {
    const lang = this.nameLang;
    const comma = listSeparator();
    const names = this.unused.map(
      (s, i) => html`${i ? comma : ''}<span lang=${ifDefined(lang)} dir="auto">${s.sector.name}</span>`,
    );
    const unused = names.length
      ? html`<p part="unused" class="unused" dir="auto">
          ${msg(html`Listed, but named in no proposal, agenda area or quote: ${names}`)}
        </p>`
      : nothing;
    if (!this.words.length) {
      return this.unused.length
        ? html`${title}${unused}`
        : html`${title}
            <p dir="auto" part="message" class="message" role="status">${msg('No sectors listed.')}</p>`;
    }
    const selected = this.summitData.selection.sector;
    const words = this.words.length > this.layout.shown ? this.words.slice(0, this.layout.shown) : this.words;
    const more =
      words.length < this.words.length
        ? html`<p part="more" class="more">
            <button part="more-button" class="button" type="button" @click=${this.expand}>
              ${msg(str`Show all ${formatNumber(validLocale(this.locale), this.words.length)} sectors`)}
            </button>
          </p>`
        : nothing;
    // Flat, with no whitespace between the tags (so no text nodes): a cloud can hold a thousand of
    // these. The layout controller places them after the render. The counts are an aria-label, one
    // node fewer to style and lay out per word; but a label has no language of its own, so when the
    // dataset's differs from the page's, the name is a span in its language and the counts hidden text.
    // prettier-ignore
    return html`${title}
      <ul part="list" class="cloud" role="list" @keydown=${this.clearOnEscape('sector')}>${words.map((w) => html`<li part="item" class="item size-${w.step}"><button part=${selected === w.id ? `${w.part} chosen` : w.part} class=${w.className} type="button" ?disabled=${!this.interactive} dir="auto" aria-pressed=${ifDefined(this.interactive ? (selected === w.id ? 'true' : 'false') : undefined)} aria-label=${ifDefined(lang === undefined ? w.name + w.counts : undefined)}>${lang === undefined ? w.name : html`<span lang=${lang}>${w.name}</span><span class="visually-hidden">${w.counts}</span>`}</button></li>`)}</ul>${more}${unused}${this.resultsBar('sector')}`;
  }
}

/** One word of the cloud, ready to render. */
interface Word {
  readonly id: string;
  readonly name: string;
  /** What the accessible name adds to the visible name (label in name): ", proposals: 3, named in the agenda or quotes: 2". */
  readonly counts: string;
  readonly className: string;
  /** Its part names: `word`, and `faint` or `related` while a leader is chosen. */
  readonly part: string;
  /** Its step on the font-size scale, 0 to `STEPS`. */
  readonly step: number;
}

/**
 * The words, heaviest first. The counts go in an aria-label rather than visually hidden spans:
 * three fewer nodes per word to style and lay out, which a 1000-word cloud feels. While a leader
 * is selected, the sectors their proposals leave out are faded, and say so.
 */
function wordsOf(summit: Summit, sectors: readonly SectorWeight[], leader: string | undefined): Word[] {
  const touched = leader ? touchedBy(summit, leader) : undefined;
  // The leader's words are underlined where others fade: told apart by more than colour (not where none fade).
  const mixed = !!touched && sectors.some((s) => !touched.has(s.sector.id));
  // Joined to the name as the page's language joins the parts of a line ("Energy, proposals: 2"; "外交、提案2件").
  const comma = listSeparator();
  const note = comma + msg(str`not in the proposals of ${(leader && indexOf(summit).leaders.get(leader)?.name) || ''}`);
  const scale = fontScale(sectors.map((s) => s.weight));
  // Many sectors share their counts: one message for each pair.
  const counts = new Map<string, string>();
  return sectors.map(({ sector, proposals, mentions }, i) => {
    const faint = touched !== undefined && !touched.has(sector.id);
    const key = `${proposals} ${mentions}`;
    let count = counts.get(key);
    if (count === undefined) {
      // Mentions only where there are some, and said where they are.
      count = mentions
        ? msg(str`proposals: ${proposals}, named in the agenda or quotes: ${mentions}`)
        : msg(str`proposals: ${proposals}`);
      counts.set(key, count);
    }
    return {
      id: sector.id,
      name: sector.name,
      counts: comma + count + (faint ? note : ''),
      className: `word tone-${i % TONES}${faint ? ' faint' : mixed ? ' named' : ''}`,
      part: `word${faint ? ' faint' : mixed ? ' related' : ''}`,
      step: Math.round(scale[i]! * STEPS),
    };
  });
}

/** Ids of the sectors of every proposal the leader proposed or supported, or their country initiated. */
function touchedBy(summit: Summit, leader: string): ReadonlySet<string> {
  // The same proposals the timeline shows for the leader (their country's initiatives included).
  return new Set(filterProposals(summit, { leader }).flatMap((p) => p.sectors));
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-sector-cloud': SummitSectorCloud;
  }
}
