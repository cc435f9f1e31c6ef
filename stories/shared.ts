/**
 * What every widget's stories share: the args every summit element has (named
 * as in the Custom Elements Manifest, which also supplies their docs), the
 * datasets behind the `dataset` control, the Loading trick, the Narrow frame
 * and the Linked page.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { parseSummit } from '../src/data/parse.js';
import type { Selection } from '../src/data/views.js';
import {
  brokenReferenceDataset,
  DATASET_URL,
  emptyDataset,
  FLAKY_URL,
  invalidDataset,
  NEVER_URL,
  NOT_JSON,
  realDataset,
  stressDataset,
} from './datasets.js';

export { DATASET_URL, FLAKY_URL, NEVER_URL };

/** Which in-memory dataset the `data` property gets; `none` leaves it unset (then `src` applies). */
export const DATASETS = {
  none: () => undefined,
  'real (copy)': realDataset,
  invalid: invalidDataset,
  'broken reference': brokenReferenceDataset,
  'not JSON': () => NOT_JSON,
  empty: emptyDataset,
  stress: stressDataset,
} satisfies Record<string, () => unknown>;
export type DatasetName = keyof typeof DATASETS;

// One object per name, so widgets given the same dataset share its parse (and redraws keep it).
const made = new Map<DatasetName, unknown>();
function dataFor(name: DatasetName | undefined): unknown {
  if (!name || name === 'none') return undefined;
  if (!made.has(name)) made.set(name, DATASETS[name]());
  return made.get(name);
}

/** The args of every summit element: attribute names as in the manifest, plus the story-only `dataset`. */
export interface SummitArgs {
  src: string;
  dataset: DatasetName;
  timeout?: number;
  theme: '' | 'light' | 'dark';
  heading: string;
  'heading-level'?: number | '';
  lang: string;
  onSummitError?: (event: Event) => void;
  onSummitSelect?: (event: Event) => void;
  [key: string]: unknown;
}

export const summitArgs: Partial<SummitArgs> = {
  src: DATASET_URL,
  dataset: 'none',
  theme: '',
  heading: '',
  lang: '',
};

/**
 * Controls the manifest cannot describe by itself: the dataset picker (for
 * the `data` property, which takes an object), and the choices of `lang`.
 * Everything else (descriptions, types, defaults, parts, custom properties,
 * events) comes from custom-elements.json through preview.ts.
 */
export const summitArgTypes = {
  dataset: {
    name: 'dataset',
    description:
      'Story control: which in-memory dataset to give through the `data` property. `none` leaves `data` unset, so `src` applies.',
    options: Object.keys(DATASETS),
    control: { type: 'select' },
    table: { category: 'story' },
  },
  lang: {
    options: ['', 'en', 'ja', 'ru'],
    control: { type: 'select', labels: { '': '(inherited)' } },
  },
  // The levels a heading has, rather than a number control, whose "Set number" sets 0 (which the widget refuses).
  'heading-level': {
    options: ['', 1, 2, 3, 4, 5, 6],
    control: { type: 'select', labels: { '': '(default: 2, or 3 in a section with its own h2)' } },
  },
  data: { control: false },
} as const;

/**
 * The attributes of `<summit-data>`, which every widget shares too, from the args; empty values leave the
 * attribute out. (`lang` is the global attribute: the widgets inside follow it.)
 */
export function dataAttributes(args: Partial<SummitArgs>): Record<string, string | number | undefined> {
  return { src: args.src, timeout: args.timeout, theme: args.theme, lang: args.lang };
}

/** The attributes of a widget: those of `<summit-data>` and its heading's. */
export function summitAttributes(args: Partial<SummitArgs>): Record<string, string | number | undefined> {
  return { ...dataAttributes(args), heading: args.heading, 'heading-level': args['heading-level'] };
}

/** The `data` property for the args. */
export const dataOf = (args: Partial<SummitArgs>) => dataFor(args.dataset);

class AttributesDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element: <x ${attributes(...)}>');
  }

  render(_values: Record<string, string | number | undefined | null>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, string | number | undefined | null>]) {
    const el = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      next.add(name);
      if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
    }
    for (const name of this.names) if (!next.has(name)) el.removeAttribute(name);
    this.names = next;
    return nothing;
  }
}

/** Sets the given attributes on the element (and removes those that become empty): `<x ${attributes({a: 1})}>`. */
export const attributes = directive(AttributesDirective);

/** Renders a story at a phone's width. */
export const narrow: Decorator = (story) =>
  html`<div class="summit-story-narrow" style="width: 320px; max-width: 100%; outline: 1px dashed #8888">
    ${story()}
  </div>`;

/** How `fetch` answers the stories' made-up URLs, while a story that uses one is on screen; other URLs pass through. */
const stubs = new Map<string, { users: number; answer: (init?: RequestInit) => Promise<Response> }>();
let realFetch: typeof fetch | undefined;

/** Has `fetch` answer `url` with `answer` until the returned cleanup (Storybook's, when the story goes) runs. */
function stubFetch(url: string, answer: (init?: RequestInit) => Promise<Response>) {
  const href = new URL(url, document.baseURI).href;
  const stub = stubs.get(href) ?? { users: 0, answer };
  stub.users++;
  stubs.set(href, stub);
  if (!realFetch) {
    const original = (realFetch = window.fetch);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const asked = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return stubs.get(asked)?.answer({ ...init, signal }) ?? original.call(window, input, init);
    };
  }
  return () => {
    if (--stub.users === 0) stubs.delete(href);
    if (!stubs.size && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

/**
 * `beforeEach` of the Loading stories: requests for NEVER_URL never answer
 * (until aborted), so the widgets stay in their loading state.
 */
export const neverAnswer = () =>
  stubFetch(
    NEVER_URL,
    ({ signal } = {}) =>
      new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );

/**
 * `beforeEach` of the Could Not Load stories: the first request for FLAKY_URL fails as a dropped connection does
 * ("Failed to fetch"), and the next ones (Try again) bring the real dataset.
 */
export function failFirst() {
  let failed = false;
  return stubFetch(FLAKY_URL, (init) => {
    if (failed) return realFetch!.call(window, DATASET_URL, init);
    failed = true;
    return Promise.reject(new TypeError('Failed to fetch'));
  });
}

/** Args of the Loading stories: the stalled URL and a timeout of a day, so it never turns into an error. */
export const loadingArgs = { src: NEVER_URL, dataset: 'none', timeout: 86_400_000 } as const;

const real = realDataset();

/** Story args of the Linked stories: the reader's selection to start with (the provider's `selection`). */
export interface LinkedArgs {
  selectedSector?: string;
  selectedLeader?: string;
}

/** Ids of the real dataset's sectors, leaders and quotes, for select controls (with '' for none). */
export const sectorIds = ['', ...real.sectors.map((s) => s.id)];
export const leaderIds = ['', ...real.leaders.map((l) => l.id)];
export const quoteIds = ['', ...real.quotes.map((q) => q.id)];
const noneLabel = { '': '(none)' };

export const linkedArgTypes = {
  selectedSector: {
    description: "Story control: the sector the reader has chosen (`<summit-data>`'s `selection`).",
    options: sectorIds,
    control: { type: 'select', labels: noneLabel },
    table: { category: 'story' },
  },
  selectedLeader: {
    description: "Story control: the leader the reader has chosen (`<summit-data>`'s `selection`).",
    options: leaderIds,
    control: { type: 'select', labels: noneLabel },
    table: { category: 'story' },
  },
} as const;

/** A select control over ids of the real dataset, keeping the manifest's docs for the attribute. */
export const idSelect = (ids: readonly string[]) => ({
  options: ids,
  control: { type: 'select' as const, labels: noneLabel },
});

/** The provider's `selection` from the Linked args. */
export const selectionOf = (args: LinkedArgs): Selection => ({
  ...(args.selectedSector ? { sector: args.selectedSector } : {}),
  ...(args.selectedLeader ? { leader: args.selectedLeader } : {}),
});

/**
 * A news page's block: `<summit-data>` loading the real dataset (or the one the dataset control names), the featured
 * widget first, then the other widgets, all linked through the provider. The
 * other widgets' headings take the featured one's level (`heading-level`).
 */
export function linked(featured: TemplateResult, featuredTag: string, args: Partial<SummitArgs> & LinkedArgs) {
  const level = args['heading-level'] || undefined;
  const others: [string, TemplateResult][] = [
    ['summit-sector-cloud', html`<summit-sector-cloud heading-level=${ifDefined(level)}></summit-sector-cloud>`],
    [
      'summit-proposal-timeline',
      html`<summit-proposal-timeline heading-level=${ifDefined(level)}></summit-proposal-timeline>`,
    ],
    ['summit-leader-roster', html`<summit-leader-roster heading-level=${ifDefined(level)}></summit-leader-roster>`],
    ['summit-card', html`<summit-card heading-level=${ifDefined(level)}></summit-card>`],
    ['summit-quote', html`<summit-quote heading-level=${ifDefined(level)}></summit-quote>`],
  ];
  // The dataset control gives the provider its dataset (the featured widget is drawn without one of its own).
  const data = dataOf(args);
  return html`${pageStyles}<summit-data
      src=${ifDefined(data === undefined ? DATASET_URL : undefined)}
      .data=${data}
      theme=${ifDefined(args.theme || undefined)}
      .selection=${selectionOf(args)}
    >
      <div class="summit-story-page">
        ${featured} ${others.filter(([tag]) => tag !== featuredTag).map(([, t]) => t)}
      </div>
    </summit-data>`;
}

/** Styles of the Linked page: a grid that is one column on a phone. */
export const pageStyles = html`<style>
  .summit-story-page {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: 1.5rem;
    align-items: start;
  }
</style>`;

/** The Themed stories' page CSS: custom properties and ::part rules, as a newsroom's stylesheet would set them. */
export const themeStyles = html`<style>
  .summit-story-themed {
    --summit-color-accent: #8a1538;
    --summit-color-surface: #fbf6ee;
    --summit-color-border: #c9b79c;
    --summit-font-family: Georgia, 'Times New Roman', serif;
    --summit-radius: 0;
    --summit-space: 1.25rem;
  }
</style>`;

/** The shadow root of the element `tag` in the story, once `selector` has appeared in it (the data has arrived). */
export async function drawn(canvas: HTMLElement, tag: string, selector = '[part~="list"], [part~="timeline"]') {
  const el = canvas.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  if (!el?.shadowRoot) throw new Error(`<${tag}> is missing or not defined`);
  const root = el.shadowRoot;
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  await el.updateComplete;
  return root;
}

/** The button matching `selector` whose text contains `text` (e.g. a cloud word by its sector's name). */
export async function buttonNamed(root: ShadowRoot, selector: string, text: string): Promise<HTMLButtonElement> {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>(selector)).find((b) =>
    b.textContent?.includes(text),
  );
  await expect(button, `a ${selector} named "${text}"`).toBeTruthy();
  return button!;
}

/** The name of a sector of the real dataset. */
export const sectorName = (id: string) => real.sectors.find((s) => s.id === id)?.name ?? id;

/** The timeline's entries now drawn. */
export const timelineEntries = (root: ShadowRoot) => Array.from(root.querySelectorAll('[part~="item"]'));

/** Parses a generated dataset before a Stress story renders: an invalid generator fails the story loudly. */
export async function assertStressValid() {
  parseSummit(stressDataset());
  return {};
}

/**
 * The state stories every widget has, as story bodies. Each stories file exports them under its own
 * doc comment, and writes `name` and `tags` itself: Storybook's indexer reads those from the
 * story's own object literal (the story runner picks the Loading and Error stories by their tags).
 */
export const states = {
  loading: { args: loadingArgs, beforeEach: neverAnswer },
  couldNotLoad: { args: { src: FLAKY_URL, dataset: 'none' as const }, beforeEach: failFirst },
  error: { args: { src: '', dataset: 'invalid' as const } },
  empty: { args: { src: '', dataset: 'empty' as const } },
  narrow: { decorators: [narrow] },
  dark: { args: { theme: 'dark' as const }, globals: { theme: 'dark' } },
  japanese: { globals: { locale: 'ja' } },
  russian: { globals: { locale: 'ru' } },
  stress: { args: { src: '', dataset: 'stress' as const }, loaders: [assertStressValid] },
};
