/**
 * Derived views: pure functions the widgets render from, memoized per
 * (frozen) Summit object. No DOM here.
 */
import { groupByWhen, type TimelineBucket } from './when.js';
import type { Country, Leader, Proposal, Sector, Source, Summit } from './types.js';

/** What a reader has picked: a sector, a leader, or neither. */
export interface Selection {
  readonly sector?: string | undefined;
  readonly leader?: string | undefined;
}

export interface SectorWeight {
  readonly sector: Sector;
  /** Proposals tagged with the sector. */
  readonly proposals: number;
  /** Agenda areas and quotes tagged with the sector. */
  readonly mentions: number;
  /** proposals + mentions: the size in the cloud. */
  readonly weight: number;
}

interface Index {
  readonly leaders: ReadonlyMap<string, Leader>;
  readonly sectors: ReadonlyMap<string, Sector>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly sources: ReadonlyMap<string, Source>;
}

function memo<T>(compute: (s: Summit) => T): (s: Summit) => T {
  const cache = new WeakMap<Summit, T>();
  return (s) => {
    let value = cache.get(s);
    if (value === undefined) cache.set(s, (value = compute(s)));
    return value;
  };
}

/** Lookup tables by id (by code for countries). */
export const indexOf = /* @__PURE__ */ memo((s): Index => ({
  leaders: new Map(s.leaders.map((l) => [l.id, l])),
  sectors: new Map(s.sectors.map((x) => [x.id, x])),
  countries: new Map(s.countries.map((c) => [c.code, c])),
  sources: new Map(s.sources.map((x) => [x.id, x])),
}));

/** The summit's chairs: `chair`, then its `coChairs`, in their order. */
export const chairsOf = /* @__PURE__ */ memo((s): readonly Leader[] =>
  [s.chair, ...(s.coChairs ?? [])].flatMap((id) => indexOf(s).leaders.get(id) ?? []),
);

const chairFirst = /* @__PURE__ */ memo((s) => {
  const chairs = chairsOf(s);
  return [...chairs, ...s.leaders.filter((l) => !chairs.includes(l))];
});

/** Leaders for display: the chairs first (co-chairs after the chair), then the dataset's order; or the dataset's order as is. */
export function leadersInOrder(summit: Summit, order: 'chair-first' | 'dataset' = 'chair-first'): readonly Leader[] {
  return order === 'dataset' ? summit.leaders : chairFirst(summit);
}

/**
 * Is this proposal tied to the leader: proposed or supported by them, or the
 * initiative of their country (`initiatedBy`, when `country` is given)?
 */
export function involvesLeader(p: Proposal, leaderId: string, country?: string): boolean {
  return (
    p.proposedBy === leaderId ||
    (p.supportedBy?.includes(leaderId) ?? false) ||
    (country !== undefined && p.initiatedBy === country)
  );
}

/** Proposals matching every part of the selection, in dataset order. */
export function filterProposals(summit: Summit, selection: Selection = {}): readonly Proposal[] {
  const { sector, leader } = selection;
  if (!sector && !leader) return summit.proposals;
  const country = leader ? indexOf(summit).leaders.get(leader)?.country : undefined;
  return summit.proposals.filter(
    (p) => (!sector || p.sectors.includes(sector)) && (!leader || involvesLeader(p, leader, country)),
  );
}

const fullTimeline = /* @__PURE__ */ memo((s) => groupByWhen(s.proposals, s.date, s.endDate));

/** The proposals of the selection grouped and ordered by when. */
export function timeline(summit: Summit, selection: Selection = {}): readonly TimelineBucket[] {
  if (!selection.sector && !selection.leader) return fullTimeline(summit);
  return groupByWhen(filterProposals(summit, selection), summit.date, summit.endDate);
}

/**
 * Every sector with its derived weight, heaviest first (ties keep dataset
 * order). Weights come from the data, never from a typed-in number.
 */
export const sectorWeights = /* @__PURE__ */ memo((s): readonly SectorWeight[] => {
  // One pass over the tags (not sectors × items), so 1,000 sectors stay cheap.
  const tally = (list: readonly { sectors?: readonly string[] | undefined }[]) => {
    const counts = new Map<string, number>();
    for (const item of list) for (const id of new Set(item.sectors)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const proposals = tally(s.proposals);
  const agenda = tally(s.agenda);
  const quotes = tally(s.quotes);
  return s.sectors
    .map((sector, i) => {
      const p = proposals.get(sector.id) ?? 0;
      const mentions = (agenda.get(sector.id) ?? 0) + (quotes.get(sector.id) ?? 0);
      return { i, w: { sector, proposals: p, mentions, weight: p + mentions } };
    })
    .sort((a, b) => b.w.weight - a.w.weight || a.i - b.i)
    .map(({ w }) => w);
});

/**
 * A source's URL for a link: https: only. The schema admits nothing else; every widget still links
 * through this, so a `javascript:` URL stays out even if that ever changes.
 */
export const sourceUrl = (source: Source | undefined): string | undefined =>
  source?.url?.startsWith('https:') ? source.url : undefined;
