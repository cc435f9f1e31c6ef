/** The Markdown report of a run (bench/results/latest.md, also printed). */
import { kb } from './weight.js';

const ms = (v) => (v === undefined ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const x = (v) => (v === undefined || !Number.isFinite(v) ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)}×`);
const mb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

const FLOOR_NOTE =
  `"Same DOM, no script" writes what our widget drew for that case (its markup and styles, copied from a page ` +
  `that ran it) into a shadow root with none of our code, to the next frame: the browser's own style, layout and ` +
  `paint of our output. No script drawing that output can be faster, so the peer's time over it is the most any ` +
  `script could reach with it (for information, no goal).`;

/** A goal's ratio, with the digits that tell it from the goal where it is within 1% of it (3.003× is not 3×). */
const measured = (g) =>
  g.ratio !== undefined && Math.abs(g.ratio / g.goal - 1) < 0.01 ? `${g.ratio.toFixed(3)}×` : x(g.ratio);

function status(g) {
  if (g.kind === 'placed') return g.status;
  if (g.ratio === undefined) return `${g.status}${g.note ? ` (${g.note})` : ''}`;
  const extra = g.withExtra
    ? `; ${g.withExtra.what}: ${x(g.withExtra.ratio)}${g.withExtra.ratio < g.goal ? ', under the goal' : ''}`
    : '';
  if (g.status === 'met') return `**met**, ${g.margin.toFixed(1)}× the goal${extra}`;
  const by = 1 / g.margin;
  const short = `needs ${by < 1.05 ? `${((by - 1) * 100).toFixed(1)}%` : `${by.toFixed(1)}×`} ${g.direction === '≥' ? 'faster' : 'less'}`;
  const ceiling = g.ceiling === undefined ? '' : `; our output drawn with no script at all reaches ${x(g.ceiling)}`;
  const share = g.margin > 0.99 ? (g.margin * 100).toFixed(1) : (g.margin * 100).toFixed(0);
  return `**missed**: ${share}% of the goal (${short})${ceiling}${extra}${g.note ? `; ${g.note}` : ''}`;
}

export function renderMarkdown(out) {
  const c = new Map(out.cases.map((r) => [r.key, r]));
  const cell = (key) => {
    const r = c.get(key);
    if (!r) return '–';
    if (r.error) return `error: ${r.error.slice(0, 80)}`;
    return `${ms(r.median)} (${ms(r.min)})`;
  };
  const ratio = (peer, ours) => x(c.get(peer)?.median / c.get(ours)?.median);
  const placed = (key) => (c.get(key)?.placed === undefined ? '–' : String(c.get(key).placed));
  const sizes = (group) => [...new Set(out.cases.filter((r) => r.key.startsWith(`${group}/`)).map((r) => r.n))];
  const parts = [];

  parts.push(
    `# summit-widgets benchmark (${out.mode} run)\n\n` +
      `${out.date.slice(0, 16).replace('T', ' ')} UTC · ${out.samplesPerCase} samples per case, fresh browser context each · ` +
      `headless Chromium ${out.machine.chromium} · ${out.machine.cpus} × ${out.machine.cpuModel} · Node ${out.machine.node} · ` +
      `${out.durationSeconds} s in all; load average ${out.machine.loadAverage.join(' → ')} ` +
      `(${out.machine.loadAverage[0] > out.machine.cpus ? 'busy at its start: absolute times inflated' : 'quiet at its start'}; the figure at the end includes the run's own browser).\n` +
      `Times are median (min) in ms; every ratio is between medians of this run.`,
  );

  // The size budgets beside the timing goals: the bundle, and the element entries (the largest and the smallest).
  const floor = (prefix) => out.weights.find((w) => w.name.startsWith(prefix) && w.name.includes('code alone'));
  const sizeRow = (label, rows, floorRow, floorName) => {
    const ok = rows.filter((w) => !w.error);
    if (!ok.length) return [label, '–', '', 'not measured'];
    const [low, high] = [Math.min(...ok.map((w) => w.gzip)), Math.max(...ok.map((w) => w.gzip))];
    const budget = ok[0].budget;
    const measuredKb = low === high ? `${kb(high)} KB` : `${kb(low)}–${kb(high)} KB`;
    const under = floorRow && !floorRow.error ? `; ${floorName}, with no text at all, is ${kb(floorRow.gzip)} KB` : '';
    return [
      label,
      measuredKb,
      `≤ ${kb(budget)} KB`,
      high <= budget
        ? 'met'
        : `**missed**: ${(high / budget).toFixed(1)}× the budget${floorRow && floorRow.gzip > budget ? `${under}, itself over it` : under}`,
    ];
  };
  const budgeted = out.weights.filter((w) => w.budget !== undefined);
  const sizeRows = [
    sizeRow(
      'Size: CDN bundle, all widgets, Lit included (gzip)',
      budgeted.filter((w) => w.name.includes('CDN bundle')),
      floor('summit-widgets CDN bundle'),
      'its code alone',
    ),
    sizeRow(
      'Size: each element entry over Lit (gzip)',
      budgeted.filter((w) => w.name.includes('entry')),
      floor('summit-data entry'),
      'the core every entry carries (summit-data), as code alone',
    ),
  ];
  parts.push(
    `## Goals\n\n${table(
      ['Goal', 'Measured', 'Goal', 'Status'],
      [
        ...out.goals.map((g) => [
          g.label,
          g.kind === 'placed' ? g.details.join(', ') : measured(g),
          g.kind === 'placed' ? 'all' : `${g.direction} ${g.goal}×`,
          status(g),
        ]),
        ...sizeRows,
      ],
    )}`,
  );

  const cloudSizes = [...new Set([...sizes('cloud-layout'), ...sizes('cloud-frame')])];
  if (cloudSizes.length) {
    const rows = [];
    for (const n of sizes('cloud-layout')) {
      const ours = c.get(`cloud-layout/ours/${n}`);
      const d3 = c.get(`cloud-layout/d3-cloud/${n}`);
      const grown = ours?.grownTo;
      rows.push([
        `layout alone, ${n}`,
        cell(`cloud-layout/ours/${n}`) +
          (ours?.warmMs === undefined ? '' : `; warm ${ms(ours.warmMs)}; measuring ${ms(ours.measureMs)}`),
        cell(`cloud-layout/d3-cloud/${n}`) + (d3?.warmMs === undefined ? '' : `; warm ${ms(d3.warmMs)}`),
        '–',
        ratio(`cloud-layout/d3-cloud/${n}`, `cloud-layout/ours/${n}`),
        '–',
        '–',
        `${placed(`cloud-layout/ours/${n}`)}${grown ? ` (in ${grown.join('×')})` : ''} / ${placed(`cloud-layout/d3-cloud/${n}`)} / –`,
      ]);
    }
    for (const n of sizes('cloud-frame'))
      rows.push([
        `data to first frame, ${n}`,
        cell(`cloud-frame/ours/${n}`),
        cell(`cloud-frame/d3-cloud/${n}`),
        cell(`cloud-frame/wordcloud2/${n}`),
        ratio(`cloud-frame/d3-cloud/${n}`, `cloud-frame/ours/${n}`),
        ratio(`cloud-frame/wordcloud2/${n}`, `cloud-frame/ours/${n}`),
        c.has(`cloud-frame/static/${n}`)
          ? `${cell(`cloud-frame/static/${n}`)}; d3-cloud ÷ it ${ratio(`cloud-frame/d3-cloud/${n}`, `cloud-frame/static/${n}`)}`
          : 'not run',
        `${placed(`cloud-frame/ours/${n}`)}${c.get(`cloud-frame/ours/${n}`)?.grownTo ? ` (in ${c.get(`cloud-frame/ours/${n}`).grownTo.join('×')})` : ''} / ${placed(`cloud-frame/d3-cloud/${n}`)} / ${placed(`cloud-frame/wordcloud2/${n}`)}`,
      ]);
    parts.push(
      `## Word cloud: Zipf words in a 600×400 box, rotation off\n\n${table(
        [
          'Case, words',
          'ours',
          'd3-cloud',
          'wordcloud2',
          'd3-cloud ÷ ours',
          'wordcloud2 ÷ ours',
          'same DOM, no script (floor)',
          'placed: ours / d3 / wc2',
        ],
        rows,
      )}\n\nLayout alone is timed on a fresh page (the first run of code compiled as its file loaded, see the compile hint in bench/README.md), like a reader's first view; ` +
        `"warm" is a second run in the same page, for information. Our layout never drops a word: when the words ` +
        `do not fit the box it grows taller (size shown); d3-cloud and wordcloud2 leave out what does not fit. ` +
        FLOOR_NOTE,
    );
  }

  const tlSizes = sizes('timeline');
  if (tlSizes.length)
    parts.push(
      `## Timeline: proposals to first frame\n\n${table(
        [
          'Events',
          'ours',
          'TimelineJS3',
          'TimelineJS3 ÷ ours',
          'ours ÷ ours at 20',
          'bare Lit <ol> (info)',
          'same DOM, no script (floor)',
          'rows in DOM: ours / TL markers / bare',
        ],
        tlSizes.map((n) => [
          n.toLocaleString('en'),
          cell(`timeline/ours/${n}`),
          c.has(`timeline/timelinejs3/${n}`) ? cell(`timeline/timelinejs3/${n}`) : 'not run',
          ratio(`timeline/timelinejs3/${n}`, `timeline/ours/${n}`),
          ratio(`timeline/ours/${n}`, 'timeline/ours/20'),
          c.has(`timeline/bare-lit/${n}`) ? cell(`timeline/bare-lit/${n}`) : 'not run',
          c.has(`timeline/static/${n}`)
            ? `${cell(`timeline/static/${n}`)}; TimelineJS3 ÷ it ${ratio(`timeline/timelinejs3/${n}`, `timeline/static/${n}`)}`
            : 'not run',
          [c.get(`timeline/ours/${n}`), c.get(`timeline/timelinejs3/${n}`), c.get(`timeline/bare-lit/${n}`)]
            .map((r) => r?.rendered ?? '–')
            .join(' / '),
        ]),
      )}\n\nThe bare Lit \`<ol>\` renders every proposal with no validation, grouping, formatting or paging: the floor ` +
        `of what a Lit list costs, for information (no goal). ${FLOOR_NOTE}`,
    );

  const pages = out.cases.filter((r) => r.key.startsWith('page/'));
  if (pages.length) {
    const blank = c.get('page/no-widgets');
    const bare = c.get('page/bare-lit');
    // Cost over the page with no widgets, from medians and from the fastest loads (what the goal uses).
    const cost = (r, stat) =>
      r[stat] === undefined || blank?.[stat] === undefined ? undefined : r[stat] - blank[stat];
    const ratio = (r, stat) => {
      const of = cost(r, stat);
      const over = bare && cost(bare, stat);
      return of === undefined || over === undefined ? '–' : x(of / over);
    };
    parts.push(
      `## Article page with the real dataset: navigation to first frame with every widget shown (${Math.max(out.samplesPerCase * 2, 12)} samples)\n\n${table(
        [
          'Page',
          'nav → frame',
          'cost over no widgets: median (fastest)',
          'cost ÷ bare Lit: medians, the goal (fastest)',
          'widgets shown',
        ],
        pages.map((r) => [
          r.key.slice(5),
          cell(r.key),
          cost(r, 'median') === undefined ? '–' : `${ms(cost(r, 'median'))} (${ms(cost(r, 'min'))})`,
          `${ratio(r, 'median')} (${ratio(r, 'min')})`,
          r.shown === undefined ? '–' : String(r.shown),
        ]),
      )}\n\nOne page load varies by tens of milliseconds on this machine, as much as the bare element costs, so the ` +
        `ratio of costs moves a lot between runs (the fastest loads, in brackets, are no steadier); read it as an order ` +
        `of magnitude. It is not a CI gate.`,
    );
  }

  parts.push(
    `## Memory after each case (forced GC; medians)\n\n${table(
      ['Case', 'JS heap used', 'DOM heap', 'DOM nodes', 'remote requests blocked'],
      out.cases
        .filter((r) => r.jsHeap !== undefined)
        .map((r) => [
          r.key,
          mb(r.jsHeap),
          r.domHeap === undefined ? '–' : `${Math.round(r.domHeap / 1024)} KB`,
          String(Math.round(r.nodes)),
          String(r.remoteRequests),
        ]),
    )}\n\nJS heap: V8's used heap (\`Performance.getMetrics\`). DOM heap: Blink's garbage-collected heap (nodes, ` +
      `layout and style objects), the \`DOM\` part of \`performance.measureUserAgentSpecificMemory()\`, read through the ` +
      `protocol; it includes the page's own document (about the no-widgets page's figure).`,
  );

  // What an element entry adds beyond the shared core (data layer, controller, context, localize),
  // approximated as its gzip size minus the summit-data entry's (gzip sizes are not quite additive).
  const core = out.weights.find((w) => w.name.startsWith('summit-data entry'));
  const own = (w) =>
    w.budget !== undefined && core && !core.error && !w.error && w !== core && w.name.includes('entry')
      ? `≈ ${kb(w.gzip - core.gzip)}`
      : '';
  parts.push(
    `## Weight (KB; minified, gzip -9, brotli q11)\n\n${table(
      ['What', 'min', 'gzip', 'brotli', 'budget (gzip)', 'gzip beyond the shared core'],
      out.weights.map((w) => [
        w.name,
        w.error ? `error: ${w.error.slice(0, 80)}` : kb(w.min),
        w.error ? '–' : kb(w.gzip),
        w.error ? '–' : kb(w.brotli),
        w.budget === undefined ? '' : `${w.withinBudget ? 'within' : '**over**'} ${kb(w.budget)}`,
        own(w),
      ]),
    )}\n\n"Over Lit" entries are bundled with Lit external, so they are what an entry adds to a page that already ` +
      `loads Lit. Every element entry also carries the shared core (data layer with its validator, data controller, ` +
      `@lit/context, @lit/task, @lit/localize; the ja and ru translations load on demand and are not counted), about the size of the summit-data entry; the ` +
      `last column is an entry's gzip size minus that one. The two "code alone" rows are floors: the same files with ` +
      `every string and template literal's text emptied (no message, markup or style sheet left; bench/lib/weight.js), ` +
      `which no trimming of words, styles or markup and no loading of them on demand can go under.` +
      (out.cdn.by ? ` CDN bundle built by ${out.cdn.by}.` : ''),
  );

  if (out.bytesBySource?.groups)
    parts.push(
      `## Where the bundle's bytes come from (src/index.ts, esbuild, minified, before compression)\n\n${table(
        ['Source', 'KB', 'share'],
        out.bytesBySource.groups.map((g) => [
          g.source,
          kb(g.bytes),
          `${((g.bytes / out.bytesBySource.total) * 100).toFixed(0)}%`,
        ]),
      )}`,
    );

  if (out.failures.length)
    parts.push(
      `## ${out.mode === 'quick' ? 'Quick-run failures (the CI gate)' : 'Budgets not met'}\n\n` +
        out.failures.map((f) => `- ${f}`).join('\n'),
    );
  return `${parts.join('\n\n')}\n`;
}
