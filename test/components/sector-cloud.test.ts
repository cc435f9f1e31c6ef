import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/sector-cloud.js';
import '../../src/summit-data.js';
import type { SummitSectorCloud } from '../../src/sector-cloud.js';
import type { SummitData } from '../../src/summit-data.js';
import { placeCloud } from '../../src/components/sector-cloud/cloud-layout.js';
import { fontScale } from '../../src/components/sector-cloud/font-scale.js';
import { parseSummit } from '../../src/data/parse.js';
import type { SummitInput } from '../../src/data/types.js';
import { sectorWeights } from '../../src/data/views.js';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events/events.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL, realDatasetJson } from '../fixtures/real.js';
import { settled, textOf } from '../fixtures/render.js';

const words = (el: SummitSectorCloud) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.word')];
const list = (el: SummitSectorCloud) => el.shadowRoot!.querySelector<HTMLUListElement>('ul.cloud')!;
const names = (el: SummitSectorCloud) => words(el).map((b) => textOf(b));
/** The accessible name: the visible name (label in name), then the counts. */
const label = (b: Element | undefined) => b?.getAttribute('aria-label') ?? '';
/** What a word's name says after the sector's name: its proposals, and its mentions where it has some. */
const counts = (proposals: number, mentions: number) =>
  `, proposals: ${proposals}${mentions ? `, named in the agenda or quotes: ${mentions}` : ''}`;

/**
 * A cloud inside a box of the given width (and extra style), its words measured and placed. The
 * box is the fixture's parent (removed after each test), not a fixture of its own: a plain
 * element's fixture waits for an animation frame, which a background tab never gets.
 */
async function cloudAt(width: number, content: TemplateResult, style = ''): Promise<SummitSectorCloud> {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; ${style}`;
  return settled(await fixture<SummitSectorCloud>(content, { parentNode: box }));
}

/**
 * Re-layout after a resize goes through a ResizeObserver, which reports with an animation frame,
 * which a page in a background tab never gets: skip, rather than hang.
 */
function needsRendering(test: Mocha.Context) {
  if (document.visibilityState === 'hidden') test.skip();
}

/** Waits for a resize (or a new font) to reach the ResizeObserver and the update it asks for. */
async function relaidOut(el: SummitSectorCloud) {
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
}

/** Asks for every word, where a narrow cloud drew its heaviest first (the tests of packing check every word). */
async function everyWord(el: SummitSectorCloud) {
  const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]');
  if (!more) return el;
  more.click();
  await relaidOut(el);
  return el;
}

/** Fails when two words overlap or a word leaves the widget's box; checks every word is placed. */
function expectPacked(el: SummitSectorCloud, count: number) {
  expect(list(el).classList.contains('placed'), 'placed').to.equal(true);
  const box = el.getBoundingClientRect();
  const rects = words(el).map((b) => b.getBoundingClientRect());
  expect(rects).to.have.length(count);
  const e = 0.01;
  rects.forEach((r, i) => {
    const where = `${names(el)[i]} ${JSON.stringify(r)} in ${JSON.stringify(box)}`;
    expect(r.width * r.height, `visible: ${where}`).to.be.above(0);
    expect(r.left >= box.left - e && r.right <= box.right + e, `inside horizontally: ${where}`).to.equal(true);
    expect(r.top >= box.top - e && r.bottom <= box.bottom + e, `inside vertically: ${where}`).to.equal(true);
    // The text fits the box it was measured at: it wraps no differently once positioned. (A font whose ascent and
    // descent exceed the line height, such as Noto Sans Mono, overflows each line by a px or so: not a new line.)
    const b = words(el)[i]!;
    const line = parseFloat(getComputedStyle(b).fontSize) / 2;
    expect(b.scrollWidth <= b.clientWidth && b.scrollHeight < b.clientHeight + line, `text fits: ${where}`).to.equal(
      true,
    );
  });
  expect(el.scrollWidth, 'nothing overflows the widget').to.be.at.most(el.clientWidth);
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const [a, b] = [rects[i]!, rects[j]!];
      const apart = a.right <= b.left + e || b.right <= a.left + e || a.bottom <= b.top + e || b.bottom <= a.top + e;
      if (!apart) expect.fail(`"${names(el)[i]}" overlaps "${names(el)[j]}"`);
    }
  }
}

/** Word positions relative to the list, rounded to 1/100 px. */
const positions = (el: SummitSectorCloud) => {
  const origin = list(el).getBoundingClientRect();
  return words(el).map((b) => {
    const r = b.getBoundingClientRect();
    return [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n) => Math.round(n * 100) / 100);
  });
};

const SCRIPTS = [
  'Regional connectivity',
  'Internationalisierungsbestrebungen im Verkehrswesen',
  '持続可能な開発と環境保全のための協力',
  'التنمية المستدامة والطاقة المتجددة',
  'Цифровая трансформация',
  'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt',
  'AI',
  '人材育成',
  'تعليم',
  'Water',
];

/** A valid dataset with `count` sectors in many scripts and a long-tailed spread of weights. */
function manySectors(count: number): SummitInput {
  const data = smallSummit();
  data.sectors = Array.from({ length: count }, (_, i) => ({
    id: `s-${i}`,
    name: `${SCRIPTS[i % SCRIPTS.length]} ${i}`,
  }));
  // Proposal j tags the first count/(j+1) sectors, so sector i weighs about count/(i+1).
  data.proposals = Array.from({ length: 30 }, (_, j) => ({
    id: `p-${j}`,
    headline: `Proposal ${j}`,
    summary: 'Generated.',
    kind: 'proposed' as const,
    proposedBy: 'leader-b',
    sectors: data.sectors.slice(0, Math.max(1, Math.floor(count / (j + 1)))).map((s) => s.id),
    when: { kind: 'undated' as const },
    evidence: [{ source: 'article', quote: `p${j}` }],
  }));
  data.agenda[0]!.sectors = ['s-0'];
  data.quotes[0]!.sectors = ['s-1'];
  return data;
}

describe('<summit-sector-cloud>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('is accessible with the real dataset', async () => {
    const el = await settled(
      await fixture<SummitSectorCloud>(html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`),
    );
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('names the sectors nothing names under the cloud, not as words that would choose nothing', async () => {
    const data = smallSummit();
    data.sectors.push({ id: 'space', name: 'Space' }, { id: 'oceans', name: 'Oceans' });
    const el = await fixture<SummitSectorCloud>(html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    await settled(el);
    expect(names(el)).to.not.include('Space').and.not.include('Oceans');
    expect(textOf(el.shadowRoot!.querySelector('[part="unused"]'))).to.equal(
      'Listed, but named in no proposal, agenda area or quote: Space, Oceans',
    );
    await expect(el).to.be.accessible();
    // A dataset whose sectors nothing names has no cloud, only that line.
    const none = { ...smallSummit(), proposals: [], quotes: [] } as typeof data;
    none.agenda = none.agenda.map(({ sectors: _, ...a }) => a);
    el.data = none;
    await settled(el);
    expect([
      el.shadowRoot!.querySelector('ul.cloud'),
      textOf(el.shadowRoot!.querySelector('[part="unused"]')),
    ]).to.deep.equal([null, 'Listed, but named in no proposal, agenda area or quote: Energy, Digital, Education']);
  });

  it('lists all 17 sectors of the real dataset heaviest first, with their counts in the accessible name', async () => {
    const el = await settled(
      await fixture<SummitSectorCloud>(html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`),
    );
    const expected = sectorWeights(parseSummit(await realDatasetJson()));
    expect(expected).to.have.length(17);
    expect(names(el)).to.deep.equal(expected.map((s) => s.sector.name));
    words(el).forEach((b, i) => {
      const { proposals, mentions } = expected[i]!;
      expect(label(b)).to.equal(`${expected[i]!.sector.name}${counts(proposals, mentions)}`);
    });
    expect(list(el).getAttribute('role')).to.equal('list');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(17);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Sectors');
    expect(label(words(el)[0])).to.equal('Dialogue format and institutions, proposals: 9');
    // Heavier sectors are drawn larger.
    const sizes = words(el).map((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(sizes[0]).to.be.above(sizes[16]!);
    sizes.slice(1).forEach((size, i) => expect(size).to.be.at.most(sizes[i]!));
  });

  it('marks the names with the dataset language when it differs from its own words, and still packs them', async () => {
    // A French dataset on an English page: the names are French, the counts English.
    const data = { ...(await realDatasetJson()), lang: 'fr' };
    const el = await cloudAt(1000, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    const expected = sectorWeights(parseSummit(structuredClone(data)));
    words(el).forEach((b, i) => {
      const { sector, proposals, mentions } = expected[i]!;
      // No aria-label (it would give the French name an English voice): the name is a span in French,
      // the counts hidden text in the widget's words.
      expect(b.hasAttribute('aria-label')).to.equal(false);
      expect(b.querySelector('span[lang="fr"]')!.textContent).to.equal(sector.name);
      expect(textOf(b.querySelector('.visually-hidden'))).to.equal(counts(proposals, mentions));
    });
    expectPacked(el, 17);
    await expect(el).to.be.accessible();
    // A click lands on the name's span: it still chooses the word.
    const chosen = oneEvent(el, 'summit-select') as unknown as Promise<SummitSelectEvent>;
    words(el)[0]!.querySelector('span')!.click();
    expect((await chosen).id).to.equal(expected[0]!.sector.id);
    // On a French part of the page, our words are marked English and the names French: still two languages.
    el.lang = 'fr-CA';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ui')!.getAttribute('lang')).to.equal('en');
    expect(words(el)[0]!.querySelector('span[lang="fr"]')).to.not.equal(null);
    // The dataset in the widget's own language: one aria-label, as before.
    el.lang = '';
    el.data = { ...data, lang: 'en-GB' };
    await el.updateComplete;
    expect(label(words(el)[0])).to.equal(
      `${expected[0]!.sector.name}${counts(expected[0]!.proposals, expected[0]!.mentions)}`,
    );
    expect(el.shadowRoot!.querySelector('button.word span')).to.equal(null);
  });

  for (const width of [320, 1000]) {
    it(`packs the real dataset without overlaps inside a ${width}px widget`, async () => {
      const el = await cloudAt(width, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
      expect(el.getBoundingClientRect().width).to.equal(width);
      expectPacked(el, 17);
      expect(list(el).scrollWidth, 'nothing overflows').to.be.at.most(list(el).clientWidth);
    });

    it(`places all 200 words of a generated dataset (long words, Japanese, Arabic) at ${width}px`, async () => {
      const el = await everyWord(
        await cloudAt(width, html`<summit-sector-cloud .data=${manySectors(200)}></summit-sector-cloud>`),
      );
      expectPacked(el, 200);
      expect(names(el)[0]).to.equal('Regional connectivity 0');
    });
  }

  it('sizes each word to the text the page draws, even where the canvas picks another font', async () => {
    // Seen in Storybook's Japanese story: the page drew these Latin words in the CJK face while the canvas
    // measured them in a serif one, 15% narrower, so words ran out of their boxes into each other. Here the
    // canvas is made to measure 15% short; the cloud must notice and measure in the page instead.
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      const metrics = measureText.call(this, text);
      return { ...metrics, width: metrics.width * 0.85 } as TextMetrics;
    };
    try {
      const el = await cloudAt(700, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
      expectPacked(el, 17);
      for (const b of words(el)) {
        const text = document.createRange();
        text.selectNodeContents(b);
        expect(text.getBoundingClientRect().width, textOf(b)).to.be.at.most(b.getBoundingClientRect().width + 0.5);
      }
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });

  it('renders its words once, already placed', async () => {
    const box = document.createElement('div');
    box.style.width = '600px';
    document.body.append(box);
    const el = document.createElement('summit-sector-cloud');
    let renders = 0;
    const update = (el as unknown as { update(c: unknown): void }).update;
    (el as unknown as { update(c: unknown): void }).update = function (changed) {
      renders++;
      update.call(this, changed);
    };
    el.data = manySectors(200);
    el.showAll = true;
    try {
      box.append(el);
      expect(await el.updateComplete, 'no update pending').to.equal(true);
      expect(renders).to.equal(1);
      expectPacked(el, 200);
    } finally {
      box.remove();
    }
  });

  it('lays out deterministically', async () => {
    const data = manySectors(60);
    const one = await cloudAt(700, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    const two = await cloudAt(700, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    // What the layout wrote (sizes, widths and positions in px), not where the page then snapped it to the pixel grid.
    const placed = (el: SummitSectorCloud) => [...list(el).children].map((li) => (li as HTMLElement).style.cssText);
    expect(placed(one)).to.deep.equal(placed(two));
    expect(new Set(positions(one).map((p) => `${p[0]} ${p[1]}`)).size, 'distinct positions').to.equal(60);
  });

  it('packs again when its width changes', async function () {
    needsRendering(this);
    const el = await cloudAt(1000, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
    const wide = el.getBoundingClientRect().height;
    el.parentElement!.style.width = '360px';
    await relaidOut(el);
    expectPacked(el, 17);
    expect(el.getBoundingClientRect().height).to.be.above(wide);
    el.parentElement!.style.width = '1000px';
    await relaidOut(el);
    expectPacked(el, 17);
    expect(el.getBoundingClientRect().height).to.equal(wide);
  });

  it('keeps its sizes apart where large text meets a narrow box (200% text on a phone)', async function () {
    needsRendering(this);
    const el = await cloudAt(320, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
    document.documentElement.style.fontSize = '200%';
    try {
      await relaidOut(el);
      await everyWord(el);
      const sizes = words(el).map((b) => parseFloat(getComputedStyle(b).fontSize));
      // The heaviest a third larger than the lightest at least (it was 1.08: every word about one size); the smallest
      // not below half the reader's text size, which they asked to be large.
      expect(sizes[0]! / sizes.at(-1)!).to.be.at.least(1.3);
      expect(sizes.at(-1)).to.be.at.least(16);
      // The heaviest grows with the text too, though a tenth of the box is less (it was held at 30px: 1.5 × 32).
      expect(sizes[0]).to.be.at.least(40);
      expectPacked(el, 17);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('draws the heaviest of many long names that fill a screen or so (a phone), and the rest when asked', async function () {
    needsRendering(this);
    await setViewport({ width: 375, height: 700 });
    try {
      const data = manySectors(50);
      data.sectors.forEach((s, i) => (s.name = `Transport, logistics and regional connectivity corridor ${i}`));
      const el = await cloudAt(343, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
      const shown = words(el).length;
      expect(shown).to.be.within(3, 49);
      expect(list(el).getBoundingClientRect().height).to.be.within(700 * 0.75, 700 * 1.25 + 1);
      // The heaviest first, as the list reads.
      expect(names(el)).to.deep.equal(
        sectorWeights(parseSummit(data))
          .slice(0, shown)
          .map((s) => s.sector.name),
      );
      expectPacked(el, shown);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
      expect(textOf(more)).to.equal('Show all 50 sectors');
      more.click();
      await relaidOut(el);
      expectPacked(el, 50);
      expect(el.shadowRoot!.querySelector('[part="more-button"]')).to.equal(null);
      // The keyboard goes on from the first word that came.
      expect(el.shadowRoot!.activeElement).to.equal(words(el)[shown]);
      // With show-all, every word; a sector chosen among the rest shows them all too; the bundled dataset's 17 are
      // not that tall on a phone.
      const all = await cloudAt(343, html`<summit-sector-cloud show-all .data=${data}></summit-sector-cloud>`);
      expect(words(all)).to.have.length(50);
      await setViewport({ width: 375, height: 640 });
      const real = await cloudAt(343, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
      expect(words(real)).to.have.length(17);
      const chosen = await cloudAt(
        343,
        html`<summit-data .data=${data} .selection=${{ sector: 's-49' }}
          ><summit-sector-cloud></summit-sector-cloud
        ></summit-data>`,
      );
      const inside = chosen.querySelector<SummitSectorCloud>('summit-sector-cloud')!;
      await relaidOut(inside);
      expect(words(inside)).to.have.length(50);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reads its font sizes from custom properties, and packs again when they change', async function () {
    needsRendering(this);
    const el = await cloudAt(600, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
    el.style.setProperty('--summit-cloud-min-size', '20px');
    el.style.setProperty('--summit-cloud-max-size', '20px');
    await relaidOut(el);
    expect(new Set(words(el).map((b) => getComputedStyle(b).fontSize))).to.deep.equal(new Set(['20px']));
    expectPacked(el, 17);
    el.style.setProperty('--summit-cloud-max-size', '56px');
    await relaidOut(el);
    expect(getComputedStyle(words(el)[0]!).fontSize).to.equal('56px');
    expectPacked(el, 17);
  });

  it('measures again when its font changes', async function () {
    needsRendering(this);
    const el = await cloudAt(600, html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
    const before = positions(el);
    el.style.setProperty('--summit-font-family', 'monospace');
    await relaidOut(el);
    expect(getComputedStyle(words(el)[0]!).fontFamily).to.equal('monospace');
    expect(positions(el)).not.to.deep.equal(before);
    expectPacked(el, 17);
  });

  it('draws a word wider than the cloud smaller, on one line, rather than breaking it', async () => {
    const data = smallSummit();
    data.sectors[0]!.name = 'Meeresraumplanungszusammenarbeitsprogramm';
    const el = await cloudAt(320, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    expectPacked(el, 3);
    const long = words(el).find((b) => textOf(b) === data.sectors[0]!.name)!;
    const line = parseFloat(getComputedStyle(long).lineHeight) || parseFloat(getComputedStyle(long).fontSize) * 1.3;
    expect(long.getBoundingClientRect().height, 'one line').to.be.below(line * 1.6);
    expect(long.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
    // In a name of several words, the over-long word decides the size; the name wraps between its words.
    const other = structuredClone(data);
    other.sectors[0]!.name = 'Supercalifragilisticexpialidociousnessandmore cooperation';
    const two = await cloudAt(320, html`<summit-sector-cloud .data=${other}></summit-sector-cloud>`);
    expectPacked(two, 3);
    const word = words(two).find((b) => textOf(b) === other.sectors[0]!.name)!;
    const range = document.createRange();
    range.selectNodeContents(word);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(lines.size, 'at most two lines, one per word').to.be.at.most(2);
  });

  it('keeps at least --summit-cloud-gap between words', async () => {
    const el = await cloudAt(
      1000,
      html`<summit-sector-cloud style="--summit-cloud-gap: 24px" src=${DATASET_URL}></summit-sector-cloud>`,
    );
    expectPacked(el, 17);
    const rects = words(el).map((b) => b.getBoundingClientRect());
    let closest = Infinity;
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        const dx = Math.max(b.left - a.right, a.left - b.right);
        const dy = Math.max(b.top - a.bottom, a.top - b.bottom);
        closest = Math.min(closest, Math.max(dx, dy));
      }
    }
    expect(closest).to.be.within(23.99, 60);
  });

  it('measures in layout px inside a scaled ancestor', async () => {
    const el = await cloudAt(
      700,
      html`<summit-sector-cloud .data=${manySectors(40)}></summit-sector-cloud>`,
      'transform: scale(0.5); transform-origin: 0 0',
    );
    expectPacked(el, 40);
    expect(el.getBoundingClientRect().width).to.equal(350);
  });

  it('is a plain wrapped list in print, without positions or colours', async () => {
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    words(el)[0]!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const item = el.shadowRoot!.querySelector('li')!;
      expect(getComputedStyle(item).position).to.equal('static');
      expect(getComputedStyle(list(el)).display).to.equal('flex');
      expect(words(el).map((b) => getComputedStyle(b).color)).to.deep.equal(Array(3).fill('rgb(0, 0, 0)'));
      expect(getComputedStyle(words(el)[0]!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(words(el)[0]!).textDecorationLine, 'selection still shows').to.equal('underline');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('fires summit-select on click, Enter and Space, and toggles its own selection', async () => {
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    expect(names(el)).to.deep.equal(['Energy', 'Digital', 'Education']);
    const [first, second] = words(el);
    setTimeout(() => first!.click());
    const clicked = await oneEvent<SummitSelectEvent>(el, 'summit-select');
    expect([clicked.kind, clicked.id, clicked.selected]).to.deep.equal(['sector', 'energy', true]);
    await el.updateComplete;
    expect(words(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    const selectedStyle = getComputedStyle(first!);
    expect(selectedStyle.textDecorationLine, 'not by colour alone').to.equal('underline');
    first!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    // Chosen again: the event says it clears the selection.
    expect((await oneEvent<SummitSelectEvent>(el, 'summit-select')).selected).to.equal(false);
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    second!.focus();
    setTimeout(() => sendKeys({ press: 'Space' }));
    const space = await oneEvent<SummitSelectEvent>(el, 'summit-select');
    expect([space.id, space.selected]).to.deep.equal(['digital', true]);
    await el.updateComplete;
    expect(second!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps its selection when summit-select is cancelled', async () => {
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    el.addEventListener('summit-select', (e) => e.preventDefault(), { once: true });
    words(el)[0]!.click();
    await el.updateComplete;
    expect(words(el)[0]!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is one Tab stop; Left, Right, Home and End follow list order, Up and Down the words as drawn', async () => {
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    const items = words(el);
    expect(items.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    items[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    // Down: the nearest word that starts below this one's middle, or none (the bottom edge).
    const middle = (b: Element) => b.getBoundingClientRect().top + b.getBoundingClientRect().height / 2;
    const from = el.shadowRoot!.activeElement!;
    await sendKeys({ press: 'ArrowDown' });
    const to = el.shadowRoot!.activeElement!;
    const lower = items.filter((b) => b.getBoundingClientRect().top >= middle(from));
    if (lower.length) expect(lower).to.include(to);
    else expect(to).to.equal(from);
    items[1]!.focus();
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items[2]);
    await el.updateComplete;
    expect(items.map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0]);
  });

  it('goes on with Left on a right-to-left page, whatever the direction of each word', async () => {
    const data = smallSummit();
    data.sectors[0]!.name = 'الطاقة';
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`, 'direction: rtl');
    const items = words(el);
    items[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(items[2]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
  });

  it('mirrors its layout on a right-to-left page', async () => {
    const data = manySectors(30);
    const ltr = await cloudAt(600, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`);
    const rtl = await cloudAt(600, html`<summit-sector-cloud .data=${data}></summit-sector-cloud>`, 'direction: rtl');
    // Each item: its distance from the start of the line (the left, or the right on a right-to-left page), and its top.
    const offsets = (el: SummitSectorCloud, fromRight: boolean) => {
      const box = list(el).getBoundingClientRect();
      return [...list(el).children].map((li) => {
        const r = li.getBoundingClientRect();
        return `${Math.round(fromRight ? box.right - r.right : r.left - box.left)} ${Math.round(r.top - box.top)}`;
      });
    };
    expect(offsets(rtl, true)).to.deep.equal(offsets(ltr, false));
  });

  it('shares the selection of its <summit-data> and fades sectors a selected leader leaves out', async () => {
    const wrap = await fixture<SummitData>(
      html`<summit-data .data=${smallSummit()}
        ><summit-sector-cloud></summit-sector-cloud><summit-sector-cloud></summit-sector-cloud
      ></summit-data>`,
    );
    const [one, two] = [...wrap.querySelectorAll('summit-sector-cloud')];
    await one!.updateComplete;
    words(one!)[1]!.click();
    await wrap.updateComplete;
    await two!.updateComplete;
    expect(words(two!).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect(wrap.selection.sector).to.equal('digital');

    wrap.selection = { leader: 'leader-c' }; // Жанна Ким proposed only the digital one
    await wrap.updateComplete;
    await two!.updateComplete;
    expect(words(two!).map((b) => b.classList.contains('faint'))).to.deep.equal([true, false, true]);
    // Not by colour alone: the leader's words are underlined, the others not.
    expect(words(two!).map((b) => getComputedStyle(b).textDecorationLine)).to.deep.equal(['none', 'underline', 'none']);
    expect(label(words(two!)[0])).to.equal(
      'Energy, proposals: 3, named in the agenda or quotes: 2, not in the proposals of Жанна Ким',
    );
    expect(label(words(two!)[1])).to.equal('Digital, proposals: 2');
    await expect(two).to.be.accessible();

    // The chair's country initiated the justice proposal (energy): as in the timeline, that counts as theirs.
    wrap.selection = { leader: 'chair-a' };
    await wrap.updateComplete;
    await two!.updateComplete;
    expect(words(two!).map((b) => b.classList.contains('faint'))).to.deep.equal([false, true, true]);
    expect(words(two!).map((b) => b.classList.contains('named'))).to.deep.equal([true, false, false]);
    // Escape in a cloud clears its sector, and leaves the leader chosen elsewhere.
    wrap.selection = { leader: 'chair-a', sector: 'digital' };
    await wrap.updateComplete;
    await two!.updateComplete;
    words(two!)[1]!.focus();
    await sendKeys({ press: 'Escape' });
    await wrap.updateComplete;
    expect([wrap.selection.leader, wrap.selection.sector]).to.deep.equal(['chair-a', undefined]);
  });

  it('measures and packs its words once per dataset: a choice changes no layout', async () => {
    const el = await cloudAt(600, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    let measured = 0;
    CanvasRenderingContext2D.prototype.measureText = function (text) {
      measured++;
      return measureText.call(this, text);
    };
    try {
      const before = words(el).map((w) => w.parentElement!.style.cssText);
      words(el)[1]!.click();
      await el.updateComplete;
      words(el)[1]!.click();
      await el.updateComplete;
      expect(measured).to.equal(0);
      expect(words(el).map((w) => w.parentElement!.style.cssText)).to.deep.equal(before);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });

  it('says so, in a status, when the dataset has no sectors', async () => {
    const data = smallSummit();
    data.sectors = [];
    data.proposals.forEach((p) => (p.sectors = []));
    delete data.agenda[0]!.sectors;
    delete data.quotes[0]!.sectors;
    const el = await fixture<SummitSectorCloud>(
      html`<summit-sector-cloud heading="Areas" heading-level="4" .data=${data}></summit-sector-cloud>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('No sectors listed.');
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Areas');
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows path-level issues in an alert and fires summit-error for invalid data', async () => {
    const data = smallSummit();
    data.proposals[0]!.sectors = ['nowhere'];
    const el = document.createElement('summit-sector-cloud');
    const errored = oneEvent<SummitErrorEvent>(el, 'summit-error');
    el.data = data;
    document.body.append(el);
    try {
      expect((await errored).error.issues[0]!.path).to.equal('proposals[0].sectors[0]');
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('proposals[0].sectors[0]');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('shows a loading status while fetching, and packs once loaded', async () => {
    const el = await fixture<SummitSectorCloud>(html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('Loading');
    await settled(el);
    expectPacked(el, 17);
  });

  it('sets no style attribute: it works under a strict style-src Content-Security-Policy', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 820px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html>
      <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
      <script>
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      </script>
      <script type="module" src="/src/sector-cloud.ts"></script>
      <p id="control" style="color: rgb(255, 0, 0)">blocked</p>
      <summit-sector-cloud></summit-sector-cloud>`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[] };
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('summit-sector-cloud');
      const el = doc.querySelector('summit-sector-cloud') as SummitSectorCloud;
      el.data = await realDatasetJson();
      await el.updateComplete;
      // The policy is in force: the page's own style attribute was refused.
      expect(win.getComputedStyle(doc.getElementById('control')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(win.violations).to.deep.equal(['style-src-attr']);
      expectPacked(el, 17);
      expect(parseFloat(win.getComputedStyle(words(el)[0]!).fontSize)).to.be.above(
        parseFloat(win.getComputedStyle(words(el)[16]!).fontSize),
      );
    } finally {
      frame.remove();
    }
  });

  it('packs the new words when the dataset changes', async () => {
    const el = await cloudAt(800, html`<summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>`);
    el.data = manySectors(40);
    await el.updateComplete;
    expectPacked(el, 40);
  });

  it('is a plain list while hidden, and packs once shown', async function () {
    needsRendering(this);
    const el = await cloudAt(
      500,
      html`<summit-sector-cloud .data=${manySectors(40)}></summit-sector-cloud>`,
      'display: none',
    );
    expect(list(el).classList.contains('placed')).to.equal(false);
    expect(words(el)).to.have.length(40);
    el.parentElement!.style.display = 'block';
    await relaidOut(el);
    expectPacked(el, 40);
  });

  // 300 px: the largest size is a tenth of the widget's width (10cqi), less than 2.5rem.
  for (const width of [600, 300]) {
    it(`shows the weights as a plain list too, before it is placed (server output, no room yet), ${width} px wide`, async function () {
      needsRendering(this);
      const el = await cloudAt(
        width,
        html`<summit-sector-cloud src=${DATASET_URL}></summit-sector-cloud>`,
        'display: none',
      );
      expect(list(el).classList.contains('placed')).to.equal(false);
      el.parentElement!.style.display = 'block';
      // Laid out now, before the ResizeObserver has the cloud placed.
      const sizes = words(el).map((b) => parseFloat(getComputedStyle(b).fontSize));
      expect(list(el).classList.contains('placed')).to.equal(false);
      expect(sizes[0], 'the heaviest word is the largest').to.equal(Math.max(...sizes));
      expect(sizes[0]! / sizes.at(-1)!, 'the lightest is smaller').to.be.above(1.3);
      await relaidOut(el);
      expectPacked(el, words(el).length);
      // Placed, each word keeps its size: placing moves words, never resizes them.
      const placed = words(el).map((b) => parseFloat(getComputedStyle(b).fontSize));
      placed.forEach((px, i) => expect(Math.abs(px - sizes[i]!), names(el)[i]).to.be.below(0.01));
      expect(new Set(placed).size, 'nine sizes at most').to.be.at.most(9);
    });
  }

  it('packs again after being moved to a narrower place in the page', async function () {
    needsRendering(this);
    const el = await cloudAt(800, html`<summit-sector-cloud .data=${manySectors(40)}></summit-sector-cloud>`);
    const host = el.parentElement!;
    el.remove();
    host.style.width = '400px';
    host.append(el);
    await relaidOut(el);
    expectPacked(await everyWord(el), 40);
  });
});

describe('fontScale', () => {
  it('maps weights to 0..1 by the square root of their share of the heaviest', () => {
    expect(fontScale([9, 4, 1, 0])).to.deep.equal([1, 2 / 3, 1 / 3, 0]);
  });

  it('treats missing, negative and infinite weights as zero, and all-zero as the smallest size', () => {
    expect(fontScale([4, -1, NaN, Infinity])).to.deep.equal([1, 0, 0, 0]);
    expect(fontScale([0, 0])).to.deep.equal([0, 0]);
    expect(fontScale([])).to.deep.equal([]);
  });
});

describe('placeCloud', () => {
  const word = { width: 100, height: 20 };

  it('offers a few words a compact box, not width × ratio', () => {
    const cloud = placeCloud([word, word], 1000, 4, 0.6);
    expect(cloud.placements).to.have.length(2);
    expect(cloud.height).to.be.below(100);
    expect(cloud.width).to.equal(1000);
    expect(cloud.scale).to.equal(1);
  });

  it('caps the first box at width × ratio and grows taller to place every word', () => {
    const many = Array.from({ length: 300 }, () => word);
    expect(placeCloud(many, 400, 4, 0.5).height).to.be.above(400 * 0.5);
    const some = Array.from({ length: 20 }, () => word);
    expect(placeCloud(some, 400, 4, 0.25).height).to.be.below(placeCloud(some, 400, 4, 1).height);
  });

  it('scales down a layout that came out wider than the list', () => {
    const cloud = placeCloud([{ width: 500, height: 20 }], 400, 4, 0.6);
    expect(cloud.width).to.be.at.least(500);
    expect(cloud.scale).to.be.closeTo(400 / cloud.width, 1e-9);
  });
});
