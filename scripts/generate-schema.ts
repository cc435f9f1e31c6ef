/**
 * Writes data/summit.schema.json from the valibot schema, so editors get
 * autocompletion. `--check` fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as s from '../src/data/schema.js';

const target = new URL('../data/summit.schema.json', import.meta.url);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...toJsonSchema(s.SummitSchema, {
    // Checks JSON Schema cannot express (real dates, cross-references) stay in parseSummit.
    errorMode: 'ignore',
    definitions: {
      Leader: s.LeaderSchema,
      Country: s.CountrySchema,
      Sector: s.SectorSchema,
      AgendaArea: s.AgendaAreaSchema,
      Proposal: s.ProposalSchema,
      Quote: s.QuoteSchema,
      Outcome: s.OutcomeSchema,
      HistoryEntry: s.HistoryEntrySchema,
      Source: s.SourceSchema,
      When: s.WhenSchema,
      Evidence: s.EvidenceSchema,
      Id: s.IdSchema,
      Date: s.DateSchema,
      Year: s.YearSchema,
      HttpsUrl: s.HttpsUrlSchema,
      CountryCode: s.CountryCodeSchema,
    },
  }),
  $id: 'https://unpkg.com/summit-widgets/data/summit.schema.json',
  title: 'Summit dataset (summit-widgets)',
  description:
    'One diplomatic summit: leaders, agenda, proposals, sectors, quotes, outcomes, each fact with verbatim evidence. Validate fully with `npx summit-widgets validate <file>`.',
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
