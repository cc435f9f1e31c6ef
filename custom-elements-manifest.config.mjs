import { readFileSync, readdirSync } from 'node:fs';

/**
 * The analyser records a default as its initializer's text, so `timeout = DEFAULT_TIMEOUT_MS` would reach the docs
 * as the constant's name. This plugin writes the value instead (`15000`), read from the constant's definition in
 * src/ (`export const NAME = <number, string or boolean>`), so the value keeps one source. Other defaults stay.
 */
function constantDefaults() {
  const constants = new Map();
  for (const file of readdirSync('src', { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const text = readFileSync(`src/${file}`, 'utf8');
    for (const [, name, value] of text.matchAll(
      /^export const ([A-Z][A-Z0-9_]*) = (-?[\d_.]+|'[^'\n]*'|true|false);/gm,
    ))
      constants.set(name, /^-?[\d_.]+$/.test(value) ? String(Number(value.replaceAll('_', ''))) : value);
  }
  return {
    name: 'summit-widgets:constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
            if (constants.has(item.default)) item.default = constants.get(item.default);
    },
  };
}

/**
 * An event the analyser finds dispatched as an instance of its class (`dispatchEvent(new SummitLoadEvent(…))`) has no
 * name it can read: it is listed once by its `@fires` tag, with its name; the nameless copy is dropped.
 */
function namedEventsOnly() {
  return {
    name: 'summit-widgets:named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
    },
  };
}

/** Custom Elements Manifest: read from the components' JSDoc; feeds Storybook docs, IDEs and JSX types. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/summit-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [constantDefaults(), namedEventsOnly()],
};
