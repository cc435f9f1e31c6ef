import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../src/card.js';
import '../../src/summit-data.js';
import type { SummitErrorEvent } from '../../src/events/events.js';
import type { SummitCard } from '../../src/card.js';
import { editionLabel, formatDate, outcomeLabel } from '../../src/components/card/format.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL } from '../fixtures/real.js';
import { consoleWarnings, settled, textOf } from '../fixtures/render.js';

/** The card's facts as `{term: value text}`; several values of one term are joined with " | ". */
function facts(el: SummitCard): Record<string, string> {
  const groups = [...el.shadowRoot!.querySelectorAll('dl[part="facts"] > div')];
  return Object.fromEntries(
    groups.map((g) => [
      textOf(g.querySelector('dt')),
      [...g.querySelectorAll('dd')].map((dd) => textOf(dd)).join(' | '),
    ]),
  );
}

const card = (lang: string) =>
  fixture<SummitCard>(html`<summit-card lang=${lang} src=${DATASET_URL}></summit-card>`).then((el) => settled(el));

describe('<summit-card>', () => {
  it('is accessible with the real dataset', async () => {
    const el = await card('en');
    await expect(el).to.be.accessible();
  });

  it('shows the real summit at a glance', async () => {
    const el = await card('en');
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('First “Central Asia + Japan” Dialogue summit');
    expect(textOf(root.querySelector('.kicker'))).to.equal('Central Asia + Japan · 1st summit');
    const f = facts(el);
    expect(f).to.deep.equal({
      Date: 'December 20, 2025',
      Place: 'Tokyo, Japan',
      Chair: 'Sanae Takaichi, Prime Minister, Japan',
      Leaders: '6',
      Countries: '6',
      Proposals: '26',
      Outcomes: 'Tokyo Declaration adopted: The Tokyo Declaration was adopted following the summit.',
      Agenda:
        'Green economy and sustainable development | Strengthening connectivity and regional interaction | Human resource development',
      Background: [
        'Historical ties between Central Asia and Japan date back to the Great Silk Road, alongside shared traditions, customs and values.',
        'More than 20 years ago, Japan initiated the first dialogue in the “Central Asia Plus” format.',
        'Since the countries of Central Asia gained independence, Japan has been a partner of the region, contributing to its socio-economic development, infrastructure, industry, energy and human resource potential.',
      ].join(' | '),
    });
    // The dataset's words carry its language; the summary stands on a line of its own.
    const summary = root.querySelector('.outcomes .note')!;
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(summary).display).to.equal('block');
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2025-12-20');
    const source = textOf(root.querySelector('[part="source"]'));
    expect(source).to.contain('Source: President of Uzbekistan at the first summit');
    expect(source).to.contain('Facts as of December 20, 2025.');
    // The real source has no URL: its title is not a link.
    expect(root.querySelector('a')).to.equal(null);
  });

  it('formats dates in the language of the element', async () => {
    const date = async (lang: string) => textOf((await card(lang)).shadowRoot!.querySelector('dd time'));
    expect(await date('en-GB')).to.equal('20 December 2025');
    expect(await date('ja')).to.equal('2025年12月20日');
    expect(await date('ru')).to.equal('20 декабря 2025 г.');
    // A malformed lang falls back to English rather than breaking the card.
    expect(await date('not a tag!')).to.equal('December 20, 2025');
  });

  it('shows the days of a summit of several days as one range, each end a <time> of its own', async () => {
    const el = await fixture<SummitCard>(
      html`<summit-card
        .data=${{ ...smallSummit(), date: '2025-04-03', endDate: '2025-04-04', asOf: '2025-04-04' }}
      ></summit-card>`,
    );
    const date = async (lang: string) => {
      el.lang = lang;
      await el.updateComplete;
      return facts(el)['Date'];
    };
    expect(await date('en')).to.equal('April 3–4, 2025');
    expect(await date('ja')).to.equal('2025年4月3日～4日');
    expect(await date('ru')).to.equal('3–4 апреля 2025 г.');
    expect([...el.shadowRoot!.querySelectorAll('dd time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-04-03',
      '2025-04-04',
    ]);
    el.data = { ...smallSummit(), date: '2025-04-30', endDate: '2025-05-02', asOf: '2025-05-02' };
    expect(await date('en')).to.equal('April 30 – May 2, 2025');
    await expect(el).to.be.accessible();
  });

  it('ends its source and date lines with one full stop, where the date in the page language ends with its own', async () => {
    // English words on a Ukrainian or Bulgarian page, whose dates end with "р." or "г.".
    for (const [lang, year] of [
      ['uk', '2025 р.'],
      ['bg', '2025 г.'],
    ]) {
      const source = textOf((await card(lang)).shadowRoot!.querySelector('[part="source"]'));
      expect(source, lang).to.contain(`Facts as of `);
      expect(source, lang).to.match(new RegExp(`${year}$`));
      expect(source, lang).not.to.contain('..');
    }
  });

  it('takes the language from an ancestor', async () => {
    // Built by hand: fixture() waits a frame for a plain <div>, and a background test page gets no frames.
    const wrap = document.createElement('div');
    wrap.lang = 'ru';
    const el = wrap.appendChild(document.createElement('summit-card'));
    el.data = smallSummit();
    document.body.append(wrap);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('dd time'))).to.equal('20 декабря 2025 г.');
    expect(facts(el)['Leaders']).to.equal('3');
    // Countries are those the leaders came from: a country the dataset names for an initiative or a place is not one.
    expect(facts(el)['Countries']).to.equal('3');
    const show = async (data: unknown) => {
      el.data = data;
      await el.updateComplete;
    };
    const data = smallSummit();
    data.countries.push({ code: 'DE', name: 'Germany' });
    data.leaders[2]!.country = 'UZ';
    await show(data);
    expect([facts(el)['Leaders'], facts(el)['Countries']]).to.deep.equal(['3', '2']);
    // A meeting that is not one of a numbered series: no edition, no "1st summit" made up for it.
    const visit = smallSummit() as { edition?: number };
    delete visit.edition;
    await show(visit);
    expect(textOf(el.shadowRoot!.querySelector('.kicker'))).to.equal('A + B');
    // An Arabic dataset's city and country, office and country, are joined by the Arabic comma.
    await show({ ...smallSummit(), lang: 'ar' });
    expect(facts(el)['Place']).to.equal('Tokyo، Japan');
    expect(facts(el)['Chair']).to.contain('Prime Minister، Japan');
    // The European Union's representative is a leader, but the Union is not a country.
    const eu = smallSummit();
    eu.countries.push({ code: 'EU', name: 'European Union' });
    eu.leaders[2]!.country = 'EU';
    await show(eu);
    expect([facts(el)['Leaders'], facts(el)['Countries']]).to.deep.equal(['3', '2']);
    // Nor is an international organisation; the chair's office names it already, so it is not named twice.
    const ebrd = smallSummit();
    ebrd.countries.push({ code: 'EBRD', name: 'EBRD', organisation: true });
    ebrd.leaders[2]!.country = 'EBRD';
    ebrd.leaders[1]!.title = 'Prime Minister of Japan';
    await show(ebrd);
    expect([facts(el)['Leaders'], facts(el)['Countries']]).to.deep.equal(['3', '2']);
    expect(facts(el)['Chair']).to.equal('Ann Abe, Prime Minister of Japan');
    // A co-chaired summit: every chair, the chair first.
    const cochaired = smallSummit();
    cochaired.leaders[0]!.roles = ['chair'];
    cochaired.coChairs = ['leader-b'];
    await show(cochaired);
    expect(facts(el)['Chair']).to.equal(undefined);
    expect(facts(el)['Co-chairs']).to.equal('Ann Abe, Prime Minister, Japan | Bea Bauer, President, Uzbekistan');
    // Year boundaries are where a time-zone shift would show.
    expect(formatDate('2025-01-01', 'en').text).to.equal('January 1, 2025');
    expect(formatDate('2025-12-31', 'en').text).to.equal('December 31, 2025');
    wrap.remove();
  });

  it('writes English ordinals and names outcomes without inventing verbs', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(editionLabel)).to.deep.equal(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st'].map((o) => `${o} summit`),
    );
    // The suffix follows English's ordinal rules as Intl states them, for every edition a dataset may give.
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
    for (let n = 1; n <= 9999; n++) {
      if (editionLabel(n) !== `${n}${suffix[rules.select(n)]} summit`) expect.fail(`${n}: ${editionLabel(n)}`);
    }
    const outcome = (kind: string) => {
      const box = document.createElement('div');
      render(outcomeLabel({ id: 'x', title: 'Pact', kind, evidence: [] }, 'en'), box);
      expect(box.querySelector('span[lang="en"]')!.textContent, 'the title in its language').to.equal('Pact');
      return textOf(box);
    };
    expect([outcome('declaration'), outcome('agreement'), outcome('roadmap')]).to.deep.equal([
      'Pact adopted',
      'Pact signed',
      'Pact',
    ]);
  });

  it('honours heading and heading-level, and links an https source', async () => {
    const el = await fixture<SummitCard>(
      html`<summit-card lang="en" heading="At a glance" heading-level="4" .data=${smallSummit()}></summit-card>`,
    );
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('At a glance');
    const link = el.shadowRoot!.querySelector('[part="source"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/article');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('The article');
    expect(facts(el)['Chair']).to.equal('Ann Abe, Prime Minister, Japan');
    await expect(el).to.be.accessible();
  });

  it('lists several outcomes and says so when there are none', async () => {
    const data = smallSummit();
    data.outcomes.push({
      id: 'deal',
      title: 'Trade Agreement',
      kind: 'agreement',
      evidence: data.outcomes[0]!.evidence,
    });
    const el = await fixture<SummitCard>(html`<summit-card .data=${data}></summit-card>`);
    expect(el.shadowRoot!.querySelectorAll('dd').length).to.be.above(7);
    expect(facts(el)['Outcomes']).to.equal('Tokyo Declaration adopted | Trade Agreement signed');
    // Two sit beside the chair; a long list (a G20's fourteen) has the card's whole width, no empty column beside it.
    const outcomes = () => el.shadowRoot!.querySelector('.outcomes')!;
    expect(outcomes().classList.contains('wide')).to.equal(false);
    el.data = { ...data, outcomes: [1, 2, 3, 4].map((n) => ({ ...data.outcomes[1]!, id: `deal-${n}` })) };
    await el.updateComplete;
    expect(outcomes().classList.contains('wide')).to.equal(true);
    const none = smallSummit();
    none.outcomes = [];
    el.data = none;
    await el.updateComplete;
    expect(facts(el)['Outcomes']).to.equal('None recorded');
    // No agenda: no empty fact for it.
    none.agenda = [];
    el.data = structuredClone(none);
    await el.updateComplete;
    expect(facts(el)).to.not.have.property('Agenda');
    expect(facts(el)).to.not.have.property('Background');
  });

  it('shows the background, with the date of each dated entry in the page’s language', async () => {
    const data = smallSummit();
    const evidence = data.outcomes[0]!.evidence;
    data.history = [
      {
        id: 'first',
        text: 'The first meeting of the dialogue.',
        when: { kind: 'year', year: 2004, phrase: 'in 2004' },
        evidence,
      },
      { id: 'talks', text: 'Ministers met in Astana.', when: { kind: 'day', date: '2024-08-09' }, evidence },
      { id: 'by', text: 'A free-trade area was planned.', when: { kind: 'by', year: 2030 }, evidence },
      { id: 'ties', text: 'Ties date back to the Silk Road.', when: { kind: 'undated', phrase: 'long ago' }, evidence },
    ];
    const el = await fixture<SummitCard>(html`<summit-card lang="en-GB" .data=${data}></summit-card>`);
    // The text says what happened in its own words; a date is added, formatted, only where there is one.
    expect(facts(el)['Background']).to.equal(
      [
        '2004: The first meeting of the dialogue.',
        '9 August 2024: Ministers met in Astana.',
        'By 2030: A free-trade area was planned.',
        'Ties date back to the Silk Road.',
      ].join(' | '),
    );
    const times = [...el.shadowRoot!.querySelectorAll('.wide time')];
    expect(times.map((t) => t.getAttribute('datetime')).join()).to.equal('2004,2024-08-09,2030');
    expect(getComputedStyle(times[0]!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('reads an inline JSON child and a provider', async () => {
    const inline = await fixture<SummitCard>(
      html`<summit-card>
        <script type="application/json">
          ${JSON.stringify(smallSummit())}
        </script>
      </summit-card>`,
    );
    expect(textOf(inline.shadowRoot!.querySelector('h2'))).to.equal('Test Summit');
    const wrap = await fixture(html`<summit-data .data=${smallSummit()}><summit-card></summit-card></summit-data>`);
    const el = wrap.querySelector('summit-card')!;
    await el.updateComplete;
    expect(facts(el)['Leaders']).to.equal('3');
  });

  it('renders hostile strings as text', async () => {
    const data = smallSummit();
    data.title = '<img src=x onerror=alert(1)>';
    data.place.city = '<script>alert(1)</script>';
    const el = await fixture<SummitCard>(html`<summit-card .data=${data}></summit-card>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(facts(el)['Place']).to.equal('<script>alert(1)</script>, Japan');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('keeps our English sentences left to right on a right-to-left page', async () => {
    const wrap = await fixture(html`<div dir="rtl"><summit-card .data=${smallSummit()}></summit-card></div>`);
    const el = wrap.querySelector<SummitCard>('summit-card')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    // "Tokyo Declaration adopted", "A + B · 1st summit": not "adopted Tokyo Declaration".
    expect(root.querySelector('.outcomes dd')!.matches(':dir(ltr)')).to.equal(true);
    expect(root.querySelector('.kicker')!.matches(':dir(ltr)')).to.equal(true);
    // The chair's name and office share one direction.
    const chair = [...root.querySelectorAll('.fact')].find((f) => textOf(f.querySelector('dt')) === 'Chair')!;
    expect(
      chair.querySelector('.name')!.matches(':dir(ltr)') && chair.querySelector('.office')!.matches(':dir(ltr)'),
    ).to.equal(true);
  });

  it('tells the console every issue of its own dataset, once', async () => {
    const warnings = await consoleWarnings(async () => {
      const data = smallSummit();
      (data as { edition: unknown }).edition = 'first';
      data.date = '20 Dec 2025';
      const el = await fixture<SummitCard>(html`<summit-card .data=${data}></summit-card>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^summit-widgets: <summit-card> Invalid summit dataset: 2 issues\n/);
    expect(warnings[0]).to.contain('date: expected a date').and.contain('edition: expected');
  });

  it('shows path-level issues in an alert and fires summit-error for invalid data', async () => {
    const data = smallSummit();
    data.chair = 'nobody';
    const el = document.createElement('summit-card');
    const errored = oneEvent<SummitErrorEvent>(el, 'summit-error');
    el.data = data;
    document.body.append(el);
    const event = await errored;
    expect(event.error.issues.map((i) => i.path)).to.include('chair');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('chair:');
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows loading, failed fetch and idle states', async () => {
    const loading = await fixture<SummitCard>(html`<summit-card src=${DATASET_URL}></summit-card>`);
    expect(textOf(loading.shadowRoot!.querySelector('[role="status"]'))).to.contain('Loading');
    const missing = await settled(await fixture<SummitCard>(html`<summit-card src="/no/such.json"></summit-card>`));
    expect(textOf(missing.shadowRoot!.querySelector('[part~="error"]'))).to.contain('404');
    const idle = await fixture<SummitCard>(html`<summit-card></summit-card>`);
    expect(textOf(idle.shadowRoot!.querySelector('[role="status"]'))).to.contain('No summit data');
  });

  it('stacks facts on narrow containers and sets them in columns on wide ones', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SummitCard>(html`<summit-card .data=${smallSummit()}></summit-card>`);
    const groups = [...el.shadowRoot!.querySelectorAll('dl > div')];
    const [date, place, , outcomes, leaders, countries, proposals] = groups.map((g) => () => g.getBoundingClientRect());
    const sameRow = (a: () => DOMRect, b: () => DOMRect) => a().top === b().top;
    el.style.width = '320px';
    el.style.fontFamily = 'sans-serif'; // a wide face: the labels' worst case
    expect(place!().top).to.be.at.least(date!().bottom);
    expect(sameRow(leaders!, countries!) && sameRow(countries!, proposals!)).to.equal(true);
    // Every label fits its column, even the counts' at 320px.
    for (const dt of el.shadowRoot!.querySelectorAll('dt')) expect(dt.scrollWidth).to.be.at.most(dt.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
    // A phone at 200% zoom is 188px wide, less the page's margins: nothing wider than the card.
    el.style.width = '150px';
    const facts = el.shadowRoot!.querySelector('dl')!;
    expect(facts.scrollWidth).to.be.at.most(facts.clientWidth);
    expect(el.scrollWidth).to.be.at.most(150);
    el.style.width = '640px';
    expect(sameRow(date!, place!)).to.equal(true);
    expect(outcomes!().top).to.be.below(leaders!().top);
    el.style.width = '960px';
    expect(sameRow(outcomes!, leaders!) && sameRow(leaders!, proposals!)).to.equal(true);
    // The agenda takes a row of its own, below the counts, at every width.
    const agenda = groups.find((g) => textOf(g.querySelector('dt')) === 'Agenda')!;
    expect(textOf(agenda.querySelector('dt'))).to.equal('Agenda');
    for (const width of ['320px', '640px', '960px']) {
      el.style.width = width;
      expect(agenda.getBoundingClientRect().top, width).to.be.at.least(proposals!().bottom);
      expect(agenda.getBoundingClientRect().width, width).to.be.above(el.getBoundingClientRect().width * 0.8);
    }
  });
});
