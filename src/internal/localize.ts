/**
 * UI strings go through @lit/localize `msg()`. The active locale follows the
 * page's `<html lang>` (en, ja or ru; anything else falls back to English)
 * and changes with it. Translations are generated into `src/locales/`.
 */
export function ensureLocalization() {
  /* replaced by the localization setup */
}
