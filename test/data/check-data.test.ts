import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SummitDataChecker, report } from '../../stories/check-data.js';
import { CHECKS_LATER, REFERENCES_LATER } from '../../src/data/index.js';
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

  it('says that nothing else is checked while the dataset cannot be read, as the CLI does', () => {
    expect(report('{"a": 1,}')).to.deep.include({ ok: false, later: CHECKS_LATER });
    expect(report('{"id": "a", "id": "b"}')).to.deep.include({ ok: false, later: CHECKS_LATER });
    expect(report('{}')).to.deep.include({ ok: false, later: REFERENCES_LATER });
    const dangling = smallSummit();
    dangling.chair = 'nobody';
    expect(report(JSON.stringify(dangling))).to.deep.include({ ok: false, later: undefined });
  });

  it('refuses a file that is not UTF-8 as the CLI and the widgets do, rather than reading "�" into it', async () => {
    const input = smallSummit();
    input.place.city = 'Kuala Lumpür';
    const text = JSON.stringify(input);
    const el = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${'{}'}></summit-data-checker>`);
    const wholeReport = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const area = el.shadowRoot!.querySelector('textarea')!;
    const files = (bytes: BlobPart) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'summit.json', { type: 'application/json' }));
      return transfer;
    };
    const choose = (bytes: BlobPart) => {
      picker.files = files(bytes).files;
      picker.dispatchEvent(new Event('change'));
    };
    const drop = (bytes: BlobPart) =>
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: files(bytes), bubbles: true, cancelable: true }));
    const refused =
      '1 problem (the widgets below show the bundled example dataset, not yours): the file is not UTF-8 text: JSON must be saved and sent as UTF-8';
    const shown = () => wholeReport().replace(/ Then the dataset's fields .*$/, '');
    for (const give of [choose, drop]) {
      for (const bytes of [latin1, utf16]) {
        // Each file's report follows another.
        el.check();
        await el.updateComplete;
        expect(shown()).to.match(/^16 problems/);
        give(bytes);
        await waitUntil(() => shown() === refused, `${give.name}: ${shown()}`);
        // What the box held stays in it.
        expect(area.value).to.equal('{}');
        // Nothing else could be checked, which the report says.
        expect(wholeReport()).to.match(
          / Then the dataset's fields and the references between its entries are checked once it can be read: more issues may follow\.$/,
        );
      }
    }
    // The same text saved as UTF-8 is read as it is.
    drop(new TextEncoder().encode(text));
    await waitUntil(() => shown().startsWith('No problems found'));
    expect(area.value).to.equal(text);
  });
});
