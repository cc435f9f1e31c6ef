import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/proposal-timeline.js';
import '../../src/leader-roster.js';
import '../../src/summit-data.js';
import type { SummitProposalTimeline } from '../../src/proposal-timeline.js';
import type { SummitLeaderRoster } from '../../src/leader-roster.js';
import { parseSummit } from '../../src/data/parse.js';
import type { SummitInput } from '../../src/data/types.js';
import { filterProposals, timeline } from '../../src/data/views.js';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events/events.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL, realDatasetJson } from '../fixtures/real.js';
import { consoleWarnings, contrast, settled, textOf } from '../fixtures/render.js';

type Timeline = SummitProposalTimeline;

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E & Element>(selector) as E | null;
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E & Element>(selector),
];
const entries = (el: Timeline) => $$(el, 'li.entry');
const headlines = (el: Timeline) => entries(el).map((e) => textOf(e.querySelector('[part="headline"]')));
const groupLabels = (el: Timeline) => $$(el, '[part="group-heading"]').map((h) => textOf(h));
const count = (el: Timeline) => textOf($(el, '[part="count"]'));
const chip = (entry: Element, name: string) =>
  [...entry.querySelectorAll<HTMLButtonElement>('button.chip')].find((b) => textOf(b) === name)!;

// oneEvent is typed for CustomEvent; ours are Event subclasses.
const selected = (el: Element) => oneEvent(el, 'summit-select') as unknown as Promise<SummitSelectEvent>;
const errored = (el: Element) => oneEvent(el, 'summit-error') as unknown as Promise<SummitErrorEvent>;

/** Lets a provider and its consumers finish the updates they trigger in one another. */
type SummitDataLike = Element & { updateComplete?: Promise<unknown> };
type SummitData = HTMLElement & { selection: { sector?: string; leader?: string }; updateComplete: Promise<boolean> };
async function flush(...els: (Element & { updateComplete?: Promise<unknown> })[]) {
  for (let i = 0; i < 3; i++) for (const el of els) await el.updateComplete;
}

/** Opens an evidence disclosure as a reader does and waits for its quotes to be drawn. */
async function openEvidence(el: Timeline, details: HTMLDetailsElement) {
  const toggled = oneEvent(details, 'toggle');
  details.querySelector('summary')!.click();
  expect(details.open).to.equal(true);
  await toggled;
  await el.updateComplete;
}

/** A valid dataset with `n` generated proposals spread over every kind of `When`. */
function bigSummit(n: number): SummitInput {
  const data = smallSummit();
  const whens: SummitInput['proposals'][number]['when'][] = [
    { kind: 'day', date: '2025-12-20', phrase: 'December 20' },
    { kind: 'relative', phrase: 'next year', relativeTo: '2025-12-20', offsetYears: 1, year: 2026 },
    { kind: 'month', year: 2026, month: 3 },
    { kind: 'year', year: 2027 },
    { kind: 'by', year: 2040, phrase: 'by 2040' },
    { kind: 'recurring', every: 2, unit: 'year' },
    { kind: 'undated' },
  ];
  const kinds = ['proposed', 'supported', 'welcomed', 'emphasized'] as const;
  data.proposals = Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    headline: `Proposal ${i}`,
    summary: `Generated proposal number ${i}.`,
    kind: kinds[i % kinds.length]!,
    proposedBy: i % 2 ? 'leader-b' : 'leader-c',
    sectors: [['energy', 'digital', 'education'][i % 3]!],
    when: whens[i % whens.length]!,
    evidence: [{ source: 'article', quote: `Quote ${i}` }],
  }));
  return data;
}

describe('<summit-proposal-timeline>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible with the real dataset', async () => {
    const el = await settled(
      await fixture<Timeline>(html`<summit-proposal-timeline src=${DATASET_URL}></summit-proposal-timeline>`),
    );
    expect(entries(el).length).to.equal(26);
    await expect(el).to.be.accessible();
  });

  it("never moves the focus under a group's sticky heading on a phone, by arrows or Shift+Tab (WCAG 2.4.11)", async () => {
    await setViewport({ width: 414, height: 896 });
    const el = await settled(
      await fixture<Timeline>(html`<summit-proposal-timeline src=${DATASET_URL}></summit-proposal-timeline>`),
    );
    const root = el.shadowRoot!;
    // What a stuck heading covers of the focused element, in px (0: nothing).
    const covered = () => {
      const box = (root.activeElement as HTMLElement).getBoundingClientRect();
      return Math.max(
        0,
        ...[...root.querySelectorAll('.label')].map((l) => {
          const r = l.getBoundingClientRect();
          return r.top <= 1 ? Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) : 0;
        }),
      );
    };
    const seen: string[] = [];
    root.querySelector<HTMLElement>('[part="headline"][tabindex]')!.focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'ArrowUp' });
      if (covered() > 0) seen.push(`ArrowUp ${i + 1}: ${textOf(root.activeElement)} (${covered()} px)`);
    }
    scrollTo(0, document.body.scrollHeight);
    root.querySelectorAll('summary')[25]!.focus();
    await sendKeys({ down: 'Shift' });
    try {
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        if (!root.activeElement) break;
        if (covered() > 0) seen.push(`Shift+Tab ${i + 1}: ${textOf(root.activeElement)} (${covered()} px)`);
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(seen).to.deep.equal([]);
  });

  it("draws its chips' outlines at 3:1 or more against the entry and their own fill, light and dark (WCAG 1.4.11)", async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<Timeline>(
        html`<summit-proposal-timeline theme=${theme} .data=${smallSummit()}></summit-proposal-timeline>`,
      );
      const chip = $(el, '.chip')!;
      const border = getComputedStyle(chip).borderTopColor;
      const entry = getComputedStyle(chip.closest('.card')!).backgroundColor;
      expect(contrast(border, entry), `${theme}: against the entry`).to.be.at.least(3);
      expect(contrast(border, getComputedStyle(chip).backgroundColor), `${theme}: against its fill`).to.be.at.least(3);
    }
  });

  it('shows all 26 proposals of the real dataset, grouped in time order', async () => {
    const el = await settled(
      await fixture<Timeline>(
        html`<summit-proposal-timeline lang="en-GB" src=${DATASET_URL}></summit-proposal-timeline>`,
      ),
    );
    const json = await realDatasetJson();
    const summit = parseSummit(json);
    expect(entries(el).length).to.equal(26);
    expect($(el, 'h2')!.textContent).to.equal('Proposals and decisions');
    expect(count(el)).to.equal('26 proposals');
    expect(groupLabels(el)).to.deep.equal([
      'At the summit · 20 December 2025',
      'Next year · 2026',
      'By 2040',
      'Recurring',
      'No date given',
    ]);
    expect($$(el, '[part="group-heading"] time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-12-20',
      '2026',
      '2040',
    ]);
    // Group sizes and order come from the data: the same as the data layer's timeline.
    const groups = $$(el, '[part="group"]').map((g) => g.querySelectorAll('li.entry').length);
    expect(groups).to.deep.equal(timeline(summit).map((b) => b.items.length));
    expect(groups).to.deep.equal([8, 4, 1, 1, 12]);
    expect(headlines(el)).to.deep.equal(timeline(summit).flatMap((b) => b.items.map((p) => p.headline)));
    // Every group heading is a real heading one level below the widget's.
    expect($$(el, '[part="group-heading"]').every((h) => h.tagName === 'H3')).to.equal(true);
    expect(entries(el).every((e) => e.querySelector('[part="headline"]')!.tagName === 'H4')).to.equal(true);
  });

  it('says when a recurring proposal first happens, after the source’s own words when it gave some', async () => {
    const data = smallSummit();
    data.proposals[0]!.when = { kind: 'recurring', every: 2, unit: 'year', first: '2026-03' };
    data.proposals[1]!.when = { kind: 'recurring', every: 1, unit: 'month', first: '2027' };
    data.proposals[2]!.when = { kind: 'recurring', every: 3, unit: 'year', first: '2029', phrase: 'every three years' };
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline lang="en-GB" .data=${data}></summit-proposal-timeline>`,
    );
    const text = entries(el).map(textOf).join(' | ');
    expect(text).to.contain('every 2 years, starting March 2026').and.contain('every month, starting 2027');
    expect(text).to.contain('every three years, starting 2029');
  });

  it('writes its own when-words in lower case, as the source’s words beside them read, and leaves those as written', async () => {
    const data = smallSummit();
    data.proposals[0]!.when = { kind: 'recurring', every: 1, unit: 'year' };
    data.proposals[1]!.when = { kind: 'recurring', every: 2, unit: 'year', phrase: 'every two years' };
    data.proposals[2]!.when = { kind: 'recurring', every: 1, unit: 'year', first: '2025-10', phrase: 'every year' };
    data.proposals[3]!.when = { kind: 'by', year: 2030 };
    data.proposals[4]!.when = { kind: 'recurring', every: 3, unit: 'year', phrase: 'Every third year' };
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline lang="en-GB" .data=${data}></summit-proposal-timeline>`,
    );
    const when = $$(el, '.fact')
      .filter((f) => textOf(f.querySelector('dt')) === 'When')
      .map((f) => textOf(f.querySelector('dd')));
    expect(when).to.have.members([
      'every year',
      'every two years',
      'every year, starting October 2025',
      'by 2030',
      'Every third year',
    ]);
    // Headings start with a capital.
    expect(groupLabels(el)).to.include('By 2030');
  });

  it('keeps the outline below h6: groups and entries go on as ARIA headings', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline heading-level="5" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    expect($(el, '[part="heading"]')!.tagName).to.equal('H5');
    const group = $(el, '[part="group-heading"]')!;
    expect(group.tagName).to.equal('H6');
    const headline = $(el, '[part="headline"]')!;
    expect([headline.getAttribute('role'), headline.getAttribute('aria-level')]).to.deep.equal(['heading', '7']);
    expect(getComputedStyle(headline).fontWeight).to.equal('700');
    await expect(el).to.be.accessible();
  });

  it('gives the dataset text and its own text their own direction, on a right-to-left page and off it', async () => {
    const data = smallSummit();
    data.proposals[0]!.headline = 'منتدى الطاقة';
    data.sectors[0]!.name = 'الطاقة';
    const rtl = await fixture(
      html`<div dir="rtl"><summit-proposal-timeline .data=${data}></summit-proposal-timeline></div>`,
    );
    const el = rtl.querySelector<Timeline>('summit-proposal-timeline')!;
    await el.updateComplete;
    // English in an Arabic page reads left to right: the count, each summary, the kind of each entry, and our
    // group headings ("By 2040", not "2040 By").
    for (const selector of ['[part="count"]', '.summary', '[part="kind"]', '[data-kind="by"] [part="group-heading"]']) {
      expect($(el, selector)!.matches(':dir(ltr)'), selector).to.equal(true);
    }
    const ltr = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    // An Arabic headline and chip in an English page read right to left.
    const headline = $$(ltr, '[part="headline"]').find((s) => textOf(s) === 'منتدى الطاقة')!;
    expect(headline.matches(':dir(rtl)')).to.equal(true);
    const chipEl = $$(ltr, 'button.chip').find((b) => textOf(b) === 'الطاقة')!;
    expect(chipEl.matches(':dir(rtl)')).to.equal(true);
    // A name inside our own sentence is isolated in its own direction.
    chipEl.click();
    await ltr.updateComplete;
    const name = $(ltr, '[part="count"] span[dir="auto"]')!;
    expect([name.textContent, name.matches(':dir(rtl)')]).to.deep.equal(['الطاقة', true]);
  });

  it('centres each marker on the rail, inside the widget, in either direction', async () => {
    const data = smallSummit();
    const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    for (const lang of ['en', 'ar']) {
      el.data = { ...data, lang };
      await el.updateComplete;
      const entry = entries(el)[0]!;
      const list = entry.parentElement!;
      // Centres of the marker (the entry's ::before) and of the rail (the list's ::before), from the widget's side.
      const box = entry.getBoundingClientRect();
      const marker = getComputedStyle(entry, '::before');
      const rail = getComputedStyle(list, '::before');
      const host = el.getBoundingClientRect();
      const rtl = lang === 'ar';
      const markerStart = rtl
        ? host.right - box.right + parseFloat(marker.right)
        : box.left - host.left + parseFloat(marker.left);
      const railStart =
        (rtl ? host.right - list.getBoundingClientRect().right : list.getBoundingClientRect().left - host.left) +
        parseFloat(rtl ? rail.right : rail.left);
      expect(markerStart, lang).to.be.at.least(0);
      expect(markerStart + parseFloat(marker.width) / 2, lang).to.be.closeTo(
        railStart + parseFloat(rail.width) / 2,
        0.5,
      );
    }
  });

  it("keeps a quote's bar and the group headings on the side the widget's lines start, on screen and on paper", async () => {
    const data = { ...smallSummit(), lang: 'ar' };
    const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    const details = $$<HTMLDetailsElement>(el, 'details')[0]!;
    await openEvidence(el, details);
    // An English quote in an Arabic widget: aligned right, by its bar on the right.
    const quote = getComputedStyle(details.querySelector('blockquote')!);
    expect([quote.borderRightWidth, quote.borderLeftWidth, quote.textAlign]).to.deep.equal(['3px', '0px', 'right']);
    await emulateMedia({ media: 'print' });
    try {
      const label = $(el, '[part="group-heading"]')!;
      expect(getComputedStyle(label).textAlign).to.equal('right');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps groups and entries under the widget heading as drawn, whatever heading-level says', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline heading-level="1" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const tags = () => ['heading', 'group-heading', 'headline'].map((p) => $(el, `[part="${p}"]`)!.tagName);
    // Level 1 is the article's own: the widget takes 2, its groups 3, its entries 4.
    expect(tags()).to.deep.equal(['H2', 'H3', 'H4']);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(tags()).to.deep.equal(['H3', 'H4', 'H5']);
    el.setAttribute('heading-level', 'x');
    await el.updateComplete;
    expect(tags()).to.deep.equal(['H2', 'H3', 'H4']);
  });

  it('flows on across the columns of a multi-column article, breaking between entries, never inside one', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'columns: 2; column-gap: 20px; width: 1000px';
    const el = await settled(
      await fixture<Timeline>(html`<summit-proposal-timeline src=${DATASET_URL}></summit-proposal-timeline>`, {
        parentNode: box,
      }),
    );
    const rects = entries(el).map((e) => e.getBoundingClientRect());
    const columns = new Set(rects.map((r) => Math.round(r.left)));
    expect(columns.size, 'entries in both columns').to.equal(2);
    // An entry split between columns would span both.
    expect(Math.max(...rects.map((r) => r.width))).to.be.below(490);
    expect(box.getBoundingClientRect().height, 'the columns balance').to.be.below(el.scrollHeight * 0.7);
  });

  it('keeps every proposal in the accessibility tree, however far below the fold', async () => {
    await setViewport({ width: 800, height: 400 });
    const el = await settled(
      await fixture<Timeline>(html`<summit-proposal-timeline src=${DATASET_URL}></summit-proposal-timeline>`),
    );
    const names = new Set(headlines(el));
    const found = new Set<string>();
    const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
      if (node.role === 'heading' && node.name && names.has(node.name)) found.add(node.name);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
    expect(found.size).to.equal(26);
  });

  it('shows a known proposal with its proposer, words for its kind and its verbatim evidence', async () => {
    const el = await settled(
      await fixture<Timeline>(html`<summit-proposal-timeline src=${DATASET_URL}></summit-proposal-timeline>`),
    );
    const entry = entries(el).find((e) => textOf(e).includes('Summits of heads of state every two years'))!;
    expect(entry.closest('[part="group"]')!.getAttribute('data-kind')).to.equal('recurring');
    expect(textOf(entry.querySelector('.kind'))).to.equal('Proposed');
    expect(textOf(entry)).to.contain('Proposed by Shavkat Mirziyoyev (Uzbekistan)').and.contain('once every two years');
    expect(textOf(entry)).to.contain('Dialogue format and institutions');
    // A chip reached by Tab says which proposal it is in: the entry's headline describes it.
    const described = el.shadowRoot!.getElementById(
      chip(entry, 'Dialogue format and institutions').getAttribute('aria-describedby') ?? '',
    );
    expect(described?.getAttribute('part')).to.equal('headline');
    expect(textOf(described)).to.equal(textOf(entry.querySelector('[part="headline"]')));
    const details = entry.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary'))).to.contain('Evidence from the source');
    // The quotes are drawn when the reader opens the disclosure.
    expect(details.querySelector('blockquote')).to.equal(null);
    await openEvidence(el, details);
    const quote = details.querySelector('blockquote')!;
    expect(textOf(quote)).to.equal(
      'it was proposed to hold summits at the heads-of-state level once every two years, which would provide additional strong impetus for cooperation',
    );
    expect(quote.getBoundingClientRect().height).to.be.above(0);
    // The source has no url: its title is text, not a link.
    expect(textOf(details.querySelector('figcaption'))).to.contain('President of Uzbekistan at the first summit');
    expect(details.querySelector('a')).to.equal(null);
    // A Japanese initiative that Uzbekistan supported names both.
    const justice = entries(el).find((e) => textOf(e).includes('justice'))!;
    expect(textOf(justice))
      .to.contain('Initiative of Japan')
      .and.contain('Supported by Shavkat Mirziyoyev (Uzbekistan)');
    expect(justice.querySelector('dd time')!.getAttribute('datetime')).to.equal('2025-12-20');
  });

  it('draws every fact of an entry: places, when, kind and a source link when the source has a url', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    expect(headlines(el)).to.deep.equal([
      'Justice mechanism',
      'Expert forum',
      'Strategy 2040',
      'Summits every two years',
      'Investment fund',
    ]);
    const [justice, forum] = entries(el);
    expect(textOf(justice!.querySelector('.kind'))).to.equal('Supported');
    expect(textOf(justice)).to.contain('Initiative of Japan').and.contain('Supported by Bea Bauer (Uzbekistan)');
    expect(textOf(forum)).to.contain('Where Tashkent').and.contain('When next year');
    expect(forum!.querySelector('dd time')!.getAttribute('datetime')).to.equal('2026');
    await openEvidence(el, justice!.querySelector('details')!);
    const link = justice!.querySelector<HTMLAnchorElement>('figcaption a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/article');
    expect(textOf(link)).to.equal('The article');
    expect(justice!.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://example.org/article');
  });

  it('marks the leader it is filtered by where an entry names them: why the entry is shown', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline leader="leader-b" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const marks = $$(el, 'mark[part="chosen-leader"]');
    expect(marks.length).to.be.above(0);
    expect(marks.every((m) => textOf(m) === 'Bea Bauer (Uzbekistan)')).to.equal(true);
    expect(getComputedStyle(marks[0]!).fontWeight).to.equal('700');
    el.leader = '';
    await el.updateComplete;
    expect($$(el, 'mark')).to.have.length(0);
  });

  it("marks the chosen leader's country where the entry is its initiative", async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline leader="chair-a" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const entry = $$(el, '.entry').find(
      (e) => textOf(e.querySelector('h3, h4, [part~="headline"]')) === 'Justice mechanism',
    );
    expect(entry, 'the initiative of Japan is shown for its prime minister').to.not.equal(undefined);
    expect([...entry!.querySelectorAll('mark[part="chosen-leader"]')].map(textOf)).to.deep.equal(['Japan']);
  });

  it('heads the proposals of a summit of several days with its days, in one group', async () => {
    const data = { ...smallSummit(), date: '2025-12-20', endDate: '2025-12-21', asOf: '2025-12-21' };
    data.proposals[1]!.when = { kind: 'day', date: '2025-12-21' };
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline lang="en-US" .data=${data}></summit-proposal-timeline>`,
    );
    const labels = groupLabels(el);
    expect(labels.filter((l) => l.startsWith('At the summit'))).to.deep.equal(['At the summit · December 20–21, 2025']);
  });

  it('goes back to its defaults when the page removes an attribute (never null)', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline
        leader="leader-b"
        sector="energy"
        heading="Mine"
        heading-level="3"
        .data=${smallSummit()}
      ></summit-proposal-timeline>`,
    );
    const warned = await consoleWarnings(async () => {
      for (const name of ['leader', 'sector', 'heading', 'heading-level']) el.removeAttribute(name);
      await el.updateComplete;
    });
    expect([el.leader, el.sector, el.heading, el.headingLevel]).to.deep.equal(['', '', '', 2]);
    expect(warned).to.deep.equal([]);
    expect($$(el, '.entry')).to.have.length(smallSummit().proposals.length);
    expect($(el, 'h2[part="heading"]')).to.not.equal(null);
  });

  it('formats dates in its own language and follows a change of lang', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline lang="en-GB" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    expect(groupLabels(el)[0]).to.equal('At the summit · 20 December 2025');
    el.lang = 'ja';
    await el.updateComplete;
    expect(textOf($(el, '[part="group-heading"] time'))).to.equal('2025年12月20日');
    expect(textOf($$(el, '[part="group-heading"] time')[1])).to.equal('2026年');
  });

  it('takes its public custom properties', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const marker = () => getComputedStyle($(el, '.entry')!, '::before');
    expect(marker().width).to.equal('14px');
    el.style.setProperty('--summit-timeline-marker-size', '20px');
    el.style.setProperty('--summit-timeline-marker-color', 'rgb(1, 2, 3)');
    expect(marker().width).to.equal('20px');
    expect(marker().borderTopColor).to.equal('rgb(1, 2, 3)');
  });

  it('honours heading and heading-level', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline
        heading="What was agreed"
        heading-level="4"
        .data=${smallSummit()}
      ></summit-proposal-timeline>`,
    );
    expect(textOf($(el, 'h4'))).to.equal('What was agreed');
    expect($$(el, '[part="group-heading"]')[0]!.tagName).to.equal('H5');
    expect(entries(el)[0]!.querySelector('[part="headline"]')!.tagName).to.equal('H6');
  });

  it('names a sector or leader attribute the dataset lacks, with the ids it has, instead of an empty filter', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline sector="enrgy" .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const alert = $(el, '[part~="error"]')!;
    expect(textOf(alert)).to.equal('No sector "enrgy" in this dataset: did you mean "energy"?');
    // A name for its id.
    el.sector = 'Education';
    await el.updateComplete;
    expect(textOf(alert)).to.equal('No sector "Education" in this dataset: did you mean "education"?');
    el.sector = 'space';
    await el.updateComplete;
    expect(textOf(alert)).to.equal('No sector "space" in this dataset. Available: energy, digital, education.');
    el.sector = '';
    el.leader = 'nobody';
    await el.updateComplete;
    expect(textOf($(el, '[part~="error"]'))).to.equal(
      'No leader "nobody" in this dataset. Available: leader-b, chair-a, leader-c.',
    );
    el.leader = 'Ann Abe';
    await el.updateComplete;
    expect(textOf($(el, '[part~="error"]'))).to.equal('No leader "Ann Abe" in this dataset: did you mean "chair-a"?');
    // Of many, the first 20 and a count of the rest.
    const many = smallSummit();
    many.sectors.push(...Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: `Sector ${i}` })));
    el.leader = '';
    el.sector = 'space';
    el.data = many;
    await el.updateComplete;
    const listed = textOf($(el, '[part~="error"]'));
    expect(
      listed.startsWith('No sector "space" in this dataset. Available: energy, digital, education, s0, s1,'),
    ).to.equal(true);
    expect(listed.endsWith(', s16 and 13 more.')).to.equal(true);
    // The page's mistake is shown, not announced over the article.
    expect($(el, '[role="alert"]')).to.equal(null);
    // A known id that matches nothing is no error: it says so.
    el.leader = '';
    el.sector = 'education';
    const data = smallSummit();
    data.proposals = data.proposals.filter((p) => !p.sectors.includes('education'));
    el.data = data;
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(textOf($(el, '[part="message"]'))).to.equal('No proposals match the filter: Sector: Education.');
  });

  it('leaves out a sector or leader set from script to something not an id, and says so in the console', async () => {
    const said = await consoleWarnings(async () => {
      const el = await fixture<Timeline>(
        html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
      );
      (el as unknown as { sector: unknown }).sector = { id: 'energy' };
      (el as unknown as { leader: unknown }).leader = 7;
      await el.updateComplete;
      expect($(el, '[part~="error"]')).to.equal(null);
      expect(entries(el)).to.have.length(smallSummit().proposals.length);
    });
    expect(said).to.deep.equal([
      'summit-widgets: <summit-proposal-timeline> sector must be a sector id (text), got an object: it filters nothing',
      'summit-widgets: <summit-proposal-timeline> leader must be a leader id (text), got 7: it filters nothing',
    ]);
  });

  it('prints an invisible character of an unknown attribute as an escape, not as nothing', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline sector=${'energy\u200b'} .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    expect(textOf($(el, '[part~="error"]'))).to.equal(
      'No sector "energy\\u200B" in this dataset: did you mean "energy"?',
    );
  });

  it('names sectors without offering them as choices when the page fixes the sector', async () => {
    const wrap = await fixture(
      html`<summit-data .data=${smallSummit()}
        ><summit-leader-roster></summit-leader-roster
        ><summit-proposal-timeline sector="energy"></summit-proposal-timeline
      ></summit-data>`,
    );
    const roster = wrap.querySelector('summit-leader-roster')!;
    const el = wrap.querySelector<Timeline>('summit-proposal-timeline')!;
    await flush(wrap as SummitDataLike, roster, el);
    // The attribute fixes the filter: a chip could choose nothing here, so the sectors are named, not buttons.
    expect($$(el, 'button.chip').length).to.equal(0);
    expect($$(el, '.chip.fixed').length).to.be.above(0);
    // The sector in force is marked on each of its chips.
    const inForce = $$(el, '.chip[data-in-force]');
    expect(inForce.length > 0 && inForce.every((c) => textOf(c) === 'Energy')).to.equal(true);
    await expect(el).to.be.accessible();
    // Choosing a leader elsewhere leaves the focus there.
    const leader = roster.shadowRoot!.querySelector<HTMLButtonElement>('button.leader')!;
    leader.focus();
    await sendKeys({ press: 'Enter' });
    await flush(wrap as SummitDataLike, roster, el);
    expect(roster.shadowRoot!.activeElement === leader, 'the leader keeps the focus').to.equal(true);
  });

  it('filters by the sector and leader attributes, AND-combined, and says so in a polite live region', async () => {
    const json = await realDatasetJson();
    const summit = parseSummit(json);
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline sector="energy" .data=${json}></summit-proposal-timeline>`,
    );
    expect(filterProposals(summit, { sector: 'energy' })).to.have.length(2);
    expect(headlines(el)).to.deep.equal(
      timeline(summit, { sector: 'energy' }).flatMap((b) => b.items.map((p) => p.headline)),
    );
    expect(count(el)).to.equal('Showing 2 of 26 proposals · Sector: Energy');
    expect($(el, '[part="count"]')!.getAttribute('aria-live')).to.equal('polite');
    // Read whole when one word of it changes (one sector for another): the count comes with it.
    expect($(el, '[part="count"]')!.getAttribute('aria-atomic')).to.equal('true');
    // Attribute filters belong to the page author: no "Clear filter" button.
    expect($(el, '[part="clear-button"]')).to.equal(null);
    await expect(el).to.be.accessible();

    el.sector = 'dialogue';
    await el.updateComplete;
    const dialogue = filterProposals(summit, { sector: 'dialogue' }).length;
    expect(dialogue).to.equal(9);
    expect(entries(el)).to.have.length(dialogue);

    el.setAttribute('leader', 'mirziyoyev');
    await el.updateComplete;
    expect(el.leader).to.equal('mirziyoyev');
    expect(entries(el)).to.have.length(filterProposals(summit, { sector: 'dialogue', leader: 'mirziyoyev' }).length);
    expect(count(el)).to.equal(
      `Showing ${dialogue} of 26 proposals · Sector: Dialogue format and institutions · Leader: Shavkat Mirziyoyev`,
    );

    el.sector = '';
    el.leader = '';
    await el.updateComplete;
    expect(entries(el).length).to.equal(26);
  });

  it('shows an empty state that names the filter', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline leader="tokayev" src=${DATASET_URL}></summit-proposal-timeline>`,
    );
    await settled(el);
    expect(entries(el).length).to.equal(0);
    // Said once: by the count, a live region; the message below it is not one.
    const message = $(el, '[part="message"]')!;
    expect(message.getAttribute('role')).to.equal(null);
    expect(textOf(message)).to.equal('No proposals match the filter: Leader: Kassym-Jomart Tokayev.');
    expect(count(el)).to.equal('Showing 0 of 26 proposals · Leader: Kassym-Jomart Tokayev');
    await expect(el).to.be.accessible();
  });

  it('counts one proposal in the singular, and says when the dataset lists no sectors at all', async () => {
    const data = smallSummit();
    data.proposals = data.proposals.slice(0, 1);
    data.proposals[0]!.sectors = [];
    data.agenda.forEach((a) => delete a.sectors);
    data.quotes.forEach((q) => delete q.sectors);
    data.sectors = [];
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline sector="energy" .data=${data}></summit-proposal-timeline>`,
    );
    expect(count(el)).to.equal('Showing 0 of 1 proposal · Sector: energy');
    expect(textOf($(el, '[part~="error"]'))).to.equal('No sector "energy": this dataset lists no sectors.');
  });

  it('keeps the line breaks of a summary', async () => {
    const data = smallSummit();
    data.proposals[0]!.summary = 'First paragraph.\n\nSecond paragraph.';
    const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    const summary = [...$$(el, '.summary')].find((p) => p.textContent!.includes('First paragraph'))!;
    expect(getComputedStyle(summary).whiteSpace).to.equal('pre-line');
    expect(summary.getClientRects().length === 1 && summary.getBoundingClientRect().height > 40).to.equal(true);
  });

  it('says so when the dataset has no proposals', async () => {
    const data = smallSummit();
    data.proposals = [];
    const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    expect(textOf($(el, '[part="message"]'))).to.equal('No proposals listed.');
  });

  it('shows path-level issues in an alert, fires summit-error, and stays accessible', async () => {
    const data = smallSummit();
    data.proposals[1]!.sectors = ['nope'];
    const el = document.createElement('summit-proposal-timeline');
    const error = errored(el);
    el.data = data;
    document.body.append(el);
    const event = await error;
    expect(event.error.issues[0]!.path).to.equal('proposals[1].sectors[0]');
    await el.updateComplete;
    expect(textOf($(el, '[part~="error"]'))).to.contain('proposals[1].sectors[0]');
    expect(entries(el).length).to.equal(0);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('selects a sector through a chip: fires summit-select, filters, keeps focus, and clears', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const strategy = entries(el).find((e) => textOf(e).includes('Strategy 2040'))!;
    const digital = chip(strategy, 'Digital');
    expect(digital.getAttribute('aria-pressed')).to.equal('false');
    digital.focus();
    setTimeout(() => digital.click());
    const event = await selected(el);
    expect([event.kind, event.id, event.selected]).to.deep.equal(['sector', 'digital', true]);
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(['Strategy 2040', 'Summits every two years']);
    expect(count(el)).to.equal('Showing 2 of 5 proposals · Sector: Digital');
    // The same button, still focused, still the Digital chip of the same entry.
    expect(el.shadowRoot!.activeElement).to.equal(digital);
    expect(digital.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    const clear = $<HTMLButtonElement>(el, '[part="clear-button"]')!;
    expect(textOf(clear)).to.equal('Clear filter');
    setTimeout(() => clear.click());
    const cleared = await selected(el);
    expect([cleared.kind, cleared.id, cleared.selected]).to.deep.equal(['sector', 'digital', false]);
    await el.updateComplete;
    await el.updateComplete;
    expect(entries(el).length).to.equal(5);
    expect($(el, '[part="clear-button"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="heading"]'));
    // Choosing the selected chip again also clears it.
    chip(entries(el)[0]!, 'Energy').click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(3);
    chip(entries(el)[0]!, 'Energy').click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(5);
  });

  it('does not apply a selection whose summit-select was cancelled', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    el.addEventListener('summit-select', (e) => e.preventDefault());
    chip(entries(el)[0]!, 'Energy').click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(5);
  });

  it('follows a <summit-leader-roster> in the same <summit-data>: a leader filters, choosing again clears', async () => {
    const wrap = await fixture(
      html`<summit-data .data=${smallSummit()}>
        <summit-leader-roster></summit-leader-roster>
        <summit-proposal-timeline></summit-proposal-timeline>
      </summit-data>`,
    );
    const roster = wrap.querySelector<SummitLeaderRoster>('summit-leader-roster')!;
    const el = wrap.querySelector<Timeline>('summit-proposal-timeline')!;
    await flush(wrap, roster, el);
    expect(entries(el).length).to.equal(5);
    const leader = (name: string) =>
      $$<HTMLButtonElement>(roster, 'button.leader').find((b) => textOf(b.querySelector('.name')).startsWith(name))!;

    leader('Жанна Ким').click();
    await flush(wrap, roster, el);
    expect(headlines(el)).to.deep.equal(['Summits every two years']);
    expect(count(el)).to.equal('Showing 1 of 5 proposals · Leader: Жанна Ким');

    leader('Жанна Ким').click();
    await flush(wrap, roster, el);
    expect(entries(el).length).to.equal(5);
    expect($(el, '[part="clear-button"]')).to.equal(null);

    // A leader and a sector combine; "Clear filter" clears both, and the roster follows.
    leader('Bea Bauer').click();
    await flush(wrap, roster, el);
    expect(entries(el).length).to.equal(4);
    chip(entries(el)[0]!, 'Energy').click();
    await flush(wrap, roster, el);
    expect(headlines(el)).to.deep.equal(['Justice mechanism', 'Strategy 2040', 'Investment fund']);
    $<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
    await flush(wrap, roster, el);
    expect(entries(el).length).to.equal(5);
    expect(leader('Bea Bauer').getAttribute('aria-pressed')).to.equal('false');
  });

  it('keeps the focus in the widget when the page changes the selection and the focused entry leaves the list', async () => {
    const wrap = await fixture<SummitData>(
      html`<summit-data .data=${smallSummit()}><summit-proposal-timeline></summit-proposal-timeline></summit-data>`,
    );
    const el = wrap.querySelector<Timeline>('summit-proposal-timeline')!;
    await el.updateComplete;
    const last = entries(el).at(-1)!.querySelector<HTMLElement>('[part="headline"]')!;
    last.focus();
    // The page's own script (say, from the URL's hash) chooses a sector none of that entry's names.
    const focused = smallSummit().proposals.find((p) => p.id === entries(el).at(-1)!.dataset.entry)!;
    wrap.selection = { sector: smallSummit().sectors.find((s) => !focused.sectors.includes(s.id))!.id };
    await wrap.updateComplete;
    await el.updateComplete;
    expect(last.isConnected).to.equal(false);
    // (Compared by name: chai printing two elements that differ can take minutes.)
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
    expect(document.activeElement?.localName).to.equal('summit-proposal-timeline');
  });

  it('does not scroll the page to a widget the reader has scrolled away from when an update takes their focus', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer);
    try {
      const last = entries(el).at(-1)!;
      last.querySelector<HTMLElement>('[part="headline"]')!.focus();
      window.scrollTo(0, 3000);
      const y = window.scrollY;
      // The page's script hands it a dataset without that proposal.
      const data = smallSummit();
      data.proposals = data.proposals.filter((p) => p.id !== last.dataset.entry);
      el.data = data;
      await el.updateComplete;
      await aTimeout(0);
      // Where the reader was, give or take the height of the entry that went (scroll anchoring): not at the heading.
      expect(window.scrollY).to.be.above(y - 1000);
      expect($(el, '[part="heading"]')!.getBoundingClientRect().bottom).to.be.below(0);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
    } finally {
      spacer.remove();
    }
  });

  it('filters the real dataset by a leader chosen in the roster, down to an empty state', async () => {
    const wrap = await fixture(
      html`<summit-data src=${DATASET_URL}>
        <summit-leader-roster></summit-leader-roster>
        <summit-proposal-timeline></summit-proposal-timeline>
      </summit-data>`,
    );
    const roster = wrap.querySelector<SummitLeaderRoster>('summit-leader-roster')!;
    const el = wrap.querySelector<Timeline>('summit-proposal-timeline')!;
    for (let i = 0; i < 200 && entries(el).length === 0; i++) await aTimeout(10);
    await flush(wrap, roster, el);
    const leader = (name: string) =>
      $$<HTMLButtonElement>(roster, 'button.leader').find((b) => textOf(b.querySelector('.name')).startsWith(name))!;
    // Japan's initiatives count as its prime minister's.
    leader('Sanae Takaichi').click();
    await flush(wrap, roster, el);
    expect(count(el)).to.equal('Showing 2 of 26 proposals · Leader: Sanae Takaichi');
    leader('Kassym-Jomart Tokayev').click();
    await flush(wrap, roster, el);
    expect(entries(el).length).to.equal(0);
    expect(textOf($(el, '[part="message"]'))).to.contain('Kassym-Jomart Tokayev');
    await expect(el).to.be.accessible();
    leader('Shavkat Mirziyoyev').click();
    await flush(wrap, roster, el);
    expect(count(el)).to.equal('Showing 26 of 26 proposals · Leader: Shavkat Mirziyoyev');
    leader('Shavkat Mirziyoyev').click();
    await flush(wrap, roster, el);
    expect(count(el)).to.equal('26 proposals');
  });

  it('lets Tab reach every chip and evidence disclosure, and Enter opens the evidence', async () => {
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const [justice, forum] = entries(el);
    chip(justice!, 'Energy').focus();
    await sendKeys({ press: 'Tab' });
    const summary = justice!.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(justice!.querySelector('details')!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(justice!.querySelector('figcaption a'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(chip(forum!, 'Education'));
  });

  it('is a single column on narrow containers and puts the time beside the entries on wide ones', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<Timeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    // At the top of the page: a sticky label scrolled past would sit lower than its list.
    el.scrollIntoView();
    const box = (selector: string) => $(el, selector)!.getBoundingClientRect();

    el.style.width = '1000px';
    let label = box('.group .label');
    let list = box('.group .entries');
    expect(label.right).to.be.at.most(list.left);
    expect(Math.abs(label.top - list.top)).to.be.below(2);
    expect(getComputedStyle($(el, '.group')!).gridTemplateColumns.split(' ')).to.have.length(2);
    // The labels stay in view while their entries scroll by, below a page's sticky header when it says how tall.
    expect(getComputedStyle($(el, '.group .label')!).top).to.equal('0px');
    el.style.setProperty('--summit-timeline-sticky-top', '4rem');
    expect(getComputedStyle($(el, '.group .label')!).top).to.equal('64px');
    el.style.removeProperty('--summit-timeline-sticky-top');
    // The group's heading sits at the line's side of its column.
    const range = document.createRange();
    range.selectNodeContents($(el, '.group .label [part~="group-heading"]')!);
    const padding = parseFloat(getComputedStyle($(el, '.group .label')!).paddingRight);
    expect(Math.round(range.getBoundingClientRect().right)).to.equal(Math.round(label.right - padding));

    el.style.width = '320px';
    label = box('.group .label');
    list = box('.group .entries');
    expect(list.top).to.be.at.least(label.bottom - 1);
    expect(list.width).to.be.above(280);
    // On a phone too, a group's heading stays in view over its entries (a group there can be thousands of px long).
    expect(getComputedStyle($(el, '.group .label')!).position).to.equal('sticky');
    expect(getComputedStyle($(el, '.group .label')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // But not on a short screen (400% zoom, a phone held sideways): it would take a quarter of it.
    await setViewport({ width: 320, height: 256 });
    expect(getComputedStyle($(el, '.group .label')!).position).to.equal('static');
    // Unless it is beside its entries, where it takes no height (a phone held sideways, 812px wide).
    await setViewport({ width: 812, height: 375 });
    el.style.width = '780px';
    expect(getComputedStyle($(el, '.group')!).gridTemplateColumns.split(' ')).to.have.length(2);
    expect(getComputedStyle($(el, '.group .label')!).position).to.equal('sticky');
    el.style.width = '320px';
    await setViewport({ width: 1280, height: 800 });
    // With large text (a page's or the reader's 200%), 320px is narrow for it: the rail and markers give their room to
    // the entries, and a heading of several lines does not stay over them.
    document.documentElement.style.fontSize = '200%';
    try {
      const text = box('.entry .card').width;
      expect(getComputedStyle($(el, '.entry')!, '::before').display).to.equal('none');
      expect(getComputedStyle($(el, '.group .label')!).position).to.equal('static');
      expect(text, 'the entries take the width').to.be.above(300);
    } finally {
      document.documentElement.style.fontSize = '';
    }
    // Readable at 320px: nothing sticks out sideways.
    const host = el.getBoundingClientRect();
    for (const node of $$(el, '.entry, .chip, blockquote, .filter')) {
      expect(node.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    }
    // The line and its markers: the rail is drawn and each entry has a marker on it.
    expect(getComputedStyle($(el, '.entries')!, '::before').content).to.not.equal('none');
    expect(getComputedStyle($(el, '.entry')!, '::before').width).to.not.equal('auto');
  });

  it('ends in the state of the last src when src changes quickly', async () => {
    const el = await fixture<Timeline>(html`<summit-proposal-timeline></summit-proposal-timeline>`);
    const good = (n: number) => `${DATASET_URL}?race=${n}`;
    const bad = (n: number) => `/no/such.json?race=${n}`;
    for (const src of [bad(1), good(2), bad(3), good(4), good(5)]) {
      el.src = src;
      await el.updateComplete;
    }
    await settled(el);
    await aTimeout(100);
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(entries(el).length).to.equal(26);

    for (const src of [good(6), bad(7), good(8), good(9), bad(10)]) {
      el.src = src;
      await el.updateComplete;
    }
    await settled(el);
    await aTimeout(100);
    await el.updateComplete;
    expect(textOf($(el, '[part~="error"]'))).to.contain('race=10');
    expect(entries(el).length).to.equal(0);
  });

  describe('with 500 proposals', () => {
    /** A long list's first page: enough to fill a tall screen (the element's FIRST). */
    const FIRST = 10;
    const data = bigSummit(500);
    const order = timeline(parseSummit(structuredClone(data))).flatMap((b) => b.items.map((p) => p.headline));

    it('draws the first page quickly and in bucket order, and "Show more" reveals the next', async () => {
      const start = performance.now();
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      const elapsed = performance.now() - start;
      expect(elapsed).to.be.below(1500);
      expect(entries(el).length).to.equal(FIRST);
      expect(headlines(el)).to.deep.equal(order.slice(0, FIRST));
      expect(count(el)).to.equal('500 proposals');
      const more = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      expect(textOf(more)).to.equal('Show 30 more');
      expect(textOf($(el, '.progress'))).to.equal(`${FIRST} of 500 shown`);
      await expect(el).to.be.accessible();

      more.click();
      await el.updateComplete;
      expect(entries(el).length).to.be.at.least(FIRST + 30);
      expect(headlines(el)).to.deep.equal(order.slice(0, entries(el).length));
      // Focus moves to the first new entry, which takes the entries' Tab stop.
      const first = entries(el)[FIRST]!.querySelector<HTMLElement>('[part="headline"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect($$(el, '[part="headline"][tabindex="0"]').length === 1 && first.tabIndex === 0).to.equal(true);
      // Every group keeps one heading even when it is split across pages.
      const labels = groupLabels(el);
      expect(new Set(labels).size).to.equal(labels.length);
    });

    it('moves the focus straight to the first new entry when the last "Show more" goes', async () => {
      const few = { ...data, proposals: data.proposals.slice(0, FIRST + 35) };
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${few}></summit-proposal-timeline>`);
      const more = () => $<HTMLButtonElement>(el, '[part="more-button"]');
      more()!.click();
      await el.updateComplete;
      const focused: string[] = [];
      more()!.focus();
      el.shadowRoot!.addEventListener('focusin', (e) => focused.push((e.target as Element).getAttribute('part')!));
      more()!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(more() === null, 'every entry shown').to.equal(true);
      // Not by way of the heading (the button it was on is gone, but the update put the focus somewhere itself).
      expect(focused).to.deep.equal(['headline']);
    });

    it('keeps a chip chosen far down the list drawn and focused when the filter changes', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      expect(entries(el).length).to.equal(FIRST + 60);
      // The last entry drawn: far beyond the first page of the list with or without the filter.
      const entry = entries(el)[FIRST + 59]!;
      const button = entry.querySelector<HTMLButtonElement>('button.chip')!;
      const name = textOf(button);
      button.focus();
      button.click();
      await el.updateComplete;
      await nextFrame();
      expect(count(el)).to.contain(`Sector: ${name}`);
      expect(entry.isConnected).to.equal(true);
      expect(el.shadowRoot!.activeElement === button, 'the chip keeps the focus').to.equal(true);
      // The entries above it went: the chip is brought back into view with its focus ring.
      const box = button.getBoundingClientRect();
      expect(box.top >= -1 && box.bottom <= innerHeight + 1, `chip at ${box.top}-${box.bottom}`).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(count(el)).to.equal('500 proposals');
      expect(entry.isConnected).to.equal(true);
      expect(el.shadowRoot!.activeElement === button, 'the chip keeps the focus').to.equal(true);
      expect(headlines(el)).to.deep.equal(order.slice(0, entries(el).length));
    });

    it('draws as much of the list as the reader had when a filter they chose is cleared', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      for (let i = 0; i < 2; i++) {
        $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
        await el.updateComplete;
      }
      expect(entries(el).length).to.equal(FIRST + 60);
      // A chip of the first entry: a filter whose list is its own, then "Clear filter".
      entries(el)[0]!.querySelector<HTMLButtonElement>('button.chip')!.click();
      await el.updateComplete;
      expect(entries(el).length).to.be.below(FIRST + 60);
      $<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
      await el.updateComplete;
      expect(count(el)).to.equal('500 proposals');
      expect(headlines(el)).to.deep.equal(order.slice(0, FIRST + 60));
      // A new dataset starts again from its first page.
      el.data = structuredClone(data);
      await el.updateComplete;
      expect(entries(el).length).to.equal(FIRST);
    });

    it('keeps a chip tapped mid-screen where it was: the page scrolls by what went above it', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      // A chip of an entry far enough down that others above it go with the filter, put mid-screen (no focus: a tap).
      const button = entries(el)[FIRST + 10]!.querySelector<HTMLButtonElement>('button.chip')!;
      scrollBy(0, button.getBoundingClientRect().top - innerHeight / 2);
      const before = button.getBoundingClientRect().top;
      button.click();
      await el.updateComplete;
      await nextFrame();
      expect(button.isConnected).to.equal(true);
      expect(Math.abs(button.getBoundingClientRect().top - before), 'moved on screen').to.be.below(2);
      scrollTo(0, 0);
    });

    it('keeps a chip where it was when what is above it changes after it (a widget updating next)', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <div class="above"></div>
          <summit-proposal-timeline .data=${data}></summit-proposal-timeline>
        </div>`,
      );
      const el = wrap.querySelector<Timeline>('summit-proposal-timeline')!;
      await el.updateComplete;
      // Where the browser's scroll anchoring does not hold it (it picks another anchor, or has none).
      document.documentElement.style.overflowAnchor = 'none';
      const button = entries(el)[5]!.querySelector<HTMLButtonElement>('button.chip')!;
      scrollBy(0, button.getBoundingClientRect().top - innerHeight / 2);
      const before = button.getBoundingClientRect().top;
      button.focus();
      button.click();
      await el.updateComplete;
      // A widget above, in the same <summit-data>, updates after the timeline: 300px taller before the frame.
      wrap.querySelector<HTMLElement>('.above')!.style.height = '300px';
      await nextFrame();
      await nextFrame();
      expect(Math.abs(button.getBoundingClientRect().top - before), 'moved on screen').to.be.below(2);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      document.documentElement.style.overflowAnchor = '';
      scrollTo(0, 0);
    });

    it('says, where "Skip past the proposals" lands, how many are shown so far', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      $<HTMLButtonElement>(el, 'button.skip')!.click();
      expect(textOf(el.shadowRoot!.activeElement)).to.equal(`End of the proposals shown so far: ${FIRST} of 500`);
    });

    it('grows only when the reader asks: scrolling past keeps what follows it in reach', async () => {
      const el = await fixture<Timeline>(
        html`<div>
          <summit-proposal-timeline .data=${data}></summit-proposal-timeline><button id="after">After</button>
        </div>`,
      ).then((wrap) => wrap.querySelector<Timeline>('summit-proposal-timeline')!);
      const after = document.getElementById('after')!;
      after.scrollIntoView();
      const top = after.getBoundingClientRect().top;
      for (let i = 0; i < 10; i++) await nextFrame();
      expect([entries(el).length, after.getBoundingClientRect().top]).to.deep.equal([FIRST, top]);
      // The keyboard reaches "Show more" after the last entry, and goes on past it.
      const summaries = entries(el).map((e) => e.querySelector<HTMLElement>('summary')!);
      summaries[FIRST - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="more-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      expect(entries(el).length).to.equal(FIRST);
      window.scrollTo(0, 0);
    });

    it('prints everything with the evidence open, then goes back', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      const mine = entries(el)[1]!.querySelector('details')!;
      mine.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(entries(el).length).to.equal(500);
      expect($$<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
      // Paper gets every quote, though the reader opened one disclosure.
      expect($$(el, 'details').filter((d) => !d.querySelector('blockquote'))).to.deep.equal([]);
      expect($(el, '[part="more"]')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(entries(el).length).to.equal(FIRST);
      expect($$<HTMLDetailsElement>(el, 'details').filter((d) => d.open)).to.deep.equal([mine]);
    });

    it('prints as plain black-on-white text under the print medium', async () => {
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      chip(entries(el)[0]!, 'Energy').click();
      await el.updateComplete;
      const energy = data.proposals.filter((p) => p.sectors.includes('energy')).length;
      expect(entries(el).length).to.equal(FIRST);
      expect($(el, '[part="clear-button"]')).to.not.equal(null);
      await emulateMedia({ media: 'print' });
      // The print media query reports its change at the next rendering step.
      for (let i = 0; i < 20 && entries(el).length !== energy; i++) await nextFrame();
      expect(entries(el)).to.have.length(energy);
      expect(getComputedStyle($(el, '[part="clear-button"]')!).display).to.equal('none');
      const first = entries(el)[0]!;
      expect(first.querySelector('blockquote')!.getBoundingClientRect().height).to.be.above(0);
      const chipStyle = getComputedStyle(first.querySelector('.chip')!);
      expect(chipStyle.borderTopWidth).to.equal('0px');
      expect(chipStyle.color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ media: 'screen' });
      for (let i = 0; i < 20 && entries(el).length !== FIRST; i++) await nextFrame();
      expect(entries(el).length).to.equal(FIRST);
      expect(first.querySelector('details')!.open).to.equal(false);
    });

    it('prints everything when the page is in the print medium from the start (headless PDF)', async () => {
      await emulateMedia({ media: 'print' });
      const el = await fixture<Timeline>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
      expect(entries(el).length).to.equal(500);
      const closed = $$<HTMLDetailsElement>(el, 'details').filter((d) => !d.open || !d.querySelector('blockquote'));
      expect(closed).to.deep.equal([]);
    });
  });
});

describe('<summit-proposal-timeline> keyboard', () => {
  it('is one Tab stop for the entries; arrow keys, Home and End move between headlines', async () => {
    const el = await fixture<SummitProposalTimeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const headlines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="headline"]')];
    expect(headlines.length).to.equal(5);
    expect(headlines.map((h) => h.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    headlines[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(headlines[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(headlines[4]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(headlines[0]);
    await expect(el).to.be.accessible();
  });

  it('keeps the Tab stop on the entry last focused when the list changes around it', async () => {
    const el = await fixture<SummitProposalTimeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const last = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="headline"]')].at(-1)!;
    last.focus();
    const text = textOf(last);
    // A filter that keeps that entry moves it up the list: the stop stays on it, not on the same position.
    const sector = last.closest('.entry')!.querySelector<HTMLButtonElement>('button.chip')!.dataset.sector!;
    el.sector = sector;
    await el.updateComplete;
    const stops = $$(el, '[part="headline"][tabindex="0"]');
    expect(stops.length === 1 && textOf(stops[0]) === text, `the stop is on "${textOf(stops[0])}"`).to.equal(true);
  });

  it('leaves focus where the reader took it after a chip choice the page cancelled', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <button id="outside">outside</button>
        <summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>
      </div>`,
    );
    const el = wrap.querySelector<SummitProposalTimeline>('summit-proposal-timeline')!;
    await el.updateComplete;
    el.addEventListener('summit-select', (e) => e.preventDefault(), { once: true });
    const chip = $<HTMLButtonElement>(el, 'button.chip')!;
    chip.focus();
    chip.click();
    const outside = wrap.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    // Later the page changes the filter itself: focus stays on its button.
    el.leader = 'leader-b';
    await el.updateComplete;
    expect(document.activeElement === outside, 'focus stayed on the page’s button').to.equal(true);
  });

  it('leaves Alt, Ctrl and Meta with the arrows to the browser and the screen reader', async () => {
    const el = await fixture<SummitProposalTimeline>(
      html`<summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>`,
    );
    const first = $<HTMLElement>(el, '[part="headline"][tabindex="0"]')!;
    first.focus();
    const event = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      altKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    first.dispatchEvent(event);
    expect([event.defaultPrevented, el.shadowRoot!.activeElement === first]).to.deep.equal([false, true]);
  });

  it('takes the keyboard past every entry in one press, and shows where focus landed', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline><button id="after">After</button>
      </div>`,
    );
    const el = wrap.querySelector<SummitProposalTimeline>('summit-proposal-timeline')!;
    await el.updateComplete;
    const skip = $<HTMLButtonElement>(el, 'button.skip')!;
    expect(skip.getBoundingClientRect().width <= 1, 'hidden until focused').to.equal(true);
    skip.focus();
    expect(skip.getBoundingClientRect().width > 1, 'shown when focused').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    const end = $(el, '.end')!;
    expect(el.shadowRoot!.activeElement === end, 'focus is at the end of the list').to.equal(true);
    expect(textOf(end)).to.equal('End of the proposals');
    expect(end.getBoundingClientRect().width > 1, 'shown while focused').to.equal(true);
    await expect(el).to.be.accessible();
    // The next Tab goes on to what follows the widget (not back to the skip button), and the end is no Tab stop after.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id, 'Tab after skipping').to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const back = el.shadowRoot!.activeElement;
    expect(back !== null && back !== end, 'Shift+Tab comes back to the last entry, not to the end').to.equal(true);
  });
});
