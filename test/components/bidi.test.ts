import { expect, fixture, html } from '@open-wc/testing';
import '../../src/card.js';
import '../../src/leader-roster.js';
import '../../src/quote.js';
import { smallSummit } from '../fixtures/summits.js';

/**
 * Whether the text node holding `word` inside `root` is drawn left to right: its first letter left of its last.
 * Dataset text is pasted from other sites and may carry a bidi control it never closes (U+202E, right-to-left
 * override): that must stay inside its own part, not draw the parts after it backwards.
 */
function drawnLeftToRight(root: ShadowRoot, word: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(node!, offset);
      range.setEnd(node!, offset + 1);
      return range.getBoundingClientRect();
    };
    return box(at).left < box(at + word.length - 1).left;
  }
  throw new Error(`"${word}" is not drawn`);
}

describe('dataset text with a bidi control it never closes', () => {
  it('stays inside its part: the country after an office, the country after a city, are drawn in their own order', async () => {
    const data = smallSummit();
    // Every leader's office ends in a stray right-to-left override (the chair's is shown by the card and a quote).
    for (const leader of data.leaders) leader.title += '\u202E';
    data.place.city += '\u202E';
    const wrap = await fixture(
      html`<div style="width: 900px">
        <summit-leader-roster .data=${data}></summit-leader-roster>
        <summit-card .data=${data}></summit-card>
        <summit-quote .data=${data} quote-id="q2"></summit-quote>
      </div>`,
    );
    const [roster, card, quote] = ['summit-leader-roster', 'summit-card', 'summit-quote'].map(
      (tag) => wrap.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> },
    );
    await Promise.all([roster, card, quote].map((el) => el!.updateComplete));
    for (const el of [roster, card, quote])
      expect(drawnLeftToRight(el!.shadowRoot!, 'Japan'), el!.localName).to.be.true;
    // The text itself is kept as the editor wrote it.
    expect(card!.shadowRoot!.textContent).to.contain('Tokyo\u202E');
  });

  it("stays inside a leader's name: the roles after it keep their order", async () => {
    const data = smallSummit();
    const chair = data.leaders.find((l) => l.id === data.chair)!;
    chair.name += '\u202E';
    chair.roles = ['chair', 'host'];
    const roster = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<summit-leader-roster style="width: 900px" .data=${data}></summit-leader-roster>`,
    );
    await roster.updateComplete;
    const [first, second] = [...roster.shadowRoot!.querySelectorAll('[part="badge"]')].map((b) => [
      b.textContent,
      b.getBoundingClientRect().left,
    ]);
    expect([first![0], second![0]]).to.deep.equal(['Chair', 'Host']);
    expect(first![1] < second![1], 'Chair drawn left of Host').to.be.true;
  });

  it('stays inside its part in an Arabic dataset too, joined by the Arabic comma, laid out right to left', async () => {
    const data = { ...smallSummit(), lang: 'ar' };
    for (const leader of data.leaders) leader.title = 'رئيس\u202E';
    data.place.city = 'طوكيو\u202E';
    const wrap = await fixture(
      html`<div style="width: 900px">
        <summit-leader-roster .data=${data}></summit-leader-roster>
        <summit-card .data=${data}></summit-card>
      </div>`,
    );
    const widgets = [...wrap.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) {
      expect(drawnLeftToRight(el.shadowRoot!, 'Japan'), el.localName).to.be.true;
      expect(el.shadowRoot!.textContent, el.localName).to.contain('رئيس\u202E، Japan');
    }
    // The place takes its direction from the Arabic city, though each part is isolated.
    const place = [...widgets[1]!.shadowRoot!.querySelectorAll('dd')].find((dd) => dd.textContent!.includes('طوكيو'))!;
    expect(place.matches(':dir(rtl)')).to.be.true;
  });
});
