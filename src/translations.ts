/**
 * `summit-widgets/translations`: the widgets' own words in Japanese and Russian, for a page that configures
 * @lit/localize itself (its own Lit components). @lit/localize has one set-up per page; where the page's is in place
 * first, the widgets' words follow its locale and come from its `loadLocale`, which merges these in:
 *
 * ```js
 * loadLocale: async (locale) => ({
 *   templates: { ...(await summitTranslation(locale))?.templates, ...(await import(`./locales/${locale}.js`)).templates },
 * }),
 * ```
 *
 * Defines no element.
 */
import type { LocaleModule } from '@lit/localize';
import { loadTranslation, supportedLocale } from './internal/localize.js';
import { sourceLocale } from './locales/locale-codes.js';

/** Our words in `locale` (`ja`, `ja-JP`, `ru`…), or undefined for a language we have no translation for. */
export async function summitTranslation(locale: string): Promise<LocaleModule | undefined> {
  const ours = supportedLocale(locale);
  return ours === sourceLocale ? undefined : loadTranslation(ours);
}
