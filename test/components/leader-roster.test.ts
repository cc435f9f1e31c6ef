import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/leader-roster.js';
import '../../src/summit-data.js';
import '../../src/quote.js';
import type { SummitData } from '../../src/summit-data.js';
import { initials, type SummitLeaderRoster } from '../../src/components/leader-roster/leader-roster.js';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events/events.js';
import { smallSummit } from '../fixtures/summits.js';
import { DATASET_URL } from '../fixtures/real.js';
import { consoleWarnings, contrast, settled, textOf } from '../fixtures/render.js';

const buttons = (el: SummitLeaderRoster) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.leader')];

/** Presses `key` and gives the index, among `items`, of the item focused after. */
async function pressedIn(el: Element, items: readonly HTMLElement[], key: string): Promise<number> {
  await sendKeys({ press: key });
  return items.indexOf(el.shadowRoot!.activeElement as HTMLElement);
}

describe('<summit-leader-roster>', () => {
  it('is accessible with the real dataset', async () => {
    const el = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src=${DATASET_URL}></summit-leader-roster>`),
    );
    await expect(el).to.be.accessible();
  });

  it("draws each leader's button with an outline at 3:1 or more against the page and its own fill, light and dark (WCAG 1.4.11)", async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster theme=${theme} .data=${smallSummit()}></summit-leader-roster>`,
      );
      const button = el.shadowRoot!.querySelector('button.leader')!;
      const border = getComputedStyle(button).borderTopColor;
      const page = getComputedStyle(el.shadowRoot!.querySelector('.ui')!).backgroundColor;
      expect(contrast(border, page), `${theme}: against the page`).to.be.at.least(3);
      expect(contrast(border, getComputedStyle(button).backgroundColor), `${theme}: against its fill`).to.be.at.least(
        3,
      );
    }
  });

  it('shows every leader of the real dataset, chair first and marked in text', async () => {
    const el = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src=${DATASET_URL}></summit-leader-roster>`),
    );
    const items = buttons(el);
    expect(items).to.have.length(6);
    expect(textOf(items[0]))
      .to.contain('Sanae Takaichi')
      .and.contain('Chair')
      .and.contain('Prime Minister')
      .and.contain('Japan')
      .and.contain('JP');
    // The code is for the eye: the name before it is what a screen reader reads.
    expect(el.shadowRoot!.querySelector('abbr')!.getAttribute('aria-hidden')).to.equal('true');
    const names = items.map((b) => textOf(b.querySelector('.name')));
    expect(names.join(' | '))
      .to.contain('Shavkat Mirziyoyev')
      .and.contain('Kassym-Jomart Tokayev')
      .and.contain('Serdar Berdimuhamedov');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal('list');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Leaders');
  });

  it("shows an organisation's head with the organisation, its code only where the line does not show it", async () => {
    const data = smallSummit();
    data.countries.push(
      { code: 'EBRD', name: 'European Bank for Reconstruction and Development', organisation: true },
      { code: 'ASEAN', name: 'ASEAN', organisation: true },
    );
    data.leaders.push(
      { ...data.leaders[0]!, id: 'renaud-basso', name: 'Odile Renaud-Basso', title: 'President', country: 'EBRD' },
      { ...data.leaders[0]!, id: 'kao', name: 'Kao Kim Hourn', title: 'Secretary-General', country: 'ASEAN' },
      { ...data.leaders[0]!, id: 'head', name: 'Anne Head', title: 'President of the EBRD', country: 'EBRD' },
    );
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster order="dataset" .data=${data}></summit-leader-roster>`,
    );
    // What the eye sees: the office line without the words for screen readers and the count.
    const meta = buttons(el).map((b) => {
      const line = b.querySelector('.meta')!.cloneNode(true) as Element;
      line.querySelectorAll('.visually-hidden, .proposals').forEach((e) => e.remove());
      return textOf(line);
    });
    expect(meta.slice(3)).to.deep.equal([
      'President, European Bank for Reconstruction and Development EBRD',
      'Secretary-General, ASEAN',
      'President of the EBRD',
    ]);
    // A country's office and code as before.
    expect(meta[0]).to.equal('President, Uzbekistan UZ');
    expect(buttons(el)[3]!.querySelector('abbr')!.getAttribute('title')).to.equal(
      'European Bank for Reconstruction and Development',
    );
  });

  it('names the button of each leader in separate phrases: name, roles, office, country and proposals', async () => {
    const data = smallSummit();
    // Nothing of Жанна Ким's left: choosing her would show no proposals, and her button says so first.
    for (const p of data.proposals) if (p.proposedBy === 'leader-c') p.proposedBy = 'leader-b';
    const el = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${data}></summit-leader-roster>`);
    const names: string[] = [];
    const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
      if (node.role === 'button' && node.name) names.push(node.name.replace(/\s+/g, ' '));
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
    expect(names[0]).to.match(/^Ann Abe ?, Chair ?, Host ?, Prime Minister, Japan ?, 1 proposal$/);
    expect(names[1]).to.match(/, 5 proposals$/);
    expect(names[2]).to.match(/, No proposals$/);
    el.remove();
  });

  it('marks each chair of a co-chaired summit "Co-chair", first', async () => {
    const data = smallSummit();
    data.leaders[0]!.roles = ['chair'];
    data.coChairs = ['leader-b'];
    const el = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${data}></summit-leader-roster>`);
    const badges = [...el.shadowRoot!.querySelectorAll('button.leader')].map((b) =>
      [...b.querySelectorAll('[part="badge"]')].map((x) => textOf(x)),
    );
    expect(badges.slice(0, 2)).to.deep.equal([['Co-chair', 'Host'], ['Co-chair']]);
    expect(el.shadowRoot!.textContent).to.not.match(/\bChair\b/);
  });

  it('counts, with a sector chosen, the proposals choosing each leader would show', async () => {
    const wrap = await fixture<SummitData>(
      html`<summit-data .data=${smallSummit()}><summit-leader-roster></summit-leader-roster></summit-data>`,
    );
    const el = wrap.querySelector<SummitLeaderRoster>('summit-leader-roster')!;
    await el.updateComplete;
    // As shown: without the commas between phrases that only a screen reader reads.
    const counts = () =>
      [...el.shadowRoot!.querySelectorAll('.proposals')].map((c) =>
        [...c.childNodes]
          .filter(
            (n) =>
              n.nodeType !== Node.COMMENT_NODE && !(n instanceof Element && n.classList.contains('visually-hidden')),
          )
          .map((n) => n.textContent)
          .join(''),
      );
    const all = counts();
    wrap.selection = { sector: 'digital' };
    await wrap.updateComplete;
    await el.updateComplete;
    expect(counts()).to.not.deep.equal(all);
    const data = smallSummit();
    const expected = data.leaders.map((l) => {
      const n = data.proposals.filter(
        (p) =>
          p.sectors.includes('digital') &&
          (p.proposedBy === l.id || p.supportedBy?.includes(l.id) || p.initiatedBy === l.country),
      ).length;
      // Named after the count: it is of that sector's proposals, not all of theirs.
      return `${n === 0 ? 'No proposals' : n === 1 ? '1 proposal' : `${n} proposals`} · Digital`;
    });
    expect(counts().sort(), JSON.stringify(counts())).to.deep.equal(expected.sort());
  });

  it('keeps dataset order when order="dataset" and honours heading attributes', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster
        order="dataset"
        heading="Who came"
        heading-level="4"
        .data=${smallSummit()}
      ></summit-leader-roster>`,
    );
    expect(buttons(el).map((b) => textOf(b.querySelector('.name')))[0]).to.equal('Bea Bauer');
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Who came');
  });

  it('draws initials, including non-Latin names, and a photo only when given', async () => {
    const data = smallSummit();
    data.leaders[0]!.photo = 'https://example.org/photo.jpg';
    const el = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${data}></summit-leader-roster>`);
    const avatars = [...el.shadowRoot!.querySelectorAll('.avatar')];
    expect(avatars[0]!.textContent!.trim()).to.equal('AA');
    expect(avatars[1]!.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/photo.jpg');
    expect(avatars[2]!.textContent!.trim()).to.equal('ЖК');
  });

  it('passes over marks that are not letters, and falls back to initials when a photo fails', async () => {
    expect(initials('ʻAhoʻeitu ʻUnuakiʻotonga Tukuʻaho')).to.equal('AT');
    expect(initials('  “Bea”  van der Berg ')).to.equal('BB');
    expect(initials('Å\u030angström')).to.equal('Å\u030a');
    // Arabic: the article (ال) is skipped, and the two letters stay unjoined.
    expect(initials('الملك عبد الله الثاني ابن الحسين')).to.equal('ع\u200cح');
    // Titles before a name and letters after it are not initials.
    expect(initials('Sir Keir Rodney Starmer KCB KC')).to.equal('KS');
    expect(initials('Dr. Mohamed Muizzu')).to.equal('MM');
    // Another spelling in brackets: the name outside them.
    expect(initials('Li Qiang (李强)')).to.equal('LQ');
    expect(initials('Xi Jinping [习近平]')).to.equal('XJ');
    expect(initials('Sergey Lavrov (Сергей Лавров)')).to.equal('SL');
    expect(initials('高市早苗（Sanae Takaichi）')).to.equal('高');
    expect(initials('(Unnamed)')).to.equal('U');
    expect(initials('الشيخ تميم بن حمد آل ثاني')).to.equal('ت\u200cث');
    expect(initials('SANAE TAKAICHI')).to.equal('ST');
    expect(initials('King')).to.equal('K');
    // But not a name that only looks like one: a surname in capitals, a given name that is also a style.
    expect(initials('Shinzo ABE')).to.equal('SA');
    expect(initials('Kim Jong UN')).to.equal('KU');
    expect(initials('Wang YI')).to.equal('WY');
    expect(initials('He Lifeng')).to.equal('HL');
    expect(initials('Sultan Raev')).to.equal('SR');
    expect(initials('Emir Kusturica')).to.equal('EK');
    expect(initials('عبد المجيد تبون')).to.equal('ع\u200cت');
    expect(initials('ال')).to.equal('ا');
    // Suffixes are not surnames; a symbol stands in where there is no letter; marks are kept, two at most.
    expect(initials('Martin Luther King Jr.')).to.equal('MK');
    expect(initials('Ferdinand Marcos II')).to.equal('FM');
    expect(initials('フェルディナンド・マルコス・ジュニア')).to.equal('マ');
    expect(initials('🦜')).to.equal('🦜');
    expect(initials('Z\u0301\u0302\u0303\u0304algo Test')).to.equal('Z\u0301\u0302T');
    // Chinese characters, kana, Hangul: one character, of the family name.
    expect(
      [
        '山田 花子',
        '习近平',
        '김정은',
        'ンゴジ・オコンクォ',
        'アミナタ・トラオレ＝ディアロ',
        'ッテ',
        '沙夫卡特·米尔济约耶夫',
        'サディル＝ジャパロフ',
        'セルダル･ベルディムハメドフ',
      ].map(initials),
    ).to.deep.equal(['山', '习', '김', 'オ', 'ト', 'テ', '米', 'ジ', 'ベ']);
    const data = smallSummit();
    data.leaders[0]!.photo = 'https://127.0.0.1:1/missing.jpg';
    const el = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${data}></summit-leader-roster>`);
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('.avatar img')!;
    img.loading = 'eager';
    await waitUntil(() => img.hidden, 'the broken photo steps aside', { timeout: 5000 });
    const avatar = img.closest<HTMLElement>('.avatar')!;
    const letters = avatar.querySelector('span')!;
    expect(letters.getBoundingClientRect().width).to.be.above(0);
    expect(textOf(letters)).to.have.length(2);
  });

  it('keeps a photo that failed with its leader, not with its place in the list, when the order changes', async () => {
    const data = smallSummit();
    data.leaders[0]!.photo = 'https://example.invalid/broken.jpg';
    data.leaders[1]!.photo = 'https://example.invalid/fine.jpg';
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster order="dataset" .data=${data}></summit-leader-roster>`,
    );
    const img = (src: string) =>
      [...el.shadowRoot!.querySelectorAll('img')].find((i) => i.getAttribute('src')!.endsWith(src))!;
    img('broken.jpg').dispatchEvent(new Event('error'));
    expect(img('broken.jpg').hidden).to.equal(true);
    el.order = 'chair-first';
    await el.updateComplete;
    expect([img('broken.jpg').hidden, img('fine.jpg').hidden]).to.deep.equal([true, false]);
  });

  it('reads an inline JSON child', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster>
        <script type="application/json">
          ${JSON.stringify(smallSummit())}
        </script>
      </summit-leader-roster>`,
    );
    expect(buttons(el)).to.have.length(3);
  });

  it('takes application/json with parameters, refuses two inline scripts, and follows a script whose type changes', async () => {
    const json = JSON.stringify(smallSummit());
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster
        ><script type=" Application/JSON; charset=utf-8">
          ${json}
        </script></summit-leader-roster
      >`,
    );
    expect(buttons(el)).to.have.length(3);
    const second = document.createElement('script');
    second.type = 'application/json';
    second.textContent = json;
    el.append(second);
    await settled(el);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      'found 2 inline JSON scripts in <summit-leader-roster>: keep one',
    );
    second.type = 'text/plain';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(buttons(el)).to.have.length(3);
  });

  it('names a dataset in a script of the wrong type, then reads it once the type is right', async () => {
    const el = document.createElement('summit-leader-roster');
    const script = document.createElement('script');
    script.type = 'text/json';
    script.textContent = JSON.stringify(smallSummit());
    el.append(script);
    document.body.append(el);
    await settled(el);
    await el.updateComplete;
    const alert = () => textOf(el.shadowRoot!.querySelector('[part~="error"]'));
    expect(alert()).to.contain(
      '<summit-leader-roster> does not read its <script type="text/json">: write <script type="application/json"> for an inline dataset',
    );
    // A typeless one would have run as JavaScript (set from script here, so nothing runs).
    script.removeAttribute('type');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(alert()).to.contain(
      'does not read its <script> without a type (the browser runs it as JavaScript): write <script type="application/json">',
    );
    script.type = 'application/json';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(buttons(el)).to.have.length(3);
    el.remove();
  });

  it('names a "<!--" inside inline JSON that ran the script on past its end', async () => {
    const el = document.createElement('summit-leader-roster');
    const script = document.createElement('script');
    script.type = 'application/json';
    // What the HTML parser leaves in the script: the JSON, then the page that followed it.
    script.textContent = '{"title": "A <!-- <script> B"}</script></summit-leader-roster><p>The article goes on.</p>';
    el.append(script);
    document.body.append(el);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      'a "<!--" inside the JSON makes the page run the script on past its end: write each "<" as "\\u003c"',
    );
    // Nothing past the syntax error was checked: the box says more may follow, as the CLI does.
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('checked once it can be read');
    el.remove();
  });

  it('treats a blank src as none and a blank heading as the default', async () => {
    const el = await fixture<SummitLeaderRoster>(html`<summit-leader-roster src="   "></summit-leader-roster>`);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('No summit data');
    const titled = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster heading="   " .data=${smallSummit()}></summit-leader-roster>`,
    );
    expect(titled.shadowRoot!.querySelector('h2')!.textContent).to.equal('Leaders');
  });

  it('checks a list with holes by index, and an object changed after it was shown, when it is handed on again', async () => {
    const data = smallSummit();
    data.leaders.length = 4;
    const holed = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${data}></summit-leader-roster>`);
    expect(textOf(holed.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      'leaders[3]: expected an object, got nothing',
    );
    const shown = smallSummit();
    await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${shown}></summit-leader-roster>`);
    await new Promise((r) => setTimeout(r));
    (shown as { leaders: unknown }).leaders = 'broken';
    const later = await fixture<SummitLeaderRoster>(html`<summit-leader-roster .data=${shown}></summit-leader-roster>`);
    const box = textOf(later.shadowRoot!.querySelector('[part~="error"]'));
    expect(box).to.contain('leaders: expected a list of leaders');
    // A wrong shape stops the checks of references: the editor is told more may follow, as the CLI tells them.
    expect(box).to.contain('are checked once these are fixed');
  });

  it('shows path-level issues under an alert and fires summit-error for invalid data', async () => {
    const data = smallSummit();
    data.leaders[1]!.country = 'XX';
    const el = document.createElement('summit-leader-roster');
    const errored = oneEvent<SummitErrorEvent>(el, 'summit-error');
    el.data = data;
    document.body.append(el);
    const event = await errored;
    expect(event.error.issues[0]!.path).to.equal('leaders[1].country');
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(textOf(box)).to.contain('leaders[1].country: unknown country "XX"');
    // The title alone is announced; the list of paths is shown under it, marked as English whatever the page's language.
    expect([...el.shadowRoot!.querySelectorAll('[role="alert"]')].map(textOf)).to.deep.equal([
      'The summit data could not be shown.',
    ]);
    expect(box.querySelector('.issues')!.getAttribute('lang')).to.equal('en');
    // A reference that names nothing is found once the shapes are right: nothing more to wait for.
    expect(textOf(box)).not.to.contain('checked once');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says in the console when order is neither value, and puts the chair first', async () => {
    const said = await consoleWarnings(async () => {
      const el = await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster order="alphabetical" .data=${smallSummit()}></summit-leader-roster>`,
      );
      expect(textOf(buttons(el)[0]!.querySelector('.name'))).to.contain('Ann Abe');
    });
    expect(said.join('\n')).to.contain('order "alphabetical" is not "chair-first" or "dataset"');
  });

  it('says a data attribute is not read (React writes one where the element is not defined yet)', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster data="[object Object]"></summit-leader-roster>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '<summit-leader-roster> does not read its data attribute ("[object Object]"): data is a property. Set it from script (element.data = dataset), or give src or an inline JSON script.',
    );
    // The property is read, the attribute aside.
    el.data = smallSummit();
    await el.updateComplete;
    expect(buttons(el)).to.have.length(3);
  });

  it('says in the console when theme or heading-level cannot be used, and what it does instead', async () => {
    const said = await consoleWarnings(async () => {
      const el = await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster theme="sepia" heading-level="abc" .data=${smallSummit()}></summit-leader-roster>`,
      );
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      el.headingLevel = 4;
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
    });
    expect(said).to.deep.equal([
      'summit-widgets: <summit-leader-roster> heading-level "abc" is not a whole number from 1: its heading is at level 2',
      'summit-widgets: <summit-leader-roster> theme "sepia" is not "light" or "dark": it follows the page\'s colour scheme',
    ]);
  });

  it('waits the default 15 s where timeout is not a number of milliseconds, and says so in the console', async () => {
    let el!: SummitLeaderRoster;
    const said = await consoleWarnings(async () => {
      el = await settled(
        await fixture<SummitLeaderRoster>(
          html`<summit-leader-roster timeout="15s" src=${DATASET_URL}></summit-leader-roster>`,
        ),
      );
      await fixture(html`<summit-leader-roster timeout="2.5"></summit-leader-roster>`);
      // Another value that is not a number is named too.
      el.setAttribute('timeout', '20 s');
      await el.updateComplete;
    });
    expect(el.status).to.equal('complete');
    expect(el.timeout, 'kept as given').to.be.NaN;
    expect(said).to.deep.equal([
      'summit-widgets: <summit-leader-roster> timeout "15s" is not a number of milliseconds from 1 to 2147483647: it waits the default 15 s',
      'summit-widgets: <summit-leader-roster> timeout "2.5" is in milliseconds, too short for any request: for 2.5 seconds, write 2500',
      'summit-widgets: <summit-leader-roster> timeout "20 s" is not a number of milliseconds from 1 to 2147483647: it waits the default 15 s',
    ]);
  });

  it('shows an error, never a blank box, for bad JSON and a failed fetch', async () => {
    const bad = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${'{"id": '}></summit-leader-roster>`,
    );
    expect(textOf(bad.shadowRoot!.querySelector('[part~="error"]'))).to.contain('not valid JSON');
    const missing = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src="/no/such.json"></summit-leader-roster>`),
    );
    expect(textOf(missing.shadowRoot!.querySelector('[part~="error"]'))).to.contain('404');
  });

  it('tries again where the load may pass: from its button, and by itself once the browser is back online', async () => {
    const flaky = (id: string) => `/test-flaky?id=${id}-${Math.random()}&to=${encodeURIComponent(DATASET_URL)}`;
    const src = flaky('own');
    const wrap = await fixture(
      html`<div><summit-leader-roster src=${src}></summit-leader-roster><summit-quote src=${src}></summit-quote></div>`,
    );
    const el = await settled(wrap.querySelector('summit-leader-roster')!);
    const quote = await settled(wrap.querySelector('summit-quote')!);
    expect(el.error!.transient).to.equal(true);
    expect(quote.error!.transient).to.equal(true);
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      'answered 503 Service Unavailable: the server failed: try again later',
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(textOf(button)).to.equal('Try again');
    await expect(el).to.be.accessible();
    button.click();
    await settled(el);
    expect(el.status).to.equal('complete');
    expect(buttons(el).length).to.be.greaterThan(0);
    // One reader's Try again: every load on the page that failed so tries again (the quote shared the request).
    await settled(quote);
    expect(quote.status).to.equal('complete');
    // Coming back online: a failed load that may pass is tried again, without the reader doing anything.
    const waiting = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src=${flaky('online')}></summit-leader-roster>`),
    );
    expect(waiting.status).to.equal('error');
    dispatchEvent(new Event('online'));
    await settled(waiting);
    expect(waiting.status).to.equal('complete');
    // Out of the page when the browser came back online: it tries again once it is back.
    const away = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src=${flaky('away')}></summit-leader-roster>`),
    );
    const parent = away.parentElement!;
    away.remove();
    dispatchEvent(new Event('online'));
    parent.append(away);
    await settled(away);
    expect(away.status).to.equal('complete');
  });

  it('refuses a dataset that a redirect sends from http: on another site', async () => {
    const other = `http://127.0.0.1:${location.port}${DATASET_URL}`;
    const el = await settled(
      await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster src=${`/test-redirect?to=${encodeURIComponent(other)}`}></summit-leader-roster>`,
      ),
    );
    expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      `redirected to ${other}: src must be an https: URL or on this site`,
    );
  });

  it('refuses a src with a user name or password, without showing them (a browser would not fetch it)', async () => {
    const el = await settled(
      await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster src="https://feeds:S3cr3t@data.example.com/summit.json"></summit-leader-roster>`,
      ),
    );
    const shown = textOf(el.shadowRoot!.querySelector('[part~="error"]'));
    expect(shown).to.contain(
      'src must not hold a user name or password ("https://…@data.example.com"): serve the dataset where no sign-in is needed',
    );
    expect(shown).not.to.contain('S3cr3t');
  });

  it('stops reading a dataset past 50 MB, and says when one that answered did not arrive in time', async () => {
    const endless = await settled(
      await fixture<SummitLeaderRoster>(html`<summit-leader-roster src="/test-endless"></summit-leader-roster>`),
      15000,
    );
    expect(textOf(endless.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '/test-endless sent more than 50 MB, more than any summit dataset: check that the URL is the dataset',
    );
    const stalled = await settled(
      await fixture<SummitLeaderRoster>(
        html`<summit-leader-roster timeout="500" src="/test-endless?stall"></summit-leader-roster>`,
      ),
    );
    expect(textOf(stalled.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '/test-endless?stall stopped arriving: nothing came for 0.5 s',
    );
  });

  it('reads a slow but steady body past its timeout (the timeout is for each part), and names what servers get wrong', async () => {
    const load = (src: string, timeout = 15000) =>
      fixture<SummitLeaderRoster>(
        html`<summit-leader-roster timeout=${timeout} src=${src}></summit-leader-roster>`,
      ).then((el) => settled(el, 8000));
    // Six parts 200 ms apart: 1.2 s in all, with a timeout of 0.5 s.
    const slow = await load('/test-body/trickle', 500);
    expect(slow.status, textOf(slow.shadowRoot!.querySelector('[part~="error"]'))).to.equal('complete');
    const reset = await load('/test-body/reset');
    expect(textOf(reset.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '/test-body/reset stopped arriving: the connection broke',
    );
    expect(reset.error!.transient).to.equal(true);
    expect(textOf((await load('/test-body/gzip')).shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '/test-body/gzip is compressed (gzip) but not sent as such: serve it with "Content-Encoding: gzip", or uncompressed',
    );
    expect(textOf((await load('/test-body/html')).shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      '/test-body/html sent text/html, not JSON: the server must send the file as application/json',
    );
  });

  it('shows a loading status while fetching and an idle status with no data', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster src=${DATASET_URL}></summit-leader-roster>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
    const idle = await fixture<SummitLeaderRoster>(html`<summit-leader-roster></summit-leader-roster>`);
    expect(textOf(idle.shadowRoot!.querySelector('[role="status"]'))).to.contain('No summit data');
  });

  it('fires summit-select on click, Enter and Space, and toggles its own selection', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
    );
    const [first] = buttons(el);
    setTimeout(() => first!.click());
    const clicked = await oneEvent<SummitSelectEvent>(el, 'summit-select');
    expect([clicked.kind, clicked.id]).to.deep.equal(['leader', 'chair-a']);
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('true');
    first!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    await oneEvent<SummitSelectEvent>(el, 'summit-select');
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => sendKeys({ press: 'Space' }));
    expect((await oneEvent<SummitSelectEvent>(el, 'summit-select')).id).to.equal('chair-a');
    await el.updateComplete;
    // Escape clears the choice, as choosing it again does; with nothing chosen it does nothing.
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const cleared = await oneEvent<SummitSelectEvent>(el, 'summit-select');
    expect([cleared.id, cleared.selected]).to.deep.equal(['chair-a', false]);
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(first);
  });

  it('is one Tab stop; arrow keys, Home and End move between leaders', async () => {
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
    );
    const items = buttons(el);
    expect(items.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    items[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items[2]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await el.updateComplete;
    expect(items.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
  });

  it('moves Up and Down by rows as drawn in a grid, Left and Right in reading order', async () => {
    const wrap = await fixture(
      html`<div style="width: 600px"><summit-leader-roster .data=${smallSummit()}></summit-leader-roster></div>`,
    );
    const el = wrap.querySelector('summit-leader-roster')!;
    await el.updateComplete;
    const items = buttons(el);
    const left = (i: number) => Math.round(items[i]!.getBoundingClientRect().left);
    // Two columns: the first two leaders side by side, the third below the first.
    expect([left(0) === left(2), left(0) < left(1)]).to.deep.equal([true, true]);
    items[0]!.focus();
    const pressed = (key: string) => pressedIn(el, items, key);
    expect(await pressed('ArrowDown')).to.equal(2);
    expect(await pressed('ArrowUp')).to.equal(0);
    expect(await pressed('ArrowUp')).to.equal(0);
    expect(await pressed('ArrowRight')).to.equal(1);
    expect(await pressed('ArrowUp')).to.equal(1);
    expect(await pressed('ArrowLeft')).to.equal(0);
  });

  it('mirrors Left and Right on a right-to-left page: Left goes on, to the leader drawn on the left', async () => {
    const wrap = await fixture(
      html`<div dir="rtl" style="width: 600px">
        <summit-leader-roster .data=${smallSummit()}></summit-leader-roster>
      </div>`,
    );
    const el = wrap.querySelector('summit-leader-roster')!;
    await el.updateComplete;
    const items = buttons(el);
    // The grid is mirrored: the second leader is drawn left of the first.
    expect(items[1]!.getBoundingClientRect().left).to.be.below(items[0]!.getBoundingClientRect().left);
    items[0]!.focus();
    const pressed = (key: string) => pressedIn(el, items, key);
    expect(await pressed('ArrowLeft')).to.equal(1);
    expect(await pressed('ArrowRight')).to.equal(0);
    expect(await pressed('ArrowRight')).to.equal(0);
  });

  it('lays out in the direction of the dataset’s language where it names one, whatever the page’s', async () => {
    const wrap = await fixture(
      html`<div style="width: 600px">
        <div dir="rtl" lang="ar">
          <summit-leader-roster .data=${{ ...smallSummit(), lang: 'fr' }}></summit-leader-roster>
        </div>
        <div dir="ltr"><summit-leader-roster .data=${{ ...smallSummit(), lang: 'ar' }}></summit-leader-roster></div>
      </div>`,
    );
    const [french, arabic] = [...wrap.querySelectorAll('summit-leader-roster')];
    await Promise.all([french!.updateComplete, arabic!.updateComplete]);
    // A French dataset on an Arabic page: left to right, and Right goes on.
    let items = buttons(french!);
    expect(items[1]!.getBoundingClientRect().left).to.be.above(items[0]!.getBoundingClientRect().left);
    items[0]!.focus();
    expect(await pressedIn(french!, items, 'ArrowRight')).to.equal(1);
    // An Arabic dataset on an English page: mirrored, and Left goes on.
    items = buttons(arabic!);
    expect(items[1]!.getBoundingClientRect().left).to.be.below(items[0]!.getBoundingClientRect().left);
    items[0]!.focus();
    expect(await pressedIn(arabic!, items, 'ArrowLeft')).to.equal(1);
  });

  it('gives the cards of one row one height, however long a name or an office', async () => {
    await setViewport({ width: 1280, height: 800 });
    const data = smallSummit();
    data.leaders[1]!.title = 'Secretary-General of the United Nations Conference on Trade and Development';
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster style="width: 1000px" .data=${data}></summit-leader-roster>`,
    );
    const [a, b] = buttons(el).map((x) => x.getBoundingClientRect());
    expect(Math.round(a!.top) === Math.round(b!.top) && Math.round(a!.height) === Math.round(b!.height)).to.equal(true);
  });

  it('is a list on narrow containers and a grid on wide ones', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster .data=${smallSummit()}></summit-leader-roster>`,
    );
    const columns = () => getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').length;
    el.style.width = '1000px';
    expect(columns()).to.be.above(1);
    el.style.width = '320px';
    expect(columns()).to.equal(1);
    const [a, b] = buttons(el);
    expect(b!.getBoundingClientRect().top).to.be.above(a!.getBoundingClientRect().bottom - 1);
  });

  it('puts the avatar above the name where large text leaves the name too little room beside it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SummitLeaderRoster>(
      html`<summit-leader-roster style="width: 320px" .data=${smallSummit()}></summit-leader-roster>`,
    );
    const avatarAbove = () => {
      const button = buttons(el)[0]!;
      const avatar = button.querySelector('.avatar')!.getBoundingClientRect();
      return avatar.bottom <= button.querySelector('.name')!.getBoundingClientRect().top + 1;
    };
    expect(avatarAbove(), 'beside it at the usual text size').to.equal(false);
    document.documentElement.style.fontSize = '200%';
    try {
      expect(avatarAbove(), 'above it at 200% text').to.equal(true);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('follows the selection of its <summit-data>', async () => {
    const wrap = await fixture(
      html`<summit-data .data=${smallSummit()}
        ><summit-leader-roster></summit-leader-roster><summit-leader-roster></summit-leader-roster
      ></summit-data>`,
    );
    const [one, two] = [...wrap.querySelectorAll('summit-leader-roster')];
    await one!.updateComplete;
    buttons(one!)[1]!.click();
    await (wrap as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await two!.updateComplete;
    expect(buttons(two!)[1]!.getAttribute('aria-pressed')).to.equal('true');
    // The same leader chosen in the other roster: the shared selection clears, and the event says so.
    setTimeout(() => buttons(two!)[1]!.click());
    expect((await oneEvent<SummitSelectEvent>(wrap, 'summit-select')).selected).to.equal(false);
    await (wrap as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await one!.updateComplete;
    expect(buttons(one!)[1]!.getAttribute('aria-pressed')).to.equal('false');
  });
});
