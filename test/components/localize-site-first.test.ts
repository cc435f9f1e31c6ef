/**
 * A Japanese page whose own Lit components configure @lit/localize before the widgets load, and merge the widgets'
 * words into what its `loadLocale` returns (summit-widgets/translations).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { summitTranslation } from '../../src/translations.js';
import type { SummitLeaderRoster } from '../../src/index.js';
import { smallSummit } from '../fixtures/summits.js';
import { consoleWarnings, textOf } from '../fixtures/render.js';

describe("the page's own @lit/localize set-up, before the widgets", () => {
  it('gives the widgets Japanese where its loadLocale merges summitTranslation', async () => {
    expect(await summitTranslation('de')).to.equal(undefined);
    document.documentElement.lang = 'ja';
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['ja'],
      loadLocale: async (locale) => ({
        templates: { ...(await summitTranslation(locale))?.templates, greeting: 'こんにちは' },
      }),
    });
    await setLocale('ja');
    const warned = await consoleWarnings(async () => {
      await import('../../src/index.js');
      const roster = await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
      );
      await roster.updateComplete;
      expect(textOf(roster.shadowRoot)).to.contain('首脳');
    }).finally(() => (document.documentElement.lang = 'en'));
    expect(warned, 'nothing to say: the page gives our words').to.deep.equal([]);
  });
});
