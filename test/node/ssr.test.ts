import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SummitDataError } from '../../src/data/errors.js';
import { renderSummitWidget, renderSummitWidgets, summitWidgetTags } from '../../src/ssr.js';

const summit = JSON.parse(readFileSync(new URL('../../data/central-asia-japan-2025.json', import.meta.url), 'utf8'));

/** Text as Lit SSR writes it into HTML. */
const escaped = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The inline JSON scripts of a piece of HTML: their raw text. */
const scripts = (html: string) =>
  [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

const DECLARATIVE = '<template shadowroot="open" shadowrootmode="open">';

test('every widget renders to its tag with a declarative shadow root and the dataset as inline JSON', async () => {
  for (const tag of summitWidgetTags) {
    const html = await renderSummitWidget(tag, summit);
    assert.ok(html.startsWith(`<${tag}>`), `${tag} starts with its tag: ${html.slice(0, 60)}`);
    assert.ok(html.endsWith(`</script></${tag}>`), `${tag} ends with the JSON and its closing tag`);
    assert.ok(html.includes(`<${tag}>${DECLARATIVE}<style>`), `${tag} has a declarative shadow root with its styles`);
    assert.equal(html.match(/<template /g)?.length, 1, `${tag} has one shadow root`);
    const json = scripts(html);
    assert.equal(json.length, 1, `${tag} carries the dataset once`);
    assert.deepEqual(JSON.parse(json[0]!), summit, `${tag}'s inline JSON is the dataset`);
    assert.doesNotMatch(html, /role="alert"|Loading summit data/, `${tag} shows content, not a state message`);
  }
});

test('server output has no control that needs JavaScript: choices are disabled, Skip and Show more left out', async () => {
  // Read without JavaScript, a button that does nothing is a Tab stop that lies; the browser enables them on hydrating.
  const many = structuredClone(summit);
  many.proposals = Array.from({ length: 40 }, (_, i) => ({
    ...summit.proposals[i % summit.proposals.length],
    id: `p${i}`,
  }));
  for (const [tag, data] of [
    ...summitWidgetTags.map((t) => [t, summit] as const),
    ['summit-proposal-timeline', many] as const,
  ]) {
    const html = await renderSummitWidget(tag, data);
    const buttons = html.match(/<button\b[^>]*>/g) ?? [];
    const enabled = buttons.filter((b) => !/\sdisabled\b/.test(b));
    assert.deepEqual(enabled, [], `${tag}: every button is disabled`);
    // An unavailable button, not an unavailable toggle "not pressed": no state to announce until it works.
    assert.deepEqual(
      buttons.filter((b) => b.includes('aria-pressed')),
      [],
      `${tag}: no aria-pressed`,
    );
    if (tag === 'summit-leader-roster') assert.equal(buttons.length, summit.leaders.length, 'one per leader');
    assert.doesNotMatch(
      html,
      /Skip past the proposals|Show \d+ more|Clear filter/,
      `${tag}: no control that only acts`,
    );
  }
  // No Show more that works, so every proposal is there: for readers without JavaScript, and for search engines.
  const long = await renderSummitWidget('summit-proposal-timeline', many);
  assert.equal(long.match(/<li part="item" class="entry"/g)?.length, 40, 'all 40 proposals');
  assert.doesNotMatch(long, /shown so far/);
});

test('the roster carries all six leader names', async () => {
  const html = await renderSummitWidget('summit-leader-roster', summit);
  assert.equal(summit.leaders.length, 6);
  for (const { name } of summit.leaders) assert.ok(html.includes(`>${escaped(name)}<`), `leader ${name}`);
});

test('the timeline carries every proposal headline', async () => {
  const html = await renderSummitWidget('summit-proposal-timeline', summit);
  assert.ok(summit.proposals.length >= 20);
  for (const { headline } of summit.proposals) assert.ok(html.includes(escaped(headline)), `headline ${headline}`);
});

test('the sector cloud carries every sector name', async () => {
  const html = await renderSummitWidget('summit-sector-cloud', summit);
  assert.equal(summit.sectors.length, 17);
  for (const { name } of summit.sectors) assert.ok(html.includes(escaped(name)), `sector ${name}`);
});

test("the server draws the cloud's words at their sizes and the avatars in their colours, as classes", async () => {
  // The browser draws them the same before it hydrates: nothing changes size or colour then (style attributes would
  // be blocked by a strict CSP, so classes).
  const cloud = await renderSummitWidget('summit-sector-cloud', summit);
  const sizes = [...cloud.matchAll(/<li part="item" class="item size-(\d)"/g)].map((m) => Number(m[1]));
  assert.equal(sizes[0], 8, 'the heaviest sector is the largest');
  assert.ok(sizes.length >= 10 && sizes.some((n) => n < 4), `lighter sectors are smaller: ${sizes.join(' ')}`);
  assert.deepEqual(
    [...sizes].sort((a, b) => b - a),
    sizes,
    'heaviest first',
  );
  const roster = await renderSummitWidget('summit-leader-roster', summit);
  const tones = [...roster.matchAll(/class="avatar (tone-\d)"/g)].map((m) => m[1]);
  assert.equal(tones.length, summit.leaders.length);
  assert.equal(new Set(tones).size, new Set(summit.leaders.map((l: { country: string }) => l.country)).size);
});

test('the card and the quote carry the title and a quote', async () => {
  assert.ok((await renderSummitWidget('summit-card', summit)).includes(escaped(summit.title)));
  const quote = await renderSummitWidget('summit-quote', summit);
  assert.ok(
    summit.quotes.some((q: { text: string }) => quote.includes(escaped(q.text))),
    'a quote of the dataset',
  );
});

test('the inline JSON writes < as \\u003c, so data cannot end the script', async () => {
  const evil = structuredClone(summit);
  const attack = '</script><script>alert(1)</script><!--';
  evil.proposals[0].summary = attack;
  const html = await renderSummitWidget('summit-proposal-timeline', evil);
  const json = scripts(html);
  assert.equal(json.length, 1, 'one script, ended where the renderer ends it');
  assert.doesNotMatch(json[0]!, /</, 'no < in the JSON text');
  assert.ok(json[0]!.includes('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--'));
  assert.equal(JSON.parse(json[0]!).proposals[0].summary, attack, 'the JSON still reads back exactly');
  assert.ok(html.includes(escaped(attack)), 'the shadow DOM shows it as text');
  assert.doesNotMatch(html, /<script>alert/);
});

test('attributes: allow-listed per tag, values escaped, reflected in the render', async () => {
  const html = await renderSummitWidget('summit-leader-roster', summit, {
    heading: 'Who came "to Tokyo" <b>',
    'heading-level': 2,
    order: 'dataset',
    theme: 'dark',
    class: 'a" onclick="x',
  });
  const start = html.slice(0, html.indexOf('>') + 1);
  assert.equal(
    start,
    '<summit-leader-roster class="a&quot; onclick=&quot;x" theme="dark" heading="Who came &quot;to Tokyo&quot; &lt;b&gt;" heading-level="2" order="dataset">',
  );
  assert.match(
    html,
    /<h2 part="heading" id="title" dir="auto"><!--lit-part-->Who came &quot;to Tokyo&quot; &lt;b&gt;<!--\/lit-part--><\/h2>/,
  );
});

test('attributes reach the element on the server: order="dataset" keeps the file order', async () => {
  // The chair moved to the end of the file: chair-first puts them back in front, dataset does not.
  const moved = { ...summit, leaders: [...summit.leaders.slice(1), summit.leaders[0]] };
  const chair = `>${escaped(summit.leaders[0].name)}<`;
  const second = `>${escaped(summit.leaders[1].name)}<`;
  const byChair = await renderSummitWidget('summit-leader-roster', moved);
  const byFile = await renderSummitWidget('summit-leader-roster', moved, { order: 'dataset' });
  assert.ok(byChair.indexOf(chair) < byChair.indexOf(second), 'chair first by default');
  assert.ok(byFile.indexOf(second) < byFile.indexOf(chair), 'file order with order="dataset"');
});

test('unknown tags and attributes are refused, not passed through', async () => {
  await assert.rejects(renderSummitWidget('script' as never, summit), TypeError);
  await assert.rejects(renderSummitWidget('summit-card onload=alert(1)' as never, summit), TypeError);
  await assert.rejects(renderSummitWidget('summit-card', summit, { onclick: 'x' } as never), /no attribute "onclick"/);
  await assert.rejects(
    renderSummitWidget('summit-card', summit, { order: 'dataset' } as never),
    /no attribute "order"/,
  );
  await assert.rejects(renderSummitWidget('summit-card', summit, { heading: {} } as never), TypeError);
  await assert.rejects(renderSummitWidgets(['summit-card', 'summit-data' as never], summit), TypeError);
});

test('an id the dataset lacks throws, rather than put "No quote "nope"" in the article', async () => {
  await assert.rejects(
    renderSummitWidget('summit-quote', summit, { 'quote-id': 'nope' }),
    /<summit-quote> quote-id="nope" is not the id of an entry in the dataset's quotes: "/,
  );
  // A SummitDataError, as an invalid dataset is: a server that shows the issues catches both.
  await assert.rejects(renderSummitWidget('summit-quote', summit, { 'quote-id': 'nope' }), SummitDataError);
  await assert.rejects(
    renderSummitWidgets([{ tag: 'summit-proposal-timeline', attributes: { sector: 'nope' } }], summit),
    /sector="nope" is not the id of an entry in the dataset's sectors/,
  );
  await assert.rejects(
    renderSummitWidget('summit-proposal-timeline', summit, { leader: 'nope' }),
    /leader="nope" is not the id of an entry in the dataset's leaders/,
  );
  // Those it has render.
  const quote = summit.quotes[0]!.id;
  assert.match(await renderSummitWidget('summit-quote', summit, { 'quote-id': quote }), /<summit-quote/);
});

test('an invalid dataset throws a SummitDataError listing the problems', async () => {
  const bad = { ...summit, leaders: [{ ...summit.leaders[0], photo: 'javascript:alert(1)' }] };
  await assert.rejects(renderSummitWidget('summit-leader-roster', bad), (e: unknown) => {
    assert.ok(e instanceof SummitDataError);
    assert.ok(
      e.issues.some((i) => i.path === 'leaders[0].photo'),
      JSON.stringify(e.issues),
    );
    return true;
  });
  await assert.rejects(renderSummitWidget('summit-card', '{ not json'), SummitDataError);
});

test('JSON text is accepted as the dataset', async () => {
  const html = await renderSummitWidget('summit-card', JSON.stringify(summit));
  assert.ok(html.includes(escaped(summit.title)));
});

test('several widgets share one <summit-data> that holds the dataset once', async () => {
  const r = await renderSummitWidgets(
    ['summit-card', { tag: 'summit-leader-roster', attributes: { 'heading-level': 2 } }, 'summit-sector-cloud'],
    summit,
    { lang: 'en', theme: 'light' },
  );
  assert.ok(r.start.startsWith(`<summit-data lang="en" theme="light">${DECLARATIVE}`));
  assert.ok(r.start.includes('<slot></slot>'));
  assert.equal(r.end, '</summit-data>');
  assert.equal(r.widgets.length, 3);
  assert.ok(r.widgets[1]!.startsWith('<summit-leader-roster lang="en" heading-level="2">'), r.widgets[1]!.slice(0, 80));
  assert.equal(scripts(r.html).length, 1, 'one copy of the dataset, in the provider');
  assert.deepEqual(JSON.parse(scripts(r.start)[0]!), summit);
  for (const w of r.widgets) assert.equal(scripts(w).length, 0);
  assert.equal(r.html, [r.start, ...r.widgets, r.end].join('\n'));
  for (const { name } of summit.leaders) assert.ok(r.widgets[1]!.includes(escaped(name)));
  for (const { name } of summit.sectors) assert.ok(r.widgets[2]!.includes(escaped(name)));
});

test('lang reaches the server render: dates in the widget language', async () => {
  const html = await renderSummitWidget('summit-card', summit, { lang: 'ru' });
  assert.match(html, /20 декабря 2025/);
});

test("our words are written in the page's language (ja, ru; else English), marked for the browser to hydrate", async () => {
  const heading = (html: string) => /<h2 part="heading" id="title" dir="auto"><!--lit-part-->([^<]*)</.exec(html)?.[1];
  // Renders in different languages at once: each in its own (they run one at a time).
  const [ja, ru, en, de] = await Promise.all(
    ['ja', 'ru-RU', 'en', 'de'].map((lang) => renderSummitWidget('summit-leader-roster', summit, { lang })),
  );
  assert.equal(heading(ja!), '首脳');
  assert.equal(heading(ru!), 'Лидеры');
  assert.equal(heading(en!), 'Leaders');
  assert.equal(heading(de!), 'Leaders');
  assert.match(ja!, /^<summit-leader-roster lang="ja" data-summit-locale="ja">/);
  assert.match(ru!, /^<summit-leader-roster lang="ru-RU" data-summit-locale="ru">/);
  assert.doesNotMatch(en! + de!, /data-summit-locale/);
  // The provider's language goes to every widget, words included; Node is left without a window.
  const { html } = await renderSummitWidgets(['summit-card', 'summit-proposal-timeline'], summit, { lang: 'ja' });
  assert.match(html, /提案と決定/);
  assert.equal(html.match(/data-summit-locale="ja"/g)?.length, 2);
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  // And English again after that, the provider included (its announcements are not marked as Russian).
  assert.equal(heading(await renderSummitWidget('summit-leader-roster', summit)), 'Leaders');
  await renderSummitWidgets(['summit-card'], summit, { lang: 'ru' });
  const after = await renderSummitWidgets(['summit-card'], summit, { lang: 'en' });
  assert.doesNotMatch(after.html, /lang="ru"|data-summit-locale/);
});
