/** One problem in a dataset, located by its path (e.g. `proposals[3].when.year`). */
export interface SummitDataIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by `parseSummit` and the loader. `issues` lists every problem with
 * the path of the field, so an editor can fix the data.
 */
export class SummitDataError extends Error {
  override readonly name = 'SummitDataError';
  readonly issues: readonly SummitDataIssue[];
  /**
   * True when fields have the wrong shape: the references between entries (an id that must name one) are checked
   * once they are fixed, so more issues may follow (`REFERENCES_LATER` says so).
   */
  readonly referencesLater: boolean;
  /**
   * True when the dataset could not be read (bytes that are not UTF-8, JSON with a syntax error or a key given twice):
   * nothing else was checked, so more issues may follow once these are fixed (`CHECKS_LATER` says so).
   */
  readonly checksLater: boolean;
  /**
   * True when loading failed in a way that may pass by itself (no network, a timeout, a server error, too many
   * requests): the same `src` may load if tried again. The widgets then offer a Try again button, and try again on
   * their own once the browser is back online.
   */
  readonly transient: boolean;

  constructor(
    issues: readonly SummitDataIssue[],
    summary?: string,
    referencesLater = false,
    checksLater = false,
    transient = false,
  ) {
    const head = summary ?? `Invalid summit dataset: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`;
    super(`${head}\n${issues.map(formatIssue).join('\n')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
    this.referencesLater = referencesLater;
    this.checksLater = checksLater;
    this.transient = transient;
  }
}

/** What a report adds under issues with `referencesLater`. */
export const REFERENCES_LATER =
  'the references between entries (ids that must name one: leaders, sectors, countries, sources) are checked once these are fixed';

/** What a report adds under issues with `checksLater`. */
export const CHECKS_LATER =
  "the dataset's fields and the references between its entries are checked once it can be read: more issues may follow";

/** The note a report adds under issues (`REFERENCES_LATER`, `CHECKS_LATER`), or undefined when all was checked. */
export const laterNote = (error: { readonly referencesLater?: boolean; readonly checksLater?: boolean }) =>
  error.checksLater ? CHECKS_LATER : error.referencesLater ? REFERENCES_LATER : undefined;

/** `path: message`, or just the message for problems with the whole input. */
export function formatIssue(issue: SummitDataIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

const MAX_SHOWN = 60;

/**
 * Characters a message would print invisibly (spaces other than U+0020, format marks, fillers), and combining marks
 * at the start, which would be drawn on the opening quote mark and look like a fine value: shown as \uXXXX.
 * JSON's own escapes come first, so an escaped backslash is skipped and its \u escapes (controls, halves of a
 * UTF-16 pair) are upper-cased to match.
 */
const INVISIBLE = /\\u[\da-f]{4}|\\.|[\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]|(?<=^"\p{M}*)\p{M}/gu;
/** Text without its accents, in lower case: "Ūdeņradis" and "udenradis" alike. */
export const unaccented = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export const uEscape = (c: string) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text as a message shows it: in quotes, at most 60 characters (cut between characters, never inside a UTF-16
 * pair, which would print as a broken character), and no character left invisible.
 */
export function quoted(text: string): string {
  const long = text.length > MAX_SHOWN;
  const cut = MAX_SHOWN - (/[\uD800-\uDBFF]/.test(text[MAX_SHOWN - 1] ?? '') ? 1 : 0);
  const shown = JSON.stringify(long ? text.slice(0, cut) : text).replace(INVISIBLE, (c) =>
    c[0] === '\\' ? c.slice(0, 2) + c.slice(2).toUpperCase() : c === ' ' ? c : uEscape(c),
  );
  return long ? `${shown}…` : shown;
}

/** Joins path segments the way a JavaScript reader writes them: `a[3].b`, `a["odd key"]`. */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    // An unknown key may be any size, and hold anything.
    else out += `[${quoted(s)}]`;
  }
  return out;
}
