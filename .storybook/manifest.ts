/**
 * The Custom Elements Manifest as Storybook's docs should see it: public API
 * only, and controls chosen from each attribute's declared type.
 */
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
interface Declaration {
  kind?: string;
  tagName?: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/**
 * Drops private and protected members, statics and methods, so the docs
 * tables list what a page can use; fills in an attribute's missing type and
 * description from its field (or, lacking both, `number` for a numeric default);
 * opens the description with the `@summary` (docs pages show the description).
 */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) => {
        if (!d.customElement) return d;
        const fields = new Map((d.members ?? []).map((m) => [m.name, m]));
        return {
          ...d,
          description: [d.summary, d.description].filter(Boolean).join('\n\n'),
          members: d.members?.filter((m) => m.kind === 'field' && !m.privacy && !m.static),
          attributes: d.attributes?.map((a) => {
            const field = a.fieldName ? fields.get(a.fieldName) : undefined;
            const numeric = /^\d+$/.test(field?.default ?? '');
            const type = a.type?.text ? a.type : field?.type?.text ? field.type : numeric ? { text: 'number' } : a.type;
            const description =
              a.description ??
              field?.description ??
              (a.name === 'lang' ? 'Language of dates and numbers; inherited from the page when unset.' : undefined);
            return { ...a, ...(type ? { type } : {}), ...(description ? { description } : {}) };
          }),
        };
      }),
    })),
  };
}

/** String literals of a union type text: `'light' | 'dark' | undefined` → ['light', 'dark']. */
function literals(text: string): string[] | undefined {
  const parts = text.split('|').map((p) => p.trim());
  const values = parts.filter((p) => p !== 'undefined' && p !== 'null');
  if (!values.length || !values.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return values.map((p) => p.slice(1, -1));
}

/** The manifest's declaration of each custom element, by tag. */
function declarations(manifest: Manifest | undefined): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const module of manifest?.modules ?? []) {
    for (const d of module.declarations ?? []) if (d.customElement && d.tagName) out.set(d.tagName, d);
  }
  return out;
}

/**
 * Controls from the manifest's types: a select for a union of string
 * literals (with an empty "unset" choice when it is optional), number for
 * numbers, text for strings. Properties (which mirror an attribute or take an
 * object), events, parts, custom properties and slots are listed without a
 * control.
 *
 * Storybook keys every row by its name, so an attribute and a part of the
 * same name (`heading`) collide and the part wins: the attribute is put back
 * (it is what the control sets) and the part keeps its row under another key.
 */
export function argTypesFromManifest(manifest: Manifest | undefined): ArgTypesEnhancer {
  const tags = declarations(manifest);
  return (context) => {
    const argTypes: Record<string, StrictInputType> = { ...context.argTypes };
    const declaration = typeof context.component === 'string' ? tags.get(context.component) : undefined;
    // A property and a part of the same name (`status`, `error`) collide the same way: the property is put back.
    const rows = [
      ...(declaration?.attributes ?? []).map((entry) => ({ entry, own: 'attributes' })),
      ...(declaration?.members ?? []).map((entry) => ({ entry, own: 'properties' })),
    ];
    for (const { entry, own } of rows) {
      const shadowing = argTypes[entry.name];
      const category = shadowing?.table?.category;
      if (!shadowing || category === own || category === 'attributes' || category === 'story') continue;
      argTypes[`${category}: ${entry.name}`] = { ...shadowing, control: false };
      const text = entry.type?.text ?? '';
      argTypes[entry.name] = {
        name: entry.name,
        description: entry.description ?? '',
        type: { name: 'other', value: text },
        // Extracted rows never carry a control: one here came from the story's own argTypes.
        ...(shadowing.control !== undefined ? { control: shadowing.control } : {}),
        ...(shadowing.options ? { options: shadowing.options } : {}),
        table: {
          category: own,
          type: { summary: text },
          defaultValue: entry.default ? { summary: entry.default } : undefined,
        },
      };
    }
    for (const [key, argType] of Object.entries(argTypes)) {
      const category = argType.table?.category;
      const text = argType.table?.type?.summary ?? '';
      let control: StrictInputType['control'] | undefined;
      let options: string[] | undefined;
      if (category === 'attributes' && argType.control === undefined) {
        const values = literals(text);
        if (values) {
          const optional = /\bundefined\b/.test(text);
          options = optional ? ['', ...values] : values;
          control = { type: 'select', ...(optional ? { labels: { '': '(unset)' } } : {}) };
        } else if (text === 'number') control = { type: 'number' };
        else if (text === 'boolean') control = { type: 'boolean' };
        else control = { type: 'text' };
      } else if (category && category !== 'attributes' && category !== 'story' && argType.control === undefined) {
        // Properties mirror attributes or take objects; events, parts, custom properties and slots are docs only.
        control = false;
      }
      if (control !== undefined) argTypes[key] = { ...argType, control, ...(options ? { options } : {}) };
    }
    return argTypes;
  };
}
