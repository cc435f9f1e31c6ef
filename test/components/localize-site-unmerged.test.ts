/**
 * A Russian page whose own Lit components configure @lit/localize before the widgets load, without the widgets'
 * words: they show in English, and the console says how to give them theirs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import type { SummitLeaderRoster } from '../../src/index.js';
import { smallSummit } from '../fixtures/summits.js';
import { consoleWarnings, textOf } from '../fixtures/render.js';

describe("the page's own @lit/localize set-up, without the widgets' words", () => {
  it('leaves them English, and says once how to merge them (once its locale is in)', async () => {
    document.documentElement.lang = 'ru';
    let release = () => {};
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['ru'],
      loadLocale: () => new Promise((resolve) => (release = () => resolve({ templates: { greeting: 'Привет' } }))),
    });
    const ready = setLocale('ru');
    const warned = await consoleWarnings(async (said) => {
      await import('../../src/index.js');
      const roster = await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
      );
      await roster.updateComplete;
      expect(said, 'not while the page loads its locale').to.deep.equal([]);
      release();
      await ready;
      await waitUntil(() => said.length > 0, 'a warning once the locale is in');
      await roster.updateComplete;
      expect(textOf(roster.shadowRoot)).to.contain('Leaders');
    }).finally(() => (document.documentElement.lang = 'en'));
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('summitTranslation("ru")');
  });
});
