#!/usr/bin/env node
/**
 * Command-line validator for summit datasets:
 *   summit-widgets validate <file.json>...
 * Prints every issue with its path; exits 1 when any file is invalid.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { checkEvidence, formatIssue, parseSummit, SummitDataError, type SummitDataIssue } from './data/index.js';

const USAGE = `Usage: summit-widgets validate <dataset.json> [more.json ...]

Checks each dataset against the summit schema and its cross-references, and
checks every evidence quote against the source files the dataset names.
Exit status: 0 when every file is valid, 1 when any is invalid, 2 on usage errors.`;

/** Where in the text a JSON syntax error is, as "line L, column C". */
function locate(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

export function validateFile(file: string): readonly SummitDataIssue[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return [{ path: '', message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }];
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    return [{ path: '', message: `not valid JSON${locate(text, message)}: ${message}` }];
  }
  try {
    const summit = parseSummit(json);
    const texts: Record<string, string> = {};
    const issues: SummitDataIssue[] = [];
    summit.sources.forEach((source, i) => {
      if (!source.file) return;
      const path = resolve(dirname(file), source.file);
      if (existsSync(path)) texts[source.id] = readFileSync(path, 'utf8');
      else issues.push({ path: `sources[${i}].file`, message: `file not found: ${path}` });
    });
    return [...issues, ...checkEvidence(summit, texts)];
  } catch (e) {
    if (e instanceof SummitDataError) return e.issues;
    throw e;
  }
}

export function main(argv: readonly string[]): number {
  const [command, ...files] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || files.length === 0) {
    console.error(command && command !== 'validate' ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const issues = validateFile(file);
    if (issues.length === 0) {
      console.log(`✓ ${file}: valid`);
      continue;
    }
    failed++;
    console.error(`✗ ${file}: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`);
    for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  }
  return failed ? 1 : 0;
}

// Run when executed directly (`tsx src/cli.ts`); the bin and tests call main() themselves.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
