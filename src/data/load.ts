import { SummitDataError, joinPath, uEscape, type SummitDataIssue } from './errors.js';
import { parseSummit } from './parse.js';
import type { Summit } from './types.js';

/** How long a dataset request may take before it ends in an error. */
export const DEFAULT_TIMEOUT_MS = 15000;

export interface LoadOptions {
  /** Aborts the request (e.g. when `src` changes). */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds before the request is ended with an error. */
  readonly timeout?: number | undefined;
  /** Base for relative URLs; defaults to the document's URL. */
  readonly base?: string | undefined;
}

/**
 * A load that failed; `unread` when the dataset came but could not be read, so nothing else in it was checked;
 * `transient` when trying again may work (see `SummitDataError.transient`).
 */
const fail = (message: string, unread = false, transient = false) =>
  new SummitDataError([{ path: '', message }], 'Could not load the summit dataset', false, unread, transient);

/** Statuses that may pass: a request timeout, too early, too many requests, a server error, a gateway's. */
const passing = (status: number) => [408, 425, 429, 500, 502, 503, 504].includes(status);

/**
 * Parses JSON text (one leading byte-order mark is dropped; any other is an error), turning a syntax error into a
 * `SummitDataError` that says where (line and column), and refusing a key given twice in one object, which
 * `JSON.parse` would silently resolve to the last value.
 */
export function parseJsonText(text: string, origin = 'the dataset'): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw fail(`${origin} is empty: expected JSON text`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw fail(`${origin} is not valid JSON${syntaxError(text, (e as Error).message)}`, true);
  }
  const twice = duplicateKeys(text);
  if (twice.length) throw new SummitDataError(twice, `Could not read ${origin}`, false, true);
  return value;
}

/** "line L, column C" of the character at `at`. */
const lineColumn = (text: string, at: number): string => lineColumns(text, [at]).get(at)!;

/** " (line L, column C): what is wrong", from the engine's message; its copy of the text is left out. */
function syntaxError(text: string, message: string): string {
  const what = message.replace(/,? (\.\.\.)?"[\s\S]*$| (in JSON )?at position [\s\S]*$/, '');
  let at = /end of JSON input/.test(message)
    ? text.trimEnd().length
    : Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  // V8 names the token and quotes the text around it: 10 characters either side, "..." where it cut.
  const around = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  const from = around ? text.indexOf(around[2]!) : -1;
  if (Number.isNaN(at) && from >= 0 && (around![1] || around![3])) {
    at = around![1] ? from + 10 : from + around![2]!.length - 10;
  }
  // Else (a short text, quoted whole): the first such character outside a string.
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  for (let i = 0, quoted = false; token && Number.isNaN(at) && i < text.length; i++) {
    if (quoted) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') quoted = false;
    } else if (text[i] === '"') quoted = true;
    else if (text[i] === token) at = i;
  }
  if (Number.isNaN(at)) return `: ${what}`;
  // What an editor most often wrote instead, where the engine names only the character it stopped at.
  const [where, why] = likelyCause(text, at, what) ?? [at, what];
  return ` (${lineColumn(text, where)}): ${why}`;
}

/** Spaces JSON does not allow outside quoted text, by name. */
const SPACES: Record<string, string> = {
  '\u00A0': 'a no-break space',
  '\u200B': 'a zero-width space',
  '\u3000': 'an ideographic space',
  '\uFEFF': 'a byte order mark',
};

/**
 * Where and what the mistake likely is, for the ones JavaScript and word processors allow and JSON does not; `what` is
 * the engine's own word for it.
 */
function likelyCause(text: string, at: number, what: string): [number, string] | undefined {
  const c = text[at] ?? '';
  if (/control character/i.test(what) && c && c < ' ') {
    // A line break inside quotes is as often a closing quote left out.
    const fix =
      c === '\n' || c === '\r'
        ? 'a line break inside quoted text, which JSON does not allow: write it as \\n, or add the missing closing quote'
        : c === '\t'
          ? 'a tab inside quoted text, which JSON does not allow: write it as \\t'
          : `a control character (${uEscape(c)}) inside quoted text, which JSON does not allow: remove it`;
    return [at, fix];
  }
  const before = text.slice(0, at).trimEnd();
  // Not JSON from its first character: a web page (or the element around an inline dataset), or plain words.
  if (!before && c === '<') {
    return [at, 'HTML, not JSON (a web page, or an element around the dataset): give the JSON itself, from { to }'];
  }
  if (!before && /\p{L}/u.test(c) && !/^(true|false|null)\b/.test(text.slice(at))) {
    return [at, 'words, not JSON: a dataset is an object, from { to }'];
  }
  const commaBefore = before.endsWith(',');
  if ((c === ']' || c === '}') && commaBefore) {
    return [before.length - 1, 'a comma after the last item, which JSON does not allow: remove it'];
  }
  if (
    c === ',' &&
    (commaBefore ||
      text
        .slice(at + 1)
        .trimStart()
        .startsWith(','))
  ) {
    return [commaBefore ? at : text.indexOf(',', at + 1), 'two commas in a row: remove one'];
  }
  if (text.startsWith('//', at) || text.startsWith('/*', at) || c === '#') {
    return [at, 'a comment, which JSON does not allow: remove it'];
  }
  if (/[\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/.test(c)) {
    // Not a straight quote before it: a word processor made them all typographic, and fixing one shows the next.
    const all = before.includes('"') ? 0 : (text.match(/[\u201C\u201D\u201E]/g)?.length ?? 0);
    return [
      at,
      `a typographic quote (${c}): JSON text and keys go in straight double quotes (")${all > 2 ? `: every quote of this text is typographic (${all} of them), as a word processor writes them: replace them all at once (find and replace), then check any inside the text itself` : ''}`,
    ];
  }
  if (c === "'") return [at, `a single quote: JSON text and keys go in double quotes (")`];
  const code = `U+${uEscape(c || ' ').slice(2)}`;
  // Spaces JSON does not count as space (only space, tab and line breaks are), and a byte-order mark past the start.
  if (/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/.test(c)) {
    const remove = c === '\u200B' || c === '\uFEFF';
    return [
      at,
      `${SPACES[c] ?? 'a space of another kind'} (${code}), which JSON does not allow outside quoted text: ${remove ? 'remove it' : 'replace it with an ordinary space'}`,
    ];
  }
  // The full-width forms of ASCII (U+FF01–U+FF5E) a CJK input method types.
  if (c > '\uFF00' && c < '\uFF5F') {
    return [
      at,
      `a full-width ${c} (${code}), as a CJK input method types it: write the ASCII one (${String.fromCharCode(c.charCodeAt(0) - 0xfee0)})`,
    ];
  }
  // The text ends before the dataset does: its last brackets left out, or a copy cut short (after a comma, say).
  if (!text.slice(at).trim()) {
    const from = openBefore(text, at);
    if (from !== undefined) {
      return [
        commaBefore ? before.length - 1 : before.length,
        `the text ends inside the "${text[from]}" opened at ${lineColumn(text, from)}: add "${closer(text, from)}" here, or, if the text was cut short when copied, paste it whole`,
      ];
    }
  }
  // The engine expected a comma or the end of the list or object it is in. Before another value, the comma is
  // probably missing (where the value before ends); else (the end of the text, another closing bracket, a key in a
  // list) the list or object is not closed.
  const expected = /^Expected ',' or '([\]}])'/.exec(what)?.[1];
  const key = /^Expected double-quoted property name/.test(what);
  if (key && /[\p{L}_$]/u.test(c)) return [at, 'a key without quotes: JSON keys go in double quotes ("key")'];
  // A list's next item where the object's next key should be: the object before it was not closed.
  const unclosed = (expected === '}' || key) && (c === '{' || c === '[');
  if (!expected && !unclosed && !/end of JSON input/.test(what)) return undefined;
  // A word right after a closing quote: a quote inside the text ended it early ("He said "yes" to it").
  if (expected && text[at - 1] === '"' && /[\p{L}\p{N}]/u.test(c)) {
    return [at - 1, 'a double quote inside quoted text ends it early: write it as \\" (or use “ ”)'];
  }
  // A key where a list's next value should be: the list was not closed.
  const keyInList = expected === ']' && /^"(?:[^"\\]|\\.)*"\s*:/.test(text.slice(at));
  // A whole value starts here: the comma before it is probably missing.
  if (expected && !keyInList && !unclosed && /^(?:[-\d"[{]|(?:true|false|null)\b)/.test(text.slice(at))) {
    return [before.length, 'a comma is probably missing here, after this value: add one'];
  }
  // Else only where the list or object ends too soon: a key in a list, a list's next item in an object, another
  // closing bracket, the end of the text.
  if (expected && c && c !== ']' && c !== '}' && !keyInList && !unclosed) return undefined;
  const from = openBefore(text, at);
  // Before the comma that follows it, where there is one.
  return from === undefined
    ? undefined
    : [
        key && commaBefore ? before.length - 1 : before.length,
        `the "${text[from]}" opened at ${lineColumn(text, from)} is not closed: add "${closer(text, from)}" here`,
      ];
}

/** Where the innermost list or object still open at `at` opened. */
function openBefore(text: string, at: number): number | undefined {
  const open: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && m.index < at; m = TOKEN.exec(text)) {
    if (m[0] === '[' || m[0] === '{') open.push(m.index);
    else if (m[0] === ']' || m[0] === '}') open.pop();
  }
  return open.pop();
}

/** The bracket that closes the one at `from`: "]" and "}" come two after "[" and "{". */
const closer = (text: string, from: number) => String.fromCharCode(text.charCodeAt(from) + 2);

/** A JSON token: a whole string, or a structural character (numbers and literals need no look). */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\],]/g;

/** "line L, column C" of each offset in `text`, in one pass however many there are. */
function lineColumns(text: string, offsets: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  let [line, start, from] = [1, 0, 0];
  for (const at of [...offsets].sort((a, b) => a - b)) {
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      start = nl + 1;
    }
    from = at;
    out.set(at, `line ${line}, column ${at - start + 1}`);
  }
  return out;
}

/** Every key given twice in one object of valid JSON `text`, with its path, and where it and its first are. */
function duplicateKeys(text: string): SummitDataIssue[] {
  const twice: { path: string; at: number; first: number }[] = [];
  // One frame per open object or list: the keys seen (objects) and where, the current key or index, and whether a key
  // is next.
  const frames: { keys?: Map<string, number>; at: string | number; key: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0];
    const top = frames[frames.length - 1];
    if (token === '{') frames.push({ keys: new Map(), at: '', key: true });
    else if (token === '[') frames.push({ at: 0, key: false });
    else if (token === '}' || token === ']') frames.pop();
    else if (token === ',') {
      if (top!.keys) top!.key = true;
      else (top!.at as number)++;
    } else if (top?.key) {
      const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
      top.key = false;
      top.at = key;
      const first = top.keys!.get(key);
      if (first === undefined) top.keys!.set(key, m.index);
      else twice.push({ path: joinPath(frames.map((f) => f.at)), at: m.index, first });
    }
  }
  // Where, as a syntax error says it: an editor goes to the line, which the path alone does not give.
  const where = lineColumns(
    text,
    twice.flatMap((t) => [t.at, t.first]),
  );
  return twice.map(({ path, at, first }) => ({
    path,
    message: `this key is given twice in one object (${where.get(at)!}; first at ${where.get(first)!}), and JSON keeps only the last value: remove one of them`,
  }));
}

/**
 * Resolves `src` against the page and refuses anything but https: or a
 * same-origin URL, so a dataset cannot come from `javascript:` or `data:`.
 */
export function resolveDatasetUrl(src: string, base?: string, context = ''): URL {
  const pageBase = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  let url: URL;
  try {
    url = new URL(src, pageBase);
  } catch {
    throw fail(`${context}src "${src}" is not a valid URL`);
  }
  const sameOrigin = typeof location !== 'undefined' && url.origin === location.origin;
  if (url.protocol !== 'https:' && !sameOrigin) {
    throw fail(`${context}src must be an https: URL or on this site, got "${url.protocol}" in "${src}"`);
  }
  // A browser will not fetch it (and every reader could read them in the page): said without them.
  if (url.username || url.password) {
    throw fail(
      `${context}src must not hold a user name or password ("${url.protocol}//…@${url.host}"): serve the dataset where no sign-in is needed`,
    );
  }
  return url;
}

/** What servers label JSON with: the standard type, the legacy ones, plain text, and S3's and others' "any bytes". */
const JSON_TYPE = /^((application|text)\/(.+\+|x-)?json|text\/plain|(application|binary)\/octet-stream)$/i;

/** The longest timeout a timer takes (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Whether `timeout` is a number of milliseconds a request can wait (from 1 to `MAX_TIMEOUT_MS`). */
export const usableTimeout = (timeout: number) => timeout >= 1 && timeout <= MAX_TIMEOUT_MS;

/** Decodes a body as JSON must be sent (UTF-8), refusing bytes that are not UTF-8 rather than replacing them. */
export function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView, origin: string): string {
  try {
    // The byte-order mark is kept, for `parseJsonText` to drop exactly one, as it does from text given any other way.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Where: the first byte read as a replacement character (a file saved in a Windows or ISO code page, say).
    const text = new TextDecoder().decode(bytes);
    throw fail(
      `${origin} is not UTF-8 text (${lineColumn(text, text.indexOf('\uFFFD'))}: the first character that is not): JSON must be saved and sent as UTF-8`,
      true,
    );
  }
}

/** Fetches, parses and validates a dataset. Every failure is a `SummitDataError`; an abort rethrows the AbortError. */
export async function loadSummit(src: string, options: LoadOptions = {}): Promise<Summit> {
  const url = resolveDatasetUrl(src, options.base);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!usableTimeout(timeout)) {
    const got = Number.isNaN(timeout) ? 'something that is not a number' : timeout;
    throw fail(`timeout must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${got}`);
  }
  // The time allowed for an answer, then for each part of the body after it: a slow but steady download (a phone on a
  // poor network) arrives, however long it takes in all; one that stops arriving ends.
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stop.abort(), timeout);
  };
  wait();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const shown = clip(url.href);
  let text: string;
  let answered = false;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    // A redirect is held to the rule `src` is: https:, or this site.
    if (response.redirected)
      resolveDatasetUrl(response.url, url.href, `${shown} redirected to ${clip(response.url)}: `);
    if (!response.ok) {
      const { status } = response;
      throw fail(
        `${`${shown} answered ${status} ${response.statusText}`.trim()}: ${httpFix(status)}`,
        false,
        passing(status),
      );
    }
    answered = true;
    wait();
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const bytes = await readBody(response, shown, wait);
    if (type && !JSON_TYPE.test(type)) {
      // A web page (an error or login page), or the dataset itself under the wrong label.
      const json = /^\s*[{[]/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
      const fix =
        /html/i.test(type) && !json
          ? 'a web page came back (an error or login page, say): check that the URL is the JSON file itself'
          : 'the server must send the file as application/json';
      throw fail(`${shown} sent ${type}, not JSON: ${fix}`);
    }
    // Compressed, without the Content-Encoding header that has the browser unpack it (a file stored gzipped).
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      throw fail(
        `${shown} is compressed (gzip) but not sent as such: serve it with "Content-Encoding: gzip", or uncompressed`,
      );
    }
    text = decodeUtf8(bytes, shown);
  } catch (e) {
    if (options.signal?.aborted) throw options.signal.reason ?? e;
    if (stop.signal.aborted) {
      const what = answered ? `stopped arriving: nothing came for` : 'did not answer within';
      throw fail(`${shown} ${what} ${timeout / 1000} s`, false, true);
    }
    if (e instanceof SummitDataError) throw e;
    // A browser says no more than "Failed to fetch" (offline, no such host, or refused by CORS); Node names a cause.
    if (typeof navigator !== 'undefined' && navigator.onLine === false)
      throw fail(`could not fetch ${shown}: this browser is offline`, false, true);
    if (answered)
      throw fail(
        `${shown} stopped arriving: the connection broke (or the server's Content-Encoding was wrong)`,
        false,
        true,
      );
    // From another site, where the browser hides why: a request it cannot read (no-cors) that succeeds says the server
    // is there and answered, so its CORS headers refused this page, or it failed with an error page that carries none
    // (a gateway's 503): which, the browser does not say. Asked once a URL per page; trying again may still help.
    if (typeof location !== 'undefined' && url.origin !== location.origin) {
      const answers = await answersAtAll(url, timeout, options.signal);
      if (options.signal?.aborted) throw options.signal.reason ?? e;
      if (answers) {
        throw fail(
          `${shown} answered, but this site may not read the answer: its server must send "Access-Control-Allow-Origin" with this site's origin (or *), for error pages too (CORS)`,
          false,
          true,
        );
      }
    }
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    const why = cause ?? ((e as Error).message || 'network error');
    throw fail(
      `could not fetch ${shown} (${why}): check the URL, that the server is up, and that it (and any site it redirects to) lets this site read it (CORS)`,
      false,
      true,
    );
  } finally {
    clearTimeout(timer);
  }
  return parseSummit(parseJsonText(text, shown));
}

/** Whether a URL answers at all (see loadSummit's CORS note), asked once a page for each. */
const answering = new Map<string, Promise<boolean>>();

function answersAtAll(url: URL, timeout: number, signal?: AbortSignal): Promise<boolean> {
  let answers = answering.get(url.href);
  if (!answers) {
    const probe = AbortSignal.timeout(timeout);
    answers = fetch(url, { mode: 'no-cors', signal: signal ? AbortSignal.any([signal, probe]) : probe }).then(
      // Its body is of no use (the browser hides it): not read.
      (response) => (void response.body?.cancel().catch(() => {}), true),
      () => false,
    );
    // A probe the load's cancelling stopped says nothing: not kept.
    void answers.then(() => signal?.aborted && answering.delete(url.href));
    answering.set(url.href, answers);
  }
  return answers;
}

/** The most a dataset may weigh: ten thousand proposals, each with its evidence, are about 20 MB. */
const MAX_DATASET_BYTES = 50 * 2 ** 20;

/**
 * The body as it arrives, up to `MAX_DATASET_BYTES`: an endless or huge one would otherwise hold up the page.
 * `arrived` is called for each part.
 */
async function readBody(response: Response, shown: string, arrived: () => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    arrived();
    size += part.value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      void reader!.cancel();
      throw fail(`${shown} sent more than 50 MB, more than any summit dataset: check that the URL is the dataset`);
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
  return bytes;
}

/** What to do about an HTTP error status. */
function httpFix(status: number): string {
  if (status === 404 || status === 410) return 'there is no file at this URL: check it';
  if (status === 401 || status === 403) return 'the server does not let this page read it: check its permissions';
  if (status >= 500 && passing(status)) return 'the server failed: try again later, or tell whoever runs it';
  if (passing(status)) return 'the server is busy: try again later';
  if (status >= 500) return 'the server cannot answer this request: tell whoever runs it';
  return 'check the URL and the server';
}

/** A long URL cut in the middle: its origin and its file name are what tell which one failed. */
const clip = (href: string) => (href.length > 120 ? `${href.slice(0, 60)}…${href.slice(-59)}` : href);
