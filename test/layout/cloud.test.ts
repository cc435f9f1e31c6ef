import { expect } from '@open-wc/testing';
import { packCloud, type CloudItem, type CloudLayout } from '../../src/layout/cloud.js';

/** mulberry32: a tiny seeded PRNG, so every generated cloud is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words in weight order with Zipf-like font sizes (60 px down to 12 px), measured like text. */
function words(count: number, seed = 1): CloudItem[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, rank) => {
    const fontSize = 12 + 48 / (rank + 1);
    const chars = 4 + Math.floor(random() * 11);
    return { width: 0.6 * fontSize * chars, height: 1.2 * fontSize };
  });
}

const BOX = { width: 600, height: 400 };
const EPS = 1e-6;
const area = (items: readonly CloudItem[]) => items.reduce((sum, i) => sum + i.width * i.height, 0);

/** The first pair of placements closer than `padding` on both axes, if any. */
function firstOverlap(layout: CloudLayout, padding: number): string | undefined {
  const p = layout.placements;
  for (let i = 0; i < p.length; i++) {
    for (let j = i + 1; j < p.length; j++) {
      const [a, b] = [p[i], p[j]];
      const apart =
        a.x + a.width + padding <= b.x + EPS ||
        b.x + b.width + padding <= a.x + EPS ||
        a.y + a.height + padding <= b.y + EPS ||
        b.y + b.height + padding <= a.y + EPS;
      if (!apart) return `${i} ${JSON.stringify(a)} overlaps ${j} ${JSON.stringify(b)}`;
    }
  }
  return undefined;
}

/** Every item has a finite placement of its own size inside the layout, which covers the box. */
function expectInBounds(layout: CloudLayout, items: readonly CloudItem[], box = BOX): void {
  expect(layout.placements).to.have.length(items.length);
  expect(layout.width).to.be.at.least(box.width);
  expect(layout.height).to.be.at.least(box.height);
  layout.placements.forEach((p, i) => {
    expect(p.width, `width ${i}`).to.equal(items[i].width);
    expect(p.height, `height ${i}`).to.equal(items[i].height);
    expect(p.x, `x ${i}`).to.be.within(-EPS, layout.width - p.width + EPS);
    expect(p.y, `y ${i}`).to.be.within(-EPS, layout.height - p.height + EPS);
  });
}

/** Area of the words over the area of their bounding box: near 0 for a line, high for a cloud. */
function density(layout: CloudLayout): number {
  const p = layout.placements;
  const [left, top] = [Math.min(...p.map((q) => q.x)), Math.min(...p.map((q) => q.y))];
  const right = Math.max(...p.map((q) => q.x + q.width));
  const bottom = Math.max(...p.map((q) => q.y + q.height));
  return area(p) / ((right - left) * (bottom - top));
}

describe('packCloud', () => {
  for (const count of [30, 200, 1000, 2000]) {
    it(`places ${count} words without overlaps, padding included`, () => {
      const items = words(count, count);
      const layout = packCloud(items, BOX);
      expectInBounds(layout, items);
      expect(firstOverlap(layout, 4)).to.equal(undefined);
    });
  }

  it('respects a custom padding, including none', () => {
    for (const padding of [0, 12]) {
      const items = words(300, 7);
      const layout = packCloud(items, BOX, { padding });
      expectInBounds(layout, items);
      expect(firstOverlap(layout, padding)).to.equal(undefined);
    }
  });

  it('is deterministic', () => {
    const items = words(1000, 3);
    expect(packCloud(items, BOX)).to.deep.equal(packCloud(words(1000, 3), BOX));
  });

  it('puts the heaviest word in the centre and the next ones around it', () => {
    const layout = packCloud(words(200), BOX);
    const [first, second] = layout.placements;
    expect(first.x + first.width / 2).to.be.closeTo(layout.width / 2, layout.width * 0.05);
    expect(first.y + first.height / 2).to.be.closeTo(layout.height / 2, layout.height * 0.05);
    // The runner-up touches the heaviest word (within padding and a grid cell), not a far row.
    const gapX = Math.max(second.x - (first.x + first.width), first.x - (second.x + second.width));
    const gapY = Math.max(second.y - (first.y + first.height), first.y - (second.y + second.height));
    expect(Math.max(gapX, gapY)).to.be.below(4 + 10);
  });

  it('centres a single word in the box', () => {
    const layout = packCloud([{ width: 100, height: 40 }], BOX);
    expect(layout).to.deep.include({ width: 600, height: 400 });
    expect(layout.placements[0].x).to.be.closeTo(250, 1e-9);
    expect(layout.placements[0].y).to.be.closeTo(180, 1e-9);
  });

  it('keeps the box size for no words', () => {
    expect(packCloud([], BOX)).to.deep.equal({ placements: [], width: 600, height: 400 });
  });

  it('packs densely in two dimensions, not along a line', () => {
    const items = words(200);
    const layout = packCloud(items, BOX);
    expect(area(items) / (layout.width * layout.height)).to.be.above(0.45);
    expect(density(layout)).to.be.above(0.45);
    const small = packCloud(words(30), BOX);
    expect(density(small)).to.be.above(0.4);
    // A handful of words fits in the box and spreads over both of its dimensions.
    expect(small).to.deep.include({ width: 600, height: 400 });
    const ys = small.placements.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).to.be.above(150);
  });

  it('follows the shape of the box', () => {
    const wide = packCloud(words(30), { width: 900, height: 300 });
    expect(wide).to.deep.include({ width: 900, height: 300 });
    const p = wide.placements;
    const spanX = Math.max(...p.map((q) => q.x + q.width)) - Math.min(...p.map((q) => q.x));
    const spanY = Math.max(...p.map((q) => q.y + q.height)) - Math.min(...p.map((q) => q.y));
    expect(spanX / spanY).to.be.above(2);
  });

  it('grows the height, not the width, when the words do not fit', () => {
    const random = prng(42);
    const items = Array.from({ length: 300 }, () => ({
      width: 40 + random() * 140,
      height: 20 + random() * 40,
    }));
    const box = { width: 200, height: 100 };
    const layout = packCloud(items, box);
    expectInBounds(layout, items, box);
    expect(layout.width).to.be.at.most(200);
    expect(layout.height).to.be.above(area(items) / 200);
    expect(firstOverlap(layout, 4)).to.equal(undefined);
  });

  it('widens the layout for a word wider than the box', () => {
    const items = [{ width: 900, height: 80 }, ...words(100)];
    const layout = packCloud(items, BOX);
    expectInBounds(layout, items);
    expect(layout.width).to.be.closeTo(900, 1e-9);
    expect(layout.placements[0].x).to.be.closeTo(0, 1e-9);
    expect(firstOverlap(layout, 4)).to.equal(undefined);
  });

  it('places huge words next to ordinary ones', () => {
    const items = [{ width: 1e7, height: 1e6 }, { width: 5e5, height: 3e6 }, ...words(50)];
    const layout = packCloud(items, BOX);
    expectInBounds(layout, items);
    expect(firstOverlap(layout, 4)).to.equal(undefined);
  });

  it('treats zero, negative and NaN sizes as zero and still places them', () => {
    const items = [
      { width: 0, height: 0 },
      { width: -10, height: 20 },
      { width: NaN, height: NaN },
      { width: Infinity, height: 30 },
      { width: 80, height: -1 },
      ...words(20),
    ];
    const layout = packCloud(items, BOX);
    expect(layout.placements).to.have.length(items.length);
    expect(layout.placements.slice(0, 5).map((p) => [p.width, p.height])).to.deep.equal([
      [0, 0],
      [0, 20],
      [0, 0],
      [0, 30],
      [80, 0],
    ]);
    expectInBounds(layout, layout.placements); // sizes were checked above

    expect(firstOverlap(layout, 4)).to.equal(undefined);
  });

  it('copes with a degenerate box and padding', () => {
    const items = words(50);
    for (const box of [
      { width: 0, height: 0 },
      { width: NaN, height: -5 },
    ]) {
      const layout = packCloud(items, box, { padding: NaN });
      expectInBounds(layout, items, { width: 0, height: 0 });
      expect(firstOverlap(layout, 0)).to.equal(undefined);
    }
    expect(packCloud([], { width: NaN, height: -1 })).to.deep.equal({
      placements: [],
      width: 0,
      height: 0,
    });
  });

  it('reports the time for 1,000 words (informative, not asserted)', () => {
    for (const count of [200, 1000]) {
      const items = words(count);
      const cold = performance.now();
      packCloud(items, BOX);
      const first = performance.now() - cold;
      const runs: number[] = [];
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        packCloud(items, BOX);
        runs.push(performance.now() - start);
      }
      runs.sort((a, b) => a - b);
      const median = runs[5].toFixed(1);
      console.log(`packCloud ${count} words in 600x400: ${first.toFixed(1)} ms first, ${median} ms median`);
    }
  });
});
