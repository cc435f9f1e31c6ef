/* global CSSStyleSheet */
/**
 * The floor under our widget cases: the same DOM and styles our widget drew (a snapshot the harness took from its
 * page), written into a shadow root with no script of ours, to the next frame. What no script could go below for that
 * output: the browser's own style, layout and paint of it. For information, beside the goals it bounds.
 */
import { expose, nextFrame, stage } from './frame.js';

expose({
  async frame(n, snapshot) {
    // Ready before the clock starts, as our element's styles are (Lit makes its sheets when the module loads).
    const sheets = snapshot.css.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    const host = stage(snapshot.stage.width, snapshot.stage.height);
    host.style.overflow = snapshot.stage.overflow;
    const t0 = performance.now();
    const el = document.createElement('div');
    for (const [name, value] of snapshot.attributes) el.setAttribute(name, value);
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    // eslint-disable-next-line no-restricted-syntax -- the point of this page: our output with none of our code
    root.innerHTML = snapshot.html;
    host.append(el);
    const t1 = await nextFrame();
    return { ms: t1 - t0, rendered: root.querySelectorAll('[part~="item"]').length, n };
  },
});
