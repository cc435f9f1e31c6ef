import { html } from 'lit';

/**
 * The nearest `lang` at or above `node`, across shadow roots: what the page's dates and its font
 * fallback follow. No `instanceof` and no `lang` property: the server-side DOM shim has neither
 * `ShadowRoot` nor `lang`, only attributes (and no parents: there it is the element's own or none).
 */
export function nearestLang(node: Node | null): string | undefined {
  for (; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    const lang = 'getAttribute' in node ? (node as Element).getAttribute('lang') : null;
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Text from the dataset, in a span marked with its language when the dataset names one: a screen reader then
 * voices an English name as English on a Japanese page. Without a language, the text as it is.
 */
export const inLang = (lang: string | undefined, text: unknown): unknown =>
  lang ? html`<span lang=${lang}>${text}</span>` : text;
