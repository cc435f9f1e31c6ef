import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SummitDataChecker, locate, report } from '../../stories/check-data.js';
import { CHECKS_LATER, REFERENCES_LATER, checkEvidence, parseSummit } from '../../src/data/index.js';
import { forEachEvidence } from '../../src/data/parse.js';
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
    // Where: the first byte that is not UTF-8 (the "ü"; UTF-16's byte-order mark).
    const refused = (column: number) =>
      `1 problem (the widgets below show the bundled example dataset, not yours): the file is not UTF-8 text (line 1, column ${column}: the first character that is not): JSON must be saved and sent as UTF-8`;
    const shown = () => wholeReport().replace(/ Then the dataset's fields .*$/, '');
    for (const give of [choose, drop]) {
      for (const [bytes, column] of [
        [latin1, text.indexOf('ü') + 1],
        [utf16, 1],
      ] as const) {
        // Each file's report follows another.
        el.check();
        await el.updateComplete;
        expect(shown()).to.match(/^16 problems/);
        give(bytes);
        await waitUntil(() => shown() === refused(column), `${give.name}: ${shown()}`);
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

  /** The small dataset with its source stored in sources/article.txt, and a text that holds every quote of it. */
  const withFile = () => {
    const input = smallSummit();
    input.sources[0]!.file = 'sources/article.txt';
    const quotes: string[] = [];
    forEachEvidence(parseSummit(input), (e) => quotes.push(e.quote));
    return { input, text: JSON.stringify(input), article: `The article. ${quotes.join(' … ')}.` };
  };

  it('checks the evidence quotes against the source files given, by file name, as the CLI does', () => {
    const { input, text, article } = withFile();
    const checked = report(text, new Map([['article.txt', article]]));
    expect(checked).to.deep.include({
      ok: true,
      checked: 'every evidence quote checked word for word against 1 source file',
      unchecked: undefined,
    });
    // A quote the source does not hold is a problem, in the CLI's words.
    const changed = article.replace('forum', 'f0rum');
    const bad = report(text, new Map([['article.txt', changed]]));
    const expected = checkEvidence(parseSummit(input), { article: changed });
    expect(expected.map((i) => i.path)).to.deep.equal(['proposals[1].evidence[0].quote']);
    expect(bad).to.deep.equal({ ok: false, issues: expected, unchecked: undefined });
    expect(expected[0]!.message).to.match(/^not found verbatim in source "article": .*: copy the exact words$/);
    // A file named by a Windows path is matched by its name too.
    input.sources[0]!.file = 'sources\\article.txt';
    expect(report(JSON.stringify(input), new Map([['article.txt', changed]]))).to.deep.include({ ok: false });
  });

  it('says plainly that the quotes were not checked until the source files are given, and how to check them', () => {
    const { input, text, article } = withFile();
    const notChecked = 'The evidence quotes were NOT checked against their sources.';
    const how =
      'To check them, choose or drop the file the dataset names here ("article.txt"), with the dataset or after it, or run npx summit-widgets validate on the dataset file, which reads them relative to its folder.';
    expect(report(text)).to.deep.include({ ok: true, checked: undefined, unchecked: [notChecked, how] });
    // A file of another name is not taken for it, and the report says so.
    expect(report(text, new Map([['article (1).txt', article]]))).to.deep.include({
      unchecked: [notChecked, how, 'No source\'s "file" is named "article (1).txt".'],
    });
    // A source with no file has no text to check against: the fix is to give it one.
    delete input.sources[0]!.file;
    expect(report(JSON.stringify(input), new Map([['article.txt', article]]))).to.deep.include({
      ok: true,
      unchecked: [
        notChecked,
        'No source\'s "file" is named "article.txt".',
        'Source "article" has no "file": give it one, the source\'s stored text, to check its quotes.',
      ],
    });
    // Some checked, some not: the problems of those checked, and the note on the others.
    const two = withFile();
    two.input.sources.push({ ...two.input.sources[0]!, id: 'wire', file: 'wire.txt' });
    two.input.outcomes[0]!.evidence[0]!.source = 'wire';
    const partly = report(JSON.stringify(two.input), new Map([['article.txt', 'nothing']]));
    expect(partly).to.deep.include({ ok: false });
    expect(partly!.ok === false && partly!.unchecked).to.deep.equal([
      'The quotes of 1 source were NOT checked against their text.',
      'To check them, choose or drop the file the dataset names here ("wire.txt"), with the dataset or after it, or run npx summit-widgets validate on the dataset file, which reads them relative to its folder.',
    ]);
    // The file of a source no evidence cites is the file of a source all the same.
    const uncited = withFile();
    uncited.input.sources.push({ ...uncited.input.sources[0]!, id: 'background', file: 'background.txt' });
    const both = new Map([
      ['article.txt', uncited.article],
      ['background.txt', 'Background.'],
    ]);
    expect(report(JSON.stringify(uncited.input), both)).to.deep.include({ ok: true, unchecked: undefined });
    // Two sources whose files share a name (in different folders): a file given under it could be either, so neither
    // is checked against it, and the report says so.
    const twins = withFile();
    twins.input.sources.push({ ...twins.input.sources[0]!, id: 'wire', file: 'wire/article.txt' });
    twins.input.outcomes[0]!.evidence[0]!.source = 'wire';
    const twice = report(JSON.stringify(twins.input), new Map([['article.txt', twins.article]]));
    expect(twice).to.deep.include({ ok: true, checked: undefined });
    expect(twice!.ok && twice!.unchecked).to.deep.equal([
      'The evidence quotes were NOT checked against their sources.',
      'Several sources name a file called "article.txt" (in different folders): run npx summit-widgets validate on the dataset file, which reads each relative to its folder.',
    ]);
  });

  it('takes a dataset and its source files chosen or dropped together, and sources given after it', async () => {
    const { text, article } = withFile();
    const el = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${'{}'}></summit-data-checker>`);
    const root = el.shadowRoot!;
    const wholeReport = () => root.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const transfer = (...files: File[]) => {
      const t = new DataTransfer();
      for (const f of files) t.items.add(f);
      return t;
    };
    const dataset = new File([text], 'my-summit.json', { type: 'application/json' });
    const source = (content: string) => new File([content], 'article.txt', { type: 'text/plain' });
    const area = root.querySelector('textarea')!;
    area.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: transfer(source(article.replace('forum', 'f0rum')), dataset),
        bubbles: true,
        cancelable: true,
      }),
    );
    await waitUntil(() => /^1 problem/.test(wholeReport()), wholeReport());
    expect(area.value).to.equal(text);
    expect(wholeReport()).to.contain('proposals[1].evidence[0].quote: not found verbatim in source "article"');
    expect(root.querySelector('.given')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Source texts given: "article.txt". Forget them',
    );
    // The right text chosen alone, after the dataset: the dataset stays, the source is replaced.
    const picker = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(picker.multiple).to.be.true;
    picker.files = transfer(source(article)).files;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => wholeReport().startsWith('No problems found:'), wholeReport());
    expect(wholeReport()).to.equal(
      'No problems found: 3 leaders, 5 proposals, 3 sectors, 2 quotes; every evidence quote checked word for word against 1 source file.',
    );
    expect(area.value).to.equal(text);
    // Forgotten, the quotes are unchecked again, and the report says so rather than "No problems found".
    root.querySelector<HTMLButtonElement>('.given button')!.click();
    await waitUntil(() => wholeReport().includes('NOT checked'));
    expect(wholeReport()).to.match(
      /^No problems found in the dataset's fields and references: 3 leaders, .* The evidence quotes were NOT checked against their sources\. To check them, choose or drop the file the dataset names here \("article\.txt"\)/,
    );
    expect(root.querySelector('.given')).to.be.null;
    // A source chosen while the box cannot be read yet (a comma missing), or under another name: it is a source, and
    // the box keeps what the editor wrote.
    const broken = text.replace('",', '"');
    area.value = broken;
    area.dispatchEvent(new Event('input'));
    for (const name of ['article.txt', 'tokyo-article.txt']) {
      picker.files = transfer(new File([article], name, { type: 'text/plain' })).files;
      picker.dispatchEvent(new Event('change'));
      await waitUntil(() => root.querySelector('.given')?.textContent?.includes(name), wholeReport());
      expect(area.value, name).to.equal(broken);
    }
    // A dataset saved as .txt, chosen with its source: the one that holds a JSON object is the dataset.
    picker.files = transfer(new File([text], 'my-summit.txt'), source(article)).files;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => area.value === text, wholeReport());
    await expect(el).to.be.accessible();
  });

  it('finds where a path is in the text, or the nearest value around a missing field', () => {
    const text = JSON.stringify(smallSummit(), null, 2);
    const value = (path: string) => text.slice(locate(text, path), locate(text, path)! + 20);
    expect(value('proposals[1].id')).to.match(/^"forum"/);
    expect(value('place.city')).to.match(/^"/);
    expect(value('leaders[2].roles[0]')).to.match(/^"participant"/);
    // Missing: the object it belongs in.
    expect(text[locate(text, 'proposals[1].nowhere')!]).to.equal('{');
    expect(locate(text, '')).to.equal(undefined);
  });

  it('shows where each problem is in the text, as the box has no line numbers', async () => {
    const input = smallSummit();
    input.proposals[1]!.when = { kind: 'day', date: '2025-02-30' } as never;
    const text = JSON.stringify(input, null, 2);
    const el = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${text}></summit-data-checker>`);
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector('textarea')!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.report .goto')!;
    const at = text.indexOf('"2025-02-30"');
    expect(button.textContent!.trim()).to.equal(`Show it in the text (line ${text.slice(0, at).split('\n').length})`);
    button.click();
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect(area.selectionStart).to.equal(at);
    // A syntax error, by its line and column.
    const broken = text.replace('"forum"', '"forum" "x"');
    area.value = broken;
    area.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('.report li')?.textContent?.includes('comma'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.report .goto')!.click();
    expect(area.selectionStart).to.equal(broken.indexOf('"forum"') + '"forum"'.length);
  });

  it('refuses a second byte-order mark in a chosen file, as in pasted text', async () => {
    const el = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${'{}'}></summit-data-checker>`);
    const wholeReport = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const text = JSON.stringify(smallSummit());
    const bom = '\ufeff';
    const transfer = new DataTransfer();
    transfer.items.add(new File([new TextEncoder().encode(bom + bom + text)], 'summit.json'));
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change'));
    const expected =
      '1 problem (the widgets below show the bundled example dataset, not yours): the text is not valid JSON (line 1, column 1): a byte order mark (U+FEFF), which JSON does not allow outside quoted text: remove it';
    await waitUntil(() => wholeReport().startsWith('1 problem'), wholeReport());
    expect(wholeReport()).to.match(
      new RegExp(`^${expected.replace(/[()+.]/g, '\\$&')} Show it in the text \\(line 1\\) Then`),
    );
    expect(report(bom + bom + text)).to.deep.include({ ok: false });
    expect(report(bom + text)).to.deep.include({ ok: true });
  });

  it('shows the right place in a file saved with Windows line ends (CR LF), and keeps the caret where it is', async () => {
    const input = smallSummit();
    input.proposals[1]!.when = { kind: 'day', date: '2025-02-30' } as never;
    const crlf = JSON.stringify(input, null, 2).replace(/\n/g, '\r\n');
    const el = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${'{}'}></summit-data-checker>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File([crlf], 'summit.json'));
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('.report li')?.textContent?.includes('2025-02-30'));
    const area = el.shadowRoot!.querySelector('textarea')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.report .goto')!.click();
    expect(
      area.value.slice(area.selectionStart, area.selectionEnd),
      el.shadowRoot!.querySelector('.report')!.textContent!,
    ).to.equal('"2025-02-30"');
    // Typing: the box is not written over with what it holds (which would move the caret to the end).
    area.setSelectionRange(5, 5);
    area.dispatchEvent(new Event('input'));
    el.check();
    await el.updateComplete;
    expect(area.selectionStart).to.equal(5);
  });

  it("keeps the editor's text for the tab where it is given a key: a reload shows it again, with the report", async () => {
    const key = `test-${Math.random()}`;
    const first = await fixture<SummitDataChecker>(
      html`<summit-data-checker .text=${'{}'} .storageKey=${key}></summit-data-checker>`,
    );
    const area = first.shadowRoot!.querySelector('textarea')!;
    area.value = '{"id": 1}';
    area.dispatchEvent(new Event('input'));
    expect(sessionStorage.getItem(key)).to.equal('{"id": 1}');
    const again = await fixture<SummitDataChecker>(
      html`<summit-data-checker .text=${'{}'} .storageKey=${key}></summit-data-checker>`,
    );
    expect(again.shadowRoot!.querySelector('textarea')!.value).to.equal('{"id": 1}');
    expect(again.shadowRoot!.textContent).to.contain('Your text from before');
    expect(again.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('id: expected');
    // Back to the example: nothing is kept.
    [...again.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Start again'))!.click();
    expect(sessionStorage.getItem(key)).to.equal(null);
    // Without a key (the self-test), nothing is kept.
    const none = await fixture<SummitDataChecker>(html`<summit-data-checker .text=${'{}'}></summit-data-checker>`);
    expect(none.shadowRoot!.textContent).to.not.contain('Your text from before');
  });
});
