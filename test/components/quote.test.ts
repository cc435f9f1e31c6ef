import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/quote.js';
import '../../src/summit-data.js';
import type { SummitErrorEvent } from '../../src/events/events.js';
import type { SummitQuote } from '../../src/quote.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL, realDatasetJson } from '../fixtures/real.js';
import { settled, textOf } from '../fixtures/render.js';

const part = (el: SummitQuote, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** The quoted words exactly as rendered (no whitespace collapsing: the text must be the dataset's). */
const words = (el: SummitQuote) => part(el, 'text')!.querySelector('span')!.textContent;

describe('<summit-quote>', () => {
  it('goes back to the first quote when the page removes quote-id (the property becomes null)', async () => {
    const el = await fixture<SummitQuote>(html`<summit-quote quote-id="q2" .data=${smallSummit()}></summit-quote>`);
    expect(textOf(el.shadowRoot!.querySelector('blockquote'))).to.equal('Second quote.');
    el.removeAttribute('quote-id');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('blockquote'))).to.equal('Mountains can be moved.');
  });

  it('is accessible with the real dataset', async () => {
    const el = await settled(await fixture<SummitQuote>(html`<summit-quote src=${DATASET_URL}></summit-quote>`));
    await expect(el).to.be.accessible();
  });

  it('shows the first quote of the real dataset, exactly, with speaker and source', async () => {
    const json = await realDatasetJson();
    const [first] = json['quotes'] as { text: string }[];
    const el = await settled(await fixture<SummitQuote>(html`<summit-quote src=${DATASET_URL}></summit-quote>`));
    const root = el.shadowRoot!;
    expect(root.querySelector('figure > blockquote')).to.exist;
    expect(root.querySelector('figure > figcaption')).to.exist;
    expect(words(el)).to.equal(first!.text);
    expect(part(el, 'text')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(textOf(part(el, 'speaker'))).to.equal('Shavkat Mirziyoyev, President, Uzbekistan');
    expect(textOf(part(el, 'source'))).to.equal(
      'Source: President of Uzbekistan at the first summit of the “Central Asia + Japan” Dialogue in Tokyo (news article)',
    );
    // That source has no URL: no link, no cite attribute.
    expect(root.querySelector('a')).to.equal(null);
    expect(part(el, 'text')!.hasAttribute('cite')).to.equal(false);
    // No heading unless the page asks for one.
    expect(root.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('draws quotation marks in CSS, following the language', async () => {
    const marks = async (lang: string) => {
      const el = await fixture<SummitQuote>(html`<summit-quote lang=${lang} .data=${smallSummit()}></summit-quote>`);
      const p = part(el, 'text')!.querySelector('p')!;
      expect(getComputedStyle(p, '::before').content).to.equal('open-quote');
      expect(getComputedStyle(p, '::after').content).to.equal('close-quote');
      expect(words(el)).to.equal('Mountains can be moved.');
      return getComputedStyle(p).quotes;
    };
    expect(await marks('en')).to.equal('auto');
    expect(await marks('ru')).to.equal('auto');
  });

  it('chooses a quote by quote-id and follows changes to it', async () => {
    const el = await fixture<SummitQuote>(html`<summit-quote quote-id="q2" .data=${smallSummit()}></summit-quote>`);
    expect(el.quoteId).to.equal('q2');
    expect(words(el)).to.equal('Second quote.');
    expect(textOf(part(el, 'speaker'))).to.equal('Ann Abe, Prime Minister, Japan');
    el.setAttribute('quote-id', 'q1');
    await el.updateComplete;
    expect(words(el)).to.equal('Mountains can be moved.');
    expect(textOf(part(el, 'speaker'))).to.equal('Bea Bauer, President, Uzbekistan');
    el.quoteId = '';
    await el.updateComplete;
    expect(words(el)).to.equal('Mountains can be moved.');
  });

  it('links an https source with a safe rel and cites it', async () => {
    const el = await fixture<SummitQuote>(
      html`<summit-quote heading="In their words" heading-level="4" .data=${smallSummit()}></summit-quote>`,
    );
    const link = part(el, 'source')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/article');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('The article');
    expect(part(el, 'text')!.getAttribute('cite')).to.equal('https://example.org/article');
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('In their words');
    await expect(el).to.be.accessible();
  });

  it('names the available ids when quote-id is unknown', async () => {
    const el = await fixture<SummitQuote>(html`<summit-quote quote-id="nope" .data=${smallSummit()}></summit-quote>`);
    const alert = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(textOf(alert)).to.equal('No quote "nope" in this dataset. Available: q1, q2.');
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    // A slip of one: that one.
    el.quoteId = 'Q2';
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.equal(
      'No quote "Q2" in this dataset: did you mean "q2"?',
    );
    el.quoteId = 'nope';
    await el.updateComplete;
    // A message says which widget it comes from; the page's heading wins.
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Quote');
    el.heading = 'In their words';
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('In their words');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state when the dataset has no quotes', async () => {
    const data = smallSummit();
    data.quotes = [];
    const el = await fixture<SummitQuote>(html`<summit-quote .data=${data}></summit-quote>`);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('No quotes in this dataset.');
    expect(el.shadowRoot!.querySelector('figure, [part~="error"]')).to.equal(null);
  });

  it('renders hostile strings as text, exactly', async () => {
    const data = smallSummit();
    const hostile = '<img src=x onerror=alert(1)> "quoted" & <b>bold</b>';
    data.quotes[0]!.text = hostile;
    data.leaders[0]!.name = '<script>alert(1)</script>';
    data.sources[0]!.title = '<a href="javascript:alert(1)">x</a>';
    const el = await fixture<SummitQuote>(html`<summit-quote .data=${data}></summit-quote>`);
    expect(words(el)).to.equal(hostile);
    expect(textOf(part(el, 'speaker'))).to.contain('<script>alert(1)</script>');
    expect(el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/article');
  });

  it('reads an inline JSON child and a provider', async () => {
    const inline = await fixture<SummitQuote>(
      html`<summit-quote quote-id="q2">
        <script type="application/json">
          ${JSON.stringify(smallSummit())}
        </script>
      </summit-quote>`,
    );
    expect(words(inline)).to.equal('Second quote.');
    const wrap = await fixture(html`<summit-data .data=${smallSummit()}><summit-quote></summit-quote></summit-data>`);
    const el = wrap.querySelector('summit-quote')!;
    await el.updateComplete;
    expect(words(el)).to.equal('Mountains can be moved.');
  });

  it('shows path-level issues in an alert and fires summit-error for invalid data', async () => {
    const data = smallSummit();
    data.quotes[1]!.speaker = 'ghost';
    const el = document.createElement('summit-quote');
    const errored = oneEvent<SummitErrorEvent>(el, 'summit-error');
    el.data = data;
    document.body.append(el);
    const event = await errored;
    expect(event.error.issues[0]!.path).to.equal('quotes[1].speaker');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('quotes[1].speaker');
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Quote');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows loading, failed fetch and idle states', async () => {
    const loading = await fixture<SummitQuote>(html`<summit-quote src=${DATASET_URL}></summit-quote>`);
    expect(textOf(loading.shadowRoot!.querySelector('[role="status"]'))).to.contain('Loading');
    expect(textOf(loading.shadowRoot!.querySelector('h2'))).to.equal('Quote');
    const missing = await settled(await fixture<SummitQuote>(html`<summit-quote src="/no/such.json"></summit-quote>`));
    expect(textOf(missing.shadowRoot!.querySelector('[part~="error"]'))).to.contain('404');
    const idle = await fixture<SummitQuote>(html`<summit-quote></summit-quote>`);
    expect(textOf(idle.shadowRoot!.querySelector('[role="status"]'))).to.contain('No summit data');
    for (const el of [missing, idle]) expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Quote');
    // The quote itself stands without a heading, as a pull quote does.
    const shown = await fixture<SummitQuote>(html`<summit-quote .data=${smallSummit()}></summit-quote>`);
    expect(shown.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('sets the quote larger and with more air on wide containers', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SummitQuote>(html`<summit-quote .data=${smallSummit()}></summit-quote>`);
    const text = part(el, 'text')!;
    const size = () => parseFloat(getComputedStyle(text).fontSize);
    el.style.width = '320px';
    const narrow = size();
    expect(el.scrollWidth).to.be.at.most(320);
    el.style.width = '800px';
    expect(size()).to.be.above(narrow);
  });
});
