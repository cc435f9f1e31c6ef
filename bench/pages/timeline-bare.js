/* global customElements */
/**
 * For information, the floor of the timeline cases: a bare Lit element rendering the n proposals
 * as a plain <ol> (headline and date), with no validation, grouping, formatting or paging.
 */
import { LitElement, html } from 'lit';
import base from '../../data/central-asia-japan-2025.json';
import { timelineData } from '../lib/datasets.js';
import { expose, nextFrame, stage } from './frame.js';

class BareTimeline extends LitElement {
  static properties = { items: { attribute: false } };

  render() {
    return html`<ol>
      ${this.items.map((p) => html`<li><time datetime=${p.when.date}>${p.when.date}</time> ${p.headline}</li>`)}
    </ol>`;
  }
}
customElements.define('bare-timeline', BareTimeline);

expose({
  async frame(n) {
    const { summit } = timelineData(base, n);
    const host = stage(900, 600);
    host.style.overflow = 'auto';
    const t0 = performance.now();
    const el = document.createElement('bare-timeline');
    el.items = summit.proposals;
    host.append(el);
    await el.updateComplete;
    const t1 = await nextFrame();
    return { ms: t1 - t0, rendered: el.shadowRoot.querySelectorAll('li').length };
  },
});
