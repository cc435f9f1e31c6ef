import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LitElement } from 'lit';
import type { SummitData } from '../../src/summit-data.js';
import type { SummitSelectionChangeEvent } from '../../src/events/events.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL } from '../fixtures/real.js';
import { consoleWarnings, settled, textOf } from '../fixtures/render.js';

const WIDGETS = [
  'summit-leader-roster',
  'summit-sector-cloud',
  'summit-proposal-timeline',
  'summit-card',
  'summit-quote',
];

async function provider(attrs: { src?: string; data?: unknown }) {
  return fixture<SummitData>(
    html`<summit-data src=${attrs.src ?? ''} .data=${attrs.data}>
      <summit-leader-roster></summit-leader-roster>
      <summit-sector-cloud></summit-sector-cloud>
      <summit-proposal-timeline></summit-proposal-timeline>
      <summit-card></summit-card>
      <summit-quote></summit-quote>
    </summit-data>`,
  );
}

const widgets = (root: Element) => WIDGETS.map((tag) => root.querySelector(tag)!);
const live = (el: Element, role: string) => [...el.shadowRoot!.querySelectorAll(`[role="${role}"]`)];

describe('<summit-data> announces loading and errors once for all its widgets', () => {
  it('while loading: every widget shows it, only the provider announces it', async () => {
    const el = await provider({ src: `/test-slow?to=${encodeURIComponent(DATASET_URL)}` });
    await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
    for (const w of widgets(el)) {
      expect(textOf(w.shadowRoot!.querySelector('[part~="message"]')), w.localName).to.contain('Loading');
      expect(live(w, 'status'), w.localName).to.have.length(0);
    }
    // The region starts empty (so the text that follows is a change, which is what gets announced).
    expect(textOf(live(el, 'status')[0])).to.equal('');
    await nextFrame();
    expect(textOf(live(el, 'status')[0]), 'still empty in the first frame').to.equal('');
    await waitUntil(() => textOf(live(el, 'status')[0]) !== '', 'the region speaks after its first frame');
    expect(textOf(live(el, 'status')[0])).to.equal('Loading summit data…');
    await Promise.all(widgets(el).map((w) => settled(w as LitElement)));
    await el.updateComplete;
    expect(textOf(live(el, 'status')[0])).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('on an error: every widget says so and keeps the issues in a closed disclosure, one alert names the first', async () => {
    const data = smallSummit();
    data.leaders[1]!.country = 'XX';
    const el = await provider({ data });
    await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
    for (const w of widgets(el)) {
      const box = w.shadowRoot!.querySelector('[part~="error"]')!;
      expect(textOf(box.querySelector('.error-title')), w.localName).to.equal('The summit data could not be shown.');
      // The list is there for an editor who opens it; a reader sees one line per widget.
      const details = box.querySelector('details')!;
      expect(details.open, w.localName).to.equal(false);
      expect(textOf(details.querySelector('summary')), w.localName).to.equal('What is wrong');
      // Five of them say which is which: the widget's heading describes each.
      const summary = details.querySelector('summary')!;
      const title = w.shadowRoot!.getElementById(summary.getAttribute('aria-describedby') ?? '');
      expect(title?.getAttribute('part'), w.localName).to.equal('heading');
      expect(textOf(details.querySelector('.issues')), w.localName).to.contain(
        'leaders[1].country: unknown country "XX"',
      );
      expect(live(w, 'alert'), w.localName).to.have.length(0);
    }
    // Each says which widget failed: its heading stands above the error.
    const headings = widgets(el).map((w) => textOf(w.shadowRoot!.querySelector('[part="heading"]')));
    expect(headings.slice(0, 4)).to.deep.equal(['Leaders', 'Sectors', 'Proposals and decisions', 'Summit']);
    const alerts = live(el, 'alert');
    expect(alerts).to.have.length(1);
    expect(textOf(alerts[0])).to.equal('');
    await waitUntil(() => textOf(alerts[0]) !== '', 'the alert speaks after its first frame');
    // The issue is the data layer's English, marked so on any page; how many there are in all follows.
    expect(textOf(alerts[0])).to.equal(
      'The summit data could not be shown. leaders[1].country: unknown country "XX": add it to countries (with "organisation": true if it is an international organisation); the countries are "JP", "UZ", "KZ". Problems in all: 2.',
    );
    expect(alerts[0]!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('offers Try again where the load may pass (a server error), from any widget, and keeps the focus in it', async () => {
    const src = `/test-flaky?id=provider-${Math.random()}&to=${encodeURIComponent(DATASET_URL)}`;
    const el = await settled(await provider({ src }));
    const [roster, cloud] = widgets(el) as LitElement[];
    await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
    for (const w of widgets(el)) {
      expect(textOf(w.shadowRoot!.querySelector('.issues')), w.localName).to.contain('answered 503');
      expect(w.shadowRoot!.querySelector('[part="retry-button"]'), w.localName).to.exist;
    }
    await expect(el).to.be.accessible();
    const button = cloud!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    button.focus();
    button.click();
    await settled(el);
    await roster!.updateComplete;
    await waitUntil(() => cloud!.shadowRoot!.querySelector('[part="word"]'), 'the cloud, drawn', { timeout: 5000 });
    expect(el.status).to.equal('complete');
    expect(roster!.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(0);
    // The button went with the error: the reader is on the cloud's heading, not at the top of the page.
    await cloud!.updateComplete;
    expect(cloud!.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
  });

  it('keeps the focus in a widget without a heading (a quote) when Try again takes its button away', async () => {
    const src = `/test-flaky?id=quote-${Math.random()}&to=${encodeURIComponent(DATASET_URL)}`;
    const quote = await settled(await fixture<LitElement>(html`<summit-quote src=${src}></summit-quote>`));
    const button = quote.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    button.focus();
    button.click();
    await settled(quote);
    await quote.updateComplete;
    await quote.updateComplete;
    expect(quote.shadowRoot!.querySelector('blockquote, figure')).to.exist;
    expect(quote.shadowRoot!.activeElement, 'the focus stays in the quote').to.not.equal(null);
  });

  it('announces once, from the provider that loads, where one <summit-data> is inside another', async () => {
    const outer = await fixture<SummitData>(
      html`<summit-data .data=${'{'}
        ><summit-data><summit-card></summit-card></summit-data
      ></summit-data>`,
    );
    const inner = outer.querySelector('summit-data')!;
    await waitUntil(() => textOf(live(outer, 'alert')[0]) !== '', 'the outer provider speaks');
    await inner.updateComplete;
    expect(textOf(live(inner, 'alert')[0])).to.equal('');
  });

  it('offers no Try again where trying again cannot help (a missing file, an invalid dataset)', async () => {
    const missing = await settled(await provider({ src: '/no/such.json' }));
    const data = smallSummit();
    data.leaders[1]!.country = 'XX';
    const invalid = await provider({ data });
    for (const el of [missing, invalid]) {
      await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
      for (const w of widgets(el)) {
        expect(w.shadowRoot!.querySelector('[part~="error"]'), w.localName).to.exist;
        expect(w.shadowRoot!.querySelector('[part="retry-button"]'), w.localName).not.to.exist;
      }
    }
    expect(missing.error!.transient).to.equal(false);
  });

  it('prints what a closed disclosure holds: paper cannot open it', async () => {
    const data = smallSummit();
    data.leaders[1]!.country = 'XX';
    const el = await provider({ data });
    const roster = widgets(el)[0] as LitElement;
    await roster.updateComplete;
    const issues = roster.shadowRoot!.querySelector('details .issues')!;
    expect(issues.checkVisibility(), 'closed on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(issues.checkVisibility(), 'shown on paper').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says the <summit-data> around a widget has no dataset, not to place the widget inside one', async () => {
    const el = await fixture(html`<summit-data><summit-leader-roster></summit-leader-roster></summit-data>`);
    const roster = el.querySelector('summit-leader-roster')!;
    await roster.updateComplete;
    expect(textOf(roster.shadowRoot!.querySelector('[part~="message"]'))).to.equal(
      'No summit data: the <summit-data> around this has none. Set its src or data, or add an inline JSON script to it as a direct child.',
    );
  });

  it('a widget with data of its own still announces its own state', async () => {
    const el = await fixture(
      html`<summit-data .data=${smallSummit()}>
        <summit-leader-roster .data=${'{"id": '}></summit-leader-roster>
      </summit-data>`,
    );
    const roster = el.querySelector('summit-leader-roster')!;
    await roster.updateComplete;
    expect(textOf(live(roster, 'alert')[0])).to.equal('The summit data could not be shown.');
    expect(textOf(roster.shadowRoot!.querySelector('[part~="error"]'))).to.contain('not valid JSON');
    expect(textOf(live(el, 'alert')[0])).to.equal('');
  });
});

describe("the page author's fallback content", () => {
  it('stands in for the loading message, stays under an error message, and goes once the dataset is shown', async () => {
    const shown = (el: Element) => (el.querySelector('p') as HTMLElement).checkVisibility();
    const loading = await fixture(
      html`<summit-leader-roster src=${`/test-slow?to=${encodeURIComponent(DATASET_URL)}`}
        ><p>Sanae Takaichi (Japan, chair), …</p></summit-leader-roster
      >`,
    );
    // No box above it that would push it down and then go: the page moves once, when the dataset comes. A screen
    // reader still hears that it loads.
    expect(loading.shadowRoot!.querySelector('[part~="message"], [part="heading"]')).to.equal(null);
    expect(textOf(loading.shadowRoot!.querySelector('[role="status"].visually-hidden'))).to.contain('Loading');
    expect(shown(loading), 'while loading').to.equal(true);
    await settled(loading as LitElement);
    expect(loading.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
    expect(shown(loading), 'once the roster is drawn').to.equal(false);
    const failed = await settled(
      (await fixture(
        html`<summit-card src="/no/such.json"><p>The summit in Tokyo, 20 December 2025.</p></summit-card>`,
      )) as LitElement,
    );
    expect(textOf(failed.shadowRoot!.querySelector('[part~="error"]'))).to.contain('404');
    expect(shown(failed), 'after an error').to.equal(true);
    await expect(failed).to.be.accessible();
  });

  it('is no fallback where nothing of it shows (a noscript, a template, a hidden element): the loading message is', async () => {
    for (const inside of [
      html`<noscript>Turn on JavaScript to see the leaders.</noscript>`,
      html`<template><p>Later.</p></template>`,
      html`<div hidden>Not shown.</div>`,
    ]) {
      const el = await fixture(
        html`<summit-card src=${`/test-slow?to=${encodeURIComponent(DATASET_URL)}`}>${inside}</summit-card>`,
      );
      const message = el.shadowRoot!.querySelector<HTMLElement>('[part~="message"]');
      expect(textOf(message)).to.contain('Loading');
      expect(message!.checkVisibility()).to.equal(true);
    }
  });

  it("shows before the first update too (a Japanese or Russian page waits for its words), a provider's article with it", async () => {
    const wrap = await fixture(html`<div></div>`);
    const group = document.createElement('summit-data');
    const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
    const card = document.createElement('summit-card');
    card.append(paragraph('Held on 20 December 2025.'));
    group.append(paragraph('The summit in Tokyo.'), card);
    wrap.append(group);
    // At once, before any update has drawn either.
    const [article, fallback] = [...group.querySelectorAll('p')];
    expect(article!.assignedSlot, 'the article inside the provider').to.not.equal(null);
    expect(fallback!.assignedSlot, "the card's fallback").to.not.equal(null);
    expect(article!.checkVisibility() && fallback!.checkVisibility()).to.equal(true);
    await (group as LitElement).updateComplete;
    expect(article!.checkVisibility()).to.equal(true);
    expect(group.shadowRoot!.querySelectorAll('slot').length, 'one slot once drawn').to.equal(1);
  });
});

describe('the text a reader is on', () => {
  it('stays where it is when a dataset arrives in a widget above it (the fallback it anchored to goes)', async () => {
    const wrap = await fixture(
      html`<div>
        <summit-leader-roster src=${`/test-slow?to=${encodeURIComponent(DATASET_URL)}&anchor`}>
          <p>Six leaders met in Tokyo: Sanae Takaichi, Shavkat Mirziyoyev and four more.</p>
          <p>The leaders of Central Asia and Japan.</p>
        </summit-leader-roster>
        <p id="reading" style="block-size: 200vh">The agenda covered energy and transport.</p>
      </div>`,
    );
    const roster = wrap.querySelector('summit-leader-roster') as LitElement;
    const reading = wrap.querySelector('#reading')!;
    await roster.updateComplete;
    // The reader has scrolled on, past the top of the loading roster: its fallback and the paragraph they read are
    // on screen.
    scrollBy(0, roster.getBoundingClientRect().top + 10);
    const top = Math.round(reading.getBoundingClientRect().top);
    expect(top).to.be.greaterThan(20);
    await settled(roster);
    await nextFrame();
    await nextFrame();
    expect(roster.shadowRoot!.querySelectorAll('button.leader').length).to.equal(6);
    expect(Math.round(reading.getBoundingClientRect().top)).to.equal(top);
    scrollTo(0, 0);
  });

  it('keeps the text in place in a scrolling box too (an app whose article scrolls under its bar)', async () => {
    const box = await fixture<HTMLElement>(
      html`<main style="overflow: auto; block-size: 400px; margin-top: 60px">
        <p style="block-size: 300px">Before the roster.</p>
        <summit-leader-roster src=${`/test-slow?to=${encodeURIComponent(DATASET_URL)}&anchor-box`}>
          <p>Six leaders met in Tokyo: Sanae Takaichi, Shavkat Mirziyoyev and four more.</p>
          <p>The leaders of Central Asia and Japan.</p>
        </summit-leader-roster>
        <p id="reading" style="block-size: 2000px">The agenda covered energy and transport.</p>
      </main>`,
    );
    const roster = box.querySelector('summit-leader-roster') as LitElement;
    const reading = box.querySelector('#reading')!;
    await roster.updateComplete;
    box.scrollTop = roster.getBoundingClientRect().top - box.getBoundingClientRect().top + 10;
    await nextFrame();
    await nextFrame();
    const top = Math.round(reading.getBoundingClientRect().top);
    await settled(roster);
    await nextFrame();
    await nextFrame();
    expect(roster.shadowRoot!.querySelectorAll('button.leader').length).to.equal(6);
    expect(Math.round(reading.getBoundingClientRect().top)).to.equal(top);
  });

  it('keeps a widget in its place when the reader sees its top as its dataset arrives (it grows downwards)', async () => {
    const wrap = await fixture(
      html`<div>
        <p style="block-size: 50vh">Before the roster.</p>
        <summit-leader-roster src=${`/test-slow?to=${encodeURIComponent(DATASET_URL)}&anchor-top`}>
          <p>Six leaders met in Tokyo: Sanae Takaichi, Shavkat Mirziyoyev and four more.</p>
        </summit-leader-roster>
        <p style="block-size: 200vh">After the roster.</p>
      </div>`,
    );
    const roster = wrap.querySelector('summit-leader-roster') as LitElement;
    await roster.updateComplete;
    scrollBy(0, roster.getBoundingClientRect().top - 10);
    await nextFrame();
    await nextFrame();
    await settled(roster);
    await nextFrame();
    await nextFrame();
    expect(roster.shadowRoot!.querySelectorAll('button.leader').length).to.equal(6);
    expect(Math.round(roster.getBoundingClientRect().top)).to.equal(10);
    scrollTo(0, 0);
  });
});

describe('the page decides whether a widget shows', () => {
  it('hides it with its own CSS (display: none, an invisible ancestor)', async () => {
    const wrap = await fixture(
      html`<div>
        <style>
          .gone {
            display: none;
          }
        </style>
        <summit-card class="gone" .data=${smallSummit()}></summit-card>
        <div style="visibility: hidden"><summit-quote .data=${smallSummit()}></summit-quote></div>
      </div>`,
    );
    const card = wrap.querySelector('summit-card')!;
    const quote = wrap.querySelector('summit-quote')!;
    await settled(card as unknown as LitElement);
    expect(getComputedStyle(card).display).to.equal('none');
    expect(getComputedStyle(quote).visibility).to.equal('hidden');
  });
});

describe('a widget where the page sizes boxes to their content', () => {
  it("takes the space there is in a flex row and a centred column, and a phone's width in an inline-block", async () => {
    const wrap = await fixture(
      html`<div style="width: 900px">
        <div style="display: flex; gap: 8px">
          <div>Label</div>
          <summit-card .data=${smallSummit()}></summit-card>
        </div>
        <div style="display: flex; flex-direction: column; align-items: center">
          <summit-leader-roster .data=${smallSummit()}></summit-leader-roster>
        </div>
        <div style="display: inline-block"><summit-quote .data=${smallSummit()}></summit-quote></div>
        <div style="display: flex; width: 300px">
          <div>Label</div>
          <summit-card .data=${smallSummit()}></summit-card>
        </div>
      </div>`,
    );
    const [row, column, inline, narrow] = [...wrap.querySelectorAll('summit-card, summit-leader-roster, summit-quote')];
    await settled(row as unknown as LitElement);
    const width = (el: Element) => Math.round(el.getBoundingClientRect().width);
    // A size container takes no width from its content: without a width of its own it would be 0 px wide here.
    expect([width(row!), width(column!), width(inline!)]).to.deep.equal([
      900 - 8 - width(row!.previousElementSibling!),
      900,
      320,
    ]);
    expect(
      width(narrow!) > 0 && narrow!.getBoundingClientRect().right <= 300 + wrap.getBoundingClientRect().left + 1,
    ).to.equal(true);
  });

  it('keeps its layout when a reset makes every element inline, and a provider fills a centred column', async () => {
    const wrap = await fixture(
      html`<div style="width: 900px">
        <style>
          .reset :where(*) {
            all: unset;
            display: revert;
          }
        </style>
        <div class="reset"><summit-leader-roster .data=${smallSummit()}></summit-leader-roster></div>
        <summit-leader-roster .data=${smallSummit()}></summit-leader-roster>
        <div style="display: flex; flex-direction: column; align-items: center">
          <summit-data .data=${smallSummit()}><summit-quote></summit-quote></summit-data>
        </div>
      </div>`,
    );
    const [reset, plain] = [...wrap.querySelectorAll('summit-leader-roster')];
    await settled(reset as unknown as LitElement);
    expect(getComputedStyle(reset!).display).to.equal('inline');
    // The widget's own box lays it out as on a plain page: the same grid, the same size.
    const box = (el: Element) => el.shadowRoot!.querySelector('.ui')!.getBoundingClientRect();
    expect([box(reset!).width, box(reset!).height]).to.deep.equal([box(plain!).width, box(plain!).height]);
    const quote = wrap.querySelector('summit-quote')!;
    await settled(quote as unknown as LitElement);
    expect(Math.round(quote.getBoundingClientRect().width)).to.equal(900);
  });
});

describe('<summit-data> theme', () => {
  it('gives its widgets dark colours and room inside them, whatever padding the page resets', async () => {
    const reset = document.createElement('style');
    reset.textContent = '* { padding: 0; } summit-card { padding: 0; }';
    document.head.append(reset);
    try {
      const wrap = await fixture<SummitData>(
        html`<summit-data theme="dark" .data=${smallSummit()}><summit-card></summit-card></summit-data>`,
      );
      const card = wrap.querySelector('summit-card')!;
      expect(getComputedStyle(card).colorScheme).to.equal('dark');
      expect(getComputedStyle(card).paddingTop).to.equal('12px');
      wrap.setAttribute('theme', 'light');
      expect(getComputedStyle(card).paddingTop).to.equal('0px');
      card.style.setProperty('--summit-padding', '3px');
      expect(getComputedStyle(card).paddingTop).to.equal('3px');
    } finally {
      reset.remove();
    }
  });
});

describe("the colour scheme is the page's", () => {
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(22, 22, 22)';
  const look = (el: Element) => {
    const style = getComputedStyle(el);
    return `${style.backgroundColor} ${style.paddingTop}`;
  };
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    document.head.querySelector('meta[name="color-scheme"]')?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a page that declares no colour scheme, even for a reader who prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const card = await fixture(html`<summit-card .data=${smallSummit()}></summit-card>`);
    expect(look(card)).to.equal(`${WHITE} 0px`);
  });

  for (const [how, declare] of [
    [
      'color-scheme: light dark on the root',
      () => document.documentElement.style.setProperty('color-scheme', 'light dark'),
    ],
    [
      'a <meta name="color-scheme"> tag',
      () => {
        const meta = document.createElement('meta');
        meta.name = 'color-scheme';
        meta.content = 'light dark';
        document.head.append(meta);
      },
    ],
  ] as const) {
    it(`follows the reader's preference on a page that supports both (${how}), flush with the page's text`, async () => {
      declare();
      const wrap = await fixture(html`<summit-data .data=${smallSummit()}><summit-card></summit-card></summit-data>`);
      const card = wrap.querySelector('summit-card')!;
      expect(look(card)).to.equal(`${WHITE} 0px`);
      await emulateMedia({ colorScheme: 'dark' });
      expect(look(card)).to.equal(`${DARK} 0px`);
      // An explicit theme still wins over the page's.
      card.setAttribute('theme', 'light');
      expect(look(card)).to.equal(`${WHITE} 0px`);
    });
  }

  it('is dark where the page makes a part of it dark (color-scheme: dark on an ancestor)', async () => {
    const wrap = await fixture(
      html`<section style="color-scheme: dark"><summit-card .data=${smallSummit()}></summit-card></section>`,
    );
    expect(look(wrap.querySelector('summit-card')!)).to.equal(`${DARK} 0px`);
  });
});

describe('a widget moved out of its <summit-data>', () => {
  it('lets go of the dataset and the selection, and takes them again when put back', async () => {
    const wrap = await provider({ data: smallSummit() });
    const roster = wrap.querySelector('summit-leader-roster')! as LitElement;
    await settled(roster);
    const outside = document.createElement('div');
    document.body.append(outside);
    try {
      outside.append(roster);
      await roster.updateComplete;
      expect(textOf(roster.shadowRoot!.querySelector('[role="status"]'))).to.contain('No summit data');
      wrap.append(roster);
      await roster.updateComplete;
      expect(roster.shadowRoot!.querySelectorAll('button.leader')).to.have.length(3);
    } finally {
      outside.remove();
    }
  });
});

/** The dataset URLs the widgets fetched while `run` ran. */
async function fetchesDuring(run: () => Promise<unknown>): Promise<string[]> {
  const fetched: string[] = [];
  const fetch = window.fetch;
  window.fetch = (input, init) => (fetched.push(String(input)), fetch(input, init));
  try {
    await run();
  } finally {
    window.fetch = fetch;
  }
  return fetched;
}

describe('what the page changes while a widget is away, or alongside the dataset', () => {
  it('shows inline JSON changed while the widget was out of the page, once it is back', async () => {
    const el = await fixture<LitElement>(
      html`<summit-card
        ><script type="application/json">
          ${JSON.stringify(smallSummit())}
        </script></summit-card
      >`,
    );
    const parent = el.parentElement!;
    el.remove();
    const changed = smallSummit();
    changed.title = 'Changed Summit';
    el.querySelector('script')!.textContent = JSON.stringify(changed);
    parent.append(el);
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('h2')) === 'Changed Summit', 'the new title');
  });

  it('keeps the dataset it shows in view, busy, while a new src loads (alone and in a <summit-data>)', async () => {
    const wrap = await fixture(
      html`<div>
        <summit-leader-roster src=${DATASET_URL}></summit-leader-roster>
        <summit-data src=${DATASET_URL}><summit-proposal-timeline></summit-proposal-timeline></summit-data>
      </div>`,
    );
    const roster = wrap.querySelector<LitElement & { src: string; summit: unknown; status: string }>(
      'summit-leader-roster',
    )!;
    const provider = wrap.querySelector<SummitData>('summit-data')!;
    const timeline = wrap.querySelector<LitElement & { summit: unknown; status: string }>('summit-proposal-timeline')!;
    await settled(roster);
    await settled(timeline);
    const [names, headlines, before] = [textOf(roster.shadowRoot), textOf(timeline.shadowRoot), roster.summit];
    expect(names).to.contain('Sanae Takaichi');
    const loads: Event[] = [];
    roster.addEventListener('summit-load', (e) => loads.push(e));
    // The same file, a second late: a new dataset object once it arrives.
    const slow = `/test-slow?to=${encodeURIComponent(DATASET_URL)}`;
    roster.src = slow;
    provider.src = slow;
    await roster.updateComplete;
    await provider.updateComplete;
    await timeline.updateComplete;
    for (const [el, text] of [
      [roster, names],
      [timeline, headlines],
    ] as const) {
      expect(el.status, el.localName).to.equal('pending');
      expect(
        el.shadowRoot!.querySelector('[part~="message"]') === null,
        `${el.localName}: no loading message`,
      ).to.equal(true);
      // Compared as a whole, not diffed (two long texts apart would take the reporter minutes).
      expect(textOf(el.shadowRoot) === text, `${el.localName} shows what it showed`).to.equal(true);
      expect(el.shadowRoot!.querySelector('.ui')!.getAttribute('aria-busy'), el.localName).to.equal('true');
    }
    expect(roster.summit === before, 'the dataset shown so far').to.equal(true);
    await expect(roster).to.be.accessible();
    await waitUntil(() => roster.status === 'complete' && timeline.status === 'complete', 'the new src loads', {
      timeout: 5000,
    });
    await roster.updateComplete;
    await timeline.updateComplete;
    expect(roster.summit !== before, 'the new dataset').to.equal(true);
    expect(loads, 'summit-load for the new dataset, once').to.have.length(1);
    for (const el of [roster, timeline])
      expect(el.shadowRoot!.querySelector('.ui[aria-busy]'), el.localName).to.equal(null);
    // A src that fails shows its error, not the dataset before it.
    roster.src = '/no/such.json';
    await settled(roster);
    expect(roster.status).to.equal('error');
    expect(roster.summit).to.equal(undefined);
    expect(textOf(roster.shadowRoot)).to.not.contain('Sanae Takaichi');
    expect(roster.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
  });

  it('keeps a request in flight while it is moved (a list reordered), and loads it once', async () => {
    const url = `/test-slow?to=${encodeURIComponent(DATASET_URL)}`;
    const fetched = await fetchesDuring(async () => {
      const wrap = await fixture(
        html`<div>
          <div id="a"><summit-card src=${url}></summit-card></div>
          <div id="b"></div>
        </div>`,
      );
      const el = wrap.querySelector<LitElement>('summit-card')!;
      for (const to of ['#b', '#a', '#b']) {
        await aTimeout(250);
        wrap.querySelector(to)!.append(el);
      }
      await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the card, drawn', { timeout: 5000 });
    });
    expect(fetched).to.have.length(1);
  });

  it('writes a src set from script to its attribute, so a copy of the widget loads it too', async () => {
    const wrap = await fixture(html`<div></div>`);
    const card = document.createElement('summit-card') as LitElement & { src: string };
    card.src = DATASET_URL;
    wrap.append(card);
    await card.updateComplete;
    expect(card.getAttribute('src')).to.equal(DATASET_URL);
    const copy = card.cloneNode(true) as LitElement;
    wrap.append(copy);
    await waitUntil(() => textOf(copy.shadowRoot!.querySelector('h2')), 'the copy, drawn', { timeout: 5000 });
    // No src: no attribute (not src="").
    card.src = '';
    await card.updateComplete;
    expect(card.hasAttribute('src')).to.equal(false);
  });

  it('shares one request and its validation among widgets given the same src, until the last lets go', async () => {
    const url = `/test-slow?to=${encodeURIComponent(DATASET_URL)}&shared`;
    const wrap = await fixture(html`<div></div>`);
    const [card, roster] = ['summit-card', 'summit-leader-roster'].map((tag) => document.createElement(tag));
    const summitOf = (el: Element) => (el as unknown as { summitData: { summit: unknown } }).summitData.summit;
    const first = await fetchesDuring(async () => {
      const quote = document.createElement('summit-quote');
      // The same file, however it is written.
      card!.setAttribute('src', url);
      roster!.setAttribute('src', new URL(url, location.href).href);
      quote.setAttribute('src', `.${url}`);
      wrap.append(card!, roster!, quote);
      // One leaves while it loads: the others keep the request.
      await nextFrame();
      quote.remove();
      await waitUntil(() => card!.shadowRoot!.querySelector('h2') && roster!.shadowRoot!.querySelector('li'), 'drawn', {
        timeout: 5000,
      });
    });
    expect(first).to.have.length(1);
    // Every widget that shared it holds the one dataset, validated once.
    expect(summitOf(card!)).to.not.equal(undefined);
    expect(summitOf(card!)).to.equal(summitOf(roster!));
    // Once all let go, the request stops; the next asks again.
    const again = await fetchesDuring(async () => {
      for (const el of [card!, roster!]) el.setAttribute('src', `${url}&again`);
      await nextFrame();
      card!.remove();
      roster!.remove();
      await aTimeout(50);
      wrap.append(card!);
      await waitUntil(() => textOf(card!.shadowRoot!.querySelector('h2')), 'drawn again', { timeout: 5000 });
    });
    expect(again).to.have.length(2);
  });

  it('says in the console when the page selects what the dataset lacks (restored from a URL, say)', async () => {
    const said = await consoleWarnings(async () => {
      const el = await fixture<SummitData>(html`<summit-data .data=${smallSummit()}></summit-data>`);
      el.selection = { leader: 'nobody', sector: 'energy' };
      await el.updateComplete;
    });
    expect(said).to.deep.equal([
      'summit-widgets: <summit-data> selection.leader "nobody" is not a leader of this dataset: it matches no proposal',
    ]);
  });

  it('takes no selection from the page (null, undefined) as nothing chosen, and a reader can choose after it', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster] = widgets(el) as LitElement[];
    await roster!.updateComplete;
    const said = await consoleWarnings(async () => {
      for (const none of [null, undefined, '', 'energy', { sector: '' }, { sector: null }]) {
        el.selection = none as never;
        await el.updateComplete;
        const leader = roster!.shadowRoot!.querySelector<HTMLButtonElement>('button.leader')!;
        leader.click();
        await el.updateComplete;
        expect(el.selection.leader, String(none)).to.be.a('string');
        expect(leader.getAttribute('aria-pressed')).to.equal('true');
      }
    });
    // Only what is not an object is warned of; "" and null choose nothing, as a select's empty choice.
    expect(said).to.deep.equal([
      'summit-widgets: <summit-data> selection "energy" is not an object such as {"sector": "energy"}: nothing is chosen',
    ]);
  });

  it('formats its dates in the language of the section it was moved into', async () => {
    const wrap = await fixture(
      html`<div>
        <section lang="en"><summit-card .data=${smallSummit()}></summit-card></section>
        <section id="ru" lang="ru"></section>
      </div>`,
    );
    const el = wrap.querySelector<LitElement>('summit-card')!;
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('time'))).to.equal('December 20, 2025');
    wrap.querySelector('#ru')!.append(el);
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('time')) === '20 декабря 2025 г.', 'the Russian date');
  });

  it('keeps a selection the page sets together with a new dataset, and what a new dataset still has', async () => {
    const p = await fixture<SummitData>(html`<summit-data .data=${smallSummit()}></summit-data>`);
    p.selection = { leader: 'leader-b' };
    await p.updateComplete;
    const next = smallSummit();
    next.title = 'Other';
    p.data = next;
    p.selection = { sector: 'energy' };
    await p.updateComplete;
    expect(p.selection).to.deep.equal({ sector: 'energy' });
    // The same dataset fetched again: the reader's choice stays.
    p.data = smallSummit();
    await p.updateComplete;
    expect(p.selection).to.deep.equal({ sector: 'energy' });
    // One without that sector: it goes, and the page is told.
    const other = JSON.parse(JSON.stringify(smallSummit()).replaceAll('"energy"', '"power"')) as unknown;
    const changes: unknown[] = [];
    p.addEventListener('summit-selection-change', (e) => changes.push(e.selection));
    p.data = other;
    await p.updateComplete;
    expect(p.status, JSON.stringify(p.error?.issues)).to.equal('complete');
    expect(p.selection).to.deep.equal({});
    expect(changes).to.deep.equal([{}]);
  });
});

describe('--summit-radius', () => {
  it('0 squares every corner: boxes, badges, pills, avatars, markers', async () => {
    const el = await provider({ data: smallSummit() });
    el.style.setProperty('--summit-radius', '0');
    await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
    const round: string[] = [];
    for (const w of widgets(el))
      for (const node of w.shadowRoot!.querySelectorAll('*'))
        for (const pseudo of [null, '::before', '::after']) {
          const r = getComputedStyle(node, pseudo).borderTopLeftRadius;
          if (r !== '0px') round.push(`${w.localName} ${node.localName}.${node.className}${pseudo ?? ''}: ${r}`);
        }
    expect(round).to.deep.equal([]);
    // Unset, pills and markers are round.
    el.style.removeProperty('--summit-radius');
    const chip = widgets(el)[2]!.shadowRoot!.querySelector('.chip')!;
    expect(parseFloat(getComputedStyle(chip).borderTopLeftRadius)).to.be.above(5);
    // The widget's own background is rounded as the boxes inside are: a theme colour unlike the page's shows no
    // square corners behind a rounded card.
    el.style.setProperty('--summit-radius', '20px');
    for (const w of widgets(el)) {
      expect(getComputedStyle(w).borderTopLeftRadius, w.localName).to.equal('20px');
      expect(getComputedStyle(w.shadowRoot!.querySelector('.ui')!).borderTopLeftRadius, w.localName).to.equal('20px');
    }
  });
});

describe("a theme's colours", () => {
  it('are said in the console where they fall under the contrast WCAG asks, once a page, with what to change', async () => {
    const said = await consoleWarnings(async (heard) => {
      const wrap = await fixture(
        html`<div style="--summit-color-muted: #bbbbbb; --summit-color-accent: #ffe600; --summit-color-focus: #fff200">
          <summit-card .data=${smallSummit()}></summit-card><summit-quote .data=${smallSummit()}></summit-quote>
        </div>`,
      );
      await waitUntil(() => heard.length > 0, 'the warning', { timeout: 5000 });
      await aTimeout(300);
      wrap.remove();
    });
    expect(said.length, said.join('\n')).to.equal(1);
    const [message] = said;
    expect(message!.startsWith('summit-widgets: <summit-card> colours under the contrast WCAG asks: ')).to.equal(true);
    for (const part of [
      'muted text rgb(187 187 187) on rgb(255 255 255) is 1.92:1, under the 4.5:1 it needs (--summit-color-muted)',
      'accent (links, buttons, chosen items) rgb(255 230 0) on rgb(255 255 255) is 1.27:1, under the 4.5:1 it needs (--summit-color-accent)',
      'focus ring rgb(255 242 0) on rgb(255 255 255) is 1.17:1, under the 3:1 it needs (--summit-color-focus)',
    ])
      expect(message!.includes(part), message).to.equal(true);
    // The defaults, light and dark, say nothing.
    const quiet = await consoleWarnings(async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture(
          html`<summit-leader-roster theme=${theme} .data=${smallSummit()}></summit-leader-roster>`,
        );
        await aTimeout(0);
        await new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
        await aTimeout(50);
        el.remove();
      }
    });
    expect(quiet).to.deep.equal([]);
  });
});

describe('the state of what the reader chose, as parts', () => {
  it('adds chosen to the part of the chosen leader, word and chip, and faint or related to the words', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster, cloud, timeline] = widgets(el) as LitElement[];
    await Promise.all([roster, cloud, timeline].map((w) => w!.updateComplete));
    const parts = (w: Element, selector: string) =>
      [...w.shadowRoot!.querySelectorAll(selector)].map((e) => e.getAttribute('part'));
    const choose = async (selection: object) => {
      el.selection = selection;
      await el.updateComplete;
      await Promise.all([roster, cloud, timeline].map((w) => w!.updateComplete));
    };
    await choose({ leader: 'leader-c', sector: 'digital' });
    expect(parts(roster!, '[part~="chosen"]')).to.deep.equal(['leader chosen']);
    expect(parts(cloud!, '[part~="chosen"]').length).to.equal(1);
    expect(parts(cloud!, '[part~="faint"]').length).to.be.above(0);
    expect(parts(timeline!, '[part~="chip"][part~="chosen"]').length).to.be.above(0);
    await choose({});
    expect(
      parts(roster!, '[part~="chosen"]').length + parts(cloud!, '[part~="chosen"], [part~="faint"]').length,
    ).to.equal(0);
    // The boxes and labels a house style restyles: the card's box and kicker, an entry's box, summary and labels, the
    // quote's words (whose marks are its ::before and ::after).
    const [card, quote] = [el.querySelector('summit-card')!, el.querySelector('summit-quote')!];
    await Promise.all([card, quote].map((w) => (w as LitElement).updateComplete));
    for (const [w, names] of [
      [card, ['card', 'kicker', 'term', 'value']],
      [timeline!, ['entry', 'summary', 'term', 'value']],
      [quote, ['words']],
    ] as const)
      for (const name of names) expect(parts(w, `[part~="${name}"]`).length, `${w.localName} ${name}`).to.be.above(0);
  });
});

describe('on a touch screen', () => {
  it('no widget marks what is under the pointer where there is no hover (a tap would leave it looking chosen)', async () => {
    const el = await provider({ data: smallSummit() });
    await Promise.all(widgets(el).map((w) => (w as LitElement).updateComplete));
    const loose: string[] = [];
    const scan = (rules: CSSRuleList, hover: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule || rule instanceof CSSContainerRule || rule instanceof CSSSupportsRule)
          scan(rule.cssRules, hover || /\(hover(: hover)?\)/.test(rule.conditionText));
        else if (rule instanceof CSSStyleRule && /:hover/.test(rule.selectorText) && !hover)
          loose.push(rule.selectorText);
      }
    };
    for (const w of widgets(el)) for (const sheet of w.shadowRoot!.adoptedStyleSheets) scan(sheet.cssRules, false);
    // A link underlined a little thicker is not a mark of choice.
    expect(loose.filter((s) => s !== 'a:hover')).to.deep.equal([]);
  });
});

describe('the page follows what the widgets show', () => {
  it('reads the dataset and its state from any element, and hears when it arrives (summit-load, once, from the loader)', async () => {
    const loads: EventTarget[] = [];
    const wrap = await fixture(html`<div></div>`);
    wrap.addEventListener('summit-load', (e) => loads.push(e.target!));
    const p = document.createElement('summit-data');
    p.append(document.createElement('summit-card'));
    const card = p.firstElementChild as LitElement & { summit: unknown; status: string };
    expect(p.status).to.equal('idle');
    p.src = `/test-slow?to=${encodeURIComponent(DATASET_URL)}&load-event`;
    wrap.append(p);
    await p.updateComplete;
    expect(p.status).to.equal('pending');
    await waitUntil(() => p.status === 'complete', 'loaded', { timeout: 5000 });
    await card.updateComplete;
    expect(loads).to.deep.equal([p]);
    expect(p.summit).to.not.equal(undefined);
    expect(Object.isFrozen(p.summit)).to.equal(true);
    expect(card.summit).to.equal(p.summit);
    expect(card.status).to.equal('complete');
    // A widget with its own data fires its own.
    const own = document.createElement('summit-quote');
    own.data = smallSummit();
    wrap.append(own);
    await own.updateComplete;
    expect(loads).to.deep.equal([p, own]);
    expect(own.summit!.title).to.equal(smallSummit().title);
    // An error: no summit, the error says why.
    own.data = '{';
    await own.updateComplete;
    expect([own.status, own.summit, own.error?.issues.length]).to.deep.equal(['error', undefined, 1]);
  });

  it('says what changed while it was out of the page (a cached view) once it is back, where the page hears it', async () => {
    const heard: string[] = [];
    const hear = (e: Event) => heard.push(e.type);
    for (const type of ['summit-load', 'summit-selection-change', 'summit-error'])
      document.addEventListener(type, hear);
    try {
      const el = await provider({ data: smallSummit() });
      el.selection = { sector: 'energy' };
      await el.updateComplete;
      heard.length = 0;
      const view = el.parentElement!;
      el.remove();
      const other = smallSummit();
      other.sectors = other.sectors.filter((s) => s.id !== 'energy');
      for (const p of [...other.proposals, ...other.agenda, ...other.quotes])
        p.sectors = p.sectors?.filter((s) => s !== 'energy');
      el.data = other;
      await el.updateComplete;
      expect(heard, 'nothing heard while away').to.deep.equal([]);
      view.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(heard).to.deep.equal(['summit-load', 'summit-selection-change']);
      expect(el.selection).to.deep.equal({});
    } finally {
      for (const type of ['summit-load', 'summit-selection-change', 'summit-error'])
        document.removeEventListener(type, hear);
    }
  });

  it('leaves nothing behind for standalone widgets that come and go on a page with no <summit-data>', async () => {
    const root = (globalThis as Record<symbol, { pendingContextRequests: Map<unknown, { requests: unknown[] }> }>)[
      Symbol.for('summit-widgets.context-root')
    ]!;
    const waiting = () => [...root.pendingContextRequests.values()].reduce((n, r) => n + r.requests.length, 0);
    const before = waiting();
    const wrap = await fixture(html`<div></div>`);
    for (let i = 0; i < 20; i++) {
      const card = document.createElement('summit-card');
      card.data = smallSummit();
      wrap.append(card);
      await card.updateComplete;
      card.remove();
    }
    expect(waiting()).to.equal(before);
    // Appended first, then given its data or src in the same task: the usual order in a page's script.
    for (let i = 0; i < 20; i++) {
      const card = document.createElement('summit-card');
      wrap.append(card);
      if (i % 2) card.data = smallSummit();
      else card.src = DATASET_URL;
      await card.updateComplete;
      card.remove();
    }
    expect(waiting(), 'appended, then given its data').to.equal(before);
  });

  it('says the selection changed once it is applied: once per choice, once for Clear filter, never for the page', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster, , timeline] = widgets(el) as LitElement[];
    await Promise.all([roster, timeline].map((w) => w!.updateComplete));
    const seen: { event: unknown; property: unknown }[] = [];
    const heard = (e: SummitSelectionChangeEvent) => seen.push({ event: e.selection, property: el.selection });
    document.addEventListener('summit-selection-change', heard);
    try {
      el.selection = { sector: 'energy' };
      await el.updateComplete;
      expect(seen, 'the page set it').to.deep.equal([]);
      roster!.shadowRoot!.querySelector<HTMLButtonElement>('button.leader')!.click();
      await el.updateComplete;
      expect(seen).to.have.length(1);
      expect(seen[0]!.event).to.deep.equal(seen[0]!.property);
      expect(seen[0]!.event).to.have.property('leader');
      await timeline!.updateComplete;
      timeline!.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await el.updateComplete;
      expect(seen, JSON.stringify(seen)).to.have.length(2);
      expect(seen[1]!.event, JSON.stringify(seen)).to.deep.equal({});
    } finally {
      document.removeEventListener('summit-selection-change', heard);
    }
  });
});

describe('the results bar under a roster or a cloud', () => {
  const bar = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-results"]');

  it('says how many proposals the timeline shows for the choice, and takes the reader there', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster, cloud, timeline] = widgets(el) as LitElement[];
    await Promise.all([roster, cloud, timeline].map((w) => w!.updateComplete));
    expect(bar(cloud!), 'nothing chosen').to.equal(null);
    const energy = [...cloud!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.word')].find(
      (b) => b.textContent!.trim() === 'Energy',
    )!;
    energy.click();
    await el.updateComplete;
    await cloud!.updateComplete;
    // The same count the timeline shows: the proposals tagged with the sector. Only under the cloud, where the reader
    // chose: a bar appearing under the roster above would move what they tapped.
    expect(textOf(bar(cloud!))).to.equal('Show the 3 proposals');
    expect(bar(roster!)).to.equal(null);
    await timeline!.updateComplete;
    expect(textOf(timeline!.shadowRoot!.querySelector('[part="count"]'))).to.contain('Showing 3 of 5');
    // Sticky at the foot of the screen while the cloud is on it.
    expect(getComputedStyle(bar(cloud!)!.parentElement!).position).to.equal('sticky');
    bar(cloud!)!.click();
    const heading = timeline!.shadowRoot!.querySelector('[part="heading"]')!;
    expect(timeline!.shadowRoot!.activeElement).to.equal(heading);
    // At the top of the screen, with room for its focus ring.
    expect(heading.getBoundingClientRect().top).to.be.within(4, 12);
    // A leader too, both together narrow further; none left says so.
    const leader = [...roster!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.leader')].find((b) =>
      b.textContent!.includes('Bea Bauer'),
    )!;
    leader.click();
    await el.updateComplete;
    await Promise.all([roster, cloud].map((w) => w!.updateComplete));
    expect(textOf(bar(roster!))).to.equal(textOf(bar(cloud!)));
    expect(textOf(bar(roster!))).to.match(
      /^(No proposals match: see the timeline|Show the proposal|Show the \d proposals)$/,
    );
  });

  it('Escape on the bar clears the choice, and the reader lands on what they had chosen', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster, , timeline] = widgets(el) as LitElement[];
    await Promise.all([roster, timeline].map((w) => w!.updateComplete));
    const leader = [...roster!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.leader')].find((b) =>
      b.textContent!.includes('Bea Bauer'),
    )!;
    leader.click();
    await el.updateComplete;
    await roster!.updateComplete;
    // Below the last row with room for its focus ring (3px, 2px out), which the bar's background would cover.
    const last = [...roster!.shadowRoot!.querySelectorAll('button.leader')].at(-1)!;
    const gap = bar(roster!)!.parentElement!.getBoundingClientRect().top - last.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(5);
    bar(roster!)!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await roster!.updateComplete;
    expect(el.selection).to.deep.equal({});
    expect(bar(roster!)).to.equal(null);
    expect(roster!.shadowRoot!.activeElement).to.equal(leader);
    expect(leader.getAttribute('aria-pressed')).to.equal('false');
  });

  it("counts what the timeline shows, with the timeline's own filter, and is not there while it is hidden", async () => {
    const el = await fixture<SummitData>(
      html`<summit-data .data=${smallSummit()}>
        <summit-leader-roster></summit-leader-roster>
        <summit-proposal-timeline sector="education"></summit-proposal-timeline>
      </summit-data>`,
    );
    const roster = el.querySelector<LitElement>('summit-leader-roster')!;
    const timeline = el.querySelector<LitElement>('summit-proposal-timeline')!;
    await Promise.all([roster.updateComplete, timeline.updateComplete]);
    const leaders = [...roster.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.leader')];
    const uzbek = leaders.find((b) => b.textContent!.includes('Bea Bauer'))!;
    uzbek.click();
    await el.updateComplete;
    await Promise.all([roster.updateComplete, timeline.updateComplete]);
    const count = textOf(timeline.shadowRoot!.querySelector('[part="count"]'));
    const shown = Number(/Showing (\d+) of/.exec(count)?.[1] ?? /^(\d+|No) /.exec(count)?.[1]?.replace('No', '0'));
    expect(textOf(bar(roster))).to.equal(
      shown === 0
        ? 'No proposals match: see the timeline'
        : shown === 1
          ? 'Show the proposal'
          : `Show the ${shown} proposals`,
    );
    // In a tab the page hides, there is no timeline to take the reader to: the bar goes, and comes back with it, as
    // it goes when the timeline is taken out of the page and comes back when one is put in.
    const drawn = async () => {
      await nextFrame();
      await nextFrame();
      await roster.updateComplete;
      return bar(roster) !== null;
    };
    timeline.style.display = 'none';
    expect(await drawn(), 'hidden').to.equal(false);
    timeline.style.display = '';
    expect(await drawn(), 'shown again').to.equal(true);
    timeline.remove();
    expect(await drawn(), 'taken out').to.equal(false);
    el.append(timeline);
    expect(await drawn(), 'put back').to.equal(true);
  });

  it('is not there for a choice the timeline does not follow (its own attribute names another), and the console says why', async () => {
    const el = await fixture<SummitData>(
      html`<summit-data .data=${smallSummit()}>
        <summit-leader-roster></summit-leader-roster>
        <summit-proposal-timeline leader="leader-c"></summit-proposal-timeline>
      </summit-data>`,
    );
    const roster = el.querySelector<LitElement>('summit-leader-roster')!;
    const timeline = el.querySelector<LitElement>('summit-proposal-timeline')!;
    await Promise.all([roster.updateComplete, timeline.updateComplete]);
    const choose = async (name: string) => {
      [...roster.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.leader')]
        .find((b) => b.textContent!.includes(name))!
        .click();
      await el.updateComplete;
      await Promise.all([roster.updateComplete, timeline.updateComplete]);
    };
    const warned = await consoleWarnings(async () => {
      await choose('Bea Bauer');
      await choose('Ann Abe');
    });
    expect(bar(roster), 'the timeline still shows the leader its attribute names').to.equal(null);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('leader="leader-c" fixes what this timeline shows');
    // The leader it shows anyway: the bar says so.
    await choose('Жанна Ким');
    expect(textOf(bar(roster))).to.match(/^Show the (proposal|\d proposals)$/);
  });

  it('moves the page only for a choice the reader made in that widget, and goes when its timeline has gone', async () => {
    const el = await provider({ data: smallSummit() });
    const [roster, cloud, timeline] = widgets(el) as LitElement[];
    await Promise.all([roster, cloud, timeline].map((w) => w!.updateComplete));
    // The page's script chooses while the reader is elsewhere: the cloud shows its bar, the page stays where it was.
    // The reader at the top of the page, the widgets far below.
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    el.before(spacer);
    try {
      scrollTo(0, 0);
      const y = scrollY;
      el.selection = { sector: 'energy' };
      await el.updateComplete;
      await cloud!.updateComplete;
      await nextFrame();
      expect(bar(cloud!), 'the bar').to.not.equal(null);
      expect(scrollY).to.equal(y);
      // The timeline taken away since: the button draws the bar anew (none now), rather than do nothing.
      timeline!.remove();
      bar(cloud!)!.click();
      await cloud!.updateComplete;
      expect(bar(cloud!)).to.equal(null);
    } finally {
      spacer.remove();
      scrollTo(0, 0);
    }
  });

  it('is not there without a timeline to show, nor outside <summit-data>', async () => {
    const wrap = await fixture(
      html`<div>
        <summit-data .data=${smallSummit()}><summit-sector-cloud></summit-sector-cloud></summit-data>
        <summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>
        <summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>
      </div>`,
    );
    const clouds = [...wrap.querySelectorAll('summit-sector-cloud')] as LitElement[];
    for (const cloud of clouds) {
      await cloud.updateComplete;
      cloud.shadowRoot!.querySelector<HTMLButtonElement>('button.word')!.click();
      await wrap.querySelector<LitElement>('summit-data')!.updateComplete;
      await cloud.updateComplete;
      expect(cloud.shadowRoot!.querySelector('button.word[aria-pressed="true"]'), 'chosen').to.not.equal(null);
      expect(bar(cloud)).to.equal(null);
    }
  });
});

describe('a widget in another document (a same-origin iframe, a pop-out window)', () => {
  it('draws with its styles there, first drawn there or moved there, and again when it comes back', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="frame"></iframe>`);
    const inner = frame.contentDocument!;
    const styled = (el: LitElement) => {
      const box = el.shadowRoot!.querySelector('.ui');
      return (
        el.shadowRoot!.adoptedStyleSheets.length > 0 &&
        getComputedStyle(el).display === 'block' &&
        !!box &&
        el.ownerDocument.defaultView!.getComputedStyle(box).containerType === 'inline-size'
      );
    };
    const said = await consoleWarnings(async () => {
      // Made here, first drawn there.
      const quote = document.createElement('summit-quote') as LitElement & { data: unknown };
      quote.data = smallSummit();
      inner.body.append(quote);
      await quote.updateComplete;
      expect(styled(quote), 'first drawn in the frame').to.equal(true);
      // Drawn here, moved there, and back.
      const card = await fixture<LitElement & { data: unknown }>(
        html`<summit-card .data=${smallSummit()}></summit-card>`,
      );
      expect(styled(card), 'here').to.equal(true);
      inner.body.append(card);
      await card.updateComplete;
      expect(styled(card), 'moved into the frame').to.equal(true);
      document.body.append(card);
      await card.updateComplete;
      expect(styled(card), 'back').to.equal(true);
      card.remove();
    });
    expect(said).to.deep.equal([]);
  });
});
