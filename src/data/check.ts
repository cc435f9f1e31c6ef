/**
 * A validator small enough to ship in every widget: schemas are plain data
 * (strings, integers, lists, strict objects, tagged unions), one function walks
 * them, and TypeScript infers the dataset types from the same data. It builds
 * no code at run time (safe under a strict Content-Security-Policy), reports
 * every problem with its path, never follows input deeper than the schema goes,
 * and returns a frozen copy holding only the fields the schema names.
 * `scripts/generate-schema.ts` turns the same data into the JSON Schema.
 */
import { joinPath, quoted, uEscape, type SummitDataIssue } from './errors.js';

type Segment = string | number;

/**
 * Well-formed text (no half of a UTF-16 pair), optionally matching `pattern`, one of `values`, at most `max`
 * characters, and passing `refine`.
 */
export interface StringSchema<T extends string = string> {
  readonly type: 'string';
  /** What was expected, completing "expected …". */
  readonly expect: string;
  readonly pattern?: RegExp | undefined;
  readonly values?: readonly T[] | undefined;
  readonly max?: number;
  /** A further check; returns what was expected when it fails. */
  readonly refine?: ((value: string) => string | undefined) | undefined;
  /**
   * What to do about text that `pattern` refuses, for a common mistake it can name; added to the message in ( ). It is
   * given the whole input too (`root`): the dataset's own entries can name the fix (a country's code for its name).
   */
  readonly hint?: ((value: string, root?: unknown) => string | undefined) | undefined;
  readonly optional?: true;
}

/** A whole number within `min`…`max`. */
export interface IntegerSchema {
  readonly type: 'integer';
  readonly expect: string;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /** What to write instead of a value it refuses, for a common mistake it can name ("June" for a month: 6). */
  readonly hint?: ((value: unknown) => string | undefined) | undefined;
  readonly optional?: true;
}

/** true or false. */
export interface BooleanSchema {
  readonly type: 'boolean';
  readonly expect: string;
  readonly optional?: true;
}

/** A list of at least `min` items; `what` names one item and several in messages (["leader", "leaders"]). */
export interface ListSchema<I extends Schema = Schema> {
  readonly type: 'array';
  readonly items: I;
  readonly what: readonly [one: string, many: string];
  readonly min: number;
  readonly optional?: true;
}

/**
 * What to do instead of a field that people add by mistake, by its name ("weight": derived, never typed in): the
 * words, or a function of the field's value (and of a variant's kind) that writes them, or undefined for the default.
 */
export type UnknownFields = Readonly<Record<string, string | ((value: unknown, kind?: unknown) => string | undefined)>>;

/** An object with exactly these fields (unknown fields are errors: they are usually typos; see `UnknownFields`). */
export interface ObjectSchema<P extends Fields = Fields> {
  readonly type: 'object';
  readonly fields: P;
  readonly expect: string;
  readonly unknown?: UnknownFields | undefined;
  readonly optional?: true;
}

/** One of several object shapes, told apart by the string field `key` (`unknown` as in `ObjectSchema`). */
export interface VariantSchema<K extends string = string, M extends Record<string, Fields> = Record<string, Fields>> {
  readonly type: 'variant';
  readonly key: K;
  readonly shapes: M;
  readonly unknown?: UnknownFields | undefined;
  readonly optional?: true;
}

export type Schema = StringSchema | IntegerSchema | BooleanSchema | ListSchema | ObjectSchema | VariantSchema;
export type Fields = Readonly<Record<string, Schema>>;

type Flat<T> = { [K in keyof T]: T[K] } & {};
type FieldsOf<P extends Fields> = Flat<
  { -readonly [K in keyof P as P[K] extends { optional: true } ? never : K]: Infer<P[K]> } & {
    -readonly [K in keyof P as P[K] extends { optional: true } ? K : never]?: Infer<P[K]>;
  }
>;

/** The type of the values a schema accepts. */
export type Infer<S> =
  S extends StringSchema<infer T>
    ? T
    : S extends IntegerSchema
      ? number
      : S extends BooleanSchema
        ? boolean
        : S extends ListSchema<infer I>
          ? Infer<I>[]
          : S extends ObjectSchema<infer P>
            ? FieldsOf<P>
            : S extends VariantSchema<infer K, infer M>
              ? { [V in keyof M & string]: Flat<{ [_ in K]: V } & FieldsOf<M[V]>> }[keyof M & string]
              : never;

// Every string schema has the same fields, in the same order (absent ones undefined), and so has every
// integer schema: the walker then reads one object shape per kind, which keeps it fast on big datasets.
export const string = <T extends string = string>(
  expect: string,
  { pattern, values, max, refine, hint }: Omit<StringSchema<T>, 'type' | 'expect'> = {},
): StringSchema<T> => ({ type: 'string', expect, pattern, values, max, refine, hint });

export const oneOf = <const T extends string>(
  values: readonly T[],
  hint?: (value: string, root?: unknown) => string | undefined,
): StringSchema<T> => string(values.length > 1 ? `one of ${quoteAll(values)}` : quoteAll(values), { values, hint });

export const integer = (
  expect: string,
  min?: number,
  max?: number,
  hint?: (value: unknown) => string | undefined,
): IntegerSchema => ({ type: 'integer', expect, min, max, hint });

export const boolean = (expect: string): BooleanSchema => ({ type: 'boolean', expect });

export const list = <I extends Schema>(items: I, what: readonly [string, string], min = 0): ListSchema<I> => ({
  type: 'array',
  items,
  what,
  min,
});

export const object = <const P extends Fields>(
  fields: P,
  expect = 'an object',
  unknown?: UnknownFields,
): ObjectSchema<P> => ({ type: 'object', fields, expect, unknown });

export const variant = <const K extends string, const M extends Record<string, Fields>>(
  key: K,
  shapes: M,
  unknown?: UnknownFields,
): VariantSchema<K, M> => ({ type: 'variant', key, shapes, unknown });

export const optional = <S extends Schema>(schema: S): S & { readonly optional: true } => ({
  ...schema,
  optional: true,
});

/** `"a", "b" or "c"`. */
export const quoteAll = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Half of a UTF-16 pair without its other half, which a browser shows as "�" (under the u flag a whole pair is one
 * character, so only a lone half matches).
 */
const BROKEN = /\p{Cs}/u;

/** How a value appears in a message: short, never its whole size, and no character left invisible. */
export function received(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) return 'a list';
  if (Object.is(value, -0)) return '-0';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const fail = (issues: SummitDataIssue[], path: Segment[], message: string) =>
  issues.push({ path: joinPath(path), message });
/** CMS exports write null for "no value": an optional field has none when it is left out. */
const NULL_HINT = ' (leave the field out when there is no value: null is not allowed)';
/** `expected …, got …`, then `hint`: by default, for null in an optional field, how to give no value. */
const expected = (
  issues: SummitDataIssue[],
  path: Segment[],
  what: string,
  value: unknown,
  optional?: true,
  hint = value === null && optional ? NULL_HINT : '',
) => fail(issues, path, `expected ${what}, got ${received(value)}${hint}`);

/**
 * Checks `value` against `schema`, appending every problem to `issues` in the order of the input (an object's
 * keys as it lists them, then its missing fields), and returns a deeply frozen copy of the value that holds only
 * the fields the schema names, in that order (frozen as it is built, so no second walk is needed).
 */
export function check<S extends Schema>(
  schema: S,
  value: unknown,
  issues: SummitDataIssue[],
  path: Segment[] = [],
  root: unknown = value,
): Infer<S> {
  switch (schema.type) {
    case 'string': {
      if (
        typeof value !== 'string' ||
        !(schema.pattern?.test(value) ?? true) ||
        !(schema.values?.includes(value) ?? true)
      ) {
        const hint = typeof value === 'string' ? schema.hint?.(value, root) : undefined;
        expected(issues, path, schema.expect, value, schema.optional, hint && ` (${hint})`);
      } else if (value.length > (schema.max ?? Infinity) && [...value].length > schema.max!) {
        // Characters as a reader counts them (an emoji is one), not UTF-16 units.
        fail(issues, path, `expected at most ${schema.max} characters, got ${[...value].length}`);
      } else if (BROKEN.test(value)) {
        const half = uEscape(BROKEN.exec(value)![0]);
        fail(
          issues,
          path,
          `a broken character (${half}, half of a UTF-16 pair) in ${received(value)}: retype or remove it`,
        );
      } else {
        const refined = schema.refine?.(value);
        if (refined) expected(issues, path, refined, value);
      }
      break;
    }
    case 'integer':
      if (
        !Number.isInteger(value) ||
        (value as number) < (schema.min ?? -Infinity) ||
        (value as number) > (schema.max ?? Infinity)
      ) {
        // "2028" for 2028: the number is right, its quotes are not.
        const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        const quoted = Number.isInteger(n) && n >= (schema.min ?? -Infinity) && n <= (schema.max ?? Infinity);
        const named = schema.hint?.(value);
        const hint = quoted ? ' (text: write it as a number, without quotes)' : named && ` (${named})`;
        expected(issues, path, schema.expect, value, schema.optional, hint);
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') {
        // "true" for true: the word is right, its quotes are not.
        const hint = value === 'true' || value === 'false' ? ' (text: write it without quotes)' : undefined;
        expected(issues, path, schema.expect, value, schema.optional, hint);
      }
      break;
    case 'array':
      if (!Array.isArray(value)) {
        // "chair" where ["chair"] was meant: one item, without its list.
        const hint = hasIssues(schema.items, value) ? undefined : ' (a list, even of one item: put it in [ ])';
        return expected(issues, path, expectation(schema), value, schema.optional, hint) as never;
      }
      if (value.length < schema.min) {
        fail(issues, path, `expected at least ${schema.min} ${schema.what[schema.min === 1 ? 0 : 1]}`);
      }
      {
        // Every index, holes included (a list given as an object may have some; `map` would skip them).
        const copy: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          copy.push(check(schema.items, value[i], issues, path, root));
          path.pop();
        }
        return Object.freeze(copy) as never;
      }
    case 'object':
      if (!isRecord(value)) return expected(issues, path, expectation(schema), value, schema.optional) as never;
      return fields(schema.fields, value, issues, path, root, undefined, schema.unknown) as never;
    case 'variant': {
      const { key, shapes } = schema;
      if (!isRecord(value)) {
        return expected(issues, path, expectation(schema), value, schema.optional) as never;
      }
      const tag = value[key];
      if (typeof tag !== 'string' || !has(shapes, tag)) {
        const message = `expected ${JSON.stringify(key)} to be one of ${quoteAll(Object.keys(shapes))}, got ${received(tag)}`;
        return fail(issues, [...path, key], message) as never;
      }
      return fields(shapes[tag]!, value, issues, path, root, key, schema.unknown) as never;
    }
  }
  return value as never;
}

/** What a value of `schema` is, completing "expected …": "text (not blank)", "a list of leaders". */
function expectation(schema: Schema): string {
  switch (schema.type) {
    case 'array':
      return `a list of ${schema.what[1]}`;
    case 'variant':
      return `an object with ${JSON.stringify(schema.key)} (${quoteAll(Object.keys(schema.shapes))})`;
    default:
      return schema.expect;
  }
}

/** Whether `value` breaks `schema` anywhere. */
function hasIssues(schema: Schema, value: unknown): boolean {
  const issues: SummitDataIssue[] = [];
  check(schema, value, issues);
  return issues.length > 0;
}

const shapes = new WeakMap<Fields, { fields: Readonly<Record<string, Schema | undefined>>; required: string[] }>();
/**
 * An object shape, read once: its fields on an object without a prototype (one look-up tells a field from any
 * other key, "constructor" included) and the names of its required fields.
 */
function shapeOf(schema: Fields) {
  let shape = shapes.get(schema);
  if (!shape) {
    const required = Object.keys(schema).filter((k) => !schema[k]!.optional);
    shapes.set(schema, (shape = { fields: Object.assign(Object.create(null) as object, schema), required }));
  }
  return shape;
}

/**
 * What to do about an unknown field: the object's own word for it (`unknown`, own keys only: "constructor" is no
 * hint), else the field it is but for case or a plural ("sector" for "sectors"), else remove it.
 */
function unknownFix(
  schema: Fields,
  key: string,
  value: Record<string, unknown>,
  tag?: string,
  unknown?: UnknownFields,
): string {
  const fix = unknown && has(unknown, key) ? unknown[key]! : undefined;
  const own = typeof fix === 'function' ? fix(value[key], tag === undefined ? undefined : value[tag]) : fix;
  if (own) return own;
  const bare = (k: string) => k.toLowerCase().replace(/s$/, '');
  const meant = Object.keys(schema).find((k) => bare(k) === bare(key));
  return meant ? `did you mean ${received(meant)}?` : 'remove it or check its spelling';
}

function fields(
  schema: Fields,
  value: Record<string, unknown>,
  issues: SummitDataIssue[],
  path: Segment[],
  root: unknown,
  tag?: string,
  unknown?: UnknownFields,
) {
  const shape = shapeOf(schema);
  // A variant's tag comes first, as the reader wrote it.
  const out: Record<string, unknown> = tag === undefined ? {} : { [tag]: value[tag] };
  // In the input's key order (JSON.parse keeps it), so issues are listed as the file reads.
  let found = 0;
  for (const key of Object.keys(value)) {
    const field = shape.fields[key];
    if (!field) {
      if (key !== tag)
        fail(issues, [...path, key], `unknown field ${received(key)}: ${unknownFix(schema, key, value, tag, unknown)}`);
    } else if (value[key] !== undefined) {
      if (!field.optional) found++;
      path.push(key);
      out[key] = check(field, value[key], issues, path, root);
      path.pop();
    }
  }
  // Missing fields have no place in the file: they come after the present ones.
  if (found < shape.required.length) {
    for (const key of shape.required) {
      if (!has(value, key) || value[key] === undefined) {
        const field = schema[key]!;
        const none = field.type === 'array' && field.min === 0 ? ' ([] when there are none)' : '';
        fail(issues, [...path, key], `required field is missing: add ${expectation(field)}${none}`);
      }
    }
  }
  return Object.freeze(out);
}
