/**
 * A Japanese page whose own set-up of @lit/localize runs just after a widget was made, in the same task: as when a
 * bundler puts the widgets in a chunk that runs before the page's module, which configures after its imports.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../src/index.js';
import type { SummitLeaderRoster } from '../../src/index.js';
import { summitTranslation } from '../../src/translations.js';
import { smallSummit } from '../fixtures/summits.js';
import { textOf } from '../fixtures/render.js';

describe("the page's own @lit/localize set-up, just after a widget was made", () => {
  it("is the page's: no error, and the widget speaks Japanese from its merged templates", async () => {
    document.documentElement.lang = 'ja';
    const roster = document.createElement('summit-leader-roster') as SummitLeaderRoster;
    roster.data = smallSummit();
    document.body.append(roster);
    try {
      const { setLocale } = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['ja'],
        loadLocale: async (locale) => ({ templates: { ...(await summitTranslation(locale))?.templates } }),
      });
      await setLocale('ja');
      await roster.updateComplete;
      expect(textOf(roster.shadowRoot)).to.contain('首脳');
    } finally {
      roster.remove();
      document.documentElement.lang = 'en';
    }
  });
});
