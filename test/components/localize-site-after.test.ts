/**
 * A page whose own Lit components configure @lit/localize after importing the widgets (one set-up per page): in any
 * language but Japanese and Russian, the widgets leave it to the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { LitElement } from 'lit';
import '../../src/index.js';
import type { SummitLeaderRoster } from '../../src/index.js';
import { smallSummit } from '../fixtures/summits.js';
import { textOf } from '../fixtures/render.js';

describe("the page's own @lit/localize set-up, after the widgets", () => {
  it("is the page's to make on a German page: no error, its words and ours each in place", async () => {
    document.documentElement.lang = 'de';
    const roster = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
    );
    await roster.updateComplete;
    expect(textOf(roster.shadowRoot)).to.contain('Leaders');
    // The page's own set-up and element, German from its own templates.
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { greeting: 'Hallo' } }),
    });
    await setLocale('de');
    class SiteGreeting extends LitElement {
      override render() {
        return msg('Hello', { id: 'greeting' });
      }
    }
    customElements.define('site-greeting', SiteGreeting);
    const greeting = await fixture<SiteGreeting>(html`<site-greeting></site-greeting>`);
    expect(textOf(greeting.shadowRoot)).to.equal('Hallo');
    roster.requestUpdate();
    await roster.updateComplete;
    // Ours have no German: English, marked so.
    expect(textOf(roster.shadowRoot)).to.contain('Leaders');
    document.documentElement.lang = 'en';
  });
});
