/**
 * The datasets the stories use. The real one is served by Storybook at
 * /data (see .storybook/main.ts) and loaded with `src`, as a news page would;
 * the variants below are copies of it changed in memory and given through the
 * `data` property.
 */
import real from '../data/central-asia-japan-2025.json';
import type { SummitInput } from '../src/data/types.js';
import { generateSummit } from './generate.js';

/**
 * The bundled Tokyo 2025 dataset, as served by Storybook: relative to the story's page, so a Storybook published in a
 * folder of a site (`https://example.org/widgets/`) finds it there.
 */
export const DATASET_URL = 'data/central-asia-japan-2025.json';

/**
 * A URL nobody answers: the Loading stories stall `fetch` for it (and only
 * for it), so the widgets stay in their loading state. See `neverAnswer`.
 */
export const NEVER_URL = 'data/never-answers.json';

/**
 * A URL whose first request fails as a dropped connection does, and whose next ones bring the real dataset: the
 * Could Not Load story's (see `failFirst`), where Try again works.
 */
export const FLAKY_URL = 'data/answers-on-the-second-try.json';

/** A fresh, mutable copy of the real dataset. */
export function realDataset(): SummitInput {
  return structuredClone(real) as SummitInput;
}

/**
 * Invalid in the ways editors get wrong: a five-digit year, a `javascript:`
 * URL, a country name instead of a code, a misspelt field, a missing field
 * and an unknown proposal kind. The widgets show the first five issues with
 * their paths, and how many more there are.
 */
export function invalidDataset(): unknown {
  const d = realDataset() as unknown as Record<string, unknown> & SummitInput;
  const when = d.proposals[3]!.when as { year: number };
  when.year = 20266;
  (d.leaders[0] as { photo?: string }).photo = 'javascript:alert(1)';
  (d.leaders[2] as { country: string }).country = 'Kazakhstan';
  (d.proposals[5] as Record<string, unknown>)['sector'] = ['energy'];
  delete (d.quotes[0] as Partial<SummitInput['quotes'][number]>).text;
  (d.proposals[7] as { kind: string }).kind = 'promised';
  return d;
}

/**
 * Valid field by field, but a proposal names a leader who is not in
 * `leaders`: the cross-reference check reports it.
 */
export function brokenReferenceDataset(): SummitInput {
  const d = realDataset();
  d.proposals[4]!.proposedBy = 'nobody';
  d.quotes[1]!.speaker = 'nobody-else';
  return d;
}

/** Broken JSON text, as an editor's typo leaves it (given as the `data` string). */
export const NOT_JSON = '{ "id": "central-asia-japan-2025", "title": "First summit", }';

/** A valid dataset with no proposals, sectors, quotes, agenda areas, outcomes or history. */
export function emptyDataset(): SummitInput {
  const d = realDataset();
  return { ...d, agenda: [], proposals: [], sectors: [], quotes: [], outcomes: [], history: [] };
}

let stress: SummitInput | undefined;

/** The generated stress dataset: 40 leaders, 500 proposals, 200 sectors (made once per page). */
export function stressDataset(): SummitInput {
  return (stress ??= generateSummit({ leaders: 40, proposals: 500, sectors: 200 }));
}
