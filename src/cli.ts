#!/usr/bin/env node
/**
 * Command-line tools for summit datasets:
 *   summit-widgets validate <file.json>...   every issue with its path; exits 1 when any file is invalid
 *   summit-widgets embed <file.json>         the dataset as an inline JSON script, ready to paste into a page
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import {
  checkEvidence,
  formatIssue,
  laterNote,
  parseJsonText,
  parseSummit,
  SummitDataError,
  type SummitDataIssue,
} from './data/index.js';
import { quoted } from './data/errors.js';
import { decodeUtf8 } from './data/load.js';
import { checkDates, checkNames, forEachEvidence } from './data/parse.js';

const USAGE = `Usage: summit-widgets validate <dataset.json> [more.json ...]
       summit-widgets embed <dataset.json>
       (- for standard input: cat summit.json | summit-widgets validate -)

validate  Checks each dataset against the summit schema and its cross-references,
          and checks every evidence quote against the source files the dataset names.
embed     Validates the dataset, then prints it as a <script type="application/json">
          to paste inside a widget or <summit-data>: one line, every "<" written as
          \\u003c, so no text in it ("</script>", "<!--") can end the script early.
Exit status: 0 when every file is valid, 1 when any is invalid, 2 on usage errors.`;

/** The dataset as an inline JSON script: `<` escaped (JSON reads \u003c as "<"), so the HTML parser sees no tag in it. */
export function inlineScript(json: unknown): string {
  return `<script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
}

/** Source files larger than this are not read (a stored article is a few hundred KB at most). */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** What a valid dataset's evidence was checked against: "…against 1 source file", or why it was not. */
function evidenceNote(checked: number, unchecked: readonly string[]): string {
  if (!unchecked.length)
    return `every evidence quote checked word for word against ${checked} source ${checked === 1 ? 'file' : 'files'}`;
  const names = unchecked.map((id) => `"${id}"`).join(', ');
  return `${checked ? 'some' : 'no'} evidence quotes checked word for word: no stored text for ${unchecked.length === 1 ? 'source' : 'sources'} ${names} (give each source a "file" to check its quotes)`;
}

/** Reads, parses and validates a dataset file: its JSON, every issue (none when valid), and what its evidence was checked against. */
function readDataset(file: string): {
  json?: unknown;
  issues: readonly SummitDataIssue[];
  /** What a valid dataset's evidence was checked against. */
  note?: string;
  /** What is checked once the issues are fixed. */
  later?: string;
  /** Dates at odds with the summit's, names spelled two ways (see `checkDates`, `checkNames`): the dataset is valid. */
  warnings?: readonly SummitDataIssue[];
} {
  let json: unknown;
  try {
    // "-" is standard input (`cat summit.json | summit-widgets validate -`). Otherwise a dataset is a file: a folder, a
    // device or a pipe (which may never end) is not read.
    const stdin = file === '-';
    const stat = stdin ? undefined : statSync(file);
    if (stat && !stat.isFile()) {
      const what = stat.isDirectory() ? 'it is a folder' : 'it is not a regular file';
      return { issues: [{ path: '', message: `cannot read file: ${what}` }] };
    }
    const origin = stdin ? 'standard input' : 'the file';
    json = parseJsonText(decodeUtf8(readFileSync(stdin ? 0 : file), origin), origin);
    const summit = parseSummit(json);
    const texts: Record<string, string> = {};
    const issues: SummitDataIssue[] = [];
    const unchecked: string[] = [];
    // Only a source some evidence cites has quotes to check.
    const cited = new Set<string>();
    forEachEvidence(summit, (e) => cited.add(e.source));
    const base = stdin ? 'the current folder (the dataset came from standard input)' : 'the dataset';
    const folder = resolve(stdin ? '.' : dirname(file));
    summit.sources.forEach((source, i) => {
      if (!source.file) return void (cited.has(source.id) && unchecked.push(source.id));
      const path = resolve(folder, source.file);
      let problem = outside(folder, path, source.file) ?? sourceProblem(path);
      if (problem?.startsWith('file not found')) {
        problem += ` (the stored text of this source, against which every evidence quote is checked word for word; \
"file" is relative to ${base}: put the text there, or remove "file")`;
      }
      if (problem) issues.push({ path: `sources[${i}].file`, message: problem });
      else texts[source.id] = readFileSync(path, 'utf8');
    });
    return {
      json,
      issues: [...issues, ...checkEvidence(summit, texts)],
      note: evidenceNote(Object.keys(texts).length, unchecked),
      warnings: [...checkDates(summit), ...checkNames(summit)],
    };
  } catch (e) {
    if (e instanceof SummitDataError) return { issues: e.issues, later: laterNote(e) };
    const code = (e as NodeJS.ErrnoException).code;
    if (code) return { issues: [{ path: '', message: readProblem(resolve(file), code) }] };
    throw e;
  }
}

/** Warnings about a valid dataset, on standard error (standard output may carry the embed). */
function reportWarnings(warnings: readonly SummitDataIssue[] = []) {
  for (const w of warnings) console.error(`  warning: ${formatIssue(w)}`);
}

function reportIssues(file: string, issues: readonly SummitDataIssue[], later?: string) {
  console.error(`✗ ${file}: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  if (later) console.error(`  (${later})`);
}

/** A file that could not be read, in words: "file not found: /abs/path", or the system's error code. */
const readProblem = (path: string, code: string | undefined) =>
  code === 'ENOENT'
    ? `file not found: ${path}`
    : code === 'EACCES'
      ? `not allowed to read ${path}`
      : `cannot read ${path}: ${code}`;

/**
 * Where a source's `file` leads out of the dataset's folder ("../../etc/passwd", an absolute path, a link to elsewhere):
 * refused unread, or a dataset from anyone could have the job that checks it print parts of any file on its machine.
 */
function outside(folder: string, path: string, given: string): string | undefined {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const to = relative(real(folder), real(path));
  if (!isAbsolute(given) && to !== '..' && !to.startsWith(`..${sep}`) && !isAbsolute(to)) return undefined;
  return `${quoted(given)} is not inside the dataset's folder (${folder}): "file" is a path relative to it, inside it; put a copy of the source text there`;
}

/** Why a source file cannot be checked against, or undefined: only a regular file of a sensible size is read. */
function sourceProblem(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return readProblem(path, (e as NodeJS.ErrnoException).code);
  }
  if (!stat.isFile()) return `not a file: ${path} (expected the stored text of the source)`;
  if (stat.size > MAX_SOURCE_BYTES)
    return `${path} is ${Math.round(stat.size / 1048576)} MB: a stored source is at most 50 MB`;
  return undefined;
}

export function main(argv: readonly string[]): number {
  const [command, ...files] = argv;
  const help = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';
  if (help(command) || files.some(help)) {
    console.log(USAGE);
    return 0;
  }
  const known = command === 'validate' || command === 'embed';
  if (!known || files.length === 0 || (command === 'embed' && files.length > 1)) {
    console.error(command && !known ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (command === 'embed') {
    const { json, issues, later, warnings } = readDataset(files[0]!);
    if (issues.length) {
      reportIssues(files[0]!, issues, later);
      return 1;
    }
    reportWarnings(warnings);
    console.log(inlineScript(json));
    return 0;
  }
  let failed = 0;
  for (const file of files) {
    const { issues, note, later, warnings } = readDataset(file);
    if (issues.length === 0) {
      console.log(`✓ ${file}: valid; ${note}`);
      reportWarnings(warnings);
      continue;
    }
    failed++;
    reportIssues(file, issues, later);
  }
  return failed ? 1 : 0;
}

// Run when executed directly (`tsx src/cli.ts`); the bin and tests call main() themselves.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
