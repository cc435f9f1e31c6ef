import { ContextConsumer, ContextRoot } from '@lit/context';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SummitDataError, formatIssue, laterNote, quoted } from '../data/errors.js';
import { loadSummit, parseJsonText, usableTimeout, DEFAULT_TIMEOUT_MS } from '../data/load.js';
import { parseSummit } from '../data/parse.js';
import type { Summit } from '../data/types.js';
import type { Selection } from '../data/views.js';
import { SummitErrorEvent, SummitLoadEvent, SummitSelectEvent, type SummitSelectTarget } from '../events/events.js';
import { selects, summitContext, toggleSelection, type SummitState, type SummitStatus } from './context.js';
import { directionOf } from './lang.js';

/** The inputs every summit element has. */
export interface SummitDataHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  data: unknown;
  timeout: number;
  /** The language of the element's own words when it is not the page's. */
  readonly uiLang: string | undefined;
  /** Tells the page's developer, in the console, prefixed with the library and the element. */
  warn(message: string): void;
  readonly hasUpdated: boolean;
}

/** The loading and error words, shared by the widgets' states and the provider's announcements. */
export const loadingText = () => msg('Loading summit data…');
export const errorTitle = () => msg('The summit data could not be shown.');

/** The page-wide Try again (an event on the window, so that two copies of the library hear each other's). */
const RETRY = 'summit-widgets:retry';

/** How many validator issues the error state lists before summarising the rest. */
const SHOWN_ISSUES = 5;

// A provider defined after its consumers (e.g. separate imports) still reaches them:
// the root replays their unanswered requests. One per page, even with two copies of the library.
const ROOT_KEY = Symbol.for('summit-widgets.context-root');
function ensureContextRoot() {
  const g = globalThis as { [ROOT_KEY]?: ContextRoot };
  if (g[ROOT_KEY] || typeof document === 'undefined') return;
  g[ROOT_KEY] = new ContextRoot();
  g[ROOT_KEY].attach(document.documentElement);
}

// Widgets handed the same object in one task parse it once (a page may change the object later and hand it to another
// widget: there it is checked again; an element given the same object again keeps what it shows, as `data` is compared
// by identity). A validated dataset, frozen, is never checked again.
const parsed = new WeakMap<object, Summit | SummitDataError>();

/** An inline dataset's script type: application/json, parameters allowed (`; charset=utf-8`). */
const JSON_SCRIPT = /^\s*application\/json\s*(;|$)/i;
/** Script types the browser runs (none, a JavaScript type, a module). */
const RUNS = /^\s*$|^\s*module\s*$|(java|ecma)script/i;

/**
 * Whether the HTML parser may still be adding to `el`: the page is loading and nothing follows the element (or any
 * element around it) yet. A bundle loaded `async`, or a page streamed in parts, upgrades a widget before its inline
 * JSON has all arrived: read then, it is cut short ("Unterminated string"), and a widget with no child yet has none.
 */
function parsing(el: Node): boolean {
  if (!el.isConnected || el.ownerDocument?.readyState !== 'loading') return false;
  // Up through shadow roots too: a widget inside another element's shadow tree waits for that element.
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n.nextSibling) return false;
  return true;
}

function toDataError(e: unknown): SummitDataError {
  if (e instanceof SummitDataError) return e;
  return new SummitDataError(
    [{ path: '', message: String((e as Error)?.message ?? e) }],
    'Could not read the summit dataset',
  );
}

/**
 * Parses the `data` property: a dataset object, or JSON text. An object is validated once, whoever
 * asks (every widget handed it, the server renderer before them); so is the dataset it yields.
 */
export function parseData(value: unknown): Summit {
  if (typeof value === 'string') return parseSummit(parseJsonText(value, 'the data property'));
  if (value === null || typeof value !== 'object') return parseSummit(value);
  let result = parsed.get(value);
  if (!result) {
    try {
      result = parseSummit(value);
    } catch (e) {
      result = toDataError(e);
    }
    parsed.set(value, result);
    if (!Object.isFrozen(value)) setTimeout(() => parsed.delete(value));
    // A validated dataset handed on (e.g. by a provider or a page script) is not validated again.
    if (!(result instanceof SummitDataError)) parsed.set(result, result);
  }
  if (result instanceof SummitDataError) throw result;
  return result;
}

/** Requests in flight, by timeout and `src`: widgets given the same one share a request and its validation. */
const inFlight = new Map<string, { summit: Promise<Summit>; stop: AbortController; users: number }>();

/** `loadSummit`, shared: the request is cancelled once every widget waiting for it has let go (`signal`). */
function loadShared(src: string, timeout: number, signal: AbortSignal): Promise<Summit> {
  // The same file however it is written ("data.json", "./data.json", its full URL).
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: the loader says so.
  }
  const key = `${timeout} ${url}`;
  const request = inFlight.get(key) ?? startRequest(key, src, timeout);
  request.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      if (--request.users === 0) {
        request.stop.abort(signal.reason);
        if (inFlight.get(key) === request) inFlight.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    request.summit.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

/** A shared request, in `inFlight` until it settles. */
function startRequest(key: string, src: string, timeout: number) {
  const stop = new AbortController();
  const request = { summit: loadSummit(src, { signal: stop.signal, timeout }), stop, users: 0 };
  const done = () => inFlight.get(key) === request && inFlight.delete(key);
  request.summit.then(done, done);
  inFlight.set(key, request);
  return request;
}

/** Fails a load before anything was read: a dataset given in a way the widget does not read. */
function cannotLoad(message: string): never {
  throw new SummitDataError([{ path: '', message }], 'Could not load the summit dataset');
}

/**
 * Parses the inline JSON. The HTML parser ends a script at the first `</script>`, even inside a JSON
 * string, and the rest of the JSON follows the script as text (`cut`); a `<!--` inside it makes the parser
 * run on past the script's end instead. Either way, say so, and how to write it.
 */
function parseInline(text: string, cut: boolean): unknown {
  try {
    return parseJsonText(text, 'the inline JSON');
  } catch (e) {
    const hint = cut
      ? 'it ends early: a "</script>" inside the JSON ends the script: write each "<" in it as "\\u003c" (or the tag as "<\\/script>")'
      : text.includes('<!--')
        ? 'a "<!--" inside the JSON makes the page run the script on past its end: write each "<" as "\\u003c"'
        : '';
    if (!hint || !(e instanceof SummitDataError)) throw e;
    throw new SummitDataError(
      e.issues.map((i) => ({ ...i, message: `${i.message} (${hint})` })),
      'Could not load the summit dataset',
      e.referencesLater,
      e.checksLater,
    );
  }
}

/**
 * The error state: the title, then the issues with their paths. For the element's `own` dataset the title alone is
 * announced (`role="alert"`: a page of five standalone widgets reads five short lines, not five lists of paths) and
 * the list is shown under it; for a provider's (inside `<summit-data>`, which announces it once), the list waits in a
 * closed disclosure, so a page of five widgets does not show the same list five times. The issues are the data
 * layer's words, in English (`lang="en"`, whatever the page's language: a screen reader voices them as English).
 * Where the widget has a heading (`titled`), the disclosure names it as its description: five of them say which is which.
 */
function renderError(error: SummitDataError, own: boolean, titled: boolean, retry?: () => void): TemplateResult {
  const shown = error.issues.slice(0, SHOWN_ISSUES);
  const more = error.issues.length - shown.length;
  // Where checking stopped early, what is checked once these are fixed: more issues may follow.
  const later = laterNote(error);
  const list = html`<ul class="issues" lang="en" dir="ltr">
      ${shown.map((i) => html`<li><code>${formatIssue(i)}</code></li>`)}
    </ul>
    ${more > 0 ? html`<p>${msg(str`…and ${more} more: the browser console lists them all, as does "npx summit-widgets validate" run on the file.`)}</p>` : nothing}
    ${later ? html`<p lang="en" dir="ltr">(${later})</p>` : nothing}`;
  return html`<div part="message error" class="message error" dir="auto">
    <p class="error-title" role=${ifDefined(own ? 'alert' : undefined)}><strong>${errorTitle()}</strong></p>
    ${
      retry
        ? html`<p>
            <button part="retry-button" class="button" type="button" @click=${retry}>${msg('Try again')}</button>
          </p>`
        : nothing
    }
    ${
      own
        ? list
        : html`<details>
            <summary aria-describedby=${ifDefined(titled ? 'title' : undefined)}>${msg('What is wrong')}</summary>
            ${list}
          </details>`
    }
  </div>`;
}

/** The element's own dataset: loaded, failed, or loading (`shown`: the dataset it showed until then, if any). */
type Own = { key: unknown; summit?: Summit; error?: SummitDataError; shown?: Summit };

/**
 * Resolves the dataset for one element, in this order: its own `data`
 * property, an inline `<script type="application/json">` child, its `src`
 * URL, and finally the nearest `<summit-data>` ancestor (through context).
 * Exposes status, dataset, error and the selection, and draws the loading,
 * error and idle states the same way in every widget.
 */
export class SummitDataController implements ReactiveController {
  private readonly host: SummitDataHost;
  private readonly task: Task<[string, number], Summit>;
  private consumer?: ContextConsumer<{ __context__: SummitState }, SummitDataHost>;
  private observer?: MutationObserver;
  private inlineText: string | undefined;
  private inlineCut = false;
  private inlineScript: Element | undefined;
  private inlineCount = 0;
  /** The type of a script child holding a dataset the widget does not read, when there is no inline JSON. */
  private strayType: string | undefined;
  private own: Own | undefined;
  private srcKey = '';
  /** Set while the element is in a document: a detached element starts no request. */
  private connected = false;
  /** A request was dropped or put off, or a provider's dataset let go, while detached: connecting again redraws. */
  private resume = false;
  /** Aborted when the element leaves the document with a request in flight. */
  private detach = new AbortController();
  private localSelection: Selection = {};
  private reported: SummitDataError | undefined;
  /** The dataset the element showed at its last update, kept in view while a new `src` loads. */
  private shown: Summit | undefined;

  constructor(host: SummitDataHost) {
    this.host = host;
    host.addController(this);
    this.task = new Task<[string, number], Summit>(host, {
      autoRun: false,
      task: ([src, timeout], { signal }) => this.load(src, timeout, signal),
    });
  }

  /**
   * Asks for the provider's state once the element has no input of its own. One with its own never asks: a request no
   * provider answers waits in the page's context root until one comes (a page of standalone widgets that come and go
   * would pile them up).
   */
  ask() {
    if (!this.connected) return;
    this.consumer ??= this.isOwn
      ? undefined
      : new ContextConsumer(this.host, { context: summitContext, subscribe: true });
  }

  /**
   * Loads every dataset on the page whose load failed in a way that may pass (`SummitDataError.transient`: no network,
   * a timeout, a server error) again: the Try again button's, in any widget (a provider's widgets show its error), as
   * one reader's choice; widgets given the same src share the new request. Coming back online does the same.
   */
  readonly retry = () => dispatchEvent(new Event(RETRY));

  /** This element's own load, again, where it failed in a way that may pass. */
  private readonly again = () => {
    if (!this.isOwn || !this.src || !this.error?.transient) return;
    this.srcKey = '';
    this.host.requestUpdate();
  };

  hostConnected() {
    this.connected = true;
    addEventListener('online', this.again);
    addEventListener(RETRY, this.again);
    // Back in the page after a failure that may pass (the browser came back online while it was out): tried again.
    if (this.reported?.transient) this.again();
    if (this.resume) {
      this.resume = false;
      this.host.requestUpdate();
    }
    ensureContextRoot();
    if (this.readInline()) this.host.requestUpdate();
    // Asked as its first update starts (the element's scheduleUpdate), not here: a page's script that appends an element
    // and then gives it data or a src (the usual order) has done so by then, and the element asks no provider (an
    // unanswered request stays in the page's context root until one comes).
    if (this.host.hasUpdated) this.ask();
    // What happened while it was out of the page (a cached view given a new dataset) is said once it is back.
    if (this.unsaid) this.host.requestUpdate();
    this.waitForParser();
    this.observer ??= new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    // A script's type may change too (made application/json, or no longer).
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['type'],
    });
  }

  private waiting = false;

  /**
   * While the parser may still add to the element's inline script (or to the element, while it has none), checks once
   * a frame, and draws the element again once it has moved past: what it holds then is all it will hold.
   */
  private waitForParser() {
    if (this.waiting || !parsing(this.inlineScript ?? this.host)) return;
    this.waiting = true;
    const wait = () => {
      if (parsing(this.inlineScript ?? this.host)) return void requestAnimationFrame(wait);
      this.waiting = false;
      this.host.requestUpdate();
    };
    requestAnimationFrame(wait);
  }

  hostDisconnected() {
    this.connected = false;
    removeEventListener('online', this.again);
    removeEventListener(RETRY, this.again);
    // Moved out of its provider, the element must not keep (and steer) the provider's dataset: on reconnecting it
    // asks again, and shows what the new place provides, or nothing.
    if (this.consumer?.value !== undefined) {
      this.consumer!.value = undefined;
      this.resume = true;
    }
    this.observer?.disconnect();
    // A request in flight is dropped without a trace (no update, no event); reconnecting starts it again. Not at once:
    // an element moved (a list reordered, a layout changed, a component mounted again) is back before the timer, and
    // keeps its request.
    if (this.task.status === TaskStatus.PENDING) {
      setTimeout(() => {
        if (this.connected || this.task.status !== TaskStatus.PENDING) return;
        this.detach.abort();
        this.detach = new AbortController();
        this.srcKey = '';
        this.resume = true;
      });
    }
  }

  /**
   * Loads `src` for the task. A load dropped because the element left the document never settles:
   * the task would otherwise report the abort and update the detached element.
   */
  private load(src: string, timeout: number, signal: AbortSignal): Promise<Summit> {
    const detach = this.detach.signal;
    return new Promise((resolve, reject) => {
      loadShared(src, timeout, AbortSignal.any([signal, detach])).then(resolve, (e: unknown) => {
        if (!(detach.aborted && !signal.aborted)) reject(e);
      });
    });
  }

  /** Set when an update left events unsaid: the element was out of the page, where no listener on it hears them. */
  private unsaid = false;

  hostUpdated() {
    this.shown = this.summit;
    this.unsaid = !this.host.isConnected;
    if (this.unsaid) return;
    const error = this.error;
    if (error && error !== this.reported && this.isOwn) {
      this.host.dispatchEvent(new SummitErrorEvent(error));
      // The console is where a developer looks first: every issue there (the widget shows the first few).
      this.host.warn(error.message);
    }
    this.reported = error;
    const summit = this.isOwn && this.status === 'complete' ? this.summit : undefined;
    if (summit && summit !== this.announced) this.host.dispatchEvent(new SummitLoadEvent(summit));
    this.announced = summit;
  }

  /** The dataset `summit-load` was last fired for. */
  private announced: Summit | undefined;

  /** True when the element has its own input rather than relying on a provider. */
  get isOwn(): boolean {
    const h = this.host;
    return h.data !== undefined && h.data !== null
      ? true
      : this.inlineText !== undefined || this.strayType !== undefined || !!this.src;
  }

  /** The `src` to load: a blank one is none. */
  private get src(): string {
    return this.host.src?.trim() ?? '';
  }

  /** The provider's state when the element has no input of its own. */
  private get context(): SummitState | undefined {
    return this.isOwn ? undefined : this.consumer?.value;
  }

  get status(): SummitStatus {
    const own = this.resolve();
    if (own) return own.error ? 'error' : own.summit ? 'complete' : 'pending';
    // Nothing yet, where the parser may still bring an inline dataset: loading, not "No summit data".
    return this.context?.status ?? (parsing(this.host) ? 'pending' : 'idle');
  }

  /**
   * The validated dataset, once loaded; while a new `src` loads (status `pending`), the one shown until then, which
   * stays in view rather than a loading message: a page that updates a widget's src does not blank it meanwhile.
   */
  get summit(): Summit | undefined {
    const own = this.resolve();
    return own ? (own.summit ?? (own.error ? undefined : own.shown)) : this.context?.summit;
  }

  get error(): SummitDataError | undefined {
    const own = this.resolve();
    return own ? own.error : this.context?.error;
  }

  /** Set when the reader chose in this element, until its next update (which may then keep what they chose in view). */
  chosen = false;

  /** The shared selection of the enclosing `<summit-data>`, or this element's own. */
  get selection(): Selection {
    return this.context?.selection ?? this.localSelection;
  }

  /**
   * A reader chose a sector or leader: fires `summit-select` and, unless it
   * is cancelled, applies it to the provider's selection (or the element's own).
   */
  select(target: SummitSelectTarget): boolean {
    const event = new SummitSelectEvent(target, selects(this.selection, target));
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return false;
    this.chosen = true;
    const ctx = this.context;
    if (ctx) ctx.select(target);
    else {
      this.localSelection = toggleSelection(this.localSelection, target);
      this.host.requestUpdate();
    }
    return true;
  }

  /**
   * Draws the element: `complete` with the dataset, or the shared loading,
   * error and idle states under the widget's `title` (its heading, so a page of
   * five failed widgets still says which is which). Inside a `<summit-data>` the loading and error
   * states are shown but not announced: the provider announces them once for
   * all its widgets, rather than once per widget.
   */
  render(complete: (summit: Summit) => unknown, title: unknown = nothing): unknown {
    // One box, marked with the language of our words where the page reads another. Once the dataset is shown, its
    // layout runs in the direction of the dataset's language where it names one (most of the text is the dataset's):
    // a French dataset on an Arabic page is laid out left to right, an Arabic one on an English page right to left.
    const lang = this.summit?.lang;
    const dir = lang ? directionOf(lang) : undefined;
    // Busy while it shows one dataset and loads the next (a new src): assistive technology waits for the new one.
    const busy = this.status === 'pending' && this.summit ? 'true' : undefined;
    return html`<div class="ui" lang=${ifDefined(this.host.uiLang)} dir=${ifDefined(dir)} aria-busy=${ifDefined(busy)}>
      ${this.state(complete, title)}
    </div>`;
  }

  /**
   * Until the dataset is shown, the page author's fallback content (the element's children) stays visible under the
   * message: a reader whose dataset is late or broken still reads it.
   */
  private state(complete: (summit: Summit) => unknown, title: unknown): unknown {
    const announce = this.isOwn;
    // Loaded, or loading the next while this one stays in view.
    const summit = this.summit;
    if (summit) return complete(summit);
    let message: TemplateResult;
    switch (this.status) {
      case 'pending':
        // The page author's fallback stands in for the loading message, which would push it down and then go: the
        // page moves once, when the dataset comes, not twice. Screen readers still hear that it loads.
        if (this.hasFallback) {
          return html`<div class="visually-hidden" role=${ifDefined(announce ? 'status' : undefined)}>
              ${loadingText()}
            </div>
            <slot></slot>`;
        }
        message = html`<div
          part="message status"
          class="message"
          dir="auto"
          role=${ifDefined(announce ? 'status' : undefined)}
        >
          ${loadingText()}
        </div>`;
        break;
      case 'error': {
        const error = this.error!;
        message = renderError(error, announce, title !== nothing, error.transient ? this.retry : undefined);
        break;
      }
      default:
        message = html`<div part="message status" class="message" dir="auto" role="status">
          ${
            this.consumer?.value
              ? msg(
                  'No summit data: the <summit-data> around this has none. Set its src or data, or add an inline JSON script to it as a direct child.',
                )
              : msg(
                  'No summit data. Set src or data, add an inline JSON script as a direct child, or place this inside <summit-data>.',
                )
          }
        </div>`;
    }
    return html`${title}${message}<slot></slot>`;
  }

  /**
   * Whether the element holds content of the page author's that shows while its dataset does not: text, or an element
   * that is not hidden and not one a page never shows (a script, a noscript while scripts run, a template).
   */
  private get hasFallback(): boolean {
    return [...this.host.childNodes].some((n) =>
      n instanceof Element
        ? !/^(script|noscript|template|style|link|meta)$/.test(n.localName) && !n.hasAttribute('hidden')
        : n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim(),
    );
  }

  /**
   * Reads the inline JSON child (and counts them: two are an error), or else the type of a script child that holds a
   * dataset the widget does not read; returns true when any of them changed.
   */
  private readInline(): boolean {
    const children = [...this.host.children].filter((c) => c.localName === 'script');
    const scripts = children.filter((c) => JSON_SCRIPT.test(c.getAttribute('type') ?? ''));
    const script = scripts[0];
    const text = script?.textContent ?? undefined;
    // `text/json`, or JSON in a script the browser runs as JavaScript (no type): meant as the dataset, not read.
    const stray = script
      ? undefined
      : children.find((c) => {
          const type = c.getAttribute('type') ?? '';
          return /json/i.test(type) || (RUNS.test(type) && /^\s*\{/.test(c.textContent ?? ''));
        });
    const strayType = stray && (stray.getAttribute('type') ?? '');
    // The script itself too: one replaced by a copy is the one the parser may still be filling.
    const same = script === this.inlineScript;
    this.inlineScript = script;
    if (same && text === this.inlineText && scripts.length === this.inlineCount && strayType === this.strayType)
      return false;
    this.inlineText = text;
    this.inlineCount = scripts.length;
    this.strayType = strayType;
    const next = script?.nextSibling;
    this.inlineCut = next?.nodeType === 3 /* text */ && /^\s*\S/.test(next.textContent ?? '');
    return true;
  }

  /** The element's own dataset state, or undefined when it should use the provider. */
  private resolve(): Own | undefined {
    const { data, localName: name } = this.host;
    const src = this.src;
    // A timeout that is not a sound number of milliseconds ("15s", 0) waits the default (the element warns of it).
    const timeout = usableTimeout(this.host.timeout) ? this.host.timeout : DEFAULT_TIMEOUT_MS;
    if (data !== undefined && data !== null) return this.sync(data, () => parseData(data));
    if (this.inlineText !== undefined) {
      // Still arriving: loading, not an error. (Its text is whole once anything follows the script, even inside a
      // provider around a long article that is still arriving.)
      if (this.inlineScript && parsing(this.inlineScript)) {
        this.waitForParser();
        return { key: undefined };
      }
      const { inlineText: text, inlineCut: cut, inlineCount: count } = this;
      return this.sync(count > 1 ? `${count}\u0000${text}` : text, () => {
        if (count > 1)
          cannotLoad(`found ${count} inline JSON scripts in <${name}>: keep one (a widget shows one dataset)`);
        return parseSummit(parseInline(text, cut));
      });
    }
    if (!src && this.strayType !== undefined) {
      const type = this.strayType;
      const script = type
        ? `<script type=${JSON.stringify(type)}>`
        : '<script> without a type (the browser runs it as JavaScript)';
      return this.sync(`\u0001${type}`, () =>
        cannotLoad(
          `<${name}> does not read its ${script}: write <script type="application/json"> for an inline dataset`,
        ),
      );
    }
    // `data` written as an attribute: "[object Object]" where React renders an element not defined yet.
    const attribute = this.host.getAttribute('data');
    if (!src && attribute !== null) {
      return this.sync(`\u0002${attribute}`, () =>
        cannotLoad(
          `<${name}> does not read its data attribute (${quoted(attribute)}): data is a property. Set it from script (element.data = dataset), or give src or an inline JSON script. (React sets an attribute where the element is not defined yet: import the element's module first.)`,
        ),
      );
    }
    if (!src) {
      if (this.task.status === TaskStatus.PENDING) this.task.abort();
      this.own = undefined;
      this.srcKey = '';
      return undefined;
    }
    const key = `${timeout} ${src}`;
    if (key !== this.srcKey) {
      // A detached element starts nothing: it loads once it is connected again.
      if (!this.connected) {
        this.resume = true;
        return { key };
      }
      this.srcKey = key;
      void this.task.run([src, timeout]);
    }
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { key, summit: this.task.value! };
      case TaskStatus.ERROR:
        return { key, error: toDataError(this.task.error) };
      default:
        return { key, shown: this.shown };
    }
  }

  private sync(key: unknown, parse: () => Summit): Own {
    if (this.own?.key !== key) {
      this.srcKey = '';
      if (this.task.status === TaskStatus.PENDING) this.task.abort();
      try {
        this.own = { key, summit: parse() };
      } catch (e) {
        this.own = { key, error: toDataError(e) };
      }
    }
    return this.own!;
  }
}
