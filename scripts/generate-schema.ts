/**
 * Writes data/summit.schema.json from the runtime schema (`src/data/schema.ts`),
 * so editors get autocompletion. `--check` fails when the committed file is out of date.
 * Checks JSON Schema cannot express (real dates, https: URLs beyond the prefix,
 * cross-references) stay in `parseSummit` and the CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import type { Fields, Schema } from '../src/data/check.js';
import * as s from '../src/data/schema.js';

const target = new URL('../data/summit.schema.json', import.meta.url);

/** Named definitions, referenced with `$ref` wherever the same schema object is used. */
const definitions = new Map<Schema, string>([
  [s.LeaderSchema, 'Leader'],
  [s.CountrySchema, 'Country'],
  [s.SectorSchema, 'Sector'],
  [s.AgendaAreaSchema, 'AgendaArea'],
  [s.ProposalSchema, 'Proposal'],
  [s.QuoteSchema, 'Quote'],
  [s.OutcomeSchema, 'Outcome'],
  [s.HistoryEntrySchema, 'HistoryEntry'],
  [s.SourceSchema, 'Source'],
  [s.WhenSchema, 'When'],
  [s.EvidenceSchema, 'Evidence'],
  [s.IdSchema, 'Id'],
  [s.LeaderIdSchema, 'LeaderId'],
  [s.SectorIdSchema, 'SectorId'],
  [s.TextSchema, 'Text'],
  [s.LangSchema, 'Lang'],
  [s.DateSchema, 'Date'],
  [s.PartialDateSchema, 'PartialDate'],
  [s.YearSchema, 'Year'],
  [s.HttpsUrlSchema, 'HttpsUrl'],
  [s.CountryCodeSchema, 'CountryCode'],
  [s.CountryOrOrganisationCodeSchema, 'CountryOrOrganisationCode'],
]);

/** What JSON Schema can add to a named definition beyond its data (formats the validator checks in code). */
const extra: Record<string, object> = {
  Date: { format: 'date' },
  // A year, a month, or a day that exists (the format checks the calendar).
  PartialDate: { anyOf: [{ pattern: '^[1-9]\\d{3}(-(0[1-9]|1[0-2]))?$' }, { format: 'date' }] },
  HttpsUrl: { format: 'uri' },
  // Not an accent first, nor a pile of 9 or more marks on one letter.
  Text: { not: { pattern: '^\\p{M}|\\p{M}{9}' } },
  // The codes written for two countries whose ISO codes differ (the validator names the right one).
  CountryCode: { not: { enum: ['UK', 'EL'] } },
  CountryOrOrganisationCode: { not: { enum: ['UK', 'EL'] } },
};

type Json = Record<string, unknown>;

/** A rule of the cross-reference checks that JSON Schema can state: a code longer than a country's is an organisation's. */
const countryOrOrganisation = {
  anyOf: [
    { required: ['organisation'], properties: { organisation: { type: 'boolean', const: true } } },
    { properties: { code: { type: 'string', pattern: '^[A-Z]{2}$' } } },
  ],
};

/** A rule of the cross-reference checks (src/data/parse.ts) that JSON Schema can state: someone is behind a proposal. */
const behindIt = {
  anyOf: [
    { required: ['proposedBy'] },
    { required: ['initiatedBy'] },
    { required: ['supportedBy'], properties: { supportedBy: { type: 'array', minItems: 1 } } },
  ],
};

/**
 * The doc comments of src/data/schema.ts, for editors to show: field name → comment, for every object literal of
 * fields there (an object schema's, a variant's shapes). A field keeps the comment its own object gives it; a field
 * named like a commented shared constant (`phrase`) takes that constant's comment.
 */
function docComments(): { own: Map<string, Map<string, string>>; shared: Map<string, string> } {
  const file = new URL('../src/data/schema.ts', import.meta.url);
  const source = ts.createSourceFile('schema.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const text = (node: ts.Node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .map((d) => (ts.isJSDoc(d) ? ts.getTextOfJSDocComment(d.comment) : undefined))
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const own = new Map<string, Map<string, string>>();
  const shared = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const docs = new Map<string, string>();
      for (const p of node.properties) {
        const doc = text(p);
        if (doc && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) docs.set(p.name.text, doc);
      }
      // Keyed by the literal's field names, which tell the literals apart.
      const names = node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')).join(',');
      if (docs.size) own.set(names, docs);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const doc = text(node.parent.parent);
      if (doc) shared.set(node.name.text, doc);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { own, shared };
}
const docs = docComments();

/** A field's comment, for the fields of one object literal. */
function docOf(fields: Fields, key: string): string | undefined {
  return (
    docs.own.get(Object.keys(fields).join(','))?.get(key) ?? (key === 'phrase' ? docs.shared.get('phrase') : undefined)
  );
}

function toJson(schema: Schema, root = false): Json {
  const named = [...definitions].find(([d]) => sameSchema(d, schema))?.[1];
  if (named && !root) return { $ref: `#/definitions/${named}` };
  switch (schema.type) {
    case 'string':
      return {
        type: 'string',
        description: `${schema.expect[0]!.toUpperCase()}${schema.expect.slice(1)}.`,
        ...(schema.values && { enum: schema.values }),
        ...(schema.pattern && { pattern: schema.pattern.source }),
        ...(schema.max !== undefined && { maxLength: schema.max }),
        ...(named && extra[named]),
      };
    case 'integer':
      return {
        type: 'integer',
        description: `${schema.expect[0]!.toUpperCase()}${schema.expect.slice(1)}.`,
        ...(schema.min !== undefined && { minimum: schema.min }),
        ...(schema.max !== undefined && { maximum: schema.max }),
      };
    case 'boolean':
      return { type: 'boolean', description: `${schema.expect[0]!.toUpperCase()}${schema.expect.slice(1)}.` };
    case 'array':
      return {
        type: 'array',
        items: toJson(schema.items),
        ...(schema.min && { minItems: schema.min }),
        // Every list of strings (roles, sector and leader ids, places): the validator refuses a value listed twice.
        ...(schema.items.type === 'string' && { uniqueItems: true }),
      };
    case 'object':
      return {
        ...objectJson(schema.fields),
        ...(schema === s.ProposalSchema && behindIt),
        ...(schema === s.CountrySchema && countryOrOrganisation),
      };
    case 'variant':
      return {
        type: 'object',
        required: [schema.key],
        oneOf: Object.entries(schema.shapes).map(([tag, fields]) => ({
          ...objectJson(fields, { [schema.key]: { const: tag } }),
          // A rule of the cross-reference checks that JSON Schema can state: a deadline's day goes with its month.
          ...(schema === s.WhenSchema && tag === 'by' && { dependencies: { day: ['month'] } }),
        })),
      };
  }
}

function objectJson(fields: Fields, tag: Json = {}): Json {
  const entries = Object.entries(fields);
  // A field's own comment goes first in its description; a $ref cannot have siblings in draft-07, so it is wrapped.
  const field = (key: string, f: Schema): Json => {
    const json = toJson(f);
    const doc = docOf(fields, key);
    if (!doc) return json;
    if (json.$ref) return { description: doc, allOf: [json] };
    return { ...json, description: json.description ? `${doc} ${json.description as string}` : doc };
  };
  return {
    type: 'object',
    properties: { ...tag, ...Object.fromEntries(entries.map(([k, f]) => [k, field(k, f)])) },
    required: [...Object.keys(tag), ...entries.filter(([, f]) => !f.optional).map(([k]) => k)],
    additionalProperties: false,
  };
}

/** An optional field is a copy of its schema with `optional: true`: it still refers to the same definition. */
function sameSchema(a: Schema, b: Schema): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'optional'));
  return [...keys].every((k) => (a as unknown as Json)[k] === (b as unknown as Json)[k]);
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/summit-widgets/data/summit.schema.json',
  title: 'Summit dataset (summit-widgets)',
  description:
    'One diplomatic summit: leaders, agenda, proposals, sectors, quotes, outcomes, each fact with verbatim evidence. Validate fully with `npx summit-widgets validate <file>`.',
  ...toJson(s.SummitSchema, true),
  definitions: Object.fromEntries([...definitions].map(([d, name]) => [name, toJson(d, true)])),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(
      'data/summit.schema.json is out of date with src/data/schema.ts: run `npm run schema` and commit it.',
    );
    process.exit(1);
  }
  console.log('data/summit.schema.json is current.');
} else {
  writeFileSync(target, text);
  console.log('wrote data/summit.schema.json');
}
