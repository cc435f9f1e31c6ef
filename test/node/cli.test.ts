import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), ...args], { encoding: 'utf8', cwd: root });

/** A new folder holding a copy of the bundled dataset (summit.json) and, beside it, the source texts it names. */
function copyOfDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  cpSync(join(root, 'data/central-asia-japan-2025.json'), join(dir, 'summit.json'));
  cpSync(join(root, 'data/sources'), join(dir, 'sources'), { recursive: true });
  return dir;
}

test('validate: the bundled dataset is valid, evidence included', () => {
  const run = cli('validate', 'data/central-asia-japan-2025.json');
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /✓ data\/central-asia-japan-2025\.json: valid; every evidence quote checked word for word against 1 source file/,
  );
});

test('validate: dates at odds with the summit are warnings on a valid dataset (status 0, also for embed)', () => {
  const data = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
  data.asOf = '2025-12-01';
  data.proposals[0].when = { kind: 'day', date: '2025-06-01' };
  data.history[0].when = { kind: 'year', year: 2030 };
  const input = JSON.stringify(data);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'validate', '-'], {
    encoding: 'utf8',
    cwd: join(root, 'data'),
    input,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /✓ -: valid/);
  assert.deepEqual(run.stderr.trimEnd().split('\n'), [
    '  warning: asOf: 2025-12-01 is before the summit met (date is 2025-12-20): facts as of that day cannot include it; check both dates',
    '  warning: history[0].when: dated after the summit (2025-12-20), but history is what came before it: check the date, or make it an outcome or a proposal',
    '  warning: proposals[0].when: over before the summit met (2025-12-20): check the date (keep it if the proposal looks back at something already done)',
  ]);
  const embed = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'embed', '-'], {
    encoding: 'utf8',
    cwd: join(root, 'data'),
    input,
  });
  assert.equal(embed.status, 0, embed.stderr);
  assert.match(embed.stdout, /^<script type="application\/json">/);
  assert.match(embed.stderr, /warning: asOf:/);
  // The bundled dataset has none.
  assert.equal(cli('validate', 'data/central-asia-japan-2025.json').stderr, '');
});

test('validate -: reads standard input, with source files relative to the working folder', () => {
  const text = readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'validate', '-'], {
    encoding: 'utf8',
    cwd: join(root, 'data'),
    input: text,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /✓ -: valid; every evidence quote checked/);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'validate', '-'], {
    encoding: 'utf8',
    input: '{ "id": ',
  });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /standard input is not valid JSON/);
});

test('validate: a valid dataset whose sources have no stored text says its evidence went unchecked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  const data = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
  delete data.sources[0].file;
  writeFileSync(join(dir, 'nofile.json'), JSON.stringify(data));
  const run = cli('validate', join(dir, 'nofile.json'));
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /valid; no evidence quotes checked word for word: no stored text for source "article-2025-12-20" \(give each source a "file"/,
  );
  // A source no evidence cites has no quotes to check: it goes unnamed.
  const listed = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
  listed.sources.push({ id: 'agency-wire', title: 'An agency report' });
  const uncited = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'validate', '-'], {
    encoding: 'utf8',
    cwd: join(root, 'data'),
    input: JSON.stringify(listed),
  });
  assert.equal(uncited.status, 0, uncited.stderr);
  assert.match(uncited.stdout, /valid; every evidence quote checked word for word against 1 source file$/m);
});

test('validate: a corrupted dataset lists every issue of its fields with its path, says the references come next, and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  const data = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
  data.proposals[3].when = { kind: 'year', year: '20266' };
  data.proposals[4].proposedBy = 'nobody';
  data.leaders[0].photo = 'javascript:alert(1)';
  data.date = '2025-13-01';
  delete data.title;
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(data));
  const run = cli('validate', file);
  assert.equal(run.status, 1);
  for (const line of [
    'proposals[3].when.year: expected a four-digit year, got "20266"',
    'leaders[0].photo: expected an absolute https: URL, got "javascript:alert(1)"',
    'date: expected a real calendar date, got "2025-13-01"',
    'title: required field is missing: add text (not blank)',
  ]) {
    assert.ok(run.stderr.includes(line), `missing "${line}" in:\n${run.stderr}`);
  }
  // The dangling proposedBy waits for the fields to be fixed, and the report says more may follow.
  assert.ok(!run.stderr.includes('nobody'));
  assert.match(
    run.stderr,
    /\(the references between entries \(ids that must name one.*\) are checked once these are fixed\)/,
  );
});

test('validate: dangling ids are reported once the schema passes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  const data = JSON.parse(readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8'));
  data.proposals[4].proposedBy = 'nobody';
  writeFileSync(join(dir, 'dangling.json'), JSON.stringify(data));
  const run = cli('validate', join(dir, 'dangling.json'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /proposals\[4\]\.proposedBy: unknown leader "nobody"/);
  assert.doesNotMatch(run.stderr, /checked once these are fixed/);
});

test('validate: a source file that is not there is reported, not skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  writeFileSync(join(dir, 'copy.json'), readFileSync(join(root, 'data/central-asia-japan-2025.json')));
  const run = cli('validate', join(dir, 'copy.json'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /sources\[0\]\.file: file not found/);
  // No summary of what was checked against sources: nothing was.
  assert.doesNotMatch(run.stderr + run.stdout, /checked word for word against/);
});

test('validate: evidence that is not verbatim is reported', () => {
  const dir = copyOfDataset();
  const data = JSON.parse(readFileSync(join(dir, 'summit.json'), 'utf8'));
  data.proposals[0].evidence[0].quote = 'words the article never said';
  writeFileSync(join(dir, 'quote.json'), JSON.stringify(data));
  const run = cli('validate', join(dir, 'quote.json'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /proposals\[0\]\.evidence\[0\]\.quote: not found verbatim in source/);
});

test('validate: bad JSON says where; a missing file says so; usage errors exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
  writeFileSync(join(dir, 'broken.json'), '{\n  "id": "x",\n  oops\n}');
  const broken = cli('validate', join(dir, 'broken.json'));
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /not valid JSON \(line 3, column \d+\)/);
  // Nothing else was checked, which it says.
  assert.match(
    broken.stderr,
    /\n {2}\(the dataset's fields and the references between its entries are checked once it can be read: more issues may follow\)\n$/,
  );
  writeFileSync(join(dir, 'tab.json'), '{\n  "id": "x",\n  "title": "Tokyo\tSummit"\n}');
  assert.match(
    cli('validate', join(dir, 'tab.json')).stderr,
    /not valid JSON \(line 3, column 18\): a tab inside quoted text, which JSON does not allow: write it as \\t\n/,
  );
  const missing = cli('validate', join(dir, 'nope.json'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /file not found: .*nope\.json/);
  assert.equal(cli().status, 2);
  assert.equal(cli('frobnicate', 'x.json').status, 2);
  assert.equal(cli('--help').status, 0);
  // Help after a command is help, not a file named --help.
  const embedHelp = cli('embed', '--help');
  assert.equal(embedHelp.status, 0);
  assert.match(embedHelp.stdout, /^Usage: summit-widgets validate/);
});

test('validate: a key given twice, bytes that are not UTF-8, and a source file that is not a file are reported', () => {
  const dir = copyOfDataset();
  const text = readFileSync(join(dir, 'summit.json'), 'utf8');
  writeFileSync(
    join(dir, 'twice.json'),
    text.replace('"name": "Sanae Takaichi"', '"name": "Sanae Takaichi", "name": "Somebody Else"'),
  );
  const twice = cli('validate', join(dir, 'twice.json'));
  assert.equal(twice.status, 1);
  assert.match(twice.stderr, /leaders\[\d+\]\.name: this key is given twice in one object/);
  assert.match(twice.stderr, /\(the dataset's fields .* are checked once it can be read: more issues may follow\)/);
  writeFileSync(
    join(dir, 'latin1.json'),
    Buffer.from(text.replace('"title": "', '"title": "T\u00f6ky\u00f6 '), 'latin1'),
  );
  assert.match(
    cli('validate', join(dir, 'latin1.json')).stderr,
    /the file is not UTF-8 text \(line \d+, column \d+: the first character that is not\): JSON must be saved and sent as UTF-8\n {2}\(the dataset's fields .* once it can be read/,
  );
  writeFileSync(join(dir, 'bom.json'), `\ufeff${text}`);
  assert.equal(cli('validate', join(dir, 'bom.json')).status, 0);
  // One byte-order mark is dropped, as from text given any other way; a second is named where it is.
  writeFileSync(join(dir, 'boms.json'), `\ufeff\ufeff${text}`);
  const boms = cli('validate', join(dir, 'boms.json'));
  assert.equal(boms.status, 1);
  assert.match(
    boms.stderr,
    /\(line 1, column 1\): a byte order mark \(U\+FEFF\), which JSON does not allow outside quoted text: remove it/,
  );
  const data = JSON.parse(text);
  data.sources[0].file = '.';
  writeFileSync(join(dir, 'files.json'), JSON.stringify(data));
  const files = cli('validate', join(dir, 'files.json'));
  assert.equal(files.status, 1);
  assert.match(files.stderr, /sources\[0\]\.file: not a file: /);
  assert.match(cli('validate', dir).stderr, /cannot read file: it is a folder/);
});

test('validate: reads no source file outside the dataset’s folder (a dataset from anyone must not print other files)', () => {
  const dir = copyOfDataset();
  symlinkSync('/etc/passwd', join(dir, 'sources', 'link.txt'));
  const data = JSON.parse(readFileSync(join(dir, 'summit.json'), 'utf8'));
  const cite = (file: string, i: number) => {
    data.sources.push({ id: `leak-${i}`, title: 'x', file });
    data.quotes[0].evidence.push({ source: `leak-${i}`, quote: 'root:x:0:0:root ZZZ' });
  };
  ['../../../../../../etc/passwd', '/etc/passwd', 'sources/link.txt', '/dev/zero'].forEach(cite);
  writeFileSync(join(dir, 'leak.json'), JSON.stringify(data));
  const run = cli('validate', join(dir, 'leak.json'));
  assert.equal(run.status, 1);
  for (const [i, file] of ['../../../../../../etc/passwd', '/etc/passwd', 'sources/link.txt', '/dev/zero'].entries()) {
    assert.ok(
      run.stderr.includes(
        `sources[${i + 1}].file: "${file}" is not inside the dataset's folder (${dir}): "file" is a path relative to it, inside it; put a copy of the source text there`,
      ),
      run.stderr,
    );
  }
  // Nothing of those files is shown.
  assert.doesNotMatch(run.stderr, /root:|daemon/);
});

test('embed: prints the dataset as one inline JSON script that no text in it can end early', () => {
  const dir = copyOfDataset();
  const data = JSON.parse(readFileSync(join(dir, 'summit.json'), 'utf8'));
  data.title = 'A </script> and a <!-- <script> in a title';
  writeFileSync(join(dir, 'tricky.json'), JSON.stringify(data, null, 2));
  const run = cli('embed', join(dir, 'tricky.json'));
  assert.equal(run.status, 0, run.stderr);
  const out = run.stdout.trim();
  assert.match(out, /^<script type="application\/json">\{.*\}<\/script>$/);
  const inner = out.slice('<script type="application/json">'.length, -'</script>'.length);
  assert.ok(!inner.includes('<'), 'no "<" inside the script');
  assert.deepEqual(JSON.parse(inner), data);
  data.date = '2025-02-30';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(data));
  const bad = cli('embed', join(dir, 'bad.json'));
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /date: expected a real calendar date/);
  assert.equal(cli('embed').status, 2);
});

test('the JSON Schema in data/ is current', () => {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/generate-schema.ts'), '--check'], {
    cwd: root,
  });
});
