import type { CSSResultOrNative } from 'lit';

/**
 * Copies of the widgets' style sheets for documents other than the one the library runs in (a same-origin iframe, a
 * pop-out window): a constructed sheet belongs to the document whose window made it, and a shadow root in another
 * document cannot adopt it (Chromium throws, and empties the list of one that moves there).
 */
const copies = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

/** The sheets of `styles` that a shadow root in `doc` can adopt; none where `doc` has no window (a parsed document). */
export function sheetsIn(doc: Document, styles: readonly CSSResultOrNative[]): CSSStyleSheet[] {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (doc === document) return styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  if (!view) return [];
  let made = copies.get(doc);
  if (!made) copies.set(doc, (made = new Map()));
  return styles.map((s) => {
    let copy = made.get(s);
    if (!copy) {
      copy = new view.CSSStyleSheet();
      copy.replaceSync(s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);
      made.set(s, copy);
    }
    return copy;
  });
}
