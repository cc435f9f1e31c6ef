import { html } from 'lit';

/** A real heading at a level the page chooses (2-6), so widgets fit any article outline. */
export function heading(level: number, content: unknown, part = 'heading') {
  switch (Math.min(6, Math.max(2, Math.trunc(level) || 3))) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h3 part=${part}>${content}</h3>`;
  }
}
