import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { render, type LitElement } from 'lit';
import '../../src/index.js';
import type {
  SummitCard,
  SummitLeaderRoster,
  SummitProposalTimeline,
  SummitQuote,
  SummitSectorCloud,
} from '../../src/index.js';
import { directionOf } from '../../src/internal/lang.js';
import { bucketView } from '../../src/components/proposal-timeline/format.js';
import { smallSummit } from '../fixtures/summits.js';
import { textOf } from '../fixtures/render.js';

type Lang = 'en' | 'ja' | 'ru';

/** The locale @lit/localize has made ready; English until a translation has loaded. */
let active: Lang = 'en';

/**
 * Sets `<html lang>` and waits for @lit/localize to report the locale ready. Widgets must
 * exist first: the first one to be constructed starts following `<html lang>`.
 */
async function useLang(lang: Lang): Promise<void> {
  if (lang === active) {
    document.documentElement.lang = lang;
    return;
  }
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`locale "${lang}" never became ready`)), 5000);
    const done = (error?: Error) => {
      clearTimeout(timer);
      window.removeEventListener(LOCALE_STATUS_EVENT, listener);
      if (error) reject(error);
      else resolve();
    };
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
      if (detail.status === 'ready' && detail.readyLocale === lang) done();
      else if (detail.status === 'error') done(new Error(`locale "${detail.errorLocale}": ${detail.errorMessage}`));
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
  document.documentElement.lang = lang;
  await ready;
  active = lang;
}

interface Widgets {
  roster: SummitLeaderRoster;
  cloud: SummitSectorCloud;
  timeline: SummitProposalTimeline;
  card: SummitCard;
  quote: SummitQuote;
  /** Invalid JSON: the error state. */
  broken: SummitCard;
  /** No data at all: the idle state. */
  idle: SummitCard;
}

async function mount(): Promise<Widgets> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div>
      <summit-leader-roster .data=${smallSummit()}></summit-leader-roster>
      <summit-sector-cloud .data=${smallSummit()}></summit-sector-cloud>
      <summit-proposal-timeline .data=${smallSummit()}></summit-proposal-timeline>
      <summit-card .data=${smallSummit()}></summit-card>
      <summit-quote .data=${smallSummit()}></summit-quote>
      <summit-card class="broken" .data=${'{"id": '}></summit-card>
      <summit-card class="idle"></summit-card>
    </div>`,
  );
  const q = <E extends Element>(selector: string) => wrap.querySelector<E>(selector)!;
  const widgets: Widgets = {
    roster: q('summit-leader-roster'),
    cloud: q('summit-sector-cloud'),
    timeline: q('summit-proposal-timeline'),
    card: q('summit-card:not([class])'),
    quote: q('summit-quote'),
    broken: q('summit-card.broken'),
    idle: q('summit-card.idle'),
  };
  await rendered(widgets);
  return widgets;
}

/** The widgets of these tags inside `wrap`, once each has drawn. */
async function drawnIn(wrap: Element, ...tags: string[]): Promise<LitElement[]> {
  const els = tags.map((t) => wrap.querySelector<LitElement>(t)!);
  for (const el of els) await el.updateComplete;
  return els;
}

async function rendered(widgets: Widgets): Promise<void> {
  await Promise.all(Object.values(widgets).map((el: LitElement) => el.updateComplete));
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** Each card fact as "term: value | value". */
const facts = (card: SummitCard) =>
  $$(card, 'dl[part="facts"] > div').map(
    (g) => `${textOf(g.querySelector('dt'))}: ${[...g.querySelectorAll('dd')].map((dd) => textOf(dd)).join(' | ')}`,
  );

/** What every language must leave alone: the dataset's own words. */
function expectDatasetText(w: Widgets) {
  // The name's own text (isolated from the role badges beside it).
  const names = $$(w.roster, 'button.leader .name > .isolate').map((n) => n.textContent!.trim());
  expect(names).to.deep.equal(['Ann Abe', 'Bea Bauer', 'Жанна Ким']);
  expect(
    $$(w.cloud, 'button.word')
      .map((b) => textOf(b))
      .sort(),
  ).to.deep.equal(['Digital', 'Education', 'Energy']);
  expect($$(w.timeline, '[part="headline"]').map((h) => textOf(h))).to.include.members([
    'Strategy 2040',
    'Expert forum',
    'Summits every two years',
    'Justice mechanism',
    'Investment fund',
  ]);
  expect(textOf($(w.card, 'h2'))).to.equal('Test Summit');
  expect(textOf($(w.quote, '[part~="text"] span'))).to.equal('Mountains can be moved.');
}

/** The accessible name of the cloud's "Energy" word: name, then the localized counts. */
const energyLabel = (cloud: SummitSectorCloud) =>
  $$(cloud, 'button.word')
    .find((b) => textOf(b) === 'Energy')!
    .getAttribute('aria-label');

const groupLabels = (timeline: SummitProposalTimeline) => $$(timeline, '[part="group-heading"]').map((h) => textOf(h));

describe('directionOf', () => {
  it('tells right-to-left languages and scripts from the rest', () => {
    const tags = [
      'ar',
      'ar-EG',
      'he',
      'fa-IR',
      'ur',
      'ckb',
      'ku-Arab',
      'az-Arab',
      'en',
      'fr',
      'ja',
      'ru',
      'ku',
      'az',
      'ar-Latn',
    ];
    expect(tags.map((t) => `${t} ${directionOf(t)}`)).to.deep.equal([
      'ar rtl',
      'ar-EG rtl',
      'he rtl',
      'fa-IR rtl',
      'ur rtl',
      'ckb rtl',
      'ku-Arab rtl',
      'az-Arab rtl',
      'en ltr',
      'fr ltr',
      'ja ltr',
      'ru ltr',
      'ku ltr',
      'az ltr',
      'ar-Latn ltr',
    ]);
  });
});

describe('UI strings follow <html lang> (en, ja, ru)', () => {
  after(async () => {
    // Leave the page as other files expect it, even when a test failed half-way.
    if (document.querySelector('summit-card')) await useLang('en');
    document.documentElement.lang = 'en';
  });

  it('is English by default', async () => {
    await useLang('en');
    const w = await mount();
    expect(textOf($(w.roster, 'h2'))).to.equal('Leaders');
    expect(textOf($(w.cloud, 'h2'))).to.equal('Sectors');
    expect(textOf($(w.timeline, 'h2'))).to.equal('Proposals and decisions');
    expect(textOf($(w.card, '.kicker'))).to.equal('A + B · 1st summit');
    expect(textOf($(w.broken, '.error-title[role="alert"]'))).to.equal('The summit data could not be shown.');
    expectDatasetText(w);
  });

  it('switches every widget to Japanese, dates included', async () => {
    const w = await mount();
    await useLang('ja');
    await rendered(w);

    expect(textOf($(w.roster, 'h2'))).to.equal('首脳');
    const chair = $$(w.roster, 'button.leader')[0]!;
    expect(textOf(chair)).to.contain('議長').and.contain('開催国');
    expect(textOf($$(w.roster, 'button.leader')[1])).to.contain('参加');

    expect(textOf($(w.cloud, 'h2'))).to.equal('分野');
    expect(energyLabel(w.cloud)).to.match(/^Energy、提案\d+件(、議題・発言での言及\d+回)?$/);

    expect(textOf($(w.timeline, 'h2'))).to.equal('提案と決定');
    expect(textOf($(w.timeline, '[part="count"]'))).to.equal('提案5件');
    const groups = groupLabels(w.timeline);
    expect(groups).to.include('首脳会議当日 · 2025年12月20日');
    expect(groups).to.include('2040年までに');
    expect(groups).to.include('定期開催');
    expect(groups).to.include('時期の記載なし');
    expect(textOf($(w.timeline, '.kind'))).to.be.oneOf(['提案', '支持', '歓迎', '強調']);
    const terms = $$(w.timeline, 'dl dt').map((dt) => textOf(dt));
    expect(terms).to.include.members(['提案者', '主導国', '支持者', '場所', '時期', '分野']);
    expect(textOf($(w.timeline, 'details summary'))).to.contain('出典の該当箇所');

    expect(textOf($(w.card, '.kicker'))).to.equal('A + B · 第1回首脳会議');
    expect(facts(w.card)).to.deep.equal([
      '開催日: 2025年12月20日',
      '開催地: Tokyo（Japan）',
      '議長: Ann Abe、Prime Minister（Japan）',
      '成果: Tokyo Declarationを採択',
      '首脳: 3',
      '参加国: 3',
      '提案: 5',
      '議題: Green economy',
    ]);
    expect(textOf($(w.card, '[part="source"] p'))).to.equal('出典：The article、2025年12月20日。');
    expect(textOf($(w.card, '[part="source"]'))).to.contain('2025年12月20日時点の情報です。');

    expect(textOf($(w.quote, '[part~="speaker"]'))).to.equal('Bea Bauer、President（Uzbekistan）');
    expect(textOf($(w.quote, '[part~="source"]'))).to.equal('出典：The article');

    expect(textOf($(w.broken, '.error-title[role="alert"]'))).to.equal('首脳会議データを表示できませんでした。');
    expect(textOf($(w.idle, '[role="status"]'))).to.equal(
      '首脳会議データがありません。src または data を設定するか、インラインの JSON スクリプトを直接の子要素として追加するか、summit-data 要素の中に配置してください。',
    );
    expectDatasetText(w);
  });

  it('switches every widget to Russian, dates included', async () => {
    const w = await mount();
    await useLang('ru');
    await rendered(w);

    expect(textOf($(w.roster, 'h2'))).to.equal('Лидеры');
    expect(textOf($$(w.roster, 'button.leader')[0]))
      .to.contain('Председатель')
      .and.contain('Принимающая сторона');
    expect(textOf($$(w.roster, 'button.leader')[1])).to.contain('Участник');

    expect(textOf($(w.cloud, 'h2'))).to.equal('Сферы');
    expect(energyLabel(w.cloud)).to.match(/^Energy, предложений: \d+(, упоминаний в повестке и высказываниях: \d+)?$/);

    expect(textOf($(w.timeline, 'h2'))).to.equal('Предложения и решения');
    expect(textOf($(w.timeline, '[part="count"]'))).to.equal('Предложений: 5');
    const groups = groupLabels(w.timeline);
    expect(groups).to.include('На саммите · 20 декабря 2025 г.');
    // The year is Intl's ("2040" or "2040 г."): either reads as "by 2040".
    expect(groups).to.include('К 2040 году');
    expect(groups).to.include('Регулярно');
    expect(groups).to.include('Срок не указан');
    // A month heads its group with a capital, though Russian writes it in lower case.
    const month = { kind: 'month', key: '2026-03', year: 2026, month: 3, items: [] } as const;
    expect(bucketView(month, 'ru', []).date).to.equal('Март 2026\u00a0г.');
    const terms = $$(w.timeline, 'dl dt').map((dt) => textOf(dt));
    expect(terms).to.include.members(['Автор предложения', 'Инициатор', 'Поддержали', 'Где', 'Когда', 'Сферы']);
    expect(textOf($(w.timeline, 'details summary'))).to.contain('Подтверждение в источнике');

    expect(textOf($(w.card, '.kicker'))).to.equal('A + B · 1-й саммит');
    expect(facts(w.card)).to.deep.equal([
      'Дата: 20 декабря 2025 г.',
      'Место: Tokyo, Japan',
      'Председатель: Ann Abe, Prime Minister, Japan',
      'Итоги: Принято: Tokyo Declaration',
      'Лидеры: 3',
      'Страны: 3',
      'Предложения: 5',
      'Повестка дня: Green economy',
    ]);
    // The date ends in "г.": no second full stop after it.
    expect(textOf($(w.card, '[part="source"] p'))).to.equal('Источник: The article, 20 декабря 2025 г.');
    expect(textOf($(w.card, '[part="source"]')))
      .to.contain('Источник: The article')
      .and.contain('Данные по состоянию на 20 декабря 2025 г.');

    expect(textOf($(w.quote, '[part~="speaker"]'))).to.equal('Bea Bauer, President, Uzbekistan');
    expect(textOf($(w.quote, '[part~="source"]'))).to.equal('Источник: The article');

    expect(textOf($(w.broken, '.error-title[role="alert"]'))).to.equal('Не удалось показать данные саммита.');
    expect(textOf($(w.idle, '[role="status"]')))
      .to.contain('Нет данных саммита.')
      .and.contain('элемента summit-data.');
    expectDatasetText(w);
  });

  it('writes Russian numbers with their nouns, deadlines with "году", and keeps "г." on its year', async () => {
    await useLang('ru');
    const data = smallSummit();
    const every = [1, 2, 5, 11, 21, 22];
    every.forEach(
      (n, i) => (data.proposals[i % data.proposals.length]!.when = { kind: 'recurring', every: n, unit: 'year' }),
    );
    data.proposals[0]!.when = { kind: 'recurring', every: 2, unit: 'week' };
    data.proposals[1]!.when = { kind: 'by', year: 2030 };
    data.proposals[2]!.when = { kind: 'recurring', every: 5, unit: 'year', first: '2026-04' };
    data.proposals[3]!.when = { kind: 'recurring', every: 21, unit: 'month' };
    data.proposals[4]!.when = { kind: 'recurring', every: 12, unit: 'day' };
    const el = await fixture<LitElement>(html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`);
    await el.updateComplete;
    const when = [...el.shadowRoot!.querySelectorAll('dd time, dd')].map((dd) => dd.textContent!.trim());
    expect(when).to.include.members([
      'раз в 2 недели',
      'к 2030 году',
      'раз в 5 лет; впервые — апрель 2026\u00a0г.',
      'раз в 21 месяц',
      'раз в 12 дней',
    ]);
    expect(textOf(el.shadowRoot!.querySelector('[part="group-heading"]'))).to.equal('К 2030 году');
  });

  it("lines up the card's counts where a Russian label takes two lines", async () => {
    await useLang('ru');
    const card = await fixture<LitElement>(
      html`<summit-card style="width: 22em" .data=${smallSummit()}></summit-card>`,
    );
    await card.updateComplete;
    const stats = [...card.shadowRoot!.querySelectorAll('.stat')];
    expect(stats).to.have.length(3);
    const labels = stats.map((s) => s.querySelector('dt')!.getBoundingClientRect().height);
    expect(Math.max(...labels), 'one label wraps').to.be.above(Math.min(...labels) * 1.5);
    const numbers = stats.map((s) => Math.round(s.querySelector('dd')!.getBoundingClientRect().bottom));
    expect(new Set(numbers).size, `numbers at ${numbers.join(', ')}`).to.equal(1);
  });

  it('writes a deadline on a day or in a month in English, Japanese and Russian, as a value and as a heading', async () => {
    const data = smallSummit();
    data.proposals[0]!.when = { kind: 'by', year: 2026, month: 6, day: 30 };
    data.proposals[1]!.when = { kind: 'by', year: 2026, month: 6 };
    data.proposals[2]!.when = { kind: 'by', year: 2030 };
    const el = await fixture<SummitProposalTimeline>(
      html`<summit-proposal-timeline .data=${data}></summit-proposal-timeline>`,
    );
    const seen = async (lang: Lang) => {
      await useLang(lang);
      el.lang = lang === 'en' ? 'en-GB' : lang;
      await el.updateComplete;
      const values = $$(el, 'dd time').map((t) => textOf(t));
      // After the summit day's proposal.
      return [groupLabels(el).slice(1, 4), values.slice(1, 4)];
    };
    expect(await seen('en')).to.deep.equal([
      ['By 30 June 2026', 'By June 2026', 'By 2030'],
      ['by 30 June 2026', 'by June 2026', 'by 2030'],
    ]);
    expect(await seen('ja')).to.deep.equal([
      ['2026年6月30日までに', '2026年6月までに', '2030年までに'],
      ['2026年6月30日までに', '2026年6月までに', '2030年までに'],
    ]);
    expect(await seen('ru')).to.deep.equal([
      ['До 30 июня 2026 г.', 'До июня 2026 г.', 'К 2030 году'],
      ['до 30 июня 2026 г.', 'до июня 2026 г.', 'к 2030 году'],
    ]);
    const datetimes = $$(el, '[part="group-heading"] time').map((t) => t.getAttribute('datetime'));
    expect(datetimes.slice(1, 4)).to.deep.equal(['2026-06-30', '2026-06', '2030']);
  });

  it('names co-chairs and the days of a summit of several days in Japanese and Russian', async () => {
    const data = { ...smallSummit(), date: '2025-04-03', endDate: '2025-04-04', asOf: '2025-04-04' };
    data.leaders[0]!.roles = ['chair'];
    data.coChairs = ['leader-b'];
    const card = await fixture<SummitCard>(html`<summit-card .data=${data}></summit-card>`);
    await useLang('ja');
    await card.updateComplete;
    expect(facts(card).slice(0, 3)).to.deep.equal([
      '開催日: 2025年4月3日～4日',
      '開催地: Tokyo（Japan）',
      '共同議長: Ann Abe、Prime Minister（Japan） | Bea Bauer、President（Uzbekistan）',
    ]);
    await useLang('ru');
    await card.updateComplete;
    expect(facts(card)[0]).to.equal('Дата: 3–4 апреля 2025 г.');
    expect(facts(card)[2]).to.match(/^Сопредседатели: Ann Abe/);
  });

  it('breaks Japanese lines between phrases, and sets no Japanese title in italics', async () => {
    await useLang('en');
    const data = { ...smallSummit(), lang: 'ja' };
    data.sources[0]!.title = '首脳会合の記事';
    const el = await fixture<LitElement>(html`<summit-quote .data=${data}></summit-quote>`);
    await el.updateComplete;
    const cite = el.shadowRoot!.querySelector('cite')!;
    expect(getComputedStyle(cite).fontStyle).to.equal('normal');
    expect(getComputedStyle(cite).wordBreak).to.equal('auto-phrase');
  });

  it('adds no first occurrence the source’s words already give, and keeps those words in the dataset’s language', async () => {
    const data = smallSummit();
    data.proposals[0]!.when = {
      kind: 'recurring',
      every: 1,
      unit: 'year',
      first: '2028',
      phrase: 'every year from 2028',
    };
    data.proposals[1]!.when = { kind: 'recurring', every: 3, unit: 'year', first: '2029', phrase: 'every three years' };
    await useLang('ja');
    const el = await fixture<LitElement>(
      html`<summit-proposal-timeline .data=${{ ...data, lang: 'en' }}></summit-proposal-timeline>`,
    );
    await el.updateComplete;
    const when = (phrase: string) =>
      [...el.shadowRoot!.querySelectorAll('dd')].find((dd) => dd.textContent!.includes(phrase))!;
    // Said once: not "every year from 2028（初回：2028年）".
    expect(textOf(when('every year from 2028'))).to.equal('every year from 2028');
    expect(when('every year from 2028').getAttribute('lang')).to.equal('en');
    // Our words after the source's are Japanese; only the source's are marked English.
    const mixed = when('every three years');
    expect(textOf(mixed)).to.equal('every three years（初回：2029年）');
    expect(mixed.hasAttribute('lang')).to.equal(false);
    expect(mixed.querySelector('[lang="en"]')!.textContent).to.equal('every three years');
  });

  it('marks the text of the dataset with its language, so a Japanese page voices English names as English', async () => {
    await useLang('ja');
    const data = { ...smallSummit(), lang: 'en' };
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <summit-leader-roster .data=${data}></summit-leader-roster>
        <summit-proposal-timeline .data=${data}></summit-proposal-timeline>
        <summit-card .data=${data}></summit-card>
        <summit-quote .data=${data}></summit-quote>
      </div>`,
    );
    const [roster, timeline, card, quote] = [...wrap.children] as LitElement[];
    await Promise.all([roster, timeline, card, quote].map((el) => el!.updateComplete));
    const langOf = (el: Element, text: string) =>
      [...el.shadowRoot!.querySelectorAll('[lang]')].find((e) => textOf(e).startsWith(text))?.getAttribute('lang');
    expect(langOf(roster!, 'Bea Bauer')).to.equal('en');
    expect(langOf(roster!, 'President')).to.equal('en');
    // The country's name in the code's tooltip, too.
    expect(roster!.shadowRoot!.querySelector('abbr')!.getAttribute('lang')).to.equal('en');
    expect(langOf(timeline!, 'Strategy 2040')).to.equal('en');
    expect(langOf(timeline!, 'A long-range strategy.')).to.equal('en');
    expect(langOf(timeline!, 'Energy')).to.equal('en');
    expect(langOf(card!, 'Ann Abe')).to.equal('en');
    // Inside our sentence too: "Tokyo Declarationを採択", "分野：Energy".
    expect(langOf(card!, 'Tokyo Declaration')).to.equal('en');
    timeline!.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!.click();
    await timeline!.updateComplete;
    expect(timeline!.shadowRoot!.querySelector('[part="count"] span')!.getAttribute('lang')).to.equal('en');
    expect(langOf(quote!, 'Bea Bauer')).to.equal('en');
    // The widget's own words stay in the page's language.
    expect(timeline!.shadowRoot!.querySelector('dt')!.closest('[lang]')).to.equal(null);
    await expect(timeline).to.be.accessible();
  });

  it('marks its own words English on a page in a language it has no translation for, and the rest with theirs', async () => {
    await useLang('en');
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <summit-data .data=${smallSummit()}>
          <summit-leader-roster></summit-leader-roster>
          <summit-proposal-timeline></summit-proposal-timeline>
          <summit-card></summit-card>
        </summit-data>
      </div>`,
    );
    const [roster, timeline, card] = await drawnIn(
      wrap,
      'summit-leader-roster',
      'summit-proposal-timeline',
      'summit-card',
    );
    // The language a screen reader would voice each piece of text in: its nearest lang, inside or outside.
    const voice = (node: Element | null) => {
      for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
        if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
      }
      return null;
    };
    // Our words are English, on a German page.
    expect(voice($(timeline!, '[part="heading"]'))).to.equal('en');
    expect(voice($(timeline!, 'dt'))).to.equal('en');
    expect(voice($(card!, 'dt'))).to.equal('en');
    // The dataset names no language: its text keeps the page's; so do dates, formatted in its locale.
    expect(voice($(roster!, '.name > .isolate'))).to.equal('de');
    expect(voice($(timeline!, '[part="headline"] span'))).to.equal('de');
    expect(voice($(timeline!, '.summary'))).to.equal('de');
    expect(voice($(card!, 'time'))).to.equal('de');
    expect(textOf($(card!, 'time'))).to.equal('20. Dezember 2025');
    await expect(timeline).to.be.accessible();
    // On an English page nothing needs marking.
    wrap.lang = 'en';
    for (const el of [roster, timeline, card]) {
      el!.requestUpdate();
      await el!.updateComplete;
      expect($(el!, '.ui')!.hasAttribute('lang')).to.equal(false);
    }
  });

  it('keeps an Arabic dataset right to left on an Arabic page, around our English words', async () => {
    await useLang('en');
    const data = { ...smallSummit(), lang: 'ar', title: 'القمة الأولى' };
    data.proposals[0]!.headline = 'منتدى الطاقة';
    const chair = data.leaders.find((l) => l.id === data.chair)!;
    chair.name = 'شوكت ميرضيائيف';
    chair.title = 'رئيس الوزراء';
    const speaker = data.leaders.find((l) => l.id === data.quotes[0]!.speaker)!;
    speaker.name = 'بيا باور';
    speaker.title = 'رئيسة';
    data.place.city = 'طوكيو';
    data.agenda[0]!.title = 'الاقتصاد الأخضر';
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl">
        <summit-data .data=${data}>
          <summit-proposal-timeline></summit-proposal-timeline>
          <summit-card></summit-card>
          <summit-quote></summit-quote>
        </summit-data>
      </div>`,
    );
    const [timeline, card, quote] = await drawnIn(wrap, 'summit-proposal-timeline', 'summit-card', 'summit-quote');
    const rtl = (el: LitElement, selector: string) =>
      $$(el, selector).every((e) => e.matches(':dir(rtl)')) && $$(el, selector).length > 0;
    expect(rtl(card!, '[part="heading"]'), 'card title').to.equal(true);
    // Place, chair, date and agenda: the dataset's words (or the page's date); the counts follow the page.
    expect(rtl(card!, '.fact:not(.outcomes) dd, .stat dd'), 'card values').to.equal(true);
    // Our English sentence around an outcome's title reads left to right.
    expect($(card!, '.outcomes dd')!.matches(':dir(ltr)')).to.equal(true);
    const arabic = $$(timeline!, '[part="headline"]').find((h) => textOf(h) === 'منتدى الطاقة')!;
    expect(arabic.matches(':dir(rtl)'), 'the Arabic headline').to.equal(true);
    expect(rtl(quote!, '[part="speaker"]'), 'quote speaker').to.equal(true);
    // Our English words read left to right among them.
    expect($(timeline!, '[part="count"]')!.matches(':dir(ltr)')).to.equal(true);
  });

  it('isolates a right-to-left name inside the lines of a left-to-right dataset, and joins lists in its language', async () => {
    await useLang('en');
    const data = { ...smallSummit(), lang: 'fr' };
    const arabic = 'يوسف بن حمادي';
    data.leaders.find((l) => l.id === 'leader-b')!.name = arabic;
    data.leaders.find((l) => l.id === data.chair)!.name = arabic;
    data.proposals.find((p) => p.id === 'justice')!.supportedBy = ['leader-b', 'leader-c'];
    const wrap = await fixture<HTMLDivElement>(
      html`<summit-data .data=${data}>
        <summit-proposal-timeline></summit-proposal-timeline>
        <summit-card></summit-card>
        <summit-quote></summit-quote>
      </summit-data>`,
    );
    const [timeline, card, quote] = await drawnIn(wrap, 'summit-proposal-timeline', 'summit-card', 'summit-quote');
    const fact = (term: string) =>
      $$(timeline!, '.fact').find((f) => textOf(f.querySelector('dt')) === term && textOf(f).includes(arabic))!;
    for (const term of ['Proposed by', 'Supported by']) {
      const dd = fact(term).querySelector('dd')!;
      expect(dd.matches(':dir(ltr)'), `${term}: the line`).to.equal(true);
      const name = [...dd.querySelectorAll('span')].find((e) => textOf(e) === arabic)!;
      expect(name.getAttribute('dir') === 'auto' && name.matches(':dir(rtl)'), `${term}: the name`).to.equal(true);
    }
    // Marked French, joined in French.
    expect(textOf(fact('Supported by').querySelector('dd'))).to.equal(
      `${arabic} (Uzbekistan) et Жанна Ким (Kazakhstan)`,
    );
    expect($(quote!, '[part="speaker"]')!.matches(':dir(ltr)'), 'quote speaker line').to.equal(true);
    const chair = $$(card!, '.fact dd').find((dd) => textOf(dd).includes(arabic))!;
    expect(chair.matches(':dir(ltr)'), 'card chair line').to.equal(true);
  });

  it('lines up text in its own direction with the layout: an English date by its label in a mirrored card', async () => {
    await useLang('en');
    const data = { ...smallSummit(), lang: 'ar', title: 'القمة الأولى' };
    const card = await fixture<LitElement>(html`<summit-card style="width: 420px" .data=${data}></summit-card>`);
    const time = $(card, 'time')!;
    const [dd, dt] = [time.closest('dd')!, time.closest('.fact')!.querySelector('dt')!];
    expect([dd.matches(':dir(ltr)'), $(card, '.ui')!.matches(':dir(rtl)')]).to.deep.equal([true, true]);
    const right = (e: Element) => Math.round(e.getBoundingClientRect().right);
    const range = document.createRange();
    range.selectNodeContents(dt);
    const label = Math.round(range.getBoundingClientRect().right);
    range.selectNodeContents(time);
    expect([Math.round(range.getBoundingClientRect().right), label]).to.deep.equal([right(dd), right(dd)]);
  });

  it('marks languages afresh when <html lang> moves between languages it has no translation for', async () => {
    await useLang('en');
    const card = await fixture<SummitCard>(html`<summit-card .data=${smallSummit()}></summit-card>`);
    document.documentElement.lang = 'de';
    await card.updateComplete;
    await card.updateComplete;
    expect($(card, '.ui')!.getAttribute('lang')).to.equal('en');
    expect(textOf($(card, 'time'))).to.equal('20. Dezember 2025');
    expect($(card, 'time')!.getAttribute('lang')).to.equal('de');
    document.documentElement.lang = 'en';
    await card.updateComplete;
    await card.updateComplete;
    expect($(card, '.ui')!.hasAttribute('lang')).to.equal(false);
    expect(textOf($(card, 'time'))).to.equal('December 20, 2025');
  });

  it('takes lang="" for what it says, an unknown language: our words marked with theirs, dates in the reader’s', async () => {
    await useLang('ru');
    const wrap = await fixture(html`<section lang=""><summit-card .data=${smallSummit()}></summit-card></section>`);
    const card = wrap.querySelector<LitElement>('summit-card')!;
    await card.updateComplete;
    // Not the Russian of <html lang="ru"> further up: the section says its language is unknown.
    expect($(card, '.ui')!.getAttribute('lang')).to.equal('ru');
    expect(textOf($(card, 'time'))).to.equal(
      new Intl.DateTimeFormat(navigator.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2025, 11, 20),
      ),
    );
    expect($(card, '[part="heading"] span')!.getAttribute('lang')).to.equal('');
  });

  it('redraws when the lang of an ancestor changes, not only of <html>', async () => {
    await useLang('en');
    const wrap = await fixture(html`<section><summit-card .data=${smallSummit()}></summit-card></section>`);
    const card = wrap.querySelector<SummitCard>('summit-card')!;
    expect(textOf($(card, 'time'))).to.equal('December 20, 2025');
    wrap.setAttribute('lang', 'ru');
    await waitUntil(() => textOf($(card, 'time')) === '20 декабря 2025 г.', 'the date follows the section');
    wrap.removeAttribute('lang');
    await waitUntil(() => textOf($(card, 'time')) === 'December 20, 2025', 'and back');
  });

  it("redraws when a lang inside another element's shadow root changes", async () => {
    await useLang('en');
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(html`<div lang="en"><summit-card></summit-card></div>`, root);
    const card = root.querySelector<SummitCard>('summit-card')!;
    card.data = smallSummit();
    await waitUntil(() => textOf($(card, 'time')) === 'December 20, 2025', 'drawn in English');
    root.querySelector('div')!.setAttribute('lang', 'ru');
    await waitUntil(() => textOf($(card, 'time')) === '20 декабря 2025 г.', 'the date follows the div');
  });

  it('localizes the filter wording shared by the widgets of one <summit-data>', async () => {
    const wrap = await fixture(
      html`<summit-data .data=${smallSummit()}>
        <summit-leader-roster></summit-leader-roster>
        <summit-sector-cloud></summit-sector-cloud>
        <summit-proposal-timeline></summit-proposal-timeline>
      </summit-data>`,
    );
    const roster = wrap.querySelector<SummitLeaderRoster>('summit-leader-roster')!;
    const cloud = wrap.querySelector<SummitSectorCloud>('summit-sector-cloud')!;
    const timeline = wrap.querySelector<SummitProposalTimeline>('summit-proposal-timeline')!;
    const flush = async () => {
      for (let i = 0; i < 3; i++)
        for (const el of [wrap as LitElement, roster, cloud, timeline]) await el.updateComplete;
    };
    const choose = async (name: string) => {
      (
        $$(roster, 'button.leader').find((b) => textOf(b.querySelector('.name')).startsWith(name)) as HTMLButtonElement
      ).click();
      await flush();
    };
    const count = () => textOf($(timeline, '[part="count"]'));
    const clear = () => textOf($(timeline, '[part="clear-button"]'));
    /** The accessible name of a word the chosen leader's proposals leave out. */
    const faint = () => $(cloud, 'button.word.faint')?.getAttribute('aria-label');

    await useLang('ja');
    await flush();
    await choose('Жанна Ким');
    expect(count()).to.equal('提案5件中1件を表示 · 首脳：Жанна Ким');
    expect(clear()).to.equal('絞り込みを解除');
    // The joins are the page language's list separator ("、" in Japanese), as in its other lines.
    expect(faint()).to.match(/^[^、]+、提案\d+件(、議題・発言での言及\d+回)?、Жанна Ким氏の提案には含まれない$/);

    await useLang('ru');
    await flush();
    expect(count()).to.equal('Показано предложений: 1 из 5 · Лидер: Жанна Ким');
    expect(clear()).to.equal('Сбросить фильтр');
    expect(faint()).to.match(
      /^\S+, предложений: \d+(, упоминаний в повестке и высказываниях: \d+)?, нет в предложениях лидера \(Жанна Ким\)$/,
    );
    await choose('Жанна Ким');
    expect(count()).to.equal('Предложений: 5');
  });

  it('comes back to English when <html lang> does', async () => {
    const w = await mount();
    await useLang('ja');
    await rendered(w);
    expect(textOf($(w.roster, 'h2'))).to.equal('首脳');
    await useLang('en');
    await rendered(w);

    expect(textOf($(w.roster, 'h2'))).to.equal('Leaders');
    expect(textOf($(w.cloud, 'h2'))).to.equal('Sectors');
    expect(energyLabel(w.cloud)).to.match(/^Energy, proposals: \d+(, named in the agenda or quotes: \d+)?$/);
    expect(textOf($(w.timeline, 'h2'))).to.equal('Proposals and decisions');
    // `lang="en"` is US English: "December 20, 2025".
    expect(groupLabels(w.timeline)).to.include('At the summit · December 20, 2025').and.include('No date given');
    expect(textOf($(w.card, '.kicker'))).to.equal('A + B · 1st summit');
    expect(facts(w.card)[0]).to.equal('Date: December 20, 2025');
    expect(facts(w.card)).to.include('Outcomes: Tokyo Declaration adopted');
    expect(textOf($(w.quote, '[part~="source"]'))).to.equal('Source: The article');
    expect(textOf($(w.broken, '.error-title[role="alert"]'))).to.equal('The summit data could not be shown.');
    expect(textOf($(w.idle, '[role="status"]'))).to.contain('place this inside <summit-data>.');
    expectDatasetText(w);
  });
});
