import { SummitDataError } from './errors.js';
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

const fail = (message: string) => new SummitDataError([{ path: '', message }], 'Could not load the summit dataset');

/** Parses JSON text, turning a syntax error into a `SummitDataError` that says where. */
export function parseJsonText(text: string, origin = 'the dataset'): unknown {
  if (!text.trim()) throw fail(`${origin} is empty: expected JSON text`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw fail(`${origin} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Resolves `src` against the page and refuses anything but https: or a
 * same-origin URL, so a dataset cannot come from `javascript:` or `data:`.
 */
export function resolveDatasetUrl(src: string, base?: string): URL {
  const pageBase = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  let url: URL;
  try {
    url = new URL(src, pageBase);
  } catch {
    throw fail(`src "${src}" is not a valid URL`);
  }
  const sameOrigin = typeof location !== 'undefined' && url.origin === location.origin;
  if (url.protocol !== 'https:' && !sameOrigin) {
    throw fail(`src must be an https: URL or on this site, got "${url.protocol}" in "${src}"`);
  }
  return url;
}

const JSON_TYPE = /^(application\/(.+\+)?json|text\/plain|application\/octet-stream)$/i;

/** Fetches, parses and validates a dataset. Every failure is a `SummitDataError`; an abort rethrows the AbortError. */
export async function loadSummit(src: string, options: LoadOptions = {}): Promise<Summit> {
  const url = resolveDatasetUrl(src, options.base);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const timer = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  const shown = url.href.length > 120 ? `${url.href.slice(0, 120)}…` : url.href;
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) throw fail(`${shown} answered ${response.status} ${response.statusText}`.trim());
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (type && !JSON_TYPE.test(type)) throw fail(`${shown} sent ${type}, not JSON`);
    text = await response.text();
  } catch (e) {
    if (options.signal?.aborted) throw options.signal.reason ?? e;
    if (timer.aborted) throw fail(`${shown} did not answer within ${timeout / 1000} s`);
    if (e instanceof SummitDataError) throw e;
    throw fail(`could not fetch ${shown}: ${(e as Error).message || 'network error'}`);
  }
  return parseSummit(parseJsonText(text, shown));
}
