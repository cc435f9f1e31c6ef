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

  constructor(issues: readonly SummitDataIssue[], summary?: string) {
    const head = summary ?? `Invalid summit dataset: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`;
    super(`${head}\n${issues.map(formatIssue).join('\n')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }
}

/** `path: message`, or just the message for problems with the whole input. */
export function formatIssue(issue: SummitDataIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Joins path segments the way a JavaScript reader writes them: `a[3].b`, `a["odd key"]`. */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    // A key is shown whole up to 60 characters (an unknown key may be any size).
    else out += `[${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)}]`;
  }
  return out;
}
