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

/** A language tag's language, without script or region: "ja" for "ja-JP". */
export const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * Text from the dataset that fills its element (a headline, a name), in a span marked with its language: a screen
 * reader then voices an English name as English on a Japanese page. No `dir` here: the element around takes its
 * direction from this text (`dir="auto"` skips children with a `dir`). Dataset text inside our own words is isolated
 * instead (`<span lang dir="auto">`).
 */
export const inLang = (lang: string | undefined, text: unknown): unknown =>
  lang === undefined ? text : html`<span lang=${lang}>${text}</span>`;
