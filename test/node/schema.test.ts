/**
 * data/summit.schema.json, the file editors use for autocompletion, is generated from the runtime schema:
 * checked here with a JSON Schema validator of its own (ajv), it must agree with parseSummit on what is a
 * dataset, as far as JSON Schema can express it (real dates and cross-references stay parseSummit's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { validateSummit } from '../../src/data/index.js';

const root = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'data/summit.schema.json'), 'utf8'));
const dataset = () => JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true, strictRequired: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
const valid = ajv.compile(schema);

test('the JSON Schema compiles under ajv strict mode and accepts the bundled dataset', () => {
  assert.equal(valid(dataset()), true, JSON.stringify(valid.errors, null, 2));
});

test('the JSON Schema and parseSummit refuse the same mistakes', () => {
  // The dataset as loose JSON: each case spoils one field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  const cases: [string, (d: Loose) => void][] = [
    ['an unknown field', (d) => (d.proposals[0].headine = 'typo')],
    ['a missing field', (d) => delete d.leaders[0].name],
    ['a five-digit year', (d) => (d.proposals[3].when = { kind: 'year', year: 20266 })],
    ['a when of no known kind', (d) => (d.proposals[0].when = { kind: 'someday' })],
    ['a field of a kind that does not have it', (d) => (d.proposals[0].when = { kind: 'year', year: 2026, month: 3 })],
    ['an id with capitals', (d) => (d.sectors[0].id = 'Energy')],
    ['a blank name', (d) => (d.leaders[0].name = '  ')],
    ['an http: URL', (d) => (d.sources[0].url = 'http://example.org')],
    ['no evidence', (d) => (d.leaders[0].evidence = [])],
    ['a role that does not exist', (d) => (d.leaders[0].roles = ['king'])],
    ['a list given as text', (d) => (d.proposals[0].sectors = 'energy')],
  ];
  for (const [what, spoil] of cases) {
    const data = dataset();
    spoil(data);
    assert.equal(valid(data), false, `the JSON Schema accepts ${what}`);
    assert.equal(validateSummit(data).ok, false, `parseSummit accepts ${what}`);
  }
});
