/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { setWidgetLocale, supportedLocale } from '../src/internal/localize.js';
import { argTypesFromManifest, publicManifest, type Manifest } from './manifest.js';

// custom-elements.json is generated (`npm run analyze`, run by `npm start` and `npm run build-storybook`),
// not committed: a glob keeps type checks and a first checkout working without it.
const found = Object.values(
  import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' }),
)[0];
const manifest = found && publicManifest(found);
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run analyze` for the docs tables.');

type Locale = 'en' | 'ja' | 'ru';
type Theme = 'light' | 'dark';

/** The language of the page: the story's own in story view; on a docs page, the toolbar's (one page, one language). */
function pageLocale(context: Parameters<Decorator>[1]): Locale {
  const globals = context.viewMode === 'story' ? context.globals : (context.userGlobals ?? context.globals);
  return supportedLocale(globals['locale']) as Locale;
}

/**
 * The page around a story: `lang` (dates and numbers follow it) and the
 * colour scheme (`--summit-color-scheme`, which every widget reads) on a
 * wrapper, from the Language and Theme toolbars or a story's own globals.
 */
const withPage: Decorator = (story, context) => {
  const locale = supportedLocale(context.globals['locale']);
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const page = pageLocale(context);
  // UI strings follow <html lang>; set before the story draws (beforeEach below has loaded the strings).
  if (document.documentElement.lang !== page) document.documentElement.lang = page;
  const style = {
    '--summit-color-scheme': theme,
    'color-scheme': theme,
    background: theme === 'dark' ? '#161616' : '#ffffff',
    color: theme === 'dark' ? '#ececec' : '#1a1a1a',
    padding: '1rem',
    'min-height': context.viewMode === 'story' ? '100vh' : null,
    'box-sizing': 'border-box',
  };
  return html`<div class="summit-story" lang=${locale} style=${styleMap(style)}>${story()}</div>`;
};

/**
 * On a docs page, the level of the widgets' headings: one under the docs heading the story sits beneath (the page's
 * h1 for the first story, the story's name, an h3, in the Stories list; an MDX page's h2 section), so the page's
 * outline holds (axe `heading-order`). The widgets' own default, 2, fits a news article under its h1, not a docs page.
 */
function docsHeadingLevel(canvas: unknown): number {
  let above = 1;
  if (canvas instanceof HTMLElement) {
    for (const h of (canvas.closest('#storybook-docs') ?? document).querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (h.contains(canvas) || !(h.compareDocumentPosition(canvas) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      above = Number(h.localName[1]);
    }
  }
  return Math.min(Math.max(above + 1, 2), 6);
}

/**
 * On a docs page, stories get a `heading-level` arg that fits the page (unless they set one), which every widget
 * they draw takes; the story view keeps the widgets' own level.
 */
const withDocsHeadings: Decorator = (story, context) =>
  context.viewMode === 'docs' && !context.args['heading-level']
    ? story({ args: { ...context.args, 'heading-level': docsHeadingLevel(context.canvasElement) } })
    : story();

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withDocsHeadings, withPage],
  async beforeEach(context) {
    // Load the UI strings of the page's language before the story renders, so it never flashes English.
    const page = pageLocale(context);
    document.documentElement.lang = page;
    await setWidgetLocale(page);
  },
  argTypesEnhancers: [argTypesFromManifest(manifest)],
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>, which the widgets’ UI strings follow) and of the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'ja', right: 'ja', title: '日本語' },
          { value: 'ru', right: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page (--summit-color-scheme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: { headingSelector: 'h2, h3' },
      // "Show code" shows the story's markup, without the page around it or the docs page's heading level.
      source: { excludeDecorators: true },
    },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Dataset'], 'Widgets'],
      },
    },
  },
};

export default preview;
