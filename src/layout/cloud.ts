/**
 * Word-cloud packing for `<summit-sector-cloud>`: a pure function from measured text boxes to
 * positions, with no DOM, randomness or clock, so the same words always land in the same places.
 *
 * The plane is a coarse occupancy bitmap (one bit per cell). Each word, heaviest first, is tried
 * on rectangular rings around the centre, scaled to the box's aspect ratio, and takes the free
 * spot of the first ring that has one, nearest the centre. Words never overlap: each one occupies
 * its box plus the padding, rounded up to whole cells.
 */

/** A measured text box in px; items are given in weight order, heaviest first. */
export interface CloudItem {
  readonly width: number;
  readonly height: number;
}

/** The space the cloud should fill, in px. */
export interface CloudBox {
  readonly width: number;
  readonly height: number;
}

/** Top-left corner and size of one item, in the returned layout's coordinates. */
export interface CloudPlacement {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Placements in item order, and the layout's size (at least the box). */
export interface CloudLayout {
  readonly placements: readonly CloudPlacement[];
  readonly width: number;
  readonly height: number;
}

export interface CloudOptions {
  /** Gap between words in px (default 4). */
  readonly padding?: number;
}

/** Cells per smallest word height: finer packs tighter, coarser searches faster. */
const CELLS_PER_LINE = 4;
/** Caps the grid's width so a huge box or item cannot make the bitmap huge. */
const MAX_CELLS = 2048;

/** Zero, negative, NaN and infinite sizes all count as 0 rather than poisoning the arithmetic. */
const size = (value: number | undefined): number =>
  Number.isFinite(value) && (value as number) > 0 ? (value as number) : 0;

/** Bitmap rows allocated on demand, so the cloud can grow up and down without a known height. */
class Grid {
  private readonly down: Uint32Array[] = []; // rows 0, 1, 2, …
  private readonly up: Uint32Array[] = []; // rows -1, -2, …

  constructor(private readonly words: number) {}

  /**
   * -1 when the cells are free; otherwise the rightmost (or leftmost) taken column of the first
   * blocked row, so a scan can jump past it instead of retrying every column.
   */
  blocked(left: number, top: number, width: number, height: number, leftmost: boolean): number {
    const last = left + width - 1;
    const first = left >>> 5;
    const end = last >>> 5;
    const firstBits = -1 << (left & 31);
    const endBits = -1 >>> (31 - (last & 31));
    for (let r = top; r < top + height; r++) {
      const row = r >= 0 ? this.down[r] : this.up[-1 - r];
      if (!row) continue;
      for (let k = first; k <= end; k++) {
        const i = leftmost ? k : first + end - k;
        let bits = row[i]!;
        if (i === first) bits &= firstBits;
        if (i === end) bits &= endBits;
        if (bits === 0) continue;
        return i * 32 + (leftmost ? 31 - Math.clz32(bits & -bits) : 31 - Math.clz32(bits));
      }
    }
    return -1;
  }

  fill(left: number, top: number, width: number, height: number): void {
    const last = left + width - 1;
    const first = left >>> 5;
    const end = last >>> 5;
    for (let r = top; r < top + height; r++) {
      const rows = r >= 0 ? this.down : this.up;
      const at = r >= 0 ? r : -1 - r;
      const row = (rows[at] ??= new Uint32Array(this.words));
      for (let i = first; i <= end; i++) {
        let bits = -1;
        if (i === first) bits &= -1 << (left & 31);
        if (i === end) bits &= -1 >>> (31 - (last & 31));
        row[i]! |= bits;
      }
    }
  }
}

/**
 * Packs measured words into a cloud around the centre of `box`, heaviest first. Every item is
 * placed; when they do not fit, the layout grows taller (wider only for an item wider than the box).
 */
export function packCloud(items: readonly CloudItem[], box: CloudBox, options: CloudOptions = {}): CloudLayout {
  const pad = size(options.padding ?? 4);
  const boxW = size(box.width);
  const boxH = size(box.height);
  if (items.length === 0) return { placements: [], width: boxW, height: boxH };
  const widths = items.map((item) => size(item.width));
  const heights = items.map((item) => size(item.height));

  // The cell follows the smallest word so small words pack tightly, but is never so fine that
  // a huge item or box needs more than MAX_CELLS columns.
  let minLine = Infinity;
  let extent = Math.max(boxW, boxH) + pad;
  for (let i = 0; i < items.length; i++) {
    if (heights[i] + pad > 0) minLine = Math.min(minLine, heights[i] + pad);
    extent = Math.max(extent, widths[i] + pad, heights[i] + pad);
  }
  const cell = Math.max(minLine < Infinity ? minLine / CELLS_PER_LINE : 1, extent / MAX_CELLS);
  const cellsW = widths.map((w) => Math.max(1, Math.ceil((w + pad) / cell)));
  const cellsH = heights.map((h) => Math.max(1, Math.ceil((h + pad) / cell)));

  // Words sit pad/2 inside their cells, so a grid of (box + pad) keeps their boxes inside the box.
  // The width never grows except for an item wider than the box: growth goes to the height.
  const gridW = cellsW.reduce((most, w) => Math.max(most, w), Math.floor((boxW + pad) / cell));
  const gridH = Math.max(1, Math.floor((boxH + pad) / cell));
  const sx = Math.max(1, gridW / gridH);
  const sy = Math.max(1, gridH / gridW);
  const centre = gridW >> 1;
  const grid = new Grid(Math.ceil(gridW / 32));

  // Occupancy only grows, so a ring with no room for a w×h word never has room later, nor for any
  // bigger word: remembering that lets every later search skip the packed middle.
  const fullRings: { w: number; h: number; ring: number }[] = [];

  const lefts: number[] = [];
  const tops: number[] = [];
  // The word being placed and the best free spot found for it so far (the search below is written once,
  // not per word, so the code that runs for every probe warms up from the first word on).
  let w = 0;
  let h = 0;
  let halfW = 0;
  let halfH = 0;
  let xMin = 0;
  let xMax = 0;
  let best = Infinity;
  let bestX = 0;
  let bestY = 0;
  const keep = (x: number, y: number): void => {
    const qx = x / sx;
    const qy = y / sy;
    const score = qx * qx + qy * qy;
    if (score < best) {
      best = score;
      bestX = x;
      bestY = y;
    }
  };
  // Keeps the free spot nearest x = 0 on row y within from..to, scanning outward both ways and
  // jumping over taken cells rather than stepping through them.
  const tryRow = (y: number, from: number, to: number): void => {
    from = Math.max(from, xMin);
    to = Math.min(to, xMax);
    for (let x = Math.max(from, 0); x <= to;) {
      const taken = grid.blocked(centre + x - halfW, y - halfH, w, h, false);
      if (taken < 0) return keep(x, y);
      x = taken + 1 - centre + halfW;
    }
    for (let x = Math.min(to, -1); x >= from;) {
      const taken = grid.blocked(centre + x - halfW, y - halfH, w, h, true);
      if (taken < 0) return keep(x, y);
      x = taken - w - centre + halfW;
    }
  };

  for (let i = 0; i < items.length; i++) {
    w = cellsW[i]!;
    h = cellsH[i]!;
    halfW = w >> 1;
    halfH = h >> 1;
    xMin = halfW - centre; // offsets of the word's centre that keep it inside the width
    xMax = gridW - w - centre + halfW;
    best = Infinity;
    bestX = 0;
    bestY = 0;

    let ring = 0;
    for (const seen of fullRings) if (seen.w <= w && seen.h <= h) ring = Math.max(ring, seen.ring);
    for (; best === Infinity; ring++) {
      // Ring k is the cells whose scaled distance max(|x|/sx, |y|/sy) lies in [k, k+1).
      const outerX = Math.ceil((ring + 1) * sx) - 1;
      const innerX = Math.ceil(ring * sx) - 1;
      const outerY = Math.ceil((ring + 1) * sy) - 1;
      const innerY = Math.ceil(ring * sy) - 1;
      const sidesFit = innerX + 1 <= xMax || -innerX - 1 >= xMin;
      for (let y = -outerY; y <= outerY; y++) {
        const qy = y / sy;
        if (qy * qy >= best) continue; // nothing on this row can beat what we have
        if (Math.abs(y) > innerY) {
          tryRow(y, -outerX, outerX);
        } else if (sidesFit) {
          tryRow(y, -outerX, -innerX - 1);
          tryRow(y, innerX + 1, outerX);
        } else {
          y = innerY; // the ring's sides lie beyond the width: go straight to its bottom edge
        }
      }
    }
    const seen = fullRings.find((s) => s.w === w && s.h === h);
    if (seen) seen.ring = ring - 1;
    else fullRings.push({ w, h, ring: ring - 1 });
    lefts.push(centre + bestX - halfW);
    tops.push(bestY - halfH);
    grid.fill(lefts[i], tops[i], w, h);
  }

  // Centre each word in its cells, then centre the whole cloud in a layout at least the box's size.
  const xs = widths.map((w, i) => lefts[i] * cell + (cellsW[i] * cell - w) / 2);
  const ys = heights.map((h, i) => tops[i] * cell + (cellsH[i] * cell - h) / 2);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < items.length; i++) {
    minX = Math.min(minX, xs[i]);
    minY = Math.min(minY, ys[i]);
    maxX = Math.max(maxX, xs[i] + widths[i]);
    maxY = Math.max(maxY, ys[i] + heights[i]);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const width = Math.max(boxW, spanX);
  const height = Math.max(boxH, spanY);
  const dx = (width - spanX) / 2 - minX;
  const dy = (height - spanY) / 2 - minY;
  const placements = xs.map((x, i) => ({
    x: x + dx,
    y: ys[i] + dy,
    width: widths[i],
    height: heights[i],
  }));
  return { placements, width, height };
}
