/**
 * setWidgetLocale (Storybook's beforeEach) on a page that has only been English so far: our words are in once it
 * resolves, so a story never draws English first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitLeaderRoster } from '../../src/index.js';
import { setWidgetLocale } from '../../src/internal/localize.js';
import { smallSummit } from '../fixtures/summits.js';
import { textOf } from '../fixtures/render.js';

describe('setWidgetLocale', () => {
  it('has the translation in when it resolves, on a page that was English', async () => {
    const roster = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
    );
    expect(textOf(roster.shadowRoot)).to.contain('Leaders');
    try {
      document.documentElement.lang = 'ja';
      await setWidgetLocale('ja');
      await roster.updateComplete;
      expect(textOf(roster.shadowRoot)).to.contain('首脳');
    } finally {
      document.documentElement.lang = 'en';
      await setWidgetLocale('en');
    }
    await roster.updateComplete;
    expect(textOf(roster.shadowRoot)).to.contain('Leaders');
  });
});
