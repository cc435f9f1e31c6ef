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
