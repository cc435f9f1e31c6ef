/**
 * What the in-page hardening groups share: the widgets, a trap that counts script executions,
 * an inspector for shadow roots, and the figures reported to scripts/hardening/run.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { SummitDataIssue } from '../../src/data/errors.js';
import { joinPath } from '../../src/data/errors.js';
import type { SummitStatus } from '../../src/internal/context.js';
import { realDatasetJson } from '../fixtures/real.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = readonly (string | number)[];

/** Every widget that draws something; `<summit-data>` provides for them. */
export const WIDGETS = [
  'summit-leader-roster',
  'summit-proposal-timeline',
  'summit-sector-cloud',
  'summit-card',
  'summit-quote',
] as const;
export type WidgetTag = (typeof WIDGETS)[number];

/** The public inputs of every summit element, and the controller that resolves them. */
export interface SummitEl extends HTMLElement {
  data: unknown;
  src: string;
  timeout: number;
  heading: string;
  updateComplete: Promise<boolean>;
  summitData: { status: SummitStatus; error?: { issues: readonly SummitDataIssue[] } | undefined };
}

/** An element's dataset status, read from its data controller. */
export const statusOf = (el: Element): SummitStatus => (el as SummitEl).summitData.status;
export const issuesOf = (el: Element): readonly SummitDataIssue[] => (el as SummitEl).summitData.error?.issues ?? [];

// ---------------------------------------------------------------------------------------------
// The trap: every payload calls __pwned() or alert(); a counter proves none of them ran.

interface Trapped {
  __pwned: () => void;
  __pwnedCount: number;
  __uncaught: string[];
}
const trapped = window as unknown as Trapped & Record<string, unknown>;

/** Replaces alert/confirm/prompt/print and defines `__pwned`, all counting calls; records uncaught errors. */
export function installTrap() {
  if ('__pwned' in window) return;
  trapped.__pwnedCount = 0;
  trapped.__uncaught = [];
  trapped.__pwned = () => {
    trapped.__pwnedCount++;
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) trapped[name] = trapped.__pwned;
  window.addEventListener('error', (e) => trapped.__uncaught.push(String(e.error ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => trapped.__uncaught.push(String(e.reason)));
}
export const executions = () => trapped.__pwnedCount;
/** Back to zero, after a test that sets the trap off on purpose. */
export const resetTrap = () => {
  trapped.__pwnedCount = 0;
  trapped.__uncaught.length = 0;
};
export const uncaught = () => [...trapped.__uncaught];

// ---------------------------------------------------------------------------------------------
// Inspection of what a widget drew.

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'srcset',
  'background',
  'ping',
]);
const FOREIGN = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'style']);

export interface Violations {
  scripts: number;
  handlers: number;
  urls: number;
  elements: number;
  samples: string[];
}
export const noViolations = (): Violations => ({ scripts: 0, handlers: 0, urls: 0, elements: 0, samples: [] });

/** True for an absolute https: URL (what the widgets may put in href/src). */
export function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Walks an element's shadow root (and any shadow root inside it) and counts what must never be
 * there: `<script>` (and other active elements), `on*` attributes, URLs that are not https:,
 * and `url(` in inline styles.
 */
export function scan(host: Element, into: Violations = noViolations()): Violations {
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag === 'script') into.scripts++;
      else if (FOREIGN.has(tag)) into.elements++;
      if (tag === 'script' || FOREIGN.has(tag)) note(into, `${host.localName}: <${tag}>`);
      for (const name of el.getAttributeNames()) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) {
          into.handlers++;
          note(into, `${host.localName}: <${tag} ${lower}>`);
        } else if (URL_ATTRIBUTES.has(lower)) {
          const value = el.getAttribute(name)!;
          if (!isHttps(value)) {
            into.urls++;
            note(into, `${host.localName}: <${tag} ${lower}="${value.slice(0, 60)}">`);
          }
        } else if (lower === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(el.getAttribute(name)!)) {
          into.urls++;
          note(into, `${host.localName}: <${tag} style>`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return into;
}
function note(v: Violations, sample: string) {
  if (v.samples.length < 10) v.samples.push(sample);
}
export const violationCount = (v: Violations) => v.scripts + v.handlers + v.urls + v.elements;

/** The text a widget shows: every text node of its shadow root, exactly as stored (no collapsing). */
export const shownText = (host: Element): string => host.shadowRoot?.textContent ?? '';

/** The error state is drawn, and it lists the issues (with their paths) as text. */
export function errorDrawn(host: Element): boolean {
  const alert = host.shadowRoot?.querySelector('[part~="error"] .issues');
  if (!alert) return false;
  const shown = alert.textContent ?? '';
  // Paths and messages are shown verbatim; at most five issues are listed.
  return issuesOf(host)
    .slice(0, 5)
    .every((i) => shown.includes(i.path) && shown.includes(i.message.slice(0, 20)));
}

/** A readable error: drawn, every issue has a message, and (unless `pathless`) at least one names a path. */
export function readableError(host: Element, pathless = false): boolean {
  const issues = issuesOf(host);
  return (
    statusOf(host) === 'error' &&
    errorDrawn(host) &&
    issues.length > 0 &&
    issues.every((i) => i.message.trim().length > 0 && !i.message.includes('[object Object]')) &&
    (pathless || issues.some((i) => i.path.length > 0))
  );
}

/** Waits until every element has left the pending state (a `src` load), or `ms` pass. */
export async function settle(els: readonly Element[], ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  for (;;) {
    await Promise.all(els.map((el) => (el as SummitEl).updateComplete));
    if (els.every((el) => statusOf(el) !== 'pending') || performance.now() > end) return;
    await new Promise((r) => setTimeout(r, 2));
  }
}

// ---------------------------------------------------------------------------------------------
// Datasets.

/** Every string leaf of a JSON value, as paths. */
export function stringPaths(value: Json, path: (string | number)[] = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, k], out);
  return out;
}

/** `proposals[3].when.phrase` → `proposals[].when.phrase`: the kind of field a path is. */
export const kindOf = (path: Path) =>
  joinPath(path.map((s) => (typeof s === 'number' ? -1 : s))).replace(/\[-1]/g, '[]');
export const pathText = (path: Path) => joinPath(path);

/** A copy of `value` with the leaf at `path` replaced; only the objects along the path are copied. */
export function withValue(value: Json, path: Path, leaf: Json): Json {
  if (!path.length) return leaf;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as JsonObject) }) as Record<string | number, Json>;
  copy[head] = withValue(copy[head]!, rest, leaf);
  return copy as Json;
}

/** A copy of `value` with every string leaf that `pick` accepts replaced by `leaf`. */
export function withStrings(value: Json, leaf: string, pick: (path: Path) => boolean, path: Path = []): Json {
  if (typeof value === 'string') return pick(path) ? leaf : value;
  if (Array.isArray(value)) return value.map((v, i) => withStrings(v, leaf, pick, [...path, i]));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withStrings(v, leaf, pick, [...path, k])]));
  return value;
}

/**
 * The real dataset with every optional string field filled too, so payloads reach the URL fields
 * (`leaders[].photo`, `sources[].url`) and the rest. URLs point at a closed port of 127.0.0.1:
 * an image the widget loads never leaves the machine.
 */
export async function fullDataset(): Promise<JsonObject> {
  const d = (await realDatasetJson()) as JsonObject;
  const leaders = d['leaders'] as JsonObject[];
  leaders[1]!['photo'] = 'https://127.0.0.1:9/photo.png';
  const source = (d['sources'] as JsonObject[])[0]!;
  source['url'] = 'https://127.0.0.1:9/article';
  source['publisher'] = 'The Daily Example';
  const recurring = (d['proposals'] as JsonObject[]).find((p) => (p['when'] as JsonObject)['kind'] === 'recurring');
  (recurring!['when'] as JsonObject)['first'] = '2027';
  return d;
}

/**
 * Field kinds whose schema is free text (something visible in it, at most 20,000 characters): any such string is
 * valid there and must be shown back exactly. The others (ids, codes, dates, enums, URLs) refuse
 * most strings: the widget must then show the error state with the field's path.
 */
export const TEXT_KINDS = new Set([
  'title',
  'format',
  'place.city',
  'leaders[].name',
  'leaders[].title',
  'leaders[].evidence[].quote',
  'countries[].name',
  'agenda[].title',
  'agenda[].evidence[].quote',
  'proposals[].headline',
  'proposals[].summary',
  'proposals[].places[]',
  'proposals[].when.phrase',
  'proposals[].evidence[].quote',
  'sectors[].name',
  'quotes[].text',
  'quotes[].evidence[].quote',
  'outcomes[].title',
  'outcomes[].kind',
  'outcomes[].summary',
  'outcomes[].evidence[].quote',
  'history[].text',
  'history[].when.phrase',
  'history[].evidence[].quote',
  'sources[].title',
  'sources[].publisher',
  'sources[].file',
]);
/** The schema class of a field kind: fields of one class are validated alike. */
export function classOf(kind: string): string {
  if (TEXT_KINDS.has(kind)) return 'text';
  if (kind === '$schema') return 'any string';
  if (/(^|\.)lang$/.test(kind)) return 'language tag';
  if (/(^|\.)(photo|url)$/.test(kind)) return 'https URL';
  if (/(^|\.)(date|asOf|relativeTo|first)$/.test(kind)) return 'date';
  if (/(^|\.)(country|code|host|initiatedBy)$/.test(kind)) return 'country code';
  if (/(roles\[]|\.kind|\.unit)$/.test(kind)) return 'enum';
  return 'id';
}

/** Fields that hold ids of other entries: a valid new id there can leave references dangling elsewhere. */
export const REFERENCE_KINDS = /(^|\.)(id|chair|speaker|proposedBy|source)$|sectors\[]$|supportedBy\[]$/;
/**
 * TextSchema's rule, restated: something visible, at most 20,000 characters, not starting with a lone mark, no pile of
 * 9 or more marks on one letter.
 */
export const validText = (s: string) =>
  /[^\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u.test(s) &&
  [...s].length <= 20000 &&
  !/^\p{M}|\p{M}{9}/u.test(s);

// ---------------------------------------------------------------------------------------------
// Payloads.

/** XSS vectors on top of the Big List of Naughty Strings; each calls the trap if it ever runs. */
export const XSS_VECTORS = [
  '<script>__pwned()</script>',
  '<SCRIPT>alert(1)</SCRIPT>',
  '"><script>__pwned()</script>',
  "'><img src=x onerror=__pwned()>",
  '<img src=x onerror="__pwned()">',
  '<img src="x" onerror="&#95;&#95;pwned()">',
  '<svg onload=__pwned()>',
  '<svg><script>__pwned()</script></svg>',
  '<svg><a xlink:href="javascript:__pwned()"><text y="20">x</text></a></svg>',
  '<svg><animate onbegin=__pwned() attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned()>',
  '<iframe srcdoc="<script>parent.__pwned()</script>"></iframe>',
  '<template><script>__pwned()</script></template>',
  '<template shadowrootmode="open"><img src=x onerror=__pwned()></template>',
  '<details open ontoggle=__pwned()>',
  '<body onload=__pwned()>',
  '<input autofocus onfocus=__pwned()>',
  '<x onclick=__pwned()>click</x>',
  '<a href="javascript:__pwned()">x</a>',
  '<object data="javascript:__pwned()"></object>',
  '<embed src="javascript:__pwned()">',
  '<form><button formaction=javascript:__pwned()>x</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=__pwned()>">',
  '<style>@import "javascript:__pwned()";</style>',
  '<link rel=stylesheet href="data:text/css,*{}">',
  '</script><script>__pwned()</script>',
  '<\\/script><script>__pwned()</script>',
  '<!--?lit$1234567$--><script>__pwned()</script>',
  'lit$1234567$',
  '{{constructor.constructor("__pwned()")()}}',
  '${__pwned()}',
  '<%= __pwned() %>',
  '"-__pwned()-"',
  "'-__pwned()-'",
  'javascript:__pwned()',
  'JaVaScRiPt:__pwned()',
  ' javascript:__pwned()',
  'java\tscript:__pwned()',
  'java\nscript:__pwned()',
  '\u0001javascript:__pwned()',
  'javascript&colon;__pwned()',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__pwned()',
  '&#x6A;avascript:__pwned()',
  'data:text/html,<script>__pwned()</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCk8L3NjcmlwdD4=',
  'DaTa:text/html,<script>__pwned()</script>',
  'vbscript:msgbox(1)',
  'https://127.0.0.1:9/"><script>__pwned()</script>',
  'https://127.0.0.1:9/x" onerror="__pwned()',
  "https://127.0.0.1:9/x' onmouseover='__pwned()",
  'https://127.0.0.1:9/#<img src=x onerror=__pwned()>',
  'https://127.0.0.1:9/javascript:__pwned()',
  '//127.0.0.1:9/protocol-relative',
  'http://127.0.0.1:9/plain-http',
  'HTTPS://127.0.0.1:9/UPPER',
  '\u202Egnp.exe',
  '<bdo dir="rtl">x</bdo>',
];

let naughty: string[] | undefined;
/** The 461 strings of big-list-of-naughty-strings. */
export async function naughtyStrings(): Promise<string[]> {
  if (!naughty) {
    const res = await fetch('/node_modules/big-list-of-naughty-strings/blns.json');
    naughty = (await res.json()) as string[];
  }
  return naughty;
}

// ---------------------------------------------------------------------------------------------
// Serving payloads to `src` through the test server's store (test/hardening/wtr.config.mjs).

/** Stores a body on the test server; resolves to a same-origin URL that answers it. */
export async function served(body: string, type = 'application/json', status = 200): Promise<string> {
  const res = await fetch(`/__hardening/put?type=${encodeURIComponent(type)}&status=${status}`, {
    method: 'POST',
    body,
  });
  return `/__hardening/get/${await res.text()}`;
}

/** Stores many JSON texts at once; resolves to their same-origin URLs, in order. */
export async function servedMany(texts: readonly string[]): Promise<string[]> {
  const res = await fetch('/__hardening/put-many', { method: 'POST', body: JSON.stringify(texts) });
  return ((await res.json()) as string[]).map((id) => `/__hardening/get/${id}`);
}

/** Sends one group's figures to the runner, which prints them in its summary table. */
export async function report(group: string, figures: Record<string, unknown>): Promise<void> {
  await executeServerCommand('hardening-report', { group, ...figures });
}

/** A fresh element with its data input set; not yet connected. */
export function make(tag: string, attrs: Record<string, string> = {}): SummitEl {
  const el = document.createElement(tag) as SummitEl;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** A `<script type="application/json">` child holding `text`. */
export function inlineScript(text: string): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = text;
  return s;
}

/** A `<summit-data>` with every widget inside. */
export function provider(): { data: SummitEl; widgets: SummitEl[] } {
  const data = make('summit-data');
  const widgets = WIDGETS.map((t) => make(t));
  data.append(...widgets);
  return { data, widgets };
}

/** A visible stage at a fixed width, so clouds measure and timelines lay out as on a page. */
export function stage(width = 720): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `width:${width}px;position:relative;`;
  el.lang = 'en';
  document.body.append(el);
  return el;
}
