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
import { loadTranslation } from './internal/localize.js';
import { targetLocales } from './locales/locale-codes.js';
import { primary } from './internal/lang.js';

/** Our words in `locale` (`ja`, `ja-JP`, `ru`…), or undefined for a language we have no translation for. */
export async function summitTranslation(locale: string): Promise<LocaleModule | undefined> {
  const base = primary(locale);
  return (targetLocales as readonly string[]).includes(base) ? loadTranslation(base) : undefined;
}
