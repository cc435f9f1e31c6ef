/**
 * The HTML of every bench page, generated at run time and served from memory (only bundles are
 * written to bench/.build/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const shell = (title, head, body) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body style="margin:0;font-family:sans-serif">
${body}
</body>
</html>
`;

/** A page that loads one bench bundle and exposes `window.bench`. */
export function casePage(name, head = '') {
  return shell(name, head, `<script type="module" src="/b/${name}.min.js"></script>`);
}

export const TIMELINEJS_HEAD = `<link rel="stylesheet" href="/vendor/tljs/css/timeline.css">
<script src="/vendor/tljs/js/timeline.js"></script>`;

/**
 * Records, in `window.__done`, the time from navigation start to the first frame produced after
 * every listed element has settled and shows neither a loading nor an error message.
 */
const waitScript = (tags) => `<script type="module">
const frame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
}));
const tags = ${JSON.stringify(tags)};
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
const shown = (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 &&
  !el.shadowRoot.querySelector('[part~="status"], [part~="error"]');
for (let i = 0; i < 600; i++) {
  await Promise.all(els.map(async (el) => { for (let k = 0; k < 100 && !(await el.updateComplete); k++); }));
  if (els.every(shown)) break;
  await frame();
}
window.__shown = els.filter(shown).length;
window.__done = await frame();
window.__response = performance.getEntriesByType('navigation')[0].responseStart;
</script>`;

const ARTICLE_TOP = `<main style="max-width:44rem;margin:0 auto;padding:1rem">
<article>
<h1>Central Asia and Japan hold their first summit in Tokyo</h1>
<p>TOKYO, December 20 — Leaders of Japan and the five Central Asian states met in Tokyo for the first summit of the
“Central Asia + Japan” Dialogue, agreeing to deepen cooperation on trade, transport corridors, energy and human
resources.</p>
<p>The meeting, chaired by Prime Minister Sanae Takaichi, brought together the presidents of Kazakhstan, Kyrgyzstan,
Tajikistan, Turkmenistan and Uzbekistan. Here is who came, what they proposed, and when it is meant to happen.</p>`;

const ARTICLE_BOTTOM = `<p>The leaders adopted a joint declaration and agreed to meet again. Officials said working groups would
report on the proposals before the next summit.</p>
</article>
</main>`;

/**
 * The article page in four variants: no widgets; a bare Lit element with the same 6 leaders;
 * our roster alone; every widget inside one <summit-data>. Each gets the real dataset inline,
 * the way a newsroom CMS would embed it.
 */
export function articlePages(root) {
  const json = readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8').replace(/<\//g, '<\\/');
  const inline = `<script type="application/json">${json}</script>`;
  const page = (title, body, bundle, tags) =>
    shell(
      title,
      '',
      `${ARTICLE_TOP}\n${body}\n${ARTICLE_BOTTOM}\n${bundle ? `<script type="module" src="${bundle}"></script>\n` : ''}${waitScript(tags)}`,
    );
  return {
    'no-widgets': page('no widgets', '', '', []),
    'bare-lit': page('bare Lit', `<bare-leaders>${inline}</bare-leaders>`, '/b/bare-lit.min.js', ['bare-leaders']),
    roster: page('roster', `<summit-leader-roster>${inline}</summit-leader-roster>`, '/b/roster.min.js', [
      'summit-leader-roster',
    ]),
    'all-widgets': page(
      'all widgets',
      `<summit-data>${inline}
<summit-card></summit-card>
<summit-leader-roster></summit-leader-roster>
<p>Most proposals concern transport and energy; the cloud below weighs each sector by how often it came up.</p>
<summit-sector-cloud></summit-sector-cloud>
<summit-proposal-timeline></summit-proposal-timeline>
<summit-quote></summit-quote>
</summit-data>`,
      '/b/cdn/summit-widgets.min.js',
      [
        'summit-data',
        'summit-card',
        'summit-leader-roster',
        'summit-sector-cloud',
        'summit-proposal-timeline',
        'summit-quote',
      ],
    ),
  };
}
