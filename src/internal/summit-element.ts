import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, ReactiveElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, usableTimeout } from '../data/load.js';
import type { Summit } from '../data/types.js';
import type { SummitDataError } from '../data/errors.js';
import type { SummitStatus } from './context.js';
import type { Selection } from '../data/views.js';
import { formatNumber, validLocale } from '../components/intl.js';
import { SummitDataController } from './data-controller.js';
import { sheetsIn } from './document-sheets.js';
import { paletteWarning } from './palette.js';
import { heading, headingLevel } from './heading.js';
import { nearestLang, primary } from './lang.js';
import { PAGE_LANG_EVENT, SERVER_LOCALE, ensureLocalization, localeReady, ownsLocale, uiLocale } from './localize.js';
import { sourceLocale } from '../locales/locale-codes.js';

/**
 * An attribute's text, and the empty string once it is removed (Lit's own converter gives null there, which a
 * property typed as text is not).
 */
export const textAttribute = { fromAttribute: (value: string | null): string => value ?? '' };

/** Whether the page was told once that pre-rendered widgets could not be hydrated. */
let warnedHydration = false;

/** A widget's shadow root adopts it while it is no scroll anchor (see `watchTopEdge`). */
const UNANCHORED = isServer || typeof CSSStyleSheet === 'undefined' ? undefined : new CSSStyleSheet();
UNANCHORED?.replaceSync(':host { overflow-anchor: none; }');

/** The element `el` is in: its parent, or the host of the shadow root it is at the top of. */
const around = (el: Element): Element | undefined => el.parentElement ?? (el.getRootNode() as ShadowRoot).host;

/** The box `el` scrolls in: its nearest scrolling ancestor (across shadow roots), or null for the page. */
function scrollerOf(el: Element): Element | null {
  for (let n = around(el); n && n !== document.documentElement && n !== document.body; n = around(n)) {
    if (/auto|scroll|overlay/.test(getComputedStyle(n).overflowY)) return n;
  }
  return null;
}

/** A results bar's height, for the room its widget keeps clear of it (`--_bar`). */
const barHeight = (bar: Element, px: number) =>
  (bar.parentElement as HTMLElement | null)?.style.setProperty('--_bar', `${px}px`);

/**
 * What every summit element, provider included, shares: the three data
 * inputs, the timeout and the theme.
 */
export class SummitDataElement extends LitElement {
  /**
   * URL of a summit dataset (JSON): https:, or a path on the same site. Reflected (an empty one is no attribute), so
   * a copy of the widget (`cloneNode`, a framework's re-render from its markup) loads the same dataset.
   */
  @property({ reflect: true, converter: { ...textAttribute, toAttribute: (value: string) => value || null } }) src = '';

  /**
   * The dataset itself, as an object or as JSON text. Wins over an inline
   * `<script type="application/json">` child, which wins over `src`.
   */
  @property({ attribute: false }) data: unknown = undefined;

  /** Milliseconds a `src` request may take before it ends in an error. */
  @property({
    converter: { fromAttribute: (value) => (value?.trim() ? Number(value) : DEFAULT_TIMEOUT_MS) },
    // Another value that is not a number ("15s", then "20 s") is a change too: its warning names it.
    hasChanged: (value: number, old?: number) => !Object.is(value, old) || Number.isNaN(value),
  })
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** `light` or `dark` overrides the page's colour scheme. */
  @property({ reflect: true, converter: (value) => value ?? undefined }) theme?: 'light' | 'dark' | undefined;

  /**
   * The language of the widget's own words when the page reads another (English words on a German page): they are
   * marked with it, so a screen reader voices them as what they are. Undefined when they match the page.
   * @internal For the data controller, which draws the widget's box.
   */
  get uiLang(): string | undefined {
    const page = nearestLang(this);
    const ui = uiLocale();
    // lang="" (unknown) counts as another language: our words are still marked with theirs.
    return page !== undefined && primary(page) !== primary(ui) ? ui : undefined;
  }

  /**
   * The language of the dataset's text: its own `lang`; else, where our words are marked with theirs, the page's,
   * so the dataset's words do not take our words' language.
   */
  protected dataLang(summit: Summit): string | undefined {
    return summit.lang ?? this.pageLang;
  }

  /**
   * Where our words are marked with their language, the page's, for what follows the page: dates and numbers,
   * formatted in its locale.
   */
  protected get pageLang(): string | undefined {
    return this.uiLang && nearestLang(this);
  }

  /**
   * Tells the page's developer, in the console, what the element made of something it could not use as given.
   * @internal For the element and its data controller.
   */
  warn(message: string) {
    console.warn(`summit-widgets: <${this.localName}> ${message}`);
  }

  protected override update(changed: PropertyValues<this>) {
    const { theme } = this;
    if (changed.has('theme') && theme && theme !== 'light' && theme !== 'dark') {
      this.warn(`theme ${JSON.stringify(theme)} is not "light" or "dark": it follows the page's colour scheme`);
    }
    const { timeout } = this;
    if (changed.has('timeout') && (!usableTimeout(timeout) || timeout < 100)) {
      const given = JSON.stringify(this.getAttribute('timeout') ?? String(timeout));
      this.warn(
        usableTimeout(timeout)
          ? `timeout ${given} is in milliseconds, too short for any request: for ${timeout} seconds, write ${timeout * 1000}`
          : `timeout ${given} is not a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}: it waits the default ${DEFAULT_TIMEOUT_MS / 1000} s`,
      );
    }
    this.waitingSlot?.remove();
    this.waitingSlot = undefined;
    super.update(changed);
  }

  /** Resolves the dataset: own inputs first, then the enclosing `<summit-data>`. */
  protected readonly summitData = new SummitDataController(this);

  /**
   * The validated dataset the element shows (its own, or its `<summit-data>`'s), frozen; undefined until one is
   * loaded. `summit-load` says when it arrives. While a new `src` loads (`status` pending), the one shown until then.
   */
  get summit(): Summit | undefined {
    return this.summitData.summit;
  }

  /** `idle` (no dataset given), `pending` (loading), `complete` (shown) or `error` (see `error`). */
  get status(): SummitStatus {
    return this.summitData.status;
  }

  /** Why the dataset could not be shown: `issues` lists each problem with its path. */
  get error(): SummitDataError | undefined {
    return this.summitData.error;
  }

  /**
   * Whether the element came with the server's shadow root (declarative shadow DOM): its first update then
   * hydrates that output, drawing the same templates in the language the server wrote our words in.
   */
  protected fromServer = !isServer && !!this.shadowRoot;

  /**
   * Lit keeps a shadow root it finds, and hydrates it where @lit-labs/ssr-client's support (which redefines
   * `LitElement.observedAttributes`) was installed before Lit ran. Without that support it would render under the
   * server's output, a second copy; and output whose words are in another language than the page's cannot be
   * hydrated (its templates differ). Then the widget draws anew, once, and the console says why.
   */
  protected override createRenderRoot() {
    if (!this.fromServer) return this.placeholder(this.newRenderRoot());
    const server = this.getAttribute(SERVER_LOCALE) ?? sourceLocale;
    const why = !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')
      ? 'came pre-rendered, but Lit ran before its hydration support: drawn anew. Load summit-widgets-hydrate.js, or import @lit-labs/ssr-client/lit-element-hydrate-support.js first, in the same chunk as Lit'
      : // By now the page's translation is in (see connectedCallback), or failed to load, or is the page's own affair.
        server !== sourceLocale && (!ownsLocale() || uiLocale() !== server)
        ? `came pre-rendered with its words in "${server}", but here they are in "${ownsLocale() ? uiLocale() : "the page's own @lit/localize locale"}": drawn anew. Pre-render with the page's lang`
        : undefined;
    if (!why) return super.createRenderRoot();
    this.fromServer = false;
    this.shadowRoot!.replaceChildren();
    if (!warnedHydration) {
      warnedHydration = true;
      this.warn(why);
    }
    // Past the hydration support's own createRenderRoot (which would hydrate what is no longer there): Lit's.
    const root = (
      ReactiveElement.prototype as unknown as { createRenderRoot(): DocumentFragment }
    ).createRenderRoot.call(this);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  constructor() {
    super();
    // Every summit element draws UI strings (the provider its announcements): they follow the page's language.
    ensureLocalization();
    updateWhenLocaleChanges(this);
  }

  private readonly onPageLang = () => this.requestUpdate();
  /** Watches `lang` in the shadow roots around the element (the page's own tree is watched once, for every widget). */
  private langObserver?: MutationObserver;

  /**
   * For a pre-rendered element whose words are not English: undefined until it is first connected, then a promise
   * until the page's translation is in, then true.
   */
  private localeSettled?: Promise<void> | true;

  /**
   * A new shadow root. First drawn in another document than the library's (created here, appended into an iframe), its
   * sheets are copied into that document, which cannot adopt ours.
   */
  private newRenderRoot(): ShadowRoot {
    if (this.ownerDocument === document) return super.createRenderRoot() as ShadowRoot;
    return this.adoptSheets(this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions));
  }

  /** Its styles, as the document it is in can adopt them. */
  private adoptSheets(root: ShadowRoot): ShadowRoot {
    root.adoptedStyleSheets = sheetsIn(this.ownerDocument, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** Shows the element's children (its fallback, the article inside a provider) until its first update draws it. */
  private waitingSlot?: HTMLSlotElement | undefined;

  /**
   * Until the first update, which waits for the page's translation on a Japanese or Russian page, the new shadow root
   * shows the element's children: without a slot they would vanish, a provider's article text with them.
   */
  private placeholder(root: ShadowRoot): ShadowRoot {
    this.waitingSlot = root.appendChild(this.ownerDocument.createElement('slot'));
    return root;
  }

  /** Moved into another document (an iframe, a pop-out window, and back): its styles, as that document can adopt them. */
  adoptedCallback() {
    if (this.shadowRoot && !this.fromServer) this.adoptSheets(this.shadowRoot);
  }

  override connectedCallback() {
    // Server output in Japanese or Russian is taken over (createRenderRoot) only once our words are in: if they could
    // not load, or the page's own @lit/localize set-up has its locale, hydrating would throw on a translated template.
    if (this.localeSettled !== true && this.fromServer && this.hasAttribute(SERVER_LOCALE)) {
      // Once, however often it is connected while it waits.
      this.localeSettled ??= localeReady().then(() => {
        this.localeSettled = true;
        if (this.isConnected) this.connectedCallback();
      });
      return;
    }
    super.connectedCallback();
    // Moved, perhaps into another language: what it shows may have changed while it was away.
    if (this.hasUpdated) this.requestUpdate();
    window.addEventListener(PAGE_LANG_EVENT, this.onPageLang);
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this.langObserver ??= new MutationObserver(this.onPageLang);
      this.langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  override disconnectedCallback() {
    // Still waiting for its words (see connectedCallback): it was never connected.
    if (this.localeSettled instanceof Promise) return;
    super.disconnectedCallback();
    window.removeEventListener(PAGE_LANG_EVENT, this.onPageLang);
    this.langObserver?.disconnect();
  }

  /**
   * The first render waits for the page's language (a translation loads on demand), so a ja or ru page shows no
   * English first; later ones do not wait. Server output in Japanese or Russian (the page's language, see
   * createRenderRoot) is hydrated once those words are in; in English, at once, and where the page reads another
   * language the widget switches once the translation is in (a translated template would not match the server's).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.fromServer) await localeReady();
    // A provider's state is asked for before the update reads it (its willUpdate); see hostConnected.
    this.summitData.ask();
    super.scheduleUpdate();
  }
}

/** A widget that shows the proposals of a dataset and selection (the timeline): how many, and brings them into view. */
interface Shows {
  proposalsFor(summit: Summit, selection: Selection, kind: 'leader' | 'sector'): number | undefined;
  showProposals(): void;
}

/** A widget: a data element with a heading, UI strings and dates in the reader's language. */
export class SummitElement extends SummitDataElement {
  /** Replaces the widget's default heading text; an empty or blank string keeps the default. */
  @property({ converter: textAttribute }) heading = '';

  /**
   * Whether the widget's controls work: not on the server, nor while its output is hydrated (the first update must
   * draw what the server drew). Pre-rendered choices are drawn as unavailable buttons, out of the Tab order, and the
   * controls that only act (Show more, Skip, Clear filter) not at all: read without JavaScript, nothing does nothing.
   */
  protected get interactive(): boolean {
    return !isServer && (this.hasUpdated || !this.fromServer);
  }

  /**
   * Under a roster (`kind` leader) or a cloud (sector) inside a `<summit-data>` with a timeline, while the reader has
   * chosen one of its items: a bar at the widget's foot, which stays at the foot of the screen while the widget is on it,
   * saying how many proposals the timeline shows and taking the reader there. On a phone the timeline is a screen or two
   * below what they chose. Only under the widget they chose in: a bar appearing above it would move what they tapped.
   */
  protected resultsBar(kind: 'leader' | 'sector'): unknown {
    const { summit, selection } = this.summitData;
    if (!summit || !this.interactive || !selection[kind]) return nothing;
    // The timeline in the same <summit-data> that shows this dataset and selection and is on the page (not in a hidden
    // tab): found by what it does, so a build without the timeline holds nothing of it.
    let n: number | undefined;
    const timeline = [...(this.closest('summit-data')?.querySelectorAll('*') ?? [])].find(
      (el): el is Element & Shows => (n = (el as Partial<Shows>).proposalsFor?.(summit, selection, kind)) !== undefined,
    );
    if (!timeline) return nothing;
    const label =
      n === 0
        ? msg('No proposals match: see the timeline')
        : n === 1
          ? msg('Show the proposal')
          : msg(str`Show the ${formatNumber(validLocale(this.locale), n!)} proposals`);
    // Described by the widget's heading: two bars on a page say which is which.
    return html`<div part="results" class="results" @keydown=${this.clearOnEscape(kind)}>
      <button
        part="show-results"
        class="button"
        type="button"
        aria-describedby="title"
        @click=${() =>
          // The timeline may have gone, or changed, since the bar was drawn: then the bar is drawn anew.
          timeline.isConnected && timeline.proposalsFor(summit, selection, kind) === n
            ? timeline.showProposals()
            : this.requestUpdate()}
      >
        ${label}
      </button>
    </div>`;
  }

  /**
   * Escape in a roster's (`kind` leader) or cloud's (sector) list, or on its results bar, clears the reader's choice
   * there, as choosing it again does. From the bar, which goes with the choice, the reader lands on what they had chosen.
   */
  protected clearOnEscape(kind: 'leader' | 'sector') {
    return (event: KeyboardEvent) => {
      const id = this.summitData.selection[kind];
      if (event.key !== 'Escape' || !id) return;
      event.preventDefault();
      const chosen = this.renderRoot.querySelector<HTMLElement>('[aria-pressed="true"]');
      if ((event.target as Element).closest('.results')) void this.updateComplete.then(() => chosen?.focus());
      this.summitData.select({ kind, id });
    };
  }

  /** Where a results bar has just appeared: what the reader chose here (or is on) is scrolled clear of it. */
  private barShown = false;

  /** The results bar, and what watches its height. */
  private bar?: HTMLElement | undefined;
  private barSize?: ResizeObserver;

  /** Whether the colours it is drawn in have been checked (see palette.ts): once, when the page is idle after its first update. */
  private paletteChecked = false;

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (!this.paletteChecked) {
      this.paletteChecked = true;
      // Held weakly until the page is idle: a widget dropped before then (an app's view going) is not kept for it.
      const ref = new WeakRef(this);
      const check = () => {
        const el = ref.deref();
        const said = el?.isConnected && el.shadowRoot ? paletteWarning(el.shadowRoot) : undefined;
        if (said) el!.warn(said);
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 2000 });
      else setTimeout(check);
    }
    const bar = this.renderRoot.querySelector<HTMLElement>('.results');
    const shown = !!bar;
    // Its height, for the room kept clear of it (two lines with large text on a phone), as an observer sees it after
    // each layout (read here, it laid the page out in the middle of a choice's redraw).
    if (bar !== this.bar) {
      this.barSize ??= new ResizeObserver(([e]) => barHeight(e!.target, e!.borderBoxSize[0]!.blockSize));
      if (this.bar) this.barSize.unobserve(this.bar);
      if (bar) this.barSize.observe(bar);
      this.bar = bar ?? undefined;
    }
    // Only for a choice the reader made here: not one made in the timeline, by the page's script, or before loading.
    const chosen = this.summitData.chosen;
    this.summitData.chosen = false;
    if (shown && !this.barShown && chosen) {
      // Scrolling lays the page out anyway: its height now.
      barHeight(bar, bar.offsetHeight);
      const root = this.renderRoot as ShadowRoot;
      (root.activeElement ?? root.querySelector('[aria-pressed="true"]'))?.scrollIntoView({ block: 'nearest' });
    }
    this.barShown = shown;
  }

  /** Hydrated: its controls, drawn as the server drew them, now work (see `interactive`): once the update is over. */
  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    if (this.fromServer) void this.updateComplete.then(() => this.requestUpdate());
  }

  /** `heading` when it has something to show, else '' (the default heading). */
  protected get headingText(): string {
    return String(this.heading ?? '').trim() ? this.heading : '';
  }

  /**
   * The widget's heading at its level (id `title`): the page's `heading`, else `fallback`; nothing when both are empty.
   */
  protected headingOf(fallback: unknown = ''): unknown {
    const text = this.headingText || fallback;
    return text ? heading(this.headingLevel, text, 'heading', 'title') : nothing;
  }

  /**
   * Level of the widget's heading (from 2), to fit the article's outline. The default, 2, follows the article's title
   * (h1) whatever else the page has; inside a section with its own h2, give 3.
   */
  @property({ type: Number, attribute: 'heading-level', converter: (value) => (value === null ? 2 : Number(value)) })
  headingLevel = 2;

  /** Watches, until the dataset is shown, whether the widget straddles the top of its scroller's view. */
  private topEdge?: IntersectionObserver | undefined;

  /**
   * While its dataset is not shown and the reader has scrolled on past its top (it straddles the top of the view, the
   * page's or the scrolling box's it is in), the widget is no scroll anchor (`UNANCHORED`, a sheet its shadow root
   * adopts): when the dataset comes, the browser keeps what follows in place, the text the reader is on, rather than
   * the fallback it had anchored to, which goes (the page jumped by the widget's new height). Where the reader sees its
   * top, the widget keeps its place and grows downwards.
   */
  private watchTopEdge() {
    const root = this.shadowRoot;
    if (!root?.adoptedStyleSheets || !UNANCHORED) return;
    const mark = (on: boolean) => {
      const [unanchored] = sheetsIn(this.ownerDocument, [UNANCHORED]);
      const sheets = root.adoptedStyleSheets.filter((s) => s !== unanchored);
      root.adoptedStyleSheets = on && unanchored ? [...sheets, unanchored] : sheets;
    };
    if (this.summitData.status !== 'complete') {
      // A line along the top of the view: the widget crosses it or not.
      this.topEdge ??= new IntersectionObserver(([edge]) => mark(edge!.isIntersecting), {
        root: scrollerOf(this),
        rootMargin: '0px 0px -100% 0px',
      });
      this.topEdge.observe(this);
    } else if (this.topEdge) {
      this.topEdge.disconnect();
      this.topEdge = undefined;
      // A frame on, once what the dataset grew the widget by is laid out.
      requestAnimationFrame(() => setTimeout(() => this.topEdge || mark(false)));
    }
  }

  protected override update(changed: PropertyValues<this>) {
    const level = this.headingLevel;
    if (changed.has('headingLevel') && !(Number.isInteger(level) && level >= 1)) {
      const given = JSON.stringify(this.getAttribute('heading-level') ?? String(level));
      this.warn(`heading-level ${given} is not a whole number from 1: its heading is at level ${headingLevel(level)}`);
    }
    const focused = this.hasUpdated ? (this.renderRoot as ShadowRoot).activeElement : null;
    super.update(changed);
    this.watchTopEdge();
    // What had the focus went with this update (the page's script chose a leader, and the entry the reader was on left
    // the list): once the update is over (it may have put the focus somewhere itself), the focus stays in the widget,
    // on its heading, rather than falling to the top of the page. The page scrolls to it only where the widget is in
    // view: a reader who had scrolled on past it stays where they are. (Measured only then: reading a box at the start
    // of every update laid the page out for each widget a choice redrew, up to 180 ms on a slow phone.)
    if (focused && !focused.isConnected) {
      void this.updateComplete.then(() => {
        const now = document.activeElement;
        if ((this.renderRoot as ShadowRoot).activeElement || (now && now !== document.body)) return;
        const box = this.getBoundingClientRect();
        this.focusHeading(box.bottom > 0 && box.top < innerHeight);
      });
    }
  }

  /**
   * Focus on the widget's heading (out of the Tab order): where a reader lands when what they were on is gone;
   * `reveal` scrolls it into view if it is not.
   */
  protected focusHeading(reveal = true) {
    // A widget without a heading: its message (loading, error), where it shows one, else its box (a quote).
    const root = this.renderRoot;
    const title = root.querySelector<HTMLElement>('[part="heading"], [part~="message"]') ?? root.querySelector('.ui');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
    if (reveal) title.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  // Dates follow `lang`: redraw when the element's own changes (the page's comes through @lit/localize).
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language for dates and numbers: the nearest `lang` up the tree, across shadow roots. */
  protected get locale(): string {
    // Where the page's language is unknown (no lang, or lang=""), the reader's.
    return nearestLang(this) || (typeof navigator !== 'undefined' && navigator.language) || 'en';
  }
}
