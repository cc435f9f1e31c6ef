/**
 * UI strings go through @lit/localize `msg()`. The active locale follows the
 * page's `<html lang>` (en, ja or ru; anything else falls back to English)
 * and changes with it. Dates and numbers use each element's own `lang`.
 * Translations live in xliff/ and are generated into src/locales/.
 */
import { LOCALE_STATUS_EVENT, configureLocalization, msg } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { primary } from './lang.js';
// Loaded only on pages that need them, so English pages do not carry the translations.
const templates = {
  ja: () => import('../locales/ja.js'),
  ru: () => import('../locales/ru.js'),
} as const;
type TargetLocale = keyof typeof templates;
const loaded = new Map<string, ReturnType<(typeof templates)[TargetLocale]>>();
/**
 * The translation of our words into `locale` (ja or ru), loaded once: for the page, and for the server's renders
 * (whose stand-in window must not outlive a load, see ssr.ts).
 */
export function loadTranslation(locale: string) {
  let module = loaded.get(locale);
  if (!module) loaded.set(locale, (module = templates[locale as TargetLocale]()));
  return module;
}

/** Set once the page's language is watched; `tried`, once configuring @lit/localize was tried. */
let watching = false;
let tried = false;
/** The language of the UI strings now: the source locale until another is in place (ours, or the page's own setup). */
let current: string = sourceLocale;
if (typeof window !== 'undefined') {
  // Registered before any element listens: the language is up to date when they redraw for it.
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') current = event.detail.readyLocale;
  });
}
/** The attribute a pre-rendered widget carries when the server wrote our words in another language than English. */
export const SERVER_LOCALE = 'data-summit-locale';

/** Fired on `window` when `<html lang>` changes. */
export const PAGE_LANG_EVENT = 'summit-widgets-page-lang';

/** The language the widgets' own words are in now (en, ja or ru). */
export const uiLocale = (): string => current;

/** @internal For the server (summit-widgets/ssr), which sets @lit/localize's locale itself, with no window to hear it. */
export const serverUiLocale = (locale: string): void => void (current = locale);
let setLocale: ((locale: string) => Promise<void>) | undefined;
/** Whether our words' language is ours to set (false where the page configured @lit/localize itself). */
export const ownsLocale = (): boolean => !tried || setLocale !== undefined;
/** Settles once the page's first locale is in place (at once on an English page). */
let firstLocale: Promise<unknown> = Promise.resolve();

/**
 * Waits for the page's first locale: a widget's first render waits for it, so a Japanese or Russian page never
 * shows (and announces) English words first. Never rejects: a translation that fails to load leaves English.
 */
export const localeReady = (): Promise<unknown> => firstLocale;

/** The supported locale for a BCP 47 tag: `ja-JP` → `ja`, `de` → `en`. */
export function supportedLocale(tag: string | null | undefined): string {
  const base = primary(tag ?? '');
  return (targetLocales as readonly string[]).includes(base) ? base : sourceLocale;
}

/**
 * Keeps our words in step with `<html lang>`. @lit/localize has one set-up per page, so it is configured only once our
 * words need a translation (the page is in Japanese or Russian): a page whose own Lit components configure it can do
 * so after importing the widgets, in any other language. Where the page configured it first (before the widgets' first
 * update: in the module that imports them, say), its locale and its `loadLocale` serve our words too (README,
 * Languages: merge `summitTranslation(locale)` into it).
 */
export function ensureLocalization() {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  const root = document.documentElement;
  const apply = () => {
    // A new page language changes more than the UI strings (which @lit/localize redraws, if they change): the
    // languages our words and the dataset's are marked with, and the dates' locale. Every widget redraws.
    window.dispatchEvent(new Event(PAGE_LANG_EVENT));
    const locale = supportedLocale(root.lang);
    if (!setLocale && (locale === sourceLocale || !configure(locale))) return;
    return setLocale?.(locale);
  };
  // Once the script that defined the widgets has run: a bundler may put them in a chunk that runs before the page's
  // own module, which configures @lit/localize after its imports (a page of its own first, as its code reads).
  firstLocale = Promise.resolve()
    .then(apply)
    .catch(() => undefined);
  // A `lang` set on any element of the page (a section, a provider) changes the language of the widgets inside it.
  new MutationObserver((records) => {
    if (records.some((r) => r.target === root)) void apply();
    else window.dispatchEvent(new Event(PAGE_LANG_EVENT));
  }).observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Configures @lit/localize for our words, once; false where the page has configured it itself. */
function configure(locale: string): boolean {
  if (!tried) {
    tried = true;
    try {
      ({ setLocale } = configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTranslation }));
    } catch {
      // The page's own set-up gives our words, in its locale, from what its loadLocale loads: in the page's language
      // where that merges ours (summit-widgets/translations); else in English, which the console says once. Checked
      // now, and again once its locale is in (it may still be loading).
      const translated = () => msg('Leaders') !== 'Leaders' && !!(current = locale);
      if (translated()) return false;
      const again = (event?: Event) => {
        if ((event as CustomEvent<{ status: string }> | undefined)?.detail.status === 'loading') return;
        removeEventListener(LOCALE_STATUS_EVENT, again);
        clearTimeout(timer);
        if (translated()) return;
        console.warn(
          `summit-widgets: the page configured @lit/localize itself, so the widgets' words follow its locale and come from its loadLocale: ${
            event
              ? `it has none of them in "${locale}": merge summitTranslation("${locale}") from summit-widgets/translations into the templates it loads`
              : `it has set no locale yet (the page is in "${locale}"): call its setLocale, with summitTranslation("${locale}") from summit-widgets/translations merged into the templates it loads`
          } (see the README, Languages)`,
        );
      };
      addEventListener(LOCALE_STATUS_EVENT, again);
      const timer = setTimeout(again, 2000);
    }
  }
  return setLocale !== undefined;
}

/** Sets the language of the widgets' UI strings (en, ja or ru), e.g. when the page has no `lang`. */
export async function setWidgetLocale(locale: string): Promise<void> {
  ensureLocalization();
  const wanted = supportedLocale(locale);
  if (!setLocale && wanted !== sourceLocale) configure(wanted);
  await setLocale?.(wanted);
}

/** ", " between the items of a line of ours ("、" in Japanese): a source's title, publisher and date, a list of names. */
export const listSeparator = (): string =>
  msg(', ', { id: 'list-separator', desc: 'Between the parts of a source line: title, publisher, date' });
