/**
 * `<summit-data-checker>`, a Storybook tool for editors (not part of the package): paste a dataset or choose a file,
 * read every problem with its path, and see the five widgets draw it. The report comes from the data layer's own
 * `parseJsonText` and `validateSummit`, the functions behind every widget; the widgets get the same text. Given the
 * source text files the dataset names (`sources[].file`), it checks every evidence quote against them with
 * `checkEvidence`, as `npx summit-widgets validate` does; until then it says the quotes were not checked.
 */
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  checkEvidence,
  formatIssue,
  laterNote,
  parseJsonText,
  validateSummit,
  type Summit,
  type SummitDataIssue,
} from '../src/data/index.js';
import { SummitDataError } from '../src/data/errors.js';
import { decodeUtf8 } from '../src/data/load.js';
import { checkDates, checkNames, forEachEvidence } from '../src/data/parse.js';

type Report =
  | {
      ok: true;
      summary: string;
      warnings: readonly SummitDataIssue[];
      /** What the evidence quotes were checked against, or undefined when not all of them were (see `unchecked`). */
      checked?: string;
      /** Which quotes were not checked against their sources (the first sentence), and how to check them. */
      unchecked?: readonly string[];
    }
  | {
      ok: false;
      issues: readonly SummitDataIssue[];
      /** What is checked once they are fixed. */
      later?: string;
      unchecked?: readonly string[];
    }
  | undefined;

/** "1 quote", "0 quotes", "6 leaders". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Names in quotes, joined: "a.txt", "b.txt". */
const names = (list: readonly string[]) => list.map((n) => `"${n}"`).join(', ');

/**
 * The name of the file a source's `file` names, which is all a browser tells of a chosen file: the CLI reads `file`
 * relative to the dataset's folder, here the editor chooses it.
 */
export const fileName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * Checks the evidence quotes against the source texts given (by file name), as the CLI does against the files: the
 * problems, what was checked, and what was not (its first sentence) and how to check it.
 */
function evidence(summit: Summit, sources: ReadonlyMap<string, string>) {
  // Only a source some evidence cites has quotes to check.
  const cited = new Set<string>();
  forEachEvidence(summit, (e) => cited.add(e.source));
  const texts: Record<string, string> = {};
  const missing: string[] = [];
  const noFile: string[] = [];
  // Every file name a source gives (cited or not), and those two sources share (2024/statement.txt and
  // 2025/statement.txt): a file given under that name could be either, so neither is checked against it.
  const named = new Set<string>();
  const shared = new Set<string>();
  for (const { file } of summit.sources) {
    const name = file ? fileName(file) : '';
    if (name && named.has(name)) shared.add(name);
    if (name) named.add(name);
  }
  let unmatched = 0;
  for (const { id, file } of summit.sources) {
    const name = file ? fileName(file) : '';
    const text = sources.get(name);
    if (!cited.has(id)) continue;
    if (shared.has(name)) unmatched++;
    else if (text !== undefined) texts[id] = text;
    else if (!name) noFile.push(id);
    else if (!missing.includes(name)) missing.push(name);
  }
  const issues = checkEvidence(summit, texts);
  const n = Object.keys(texts).length;
  if (!missing.length && !noFile.length && !unmatched) {
    return {
      issues,
      checked: `every evidence quote checked word for word against ${count(n, 'source file', 'source files')}`,
    };
  }
  const unused = [...sources.keys()].filter((name) => !named.has(name));
  const unchecked = [
    n
      ? `The quotes of ${count(missing.length + noFile.length + unmatched, 'source were', 'sources were')} NOT checked against their text.`
      : 'The evidence quotes were NOT checked against their sources.',
  ];
  if (shared.size) {
    unchecked.push(
      `Several sources name a file called ${names([...shared])} (in different folders): run npx summit-widgets validate on the dataset file, which reads each relative to its folder.`,
    );
  }
  if (missing.length) {
    unchecked.push(
      `To check them, choose or drop the ${missing.length === 1 ? 'file' : 'files'} the dataset names here (${names(missing)}), with the dataset or after it, or run npx summit-widgets validate on the dataset file, which reads them relative to its folder.`,
    );
  }
  if (unused.length) unchecked.push(`No source's "file" is named ${names(unused)}.`);
  if (noFile.length) {
    unchecked.push(
      `${noFile.length === 1 ? 'Source' : 'Sources'} ${names(noFile)} ${noFile.length === 1 ? 'has' : 'have'} no "file": give ${noFile.length === 1 ? 'it' : 'each'} one, the source's stored text, to check ${noFile.length === 1 ? 'its' : 'their'} quotes.`,
    );
  }
  return { issues, unchecked };
}

/**
 * What the checker says about `text`: nothing for no text, else every problem, or what the dataset holds. `sources`
 * maps file names to the text of the source files given, against which the evidence quotes are checked.
 */
export function report(text: string, sources: ReadonlyMap<string, string> = new Map()): Report {
  if (!text.trim()) return undefined;
  try {
    const result = validateSummit(parseJsonText(text, 'the text'));
    if (!result.ok) return { ok: false, issues: result.issues, later: laterNote(result) };
    const { issues, checked, unchecked } = evidence(result.summit, sources);
    if (issues.length) return { ok: false, issues, unchecked };
    const { leaders, proposals, sectors, quotes } = result.summit;
    return {
      ok: true,
      summary: [
        count(leaders.length, 'leader', 'leaders'),
        count(proposals.length, 'proposal', 'proposals'),
        count(sectors.length, 'sector', 'sectors'),
        count(quotes.length, 'quote', 'quotes'),
      ].join(', '),
      warnings: [...checkDates(result.summit), ...checkNames(result.summit)],
      checked,
      unchecked,
    };
  } catch (e) {
    if (e instanceof SummitDataError) return { ok: false, issues: e.issues, later: laterNote(e) };
    throw e;
  }
}

/** The file names of the sources the dataset in `text` names, read as far as it can be (nothing where it cannot). */
function sourceFiles(text: string): string[] {
  try {
    const { sources } = JSON.parse(text.replace(/^\uFEFF/, '')) as { sources: { file?: unknown }[] };
    return sources.map((s) => (typeof s?.file === 'string' ? fileName(s.file) : ''));
  } catch {
    return [];
  }
}

/** A JSON token: a string, a structural character, a number or a literal. */
const TOKEN = /"(?:[^"\\]|\\.)*"|[{}[\],:]|-?\d[\d.eE+-]*|true|false|null/g;

/**
 * Where each value of `text` (valid JSON, else as far as it reads) starts, by its path as the validator writes it
 * (`proposals[12].when.date`), and where each line starts: one pass over the text, kept for the last text given (a
 * report on a dataset of several MB lists thousands of problems; finding each in the text anew took minutes).
 */
const indexOf = (() => {
  let last: { text: string; paths: Map<string, number>; lines: number[] } | undefined;
  return (text: string) => {
    if (last?.text === text) return last;
    const paths = new Map<string, number>();
    const stack: { object: boolean; path: string; index: number }[] = [];
    let key = '';
    let expectKey = false;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const token = m[0];
      const top = stack[stack.length - 1];
      if (token === ':') continue;
      if (token === ',') {
        if (top?.object) expectKey = true;
        else if (top) top.index++;
        continue;
      }
      if (token === '}' || token === ']') {
        stack.pop();
        expectKey = false;
        continue;
      }
      if (top?.object && expectKey) {
        key = JSON.parse(token) as string;
        expectKey = false;
        continue;
      }
      // A value starts: its path.
      const here = !top ? '' : top.object ? (top.path ? `${top.path}.${key}` : key) : `${top.path}[${top.index}]`;
      if (!paths.has(here)) paths.set(here, m.index);
      if (token === '{' || token === '[') {
        stack.push({ object: token === '{', path: here, index: 0 });
        expectKey = token === '{';
      }
    }
    const lines = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
    return (last = { text, paths, lines });
  };
})();

/**
 * Where in `text` (valid JSON) the value at `path` (`proposals[12].when.date`, as the validator writes it) starts, or,
 * for a field that is missing, the nearest value around it that is there; undefined for no path.
 */
export function locate(text: string, path: string): number | undefined {
  if (!path) return undefined;
  const { paths } = indexOf(text);
  // The path, then each value around it, out to the whole text ("").
  for (let at = path; ;) {
    const found = paths.get(at);
    if (found !== undefined) return found;
    if (!at) return undefined;
    const up = at.replace(/(\.[^.[]*|\[\d+\])$/, '');
    at = up === at ? '' : up;
  }
}

/** The line (from 1) that the character at `at` of `text` is on. */
function lineOf(text: string, at: number): number {
  const { lines } = indexOf(text);
  let [low, high] = [0, lines.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Where an issue is in `text`: its line and column, where the message gives them (JSON syntax), else its path's. */
function whereIn(text: string, issue: SummitDataIssue): number | undefined {
  const lc = /\(line (\d+), column (\d+)\)/.exec(issue.message);
  if (!lc) return locate(text, issue.path);
  const start = indexOf(text).lines[Number(lc[1]) - 1];
  return start === undefined ? undefined : start + Number(lc[2]) - 1;
}

/** Keeps the editor's text for the tab under `key`, or forgets it (`undefined`): a reload loses nothing. */
function remember(key: string | undefined, text: string | undefined) {
  if (!key) return;
  try {
    if (text === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, text);
  } catch {
    // Storage full (a text of several MB) or turned off: the box keeps it while the page is open.
  }
}

function recalled(key: string | undefined): string | undefined {
  if (!key) return undefined;
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** What was not checked against the sources (the first sentence, in bold), and how to check it. */
const unchecked = (sentences: readonly string[] | undefined) =>
  sentences ? html`<p class="later"><strong>${sentences[0]}</strong> ${sentences.slice(1).join(' ')}</p>` : nothing;

export class SummitDataChecker extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: 700;
      margin-block-end: 0.25rem;
    }
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      block-size: 14rem;
      font:
        0.875rem/1.4 ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace;
      color: inherit;
      background: transparent;
    }
    .file {
      margin-block: 0.5rem 1rem;
    }
    .given {
      margin-block: 0.5rem 0;
      overflow-wrap: anywhere;
    }
    .report {
      margin-block-end: 1.5rem;
      padding: 0.75rem 1rem;
      border: 1px solid currentcolor;
      border-inline-start-width: 4px;
    }
    .report p {
      margin: 0;
      font-weight: 700;
    }
    .report .later {
      margin-block-start: 0.5rem;
      font-weight: normal;
    }
    .report ol,
    .report ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.5rem;
    }
    .report .goto {
      margin-inline-start: 0.5rem;
      font: inherit;
      font-family: system-ui, sans-serif;
      white-space: nowrap;
    }
    .report li {
      margin-block: 0.25rem;
      overflow-wrap: anywhere;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875rem;
    }
    /* A message's own spaces and line breaks (a value of spaces, a quote across lines), not the template's. */
    .report .said {
      white-space: pre-wrap;
    }
  `;

  /** The dataset's JSON text, as pasted or read from a file. */
  text = '';

  /** Where in sessionStorage the editor's text is kept for the tab (none: not kept; the self-test's mistakes are not). */
  storageKey: string | undefined;

  /** The source texts given, by file name: the evidence quotes are checked against those the dataset names. */
  sources: ReadonlyMap<string, string> = new Map();

  /** The report on `text`, made once typing pauses (so a reader is not told about every keystroke). */
  private result: Report;
  /** Whose dataset the widgets draw: the text the checker started with (the bundled example), until another is valid. */
  private example = '';
  private showsExample = true;
  private pending = 0;

  override willUpdate() {
    if (this.hasUpdated) return;
    this.example = this.text;
    // The editor's last text in this tab, if they changed the example: shown with the report on it, drawn below when
    // it has no problem.
    const kept = recalled(this.storageKey);
    if (kept !== undefined && kept !== this.text) {
      this.text = kept;
      this.restored = true;
    }
    this.result = report(this.text, this.sources);
  }

  /** Set when the box holds the editor's text from before a reload: the widgets are handed it once they are there. */
  private restored = false;

  override firstUpdated() {
    if (this.restored) this.check();
  }

  override render() {
    const result = this.result;
    return html`
      <label for="text">
        Your dataset (JSON): paste it here, edit it, or drop its file on it (with its source text files)
      </label>
      <textarea
        id="text"
        spellcheck="false"
        wrap="off"
        .value=${live(this.text)}
        @input=${this.onInput}
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${this.onDrop}
      ></textarea>
      <div class="file">
        <label for="file">
          …or choose its file, and the source text files it names in <code>sources[].file</code> to check every quote
          against them (several at once)
        </label>
        <input
          id="file"
          type="file"
          multiple
          accept=".json,application/json,.txt,.md,.html,.htm,text/*"
          @change=${this.onFile}
        />
        ${
          this.sources.size
            ? html`<p class="given">
                Source texts given: ${names([...this.sources.keys()])}.
                <button type="button" @click=${this.forget}>Forget them</button>
              </p>`
            : nothing
        }
      </div>
      ${
        this.restored && this.text !== this.example
          ? html`<p class="given">
              Your text from before, kept in this browser tab.
              <button type="button" @click=${this.startAgain}>Start again from the example</button>
            </p>`
          : nothing
      }
      <div class="report" role="status">
        ${
          result === undefined
            ? html`<p>No dataset yet.</p>`
            : result.ok
              ? html`<p>
                    ${
                      result.checked
                        ? `No problems found: ${result.summary}; ${result.checked}.`
                        : `No problems found in the dataset's fields and references: ${result.summary}.`
                    }
                  </p>
                  ${unchecked(result.unchecked)}
                  ${
                    result.warnings.length
                      ? html`<p class="later">
                            Worth a look (the widgets show the dataset all the same): ${result.warnings.length}
                            ${result.warnings.length === 1 ? 'thing that looks' : 'things that look'} mistyped.
                          </p>
                          <ul>
                            ${result.warnings.map((w) => this.issue(w))}
                          </ul>`
                      : nothing
                  }`
              : html`<p>
                    ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'} (the widgets below
                    show
                    ${this.showsExample ? 'the bundled example dataset, not yours' : 'your last version without any'}):
                  </p>
                  <ol>
                    ${result.issues.map((issue) => this.issue(issue))}
                  </ol>
                  ${unchecked(result.unchecked)}
                  ${result.later ? html`<p class="later">Then ${result.later}.</p>` : nothing}`
        }
      </div>
      ${result === undefined ? nothing : html`<slot></slot>`}
    `;
  }

  /** One problem, and a button that shows where it is in the text: the box has no line numbers to count. */
  private issue(issue: SummitDataIssue) {
    const text = this.text;
    const at = whereIn(text, issue);
    const line = at === undefined ? 0 : lineOf(text, at);
    // prettier-ignore
    return html`<li><span class="said">${formatIssue(issue)}</span>${at === undefined ? nothing : html` <button type="button" class="goto" @click=${() => this.goTo(at)}>Show it in the text (line ${line})</button>`}</li>`;
  }

  /** Selects what is at `at` in the box, scrolled into its view. */
  private goTo(at: number) {
    const area = this.renderRoot.querySelector('textarea')!;
    area.focus();
    // The whole value where one starts there ("2025-13-20", with its quotes), else the one character.
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(this.text);
    area.setSelectionRange(at, at + (token?.index === at ? token[0].length : 1));
    // Chromium scrolls a focused box to its caret; the line above is left in view too.
    const line = lineOf(this.text, at);
    area.scrollTop = Math.max(0, (line - 2) * parseFloat(getComputedStyle(area).lineHeight));
  }

  private readonly onInput = (event: Event) => this.use((event.target as HTMLTextAreaElement).value);

  private readonly onFile = (event: Event) => void this.useFiles([...((event.target as HTMLInputElement).files ?? [])]);

  private readonly onDrop = (event: DragEvent) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    void this.useFiles(files);
  };

  private readonly startAgain = () => {
    this.restored = false;
    this.use(this.example);
    this.check();
  };

  private readonly forget = () => {
    this.sources = new Map();
    this.check();
  };

  /**
   * Takes chosen or dropped files: the dataset (the first .json, else the one file that holds a JSON object, unless the
   * dataset in the box names it as a source) and the source texts, kept by file name for every dataset checked after
   * (one given again replaces the last). A text file chosen after the dataset is a source, whatever its name and
   * whether or not the box can be read yet: the box keeps what the editor wrote. Source texts are read as the CLI
   * reads them (UTF-8, "�" for bytes that are not).
   */
  async useFiles(files: readonly File[]) {
    const named = new Set(sourceFiles(this.text));
    const read = await Promise.all(files.map(async (f) => [f, await f.text()] as const));
    // Else the one file the box does not name that holds a JSON object (a dataset saved as .txt, with its sources).
    const objects = read.filter(([f, text]) => !named.has(f.name) && /^\uFEFF?\s*\{/.test(text));
    const dataset =
      files.find((f) => /\.json$/i.test(f.name) && !named.has(f.name)) ??
      (objects.length === 1 ? objects[0]![0] : undefined);
    const texts = read.filter(([f]) => f !== dataset).map(([f, text]) => [f.name, text] as const);
    if (texts.length) this.sources = new Map([...this.sources, ...texts]);
    if (dataset) await this.useFile(dataset);
    else this.check();
  }

  /**
   * Takes a chosen or dropped file, decoded as the CLI and a widget's `src` decode it: bytes that are not UTF-8 (a
   * Latin-1 or UTF-16 file) are reported as such, not replaced with "�" and passed. The box keeps what it held then.
   */
  async useFile(file: Blob) {
    const bytes = await file.arrayBuffer();
    let text: string;
    try {
      text = decodeUtf8(bytes, 'the file');
    } catch (e) {
      if (!(e instanceof SummitDataError)) throw e;
      clearTimeout(this.pending);
      this.result = { ok: false, issues: e.issues, later: laterNote(e) };
      this.requestUpdate();
      return;
    }
    this.use(text);
    this.check();
  }

  /**
   * Takes `text` and checks it once typing pauses. Line ends are the box's (a file saved on Windows ends its lines with
   * CR LF, which the box shows as one break): the places the report shows in the text are counted in what the box holds.
   * Kept for this browser tab (sessionStorage), so a reload or a visit to another page does not lose the editor's work.
   */
  use(text: string) {
    text = text.replace(/\r\n?/g, '\n');
    this.text = text;
    remember(this.storageKey, text === this.example ? undefined : text);
    clearTimeout(this.pending);
    this.pending = window.setTimeout(() => this.check(), 400);
  }

  /**
   * Reports on the text, and hands it to the `<summit-data>` inside when it has no problem: the widgets show the last
   * version without any, and do not announce each problem again (the report above is the one announcement).
   */
  check() {
    clearTimeout(this.pending);
    this.result = report(this.text, this.sources);
    this.requestUpdate();
    const provider = this.querySelector('summit-data');
    if (provider && this.result?.ok) {
      provider.data = this.text;
      this.showsExample = this.text === this.example;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-data-checker': SummitDataChecker;
  }
}
