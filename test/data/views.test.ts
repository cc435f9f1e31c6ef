import { expect } from '@open-wc/testing';
import {
  compareWhen,
  filterProposals,
  groupByWhen,
  leadersInOrder,
  parseSummit,
  sectorWeights,
  timeline,
  whenDatetime,
  type When,
} from '../../src/data/index.js';
import { smallSummit } from '../fixtures/summits.js';
import { realDatasetJson } from '../fixtures/real.js';

describe('when: ordering and grouping', () => {
  const w = (x: unknown) => x as When;
  const whens: When[] = [
    w({ kind: 'undated' }),
    w({ kind: 'recurring', every: 2, unit: 'year' }),
    w({ kind: 'by', year: 2040 }),
    w({ kind: 'relative', phrase: 'next year', relativeTo: '2025-12-20', offsetYears: 1, year: 2026 }),
    w({ kind: 'year', year: 2026 }),
    w({ kind: 'month', year: 2026, month: 3 }),
    w({ kind: 'day', date: '2026-01-15' }),
    w({ kind: 'day', date: '2025-12-20' }),
    w({ kind: 'recurring', every: 1, unit: 'year', first: '2027' }),
  ];

  it('orders dated kinds on the time axis by their last day (a period after what is dated within it), then recurring, then undated', () => {
    const sorted = [...whens, w({ kind: 'by', year: 2026 }), w({ kind: 'day', date: '2026-03-31' })]
      .sort(compareWhen)
      .map((x) => ('date' in x ? x.date : 'year' in x ? `${x.kind}:${x.year}` : x.kind));
    expect(sorted).to.deep.equal([
      '2025-12-20',
      '2026-01-15',
      '2026-03-31',
      'month:2026',
      'relative:2026',
      'year:2026',
      'by:2026',
      'by:2040',
      'recurring',
      'recurring',
      'undated',
    ]);
  });

  it('puts a deadline on a day or in a month at its end, after what is dated as precisely there, in its own group', () => {
    const order = [
      w({ kind: 'by', year: 2026 }),
      w({ kind: 'by', year: 2026, month: 6 }),
      w({ kind: 'month', year: 2026, month: 6 }),
      w({ kind: 'by', year: 2026, month: 6, day: 30 }),
      w({ kind: 'day', date: '2026-06-30' }),
      w({ kind: 'day', date: '2026-07-01' }),
      w({ kind: 'by', year: 2026, month: 3, day: 1 }),
    ].sort(compareWhen);
    expect(order.map(whenDatetime)).to.deep.equal([
      '2026-03-01',
      '2026-06-30',
      '2026-06-30',
      '2026-06',
      '2026-06',
      '2026-07-01',
      '2026',
    ]);
    expect(order.map((x) => x.kind)).to.deep.equal(['by', 'day', 'by', 'month', 'by', 'day', 'by']);
    const base = smallSummit();
    const summit = parseSummit({
      ...base,
      proposals: order.map((when, i) => ({ ...base.proposals[0]!, id: `p${i}`, when: when as When })),
    });
    expect(groupByWhen(summit.proposals, summit.date).map((b) => b.key)).to.deep.equal([
      'by-2026-03-01',
      '2026-06-30',
      'by-2026-06-30',
      '2026-06',
      'by-2026-06',
      '2026-07-01',
      'by-2026',
    ]);
  });

  it('keeps a recurrence with a first occurrence before one without', () => {
    const [a, b] = [whens[8]!, whens[1]!];
    expect(compareWhen(a, b)).to.be.below(0);
    expect(compareWhen(b, a)).to.be.above(0);
  });

  it('gives <time datetime> values at the precision of the source', () => {
    expect(whens.map(whenDatetime)).to.deep.equal([
      undefined,
      undefined,
      '2040',
      '2026',
      '2026',
      '2026-03',
      '2026-01-15',
      '2025-12-20',
      '2027',
    ]);
  });

  it('groups proposals into buckets, marking the summit day and keeping relative phrases', () => {
    const summit = parseSummit(smallSummit());
    const buckets = groupByWhen(summit.proposals, summit.date);
    expect(buckets.map((b) => b.key)).to.deep.equal(['2025-12-20', '2026', 'by-2040', 'recurring', 'undated']);
    const [day, year] = buckets;
    expect(day!.kind === 'day' && day.summitDay).to.be.true;
    expect(year!.kind === 'year' && year.phrases).to.deep.equal(['next year']);
    expect(buckets.flatMap((b) => b.items).length).to.equal(summit.proposals.length);
  });

  it('puts every day of a summit of several days in one group, "At the summit", and no other day', () => {
    const base = smallSummit();
    const on = (date: string, i: number) => ({ ...base.proposals[0]!, id: `p${i}`, when: { kind: 'day', date } });
    const summit = parseSummit({
      ...base,
      date: '2025-04-03',
      endDate: '2025-04-04',
      proposals: ['2025-04-05', '2025-04-04', '2025-04-02', '2025-04-03'].map(on),
    });
    const days = (end?: string) =>
      groupByWhen(summit.proposals, summit.date, end).map(
        (b) => b.kind === 'day' && [b.date, b.summitDay, b.end, b.items.map((p) => p.id)],
      );
    expect(days(summit.endDate)).to.deep.equal([
      ['2025-04-02', false, undefined, ['p2']],
      // Its days in order: the first day's, then the last's.
      ['2025-04-03', true, '2025-04-04', ['p3', 'p1']],
      ['2025-04-05', false, undefined, ['p0']],
    ]);
    expect(timeline(summit).map((b) => b.kind === 'day' && b.summitDay)).to.deep.equal([false, true, false]);
    // A summit of one day: that day alone.
    expect(days().map((d) => d && d[1])).to.deep.equal([false, true, false, false]);
  });

  it("heads a year with the source's wording only where every item in it has that wording", () => {
    const base = smallSummit();
    const at = (when: unknown, i: number) => ({ ...base.proposals[0], id: `p${i}`, when });
    const next = { kind: 'relative', phrase: 'next year', relativeTo: '2025-12-20', offsetYears: 1, year: 2026 };
    const two = { kind: 'relative', phrase: 'within two years', relativeTo: '2024-12-20', offsetYears: 2, year: 2026 };
    const plain = { kind: 'year', year: 2026 };
    const phrases = (...whens: unknown[]) => {
      const summit = parseSummit({ ...base, proposals: whens.map(at) });
      const [bucket] = groupByWhen(summit.proposals, summit.date);
      return bucket!.kind === 'year' ? bucket.phrases : undefined;
    };
    expect(phrases(next, next)).to.deep.equal(['next year']);
    // A proposal dated plainly 2026 is not "next year" for being in the same group; nor is one "within two years".
    expect(phrases(next, plain)).to.deep.equal([]);
    expect(phrases(plain, next)).to.deep.equal([]);
    expect(phrases(next, two)).to.deep.equal([]);
  });
});

describe('derived views', () => {
  const summit = parseSummit(smallSummit());

  it('puts the chair first, or keeps dataset order', () => {
    expect(leadersInOrder(summit).map((l) => l.id)).to.deep.equal(['chair-a', 'leader-b', 'leader-c']);
    expect(leadersInOrder(summit, 'dataset').map((l) => l.id)).to.deep.equal(['leader-b', 'chair-a', 'leader-c']);
    expect(leadersInOrder(summit)).to.equal(leadersInOrder(summit)); // memoized per dataset
    // Co-chairs follow the chair, in their order.
    const input = smallSummit();
    input.leaders[0]!.roles = ['chair'];
    input.leaders[2]!.roles = ['chair'];
    input.coChairs = ['leader-c', 'leader-b'];
    expect(leadersInOrder(parseSummit(input)).map((l) => l.id)).to.deep.equal(['chair-a', 'leader-c', 'leader-b']);
  });

  it('derives sector weights from proposals and mentions, heaviest first', () => {
    expect(sectorWeights(summit).map((s) => [s.sector.id, s.proposals, s.mentions, s.weight])).to.deep.equal([
      ['energy', 3, 2, 5],
      ['digital', 2, 0, 2],
      ['education', 1, 0, 1],
    ]);
  });

  it('filters by sector, by leader (proposed or supported), and by both', () => {
    const ids = (sel: object) => filterProposals(summit, sel).map((p) => p.id);
    expect(ids({})).to.have.length(5);
    expect(ids({ sector: 'energy' })).to.deep.equal(['strategy-2040', 'justice', 'fund']);
    expect(ids({ leader: 'leader-b' })).to.deep.equal(['strategy-2040', 'forum', 'justice', 'fund']);
    // The chair's country initiated the justice mechanism: it counts as hers.
    expect(ids({ leader: 'chair-a' })).to.deep.equal(['justice']);
    expect(ids({ sector: 'digital', leader: 'leader-c' })).to.deep.equal(['summits']);
    expect(ids({ sector: 'none' })).to.deep.equal([]);
    expect(timeline(summit, { sector: 'education' }).map((b) => b.key)).to.deep.equal(['2026']);
  });

  it('orders the real dataset: summit day, next year, 2040, recurring, undated', async () => {
    const real = parseSummit(await realDatasetJson());
    const keys = timeline(real).map((b) => b.key);
    expect(keys[0]).to.equal(real.date);
    expect(keys).to.include.members(['2026', 'by-2040', 'recurring', 'undated']);
    expect(keys.indexOf('2026')).to.be.below(keys.indexOf('by-2040'));
    expect(keys.at(-1)).to.equal('undated');
    expect(sectorWeights(real).every((s) => s.weight > 0)).to.be.true;
  });
});
