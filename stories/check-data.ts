/**
 * `<summit-data-checker>`, a Storybook tool for editors (not part of the package): paste a dataset or choose a file,
 * read every problem with its path, and see the five widgets draw it. The report comes from the data layer's own
 * `parseJsonText` and `validateSummit`, the functions behind every widget; the widgets get the same text.
 */
import { LitElement, css, html, nothing } from 'lit';
import { formatIssue, laterNote, parseJsonText, validateSummit, type SummitDataIssue } from '../src/data/index.js';
import { SummitDataError } from '../src/data/errors.js';
import { decodeUtf8 } from '../src/data/load.js';
import { checkDates } from '../src/data/parse.js';

type Report =
  | { ok: true; summary: string; warnings: readonly SummitDataIssue[] }
  | { ok: false; issues: readonly SummitDataIssue[]; /** What is checked once they are fixed. */ later?: string }
  | undefined;

/** "1 quote", "0 quotes", "6 leaders". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the checker says about `text`: nothing for no text, else every problem, or what the dataset holds. */
export function report(text: string): Report {
  if (!text.trim()) return undefined;
  try {
    const result = validateSummit(parseJsonText(text, 'the text'));
    if (!result.ok) return { ok: false, issues: result.issues, later: laterNote(result) };
    const { leaders, proposals, sectors, quotes } = result.summit;
    return {
      ok: true,
      summary: [
        count(leaders.length, 'leader', 'leaders'),
        count(proposals.length, 'proposal', 'proposals'),
        count(sectors.length, 'sector', 'sectors'),
        count(quotes.length, 'quote', 'quotes'),
      ].join(', '),
      warnings: checkDates(result.summit),
    };
  } catch (e) {
    if (e instanceof SummitDataError) return { ok: false, issues: e.issues, later: laterNote(e) };
    throw e;
  }
}

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
    .report li {
      margin-block: 0.25rem;
      overflow-wrap: anywhere;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875rem;
      white-space: pre-wrap;
    }
  `;

  /** The dataset's JSON text, as pasted or read from a file. */
  text = '';

  /** The report on `text`, made once typing pauses (so a reader is not told about every keystroke). */
  private result: Report;
  /** Whose dataset the widgets draw: the text the checker started with (the bundled example), until another is valid. */
  private example = '';
  private showsExample = true;
  private pending = 0;

  override willUpdate() {
    if (this.hasUpdated) return;
    this.result = report(this.text);
    this.example = this.text;
  }

  override render() {
    const result = this.result;
    return html`
      <label for="text">Your dataset (JSON): paste it here, edit it, or drop a file on it</label>
      <textarea
        id="text"
        spellcheck="false"
        .value=${this.text}
        @input=${this.onInput}
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${this.onDrop}
      ></textarea>
      <div class="file">
        <label for="file">…or choose a file</label>
        <input id="file" type="file" accept=".json,application/json" @change=${this.onFile} />
      </div>
      <div class="report" role="status">
        ${
          result === undefined
            ? html`<p>No dataset yet.</p>`
            : result.ok
              ? html`<p>No problems found: ${result.summary}.</p>
                  ${
                    result.warnings.length
                      ? html`<p class="later">
                            Worth a look (the widgets show the dataset all the same): dates at odds with the summit's.
                          </p>
                          <ul>
                            ${result.warnings.map((w) => html`<li>${formatIssue(w)}</li>`)}
                          </ul>`
                      : nothing
                  }`
              : html`<p>
                    ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'} (the widgets below
                    show
                    ${this.showsExample ? 'the bundled example dataset, not yours' : 'your last version without any'}):
                  </p>
                  <ol>
                    ${result.issues.map((issue) => html`<li>${formatIssue(issue)}</li>`)}
                  </ol>
                  ${result.later ? html`<p class="later">Then ${result.later}.</p>` : nothing}`
        }
      </div>
      ${result === undefined ? nothing : html`<slot></slot>`}
    `;
  }

  private readonly onInput = (event: Event) => this.use((event.target as HTMLTextAreaElement).value);

  private readonly onFile = (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.useFile(file);
  };

  private readonly onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.useFile(file);
  };

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

  /** Takes `text` and checks it once typing pauses. */
  use(text: string) {
    this.text = text;
    clearTimeout(this.pending);
    this.pending = window.setTimeout(() => this.check(), 400);
  }

  /**
   * Reports on the text, and hands it to the `<summit-data>` inside when it has no problem: the widgets show the last
   * version without any, and do not announce each problem again (the report above is the one announcement).
   */
  check() {
    clearTimeout(this.pending);
    this.result = report(this.text);
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
