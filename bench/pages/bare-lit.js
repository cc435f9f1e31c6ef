/* global customElements */
/**
 * The baseline of the page case: a bare Lit element rendering the same 6 leaders from the same
 * inline JSON, with no data layer, styles or behaviour.
 */
import { LitElement, html } from 'lit';

class BareLeaders extends LitElement {
  static properties = { leaders: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.leaders = JSON.parse(script.textContent).leaders;
  }

  render() {
    return html`<ul>
      ${this.leaders.map((l) => html`<li>${l.name}, ${l.title} (${l.country})</li>`)}
    </ul>`;
  }
}
customElements.define('bare-leaders', BareLeaders);
