#!/usr/bin/env node
/**
 * Server-side rendering example: pre-renders the article's widgets with
 * `summit-widgets/ssr` and writes examples/ssr-output.html, a news page that
 * shows the leaders, proposals and sectors without JavaScript and hydrates
 * them with dist/cdn/summit-widgets-hydrate.js when it can.
 *
 *   npm run build && npm run ssr:example   # then open examples/ssr-output.html over http
 *   node examples/ssr.mjs ssr-output-ja.html ja   # the same page in Japanese: our words too (en, ja or ru)
 *
 * Needs `@lit-labs/ssr` installed next to summit-widgets (an optional peer dependency).
 */
import { writeFile } from 'node:fs/promises';
import { cspStyleHashes, renderSummitWidgets } from 'summit-widgets/ssr';
import summit from 'summit-widgets/datasets/central-asia-japan-2025.json' with { type: 'json' };

const out = new URL(process.argv[2] ?? './ssr-output.html', new URL(import.meta.url));
// The page's language: the widgets' dates and our words (headings, labels) are rendered in it.
const lang = process.argv[3] ?? 'en';

// One <summit-data> holds the dataset once; the widgets inside share it and the reader's selection.
const { start, widgets, end, html } = await renderSummitWidgets(
  [
    { tag: 'summit-card', attributes: { 'heading-level': 2 } },
    { tag: 'summit-leader-roster', attributes: { 'heading-level': 2 } },
    'summit-quote',
    { tag: 'summit-sector-cloud', attributes: { 'heading-level': 2 } },
    { tag: 'summit-proposal-timeline', attributes: { 'heading-level': 2 } },
  ],
  summit,
  { lang },
);
const [card, roster, quote, cloud, timeline] = widgets;

// Everything below but the widgets is this page's own, fixed markup.
const page = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <!--
      The strict policy of examples/news-article.html, with the hashes of the pre-rendered shadow
      roots' <style> elements added to style-src (cspStyleHashes): still no 'unsafe-inline'.
    -->
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self' ${cspStyleHashes(html).join(' ')}; img-src 'self' https:; connect-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'"
    />
    <title>Central Asia and Japan hold their first summit in Tokyo — The Daily Example</title>
    <link rel="stylesheet" href="article.css" />
    <link rel="stylesheet" href="hostile.css" />
    <!-- Lit's hydration support comes first inside this bundle: the widgets adopt the server's DOM. -->
    <script type="module" src="../dist/cdn/summit-widgets-hydrate.js"></script>
  </head>
  <body>
    <header class="masthead">
      <p class="brand">The Daily Example</p>
      <nav aria-label="Sections"><a href="#">World</a> · <a href="#">Asia</a> · <a href="#">Diplomacy</a></nav>
    </header>
    <main>
      <article>
        <p class="kicker">Diplomacy</p>
        <h1>Central Asia and Japan hold their first summit in Tokyo</h1>
        <p class="byline">By our correspondent · 20 December 2025</p>
${start}
${card}
<p>
  The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met Japan's prime minister in
  Tokyo on Saturday for the first summit of the “Central Asia + Japan” Dialogue, a format Japan started more
  than twenty years ago.
</p>
${roster}
<p>
  The agenda covered three priority areas: the green economy and sustainable development, connectivity and
  regional interaction, and human resource development. Uzbekistan's president set out some twenty proposals,
  from summits every two years to a regional training centre for renewable-energy specialists.
</p>
${quote}
<p>Which sectors came up most often? Choose one to see the proposals that touch it.</p>
${cloud}
${timeline}
${end}
        <p>Following the event, the leaders adopted the Tokyo Declaration.</p>
      </article>
    </main>
    <footer><p>© The Daily Example</p></footer>
  </body>
</html>
`;

await writeFile(out, page);
console.log(`wrote ${out.pathname} (${(page.length / 1024).toFixed(0)} KB)`);
