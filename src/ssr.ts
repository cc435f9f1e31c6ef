/**
 * `summit-widgets/ssr`: pre-renders the widgets to HTML in Node with
 * @lit-labs/ssr (an optional peer dependency: install it to use this entry).
 *
 * Each widget comes out as its tag with a declarative shadow root
 * (`<template shadowrootmode="open">`) holding its styles and content, so the
 * page carries the leader names, proposals and sectors in its HTML for readers
 * without JavaScript and for search engines. The dataset goes with it as an
 * inline `<script type="application/json">` child, which the widget reads
 * synchronously when it upgrades: with `lit-element-hydrate-support` loaded
 * first it hydrates the server's DOM instead of rendering it again.
 *
 * Nothing here builds markup from strings: tags and attribute names come from
 * a fixed allow-list and go through Lit templates, which escape every value.
 * The only text added outside Lit is the dataset's JSON, with every `<`
 * written as `\u003c` so the data cannot close the script element.
 *
 * Under a strict Content-Security-Policy, allow the shadow roots' `<style>`
 * elements with the hashes from `cspStyleHashes(html)`.
 */
import { createHash } from 'node:crypto';
import { configureLocalization } from '@lit/localize';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import './index.js';
import { SummitDataError } from './data/errors.js';
import { parseJsonText } from './data/load.js';
import { parseData } from './internal/data-controller.js';
import { loadTranslation, serverUiLocale, supportedLocale } from './internal/localize.js';
import { sourceLocale, targetLocales } from './locales/locale-codes.js';

/** The widgets that can be pre-rendered. */
export type SummitWidgetTag =
  'summit-card' | 'summit-leader-roster' | 'summit-proposal-timeline' | 'summit-sector-cloud' | 'summit-quote';

/** Attributes every widget takes when pre-rendered. */
export interface SummitCommonAttributes {
  id?: string;
  class?: string;
  /**
   * The page's language: dates and numbers, and our words where it is Japanese or Russian (else English), are
   * rendered in it; give the page's `<html lang>`, so the server writes what the browser will.
   */
  lang?: string;
  theme?: 'light' | 'dark';
  heading?: string;
  /** Default 2 (1 becomes 2 too); past 6 the widget's headings are ARIA headings (`role="heading" aria-level`). */
  'heading-level'?: number | `${number}`;
}

/** The attributes each widget takes, by tag. */
export interface SummitWidgetAttributeMap {
  'summit-card': SummitCommonAttributes;
  'summit-leader-roster': SummitCommonAttributes & { order?: 'chair-first' | 'dataset' };
  'summit-proposal-timeline': SummitCommonAttributes & { sector?: string; leader?: string };
  'summit-sector-cloud': SummitCommonAttributes;
  'summit-quote': SummitCommonAttributes & { 'quote-id'?: string };
}

/** Attributes of the `<summit-data>` provider that `renderSummitWidgets` wraps the widgets in. */
export interface SummitDataAttributes {
  id?: string;
  class?: string;
  /**
   * The page's language (its `<html lang>`): passed on to every widget that has no `lang` of its own, and the
   * language of our words in all of them (Japanese, Russian, else English).
   */
  lang?: string;
  theme?: 'light' | 'dark';
}

/** One widget to pre-render: a tag, or a tag with attributes. */
export type SummitWidgetSpec =
  SummitWidgetTag | { [T in SummitWidgetTag]: { tag: T; attributes?: SummitWidgetAttributeMap[T] } }[SummitWidgetTag];

/** A pre-rendered `<summit-data>` provider and its widgets. */
export interface RenderedSummit {
  /** The provider's opening tag, its declarative shadow root and the dataset (inline JSON), once. */
  readonly start: string;
  /**
   * Each widget, in the order asked for. Place them between `start` and `end`,
   * with the article's own paragraphs between them if you like.
   */
  readonly widgets: readonly string[];
  /** The provider's closing tag. */
  readonly end: string;
  /** `start`, every widget and `end`, one per line. */
  readonly html: string;
}

const COMMON = ['id', 'class', 'lang', 'theme', 'heading', 'heading-level'] as const;

/** The allow-list: each tag as a Lit static literal, and the attributes it takes. */
const WIDGETS: Record<SummitWidgetTag, { readonly tag: StaticValue; readonly attributes: readonly string[] }> = {
  'summit-card': { tag: literal`summit-card`, attributes: COMMON },
  'summit-leader-roster': { tag: literal`summit-leader-roster`, attributes: [...COMMON, 'order'] },
  'summit-proposal-timeline': { tag: literal`summit-proposal-timeline`, attributes: [...COMMON, 'sector', 'leader'] },
  'summit-sector-cloud': { tag: literal`summit-sector-cloud`, attributes: COMMON },
  'summit-quote': { tag: literal`summit-quote`, attributes: [...COMMON, 'quote-id'] },
};
const PROVIDER_ATTRIBUTES: readonly string[] = ['id', 'class', 'lang', 'theme'];

/** The tags `renderSummitWidget` and `renderSummitWidgets` accept. */
export const summitWidgetTags = Object.freeze(Object.keys(WIDGETS)) as readonly SummitWidgetTag[];

type Values = Readonly<Record<string, string | undefined>>;

/** Checks attribute names against the allow-list; values become strings (Lit escapes them). */
function attributeValues(tag: string, allowed: readonly string[], attributes: object | undefined): Values {
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!allowed.includes(name)) {
      throw new TypeError(`<${tag}> has no attribute "${name}" to pre-render; allowed: ${allowed.join(', ')}`);
    }
    if (value === undefined || value === null || value === false) continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`<${tag}> attribute "${name}" must be a string or a number, got ${typeof value}`);
    }
    values[name] = String(value);
  }
  return values;
}

function widgetOf(tag: string) {
  const widget = Object.hasOwn(WIDGETS, tag) ? WIDGETS[tag as SummitWidgetTag] : undefined;
  if (!widget)
    throw new TypeError(
      `"${tag}" is not a widget that can be pre-rendered; use one of: ${summitWidgetTags.join(', ')}`,
    );
  return widget;
}

/**
 * The dataset as an inline JSON script. JSON text holds `<` only inside strings, where `\u003c`
 * means the same; without it no `</script` or `<!--` can appear, so the element ends where we end it.
 */
function jsonScript(raw: unknown): string {
  return `<script type="application/json">${JSON.stringify(raw).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Reads and validates the dataset; throws a `SummitDataError` listing every problem. The widgets are
 * handed the same object, which the data controller then knows as validated.
 */
function prepare(dataset: unknown): unknown {
  const raw = typeof dataset === 'string' ? parseJsonText(dataset) : dataset;
  parseData(raw);
  return raw;
}

let setServerLocale: ((locale: string) => Promise<void>) | undefined;
let localeConfigured = false;
/** What the server's words are marked with when the app configured @lit/localize itself: their language is not ours to say. */
const UNKNOWN_LOCALE = 'und';
/** Renders run one at a time: the language of our words (@lit/localize's locale) is the whole process's. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` with our words (headings, labels) in the language of `lang` (en, ja or ru; others are English), as the
 * browser will draw them on a page in that language, so hydrating changes no text. One render at a time.
 */
function inLocale<T>(lang: string | undefined, work: (locale: string) => Promise<T>): Promise<T> {
  const locale = supportedLocale(lang);
  const run = queue.then(async () => {
    try {
      return await work(await useLocale(locale));
    } finally {
      // Leave English behind, as before: the app's own renders of our elements are not in the last page's language.
      await useLocale(sourceLocale);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

async function useLocale(locale: string): Promise<string> {
  // What the widgets compare the page's language with (which words to mark with which language), as in the browser.
  serverUiLocale(locale);
  // English needs nothing: @lit/localize is set up the first time another language is asked for.
  if (!localeConfigured && locale !== sourceLocale) {
    localeConfigured = true;
    try {
      ({ setLocale: setServerLocale } = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: loadTranslation,
      }));
    } catch {
      // The server's own code configured @lit/localize: its locale applies to our words.
    }
  }
  if (!setServerLocale) return locale === sourceLocale ? locale : UNKNOWN_LOCALE;
  // Loaded (and cached by the module loader) before the stand-in below, which then lives for a few microtasks only: no
  // other request's code sees it.
  if (locale !== sourceLocale) await loadTranslation(locale);
  // @lit/localize announces a change on `window`, which Node has not: a stand-in for as long as it takes.
  const g = globalThis as { window?: unknown };
  const stand = g.window === undefined;
  if (stand) g.window = { dispatchEvent: () => true };
  try {
    await setServerLocale(locale);
  } finally {
    if (stand) delete g.window;
  }
  return locale;
}

// The outer template's own hydration markers: no one hydrates it (each element hydrates its shadow root).
const OUTER_START = /^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/;
const OUTER_END = '<!--/lit-part-->';

/** Renders one allow-listed element with @lit-labs/ssr; returns its HTML, outer markers removed, and its closing tag. */
async function renderElement(tag: string, template: unknown): Promise<{ open: string; close: string }> {
  let out = await collectResult(render(template));
  out = out.replace(OUTER_START, '');
  if (out.endsWith(OUTER_END)) out = out.slice(0, -OUTER_END.length);
  const close = `</${tag}>`;
  const tagEnd = out.indexOf('>');
  if (!out.startsWith(`<${tag}`) || tagEnd < 0 || !out.endsWith(close)) {
    throw new Error(`summit-widgets/ssr: unexpected output for <${tag}>`);
  }
  // Absent attributes leave runs of spaces in the start tag (values are escaped, so its first `>` ends it).
  const startTag = out.slice(0, tagEnd).replace(/\s+/g, ' ').trimEnd() + '>';
  return { open: startTag + out.slice(tagEnd + 1, -close.length), close };
}

/**
 * Throws where an attribute names an id the dataset lacks (a timeline's `sector` or `leader`, a quote's `quote-id`): in
 * the browser the widget would say so to the reader, but pre-rendered that message is in the article's HTML, public.
 */
function checkIds(tag: string, a: Values, raw: unknown) {
  const summit = parseData(raw);
  const ids: [string, string, readonly { id: string }[]][] = [
    ['sector', 'sectors', summit.sectors],
    ['leader', 'leaders', summit.leaders],
    ['quote-id', 'quotes', summit.quotes],
  ];
  for (const [name, list, entries] of ids) {
    const id = a[name]?.trim();
    if (id && !entries.some((e) => e.id === id)) {
      const known = entries.map((e) => `"${e.id}"`);
      // A mistake in the data or the page, as the browser would show it: a SummitDataError, like an invalid dataset.
      throw new SummitDataError(
        [
          {
            path: '',
            message: `<${tag}> ${name}="${id}" is not the id of an entry in the dataset's ${list}${known.length <= 20 ? `: ${known.join(', ') || 'none'}` : ''}`,
          },
        ],
        `Could not render <${tag}>`,
      );
    }
  }
}

function renderWidget(tag: SummitWidgetTag, attributes: object | undefined, raw: unknown, locale: string) {
  const widget = widgetOf(tag);
  const a = attributeValues(tag, widget.attributes, attributes);
  checkIds(tag, a, raw);
  // `.data` is for the server only (a property is not written to HTML); the browser reads the JSON.
  // The tag is a `literal` from the allow-list (Lit's static templates), which the lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const template = html`<${widget.tag}
    id=${ifDefined(a.id)}
    class=${ifDefined(a.class)}
    lang=${ifDefined(a.lang)}
    theme=${ifDefined(a.theme)}
    heading=${ifDefined(a.heading)}
    heading-level=${ifDefined(a['heading-level'])}
    order=${ifDefined(a.order)}
    sector=${ifDefined(a.sector)}
    leader=${ifDefined(a.leader)}
    quote-id=${ifDefined(a['quote-id'])}
    data-summit-locale=${ifDefined(locale === sourceLocale ? undefined : locale)}
    .data=${raw}
  ></${widget.tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  return renderElement(tag, template);
}

/**
 * Pre-renders one widget that stands alone: its HTML, with a declarative
 * shadow root and its own copy of the dataset as an inline JSON child.
 *
 * @param tag One of `summitWidgetTags`.
 * @param dataset The summit dataset: an object or JSON text. It is validated
 *   first; an invalid one throws a `SummitDataError` listing every problem.
 * @param attributes The widget's attributes (allow-listed per tag; values are escaped).
 */
export async function renderSummitWidget<T extends SummitWidgetTag>(
  tag: T,
  dataset: unknown,
  attributes?: SummitWidgetAttributeMap[T],
): Promise<string> {
  widgetOf(tag);
  const raw = prepare(dataset);
  const lang = (attributes as SummitCommonAttributes | undefined)?.lang;
  const { open, close } = await inLocale(lang, (locale) => renderWidget(tag, attributes, raw, locale));
  return open + jsonScript(raw) + close;
}

/**
 * Pre-renders several widgets inside one `<summit-data>` provider that holds
 * the dataset once (as its inline JSON child), so the widgets share it and the
 * reader's selection, as on a client-rendered page.
 *
 * @param widgets Tags, or `{tag, attributes}`, in page order.
 * @param dataset The summit dataset: an object or JSON text, validated first.
 * @param provider Attributes of the `<summit-data>` element; its `lang` is
 *   passed on to widgets that have none.
 */
export async function renderSummitWidgets(
  widgets: readonly SummitWidgetSpec[],
  dataset: unknown,
  provider?: SummitDataAttributes,
): Promise<RenderedSummit> {
  const specs = widgets.map((w) => (typeof w === 'string' ? { tag: w, attributes: undefined } : w));
  for (const { tag } of specs) widgetOf(tag);
  const raw = prepare(dataset);
  const p = attributeValues('summit-data', PROVIDER_ATTRIBUTES, provider);
  // Our words in the provider's language (the page's): the provider and all the widgets of one page in one.
  const { outer, rendered } = await inLocale(provider?.lang, async (locale) => {
    const outer = await renderElement(
      'summit-data',
      html`<summit-data
        id=${ifDefined(p.id)}
        class=${ifDefined(p.class)}
        lang=${ifDefined(p.lang)}
        theme=${ifDefined(p.theme)}
      ></summit-data>`,
    );
    const rendered: string[] = [];
    for (const { tag, attributes } of specs) {
      const own: object = attributes ?? {};
      const withLang = provider?.lang && !('lang' in own) ? { ...own, lang: provider.lang } : own;
      const { open, close } = await renderWidget(tag, withLang, raw, locale);
      rendered.push(open + close);
    }
    return { outer, rendered };
  });
  const start = outer.open + jsonScript(raw);
  const end = outer.close;
  return { start, widgets: rendered, end, html: [start, ...rendered, end].join('\n') };
}

/**
 * The Content-Security-Policy sources that allow the `<style>` elements of
 * pre-rendered widgets, e.g. `'sha256-…'`, one per distinct style sheet: add
 * them to `style-src` and the page needs no `'unsafe-inline'`. (The widgets
 * set their few inline styles through the CSSOM once they run, which CSP
 * allows, and render none on the server.)
 *
 * @param html Output of `renderSummitWidget` / `renderSummitWidgets`, or a page holding it and nothing from readers
 *   or other sources: every `<style>` in it is allowed.
 */
export function cspStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  // Our output only: style text is Lit's own css``, text and attributes are escaped, the JSON has no `<`.
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css!, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}
