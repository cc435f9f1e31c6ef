/* global requestAnimationFrame, MessageChannel, customElements */
/**
 * In-page helpers shared by the bench pages.
 */

/**
 * Resolves once the next frame has been produced: a requestAnimationFrame callback, then a task
 * queued from it, which runs after that frame's style, layout and paint. So the time includes
 * rendering what was put in the DOM, not only creating it.
 */
export function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/** Waits until a Lit element has no update pending, however many updates it chains. */
export async function settled(el) {
  for (let i = 0; i < 100; i++) if (await el.updateComplete) return;
}

/** Hands the case functions to the harness, which calls `window.bench[name](n)`. */
export function expose(api) {
  window.bench = api;
}

/** A fixed-size host for one sample's output. */
export function stage(width, height) {
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px;position:relative`;
  document.body.append(div);
  return div;
}

/**
 * What an element drew, to copy without its script (bench/pages/static-copy.js): its shadow root's markup (Lit's
 * comment markers left out), its style sheets as text, its own attributes, and the stage it was drawn in.
 */
export function snapshotOf(el) {
  const root = el.shadowRoot;
  return {
    css: root.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')),
    // eslint-disable-next-line no-restricted-syntax -- reads our output for the bench's static copy; never shipped
    html: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
    attributes: Array.from(el.attributes, (a) => [a.name, a.value]),
    stage: {
      width: el.parentElement.offsetWidth,
      height: el.parentElement.offsetHeight,
      overflow: el.parentElement.style.overflow,
    },
  };
}

/** Checks that a bundled element class is the one registered for its tag. */
export function ensureDefined(tag, ctor) {
  if (customElements.get(tag) !== ctor) throw new Error(`<${tag}> is not defined by the bundled class`);
}
