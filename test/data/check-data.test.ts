import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SummitDataChecker, report } from '../../stories/check-data.js';
import { smallSummit } from '../fixtures/summits.js';

if (!customElements.get('summit-data-checker')) customElements.define('summit-data-checker', SummitDataChecker);

describe('<summit-data-checker> (Storybook "Check your data")', () => {
  it('counts in the singular for one', () => {
    const input = smallSummit();
    input.quotes = input.quotes.slice(0, 1);
    const result = report(JSON.stringify(input));
    expect(result).to.include({ ok: true, summary: '3 leaders, 5 proposals, 3 sectors, 1 quote' });
    input.quotes = [];
    expect(report(JSON.stringify(input))).to.include({ summary: '3 leaders, 5 proposals, 3 sectors, 0 quotes' });
  });
});
