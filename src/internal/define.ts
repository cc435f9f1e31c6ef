/** The library's version, named in the warning when two copies meet on one page. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('summit-widgets.version');
const WARNED_KEY = Symbol.for('summit-widgets.warned-duplicate');

type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Defines a custom element unless the tag is already taken (e.g. two copies
 * of the library on one page). Then the first definition stays, and the page
 * gets one warning naming both versions instead of an exception.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor) {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Tagged | undefined;
  if (!existing) {
    (ctor as Tagged)[VERSION_KEY] = VERSION;
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const g = globalThis as { [WARNED_KEY]?: boolean };
  if (g[WARNED_KEY]) return;
  g[WARNED_KEY] = true;
  const other = existing[VERSION_KEY] ? `summit-widgets ${existing[VERSION_KEY]}` : 'another script';
  console.warn(
    `summit-widgets ${VERSION}: <${tag}> is already defined by ${other}; keeping that definition. ` +
      'Load summit-widgets once per page.',
  );
}

/** Class decorator: `@customElement('summit-x')`, safe against double registration. */
export const customElement = (tag: string) => (ctor: CustomElementConstructor) => defineOnce(tag, ctor);
