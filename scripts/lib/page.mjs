/* global innerHeight -- in a page.evaluate callback */
// What the Node-driven browser checks (check-example, hardening) share: a page that records what
// went wrong from before its first script, and a wait for every widget to finish drawing.

/** The widgets the checks wait for (`<summit-data>` draws nothing of its own). */
export const WIDGETS = [
  'summit-leader-roster',
  'summit-proposal-timeline',
  'summit-sector-cloud',
  'summit-card',
  'summit-quote',
];

/**
 * Records the page's errors (`errors`: uncaught; `consoleErrors`; `all`: both, in order), its console
 * warnings, and (in `window.__csp`) every Content-Security-Policy violation: the directive, what was
 * blocked, the element and the widget whose shadow root holds it, and the script line.
 * The one request a page makes by itself that the checks do not serve, /favicon.ico, is not an error.
 */
export async function recordPage(page) {
  const record = { errors: [], consoleErrors: [], warnings: [], all: [] };
  page.on('pageerror', (e) => {
    record.errors.push(String(e));
    record.all.push(String(e));
  });
  page.on('console', (m) => {
    if (m.type() === 'warning') record.warnings.push(m.text());
    if (m.type() !== 'error' || m.location().url?.endsWith('/favicon.ico')) return;
    record.consoleErrors.push(m.text());
    record.all.push(m.text());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    // The event is composed: its path starts at the blocked element, even inside a shadow root.
    document.addEventListener('securitypolicyviolation', (e) => {
      const el = e.composedPath()[0];
      const host = el?.getRootNode?.()?.host?.localName;
      const where = el?.localName
        ? `${host ? `${host} ` : ''}<${el.localName}${el.classList?.length ? '.' + [...el.classList].join('.') : ''}>`
        : '';
      const line = e.sourceFile ? `(${e.sourceFile}:${e.lineNumber})` : '';
      window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${where} ${line}`.trim());
    });
  });
  return record;
}

/**
 * Waits until every widget on the page (each of `WIDGETS`, every instance) has rendered with no update
 * pending, and every cloud has placed its words. On a timeout, the error carries the page's `errors`.
 * `hydrating`: a pre-rendered cloud on screen keeps the server's list until it is scrolled out of view; it counts
 * as drawn too.
 */
export async function widgetsDrawn(page, errors = [], timeout = 15000, hydrating = false) {
  await page
    .waitForFunction(
      ([tags, hydrating]) =>
        tags.every((t) =>
          [...document.querySelectorAll(t)].every((el) => el.shadowRoot && el.hasUpdated && !el.isUpdatePending),
        ) &&
        [...document.querySelectorAll('summit-sector-cloud')].every((el) => {
          const list = el.shadowRoot.querySelector('ul.cloud');
          if (list?.classList.contains('placed')) return true;
          const box = list?.getBoundingClientRect();
          return hydrating && !!box && box.bottom > 0 && box.top < innerHeight;
        }),
      [WIDGETS, hydrating],
      { timeout },
    )
    .catch((e) => {
      throw new Error(
        `the widgets did not finish drawing (${e.message.split('\n')[0]})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
      );
    });
}
