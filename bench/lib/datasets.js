/**
 * Generated summit datasets for the widget cases. They keep the real dataset's leaders,
 * countries and source (so every cross-reference holds) and replace what the case varies.
 */
import { TOP_WEIGHT, seededRandom } from './words.js';

const EVIDENCE = (base) => [{ source: base.sources[0].id, quote: 'Generated for the benchmark.' }];

function skeleton(base) {
  return {
    id: 'bench',
    title: base.title,
    format: base.format,
    edition: base.edition,
    date: base.date,
    place: base.place,
    chair: base.chair,
    host: base.host,
    lang: base.lang,
    leaders: base.leaders,
    countries: base.countries,
    agenda: [],
    proposals: [],
    sectors: [],
    quotes: [],
    outcomes: [],
    sources: base.sources,
    asOf: base.asOf,
  };
}

/**
 * One sector per word; a sector's weight in the widget is the number of proposals tagged with
 * it, so proposal j is tagged with every word heavier than j and word i gets exactly its weight.
 */
export function cloudSummit(base, words) {
  const summit = skeleton(base);
  summit.sectors = words.map((w, i) => ({ id: `s${i}`, name: w.text }));
  for (let j = 0; j < TOP_WEIGHT; j++) {
    const sectors = [];
    for (let i = 0; i < words.length && words[i].weight > j; i++) sectors.push(`s${i}`);
    summit.proposals.push({
      id: `p${j}`,
      headline: `Proposal ${j + 1}`,
      summary: `Generated proposal ${j + 1}.`,
      kind: 'proposed',
      proposedBy: base.chair,
      sectors,
      when: { kind: 'undated' },
      evidence: EVIDENCE(base),
    });
  }
  return summit;
}

const VERBS = ['Launch', 'Expand', 'Create', 'Hold', 'Develop', 'Strengthen', 'Build', 'Open'];
const THINGS = ['a joint fund', 'rail links', 'an expert forum', 'student exchanges', 'a logistics hub', 'power grids'];
const PLACES = ['in Tokyo', 'in Tashkent', 'in Astana', 'across the region', 'in Bishkek', 'in Dushanbe'];

/**
 * `n` proposals with seeded headlines and day-precision dates spread over ten years, as our
 * dataset and as the same events in TimelineJS3's JSON format.
 */
export function timelineData(base, n, seed = 7) {
  const random = seededRandom(seed ^ n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const summit = skeleton(base);
  summit.sectors = base.sectors;
  const events = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor(random() * 3650) * 86400000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const headline = `${pick(VERBS)} ${pick(THINGS)} ${pick(PLACES)}`;
    const text = `${headline} (generated proposal ${i + 1} of ${n}).`;
    const leader = base.leaders[i % base.leaders.length];
    summit.proposals.push({
      id: `p${i}`,
      headline,
      summary: text,
      kind: 'proposed',
      proposedBy: leader.id,
      sectors: [base.sectors[i % base.sectors.length].id],
      when: { kind: 'day', date: date.toISOString().slice(0, 10) },
      evidence: EVIDENCE(base),
    });
    events.push({
      start_date: { year: String(year), month: String(month), day: String(day) },
      text: { headline, text },
      group: leader.name,
    });
  }
  return { summit, timelinejs: { events } };
}
