import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A widget's heading level as the page gave it, made sound: a whole number from 2, else 2 (under the article's h1). */
export const headingLevel = (level: number): number => Math.max(2, Math.trunc(level) || 2);

/**
 * A real heading at a level the page chooses (from 2), so widgets fit any article outline. Its direction is its
 * text's (`dir="auto"`): dataset text in it is a span with a `lang` and no `dir` of its own, which `dir="auto"`
 * would skip; a date or a name inside our words is isolated (`dir="auto"` on it) and skipped, so our words decide.
 * Below h6, which HTML lacks, an ARIA heading keeps the outline's depth (a widget at level 5 has groups at 6 and
 * entries at 7). `id` names it for what it describes (`aria-describedby`).
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string) {
  const at = headingLevel(level);
  if (at > 6)
    return html`<p role="heading" aria-level=${at} part=${part} id=${ifDefined(id)} dir="auto">${content}</p>`;
  switch (at) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} dir="auto">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)} dir="auto">${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${ifDefined(id)} dir="auto">${content}</h3>`;
  }
}
