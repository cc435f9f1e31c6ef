/**
 * data/summit.schema.json, the file editors use for autocompletion, is generated from the runtime schema:
 * checked here with a JSON Schema validator of its own (ajv), it must agree with parseSummit on what is a
 * dataset, as far as JSON Schema can express it (cross-references stay parseSummit's).
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
// As ajv-formats checks them: a date must exist in the calendar (2025-02-30 does not).
ajv.addFormat('date', (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
});
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
const valid = ajv.compile(schema);

test('the JSON Schema compiles under ajv strict mode and accepts the bundled dataset', () => {
  assert.equal(valid(dataset()), true, JSON.stringify(valid.errors, null, 2));
});

// The dataset as loose JSON, which each case changes in one field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
type Case = [what: string, change: (d: Loose) => void];

/** Both validators give the same answer, `accepted`, on the bundled dataset with each case's change. */
function expectBoth(cases: readonly Case[], accepted: boolean) {
  for (const [what, change] of cases) {
    const data = dataset();
    change(data);
    const verb = accepted ? 'refuses' : 'accepts';
    assert.equal(valid(data), accepted, `the JSON Schema ${verb} ${what}: ${JSON.stringify(valid.errors)}`);
    const result = validateSummit(data);
    assert.equal(result.ok, accepted, `parseSummit ${verb} ${what}: ${JSON.stringify(result)}`);
  }
}

test('the JSON Schema and parseSummit refuse the same mistakes', () => {
  const cases: Case[] = [
    ['an unknown field', (d) => (d.proposals[0].headine = 'typo')],
    ['a missing field', (d) => delete d.leaders[0].name],
    ['a five-digit year', (d) => (d.proposals[3].when = { kind: 'year', year: 20266 })],
    ['a when of no known kind', (d) => (d.proposals[0].when = { kind: 'someday' })],
    ['a field of a kind that does not have it', (d) => (d.proposals[0].when = { kind: 'year', year: 2026, month: 3 })],
    ['an id with capitals', (d) => (d.sectors[0].id = 'Energy')],
    ['a blank name', (d) => (d.leaders[0].name = '  ')],
    ['an http: URL', (d) => (d.sources[0].url = 'http://example.org')],
    ['an https: URL with its scheme in capitals', (d) => (d.sources[0].url = 'HTTPS://example.org/')],
    ['no evidence', (d) => (d.leaders[0].evidence = [])],
    ['a role that does not exist', (d) => (d.leaders[0].roles = ['king'])],
    ['a list given as text', (d) => (d.proposals[0].sectors = 'energy')],
    ['a language tag with a one-letter subtag', (d) => (d.lang = 'en-a')],
    ['a language tag with two regions', (d) => (d.lang = 'en-US-US')],
    ['a language tag with a dangling extension', (d) => (d.lang = 'abc-abcdefgh-1')],
    [
      'a month 13 as a first occurrence',
      (d) => (d.proposals[0].when = { kind: 'recurring', every: 1, unit: 'year', first: '2025-13' }),
    ],
    [
      '30 February as a first occurrence',
      (d) => (d.proposals[0].when = { kind: 'recurring', every: 1, unit: 'year', first: '2025-02-30' }),
    ],
    ['a date that does not exist', (d) => (d.date = '2025-02-30')],
    ['an https: URL without a host', (d) => (d.leaders[0].photo = 'https://:80')],
    ['an https: URL with a user name and password', (d) => (d.leaders[0].photo = 'https://user:pw@example.org/a.jpg')],
    ['an https: URL with a port past 65535', (d) => (d.leaders[0].photo = 'https://example.org:99999/a.jpg')],
    ['an https: URL with a port that is not a number', (d) => (d.leaders[0].photo = 'https://a:b')],
    [
      'a proposal with no one behind it',
      (d) => {
        for (const key of ['proposedBy', 'initiatedBy', 'supportedBy']) delete d.proposals[0][key];
      },
    ],
    ['a deadline with a day and no month', (d) => (d.proposals[0].when = { kind: 'by', year: 2026, day: 30 })],
    ['a deadline with a day 32', (d) => (d.proposals[0].when = { kind: 'by', year: 2026, month: 6, day: 32 })],
    ['a code of more than two letters for a country', (d) => d.countries.push({ code: 'EBRD', name: 'EBRD' })],
    [
      'a code of more than two letters for a country, with "organisation": false',
      (d) => d.countries.push({ code: 'EBRD', name: 'EBRD', organisation: false }),
    ],
    ['"organisation" as text', (d) => d.countries.push({ code: 'UN', name: 'United Nations', organisation: 'true' })],
    ['an organisation as the host, by a longer code', (d) => (d.host = 'EBRD')],
    [
      'an organisation code of 11 letters',
      (d) => d.countries.push({ code: 'ABCDEFGHIJK', name: 'X', organisation: true }),
    ],
    [
      'a proposal whose only backers are an empty list',
      (d) => {
        for (const key of ['proposedBy', 'initiatedBy']) delete d.proposals[0][key];
        d.proposals[0].supportedBy = [];
      },
    ],
  ];
  expectBoth(cases, false);
});

test('the JSON Schema and parseSummit accept the same edge cases', () => {
  const cases: Case[] = [
    ['a language tag with script, region and variant', (d) => (d.lang = 'sr-Latn-RS-1996')],
    ['a language tag with an extension and private use', (d) => (d.lang = 'de-u-co-phonebk-x-news')],
    [
      'a leap day as a first occurrence',
      (d) => (d.proposals[0].when = { kind: 'recurring', every: 4, unit: 'year', first: '2028-02-29' }),
    ],
    [
      'a month as a first occurrence',
      (d) => (d.proposals[0].when = { kind: 'recurring', every: 1, unit: 'month', first: '2026-03' }),
    ],
    ['an https: URL with a port and a path', (d) => (d.leaders[0].photo = 'https://example.org:8443/p/a.jpg')],
    ['a deadline on a day', (d) => (d.proposals[0].when = { kind: 'by', year: 2026, month: 6, day: 30 })],
    ['a deadline in a month', (d) => (d.proposals[0].when = { kind: 'by', year: 2026, month: 6, phrase: 'by June' })],
    [
      "an organisation's head among the leaders",
      (d) => {
        d.countries.push({
          code: 'EBRD',
          name: 'European Bank for Reconstruction and Development',
          organisation: true,
        });
        d.leaders[1].country = 'EBRD';
      },
    ],
    [
      'a proposal that only a country is behind',
      (d) => {
        for (const key of ['proposedBy', 'supportedBy']) delete d.proposals[0][key];
        d.proposals[0].initiatedBy = 'JP';
      },
    ],
  ];
  expectBoth(cases, true);
});
