#!/usr/bin/env node
/**
 * `npm run check:package`: the package as npm would publish it, checked from outside the repo.
 *
 * 1. `npm pack` into a temporary folder; the tarball holds every file the exports map, `bin`,
 *    `customElements` and `types` name (wildcards expanded), and no tests or sources.
 * 2. publint --strict on the tarball: any suggestion, warning or error fails.
 * 3. @arethetypeswrong/cli on the tarball, profile `esm-only` (the package is ESM only, like Lit:
 *    `require()` and TypeScript's legacy `node10` resolution are out of scope): any problem fails.
 * 4. The bin from the unpacked tarball, with only its production dependencies installed:
 *    `summit-widgets validate data/central-asia-japan-2025.json` exits 0, a bad file exits 1.
 * 5. The React 19 example (examples/react) type-checks against `summit-widgets/jsx`.
 *
 * Run `npm run build` first (the CDN bundles, custom-elements.json and dist/jsx.d.ts come from it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_HINT } from './lib/compile-hint.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const failures = [];
const check = (ok, message, detail = '') => {
  console.log(`${ok ? '  ✓' : '  ✗'} ${message}`);
  if (!ok) {
    if (detail) console.log(detail.replace(/^/gm, '      '));
    failures.push(message);
  }
};
/** Runs a command; returns its status and output (never throws). */
const run = (cmd, args, options = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
};

for (const built of [
  'dist/index.js',
  'dist/cdn/summit-widgets.js',
  'dist/cdn/summit-widgets-hydrate.js',
  'dist/jsx.d.ts',
  'custom-elements.json',
]) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run npm run build first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'summit-package-'));
try {
  // 1. Pack what `npm run build` built (no `prepack`: CI has just built it) and list the files.
  console.log('npm pack');
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  console.log(
    `  ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`,
  );

  // The CDN files open with V8's compile hint, after the licence (scripts/lib/compile-hint.mjs).
  const cdnFiles = [...files].filter((f) => /^dist\/cdn\/.*\.js$/.test(f));
  const unhinted = cdnFiles.filter((f) => !readFileSync(join(root, f), 'utf8').split('\n', 2).includes(COMPILE_HINT));
  check(
    cdnFiles.length > 0 && unhinted.length === 0,
    `the ${cdnFiles.length} CDN files open with V8's compile hint (${COMPILE_HINT})`,
    unhinted.join('\n'),
  );

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = new Set(
    [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin ?? {})].filter(Boolean),
  );
  for (const entry of Object.values(pkg.exports)) {
    for (const t of typeof entry === 'string' ? [entry] : Object.values(entry)) targets.add(t);
  }
  const missing = [];
  for (const t of targets) {
    const path = t.replace(/^\.\//, '');
    if (path.includes('*')) {
      const re = new RegExp(
        `^${path
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      );
      if (![...files].some((f) => re.test(f))) missing.push(t);
    } else if (!files.has(path)) missing.push(t);
  }
  check(
    missing.length === 0,
    `every file the exports map, bin, types and customElements name is in the tarball (${targets.size})`,
    missing.join('\n'),
  );
  const stray = [...files].filter((f) => /(^|\/)(test|src|stories|bench)\//.test(f) || /\.test\.|\.stories\./.test(f));
  check(stray.length === 0, 'no tests, stories or sources in the tarball', stray.join('\n'));
  for (const must of [
    'custom-elements.json',
    'README.md',
    'data/central-asia-japan-2025.json',
    'data/summit.schema.json',
  ]) {
    check(files.has(must), `${must} is in the tarball`);
  }
  // SSR hydration matches templates by their strings: the npm build (which the server renders) must minify them
  // as the hydrate bundle does (`build:npm`, which `prepack` also runs, in `npm run build`, when npm packs or publishes). dist/ is what was packed.
  const styles = readFileSync(join(root, 'dist/components/leader-roster/leader-roster.styles.js'), 'utf8');
  const literal = /css\s*`([^`]*)`/.exec(styles)?.[1] ?? '';
  check(
    literal.length > 0 && !literal.includes('\n'),
    'the packed npm build has minified template literals, like the hydrate bundle',
  );
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName);
  check(tags.length === 6, `custom-elements.json describes the 6 elements (${tags.join(', ')})`);

  // 2. publint.
  console.log('publint --strict');
  const publint = run(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion']);
  check(publint.status === 0 && /All good!/.test(publint.out), 'publint reports nothing', publint.out);

  // 3. Are the types wrong?
  console.log('attw --profile esm-only');
  // Exit status, not JSON: attw's JSON report is large and can be cut off when piped.
  const attw = run(bin('attw'), [
    tarball,
    '--profile',
    'esm-only',
    '--format',
    'table-flipped',
    '--no-color',
    '--no-emoji',
  ]);
  const entries = attw.out.split('\n').filter((l) => /^│ "summit-widgets/.test(l)).length;
  check(entries === Object.keys(pkg.exports).length, `attw checked every entry point (${entries})`, attw.out);
  check(attw.status === 0, 'attw reports no problem (every entry has types, nothing masquerades)', attw.out);

  // 4. The bin, from the unpacked tarball with its production dependencies.
  console.log('bin from the unpacked tarball');
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const unpacked = join(work, 'package');
  const install = run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--omit=peer',
      '--ignore-scripts',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
    ],
    { cwd: unpacked },
  );
  check(install.status === 0, 'production dependencies install from the npm cache', install.out);
  const valid = run(process.execPath, ['bin/summit-widgets.js', 'validate', 'data/central-asia-japan-2025.json'], {
    cwd: unpacked,
  });
  check(
    valid.status === 0,
    `summit-widgets validate data/central-asia-japan-2025.json exits 0: ${valid.out.split('\n')[0]}`,
    valid.out,
  );
  const badFile = join(work, 'bad.json');
  const bad = JSON.parse(readFileSync(join(unpacked, 'data/central-asia-japan-2025.json'), 'utf8'));
  bad.leaders[0].photo = 'javascript:alert(1)';
  writeFileSync(badFile, JSON.stringify(bad));
  const invalid = run(process.execPath, ['bin/summit-widgets.js', 'validate', badFile], { cwd: unpacked });
  check(
    invalid.status === 1 && /leaders\[0\]\.photo/.test(invalid.out),
    `an invalid file exits 1 and names the field: ${invalid.out.split('\n')[1]?.trim()}`,
    invalid.out,
  );
  const head = readFileSync(join(unpacked, 'bin/summit-widgets.js'), 'utf8').split('\n')[0];
  check(head === '#!/usr/bin/env node', 'the bin starts with a node shebang');
  const ssr = run(
    process.execPath,
    ['--input-type=module', '-e', "import('summit-widgets/data').then((m) => console.log(typeof m.parseSummit))"],
    { cwd: unpacked },
  );
  check(ssr.out === 'function', 'summit-widgets/data imports in Node from the tarball (no DOM needed)', ssr.out);

  // 5. React 19 JSX types.
  console.log('React 19 JSX types (examples/react)');
  const tsc = run(bin('tsc'), ['-p', 'examples/react/tsconfig.json']);
  check(tsc.status === 0, 'examples/react/*.tsx type-check against summit-widgets/jsx and @types/react 19', tsc.out);
  // The guide's example is the file (which the package ships and the types check), not a copy that drifts from it.
  const guide = readFileSync(join(root, 'docs/react.md'), 'utf8');
  const block = /This is \[`examples\/react\/SummitSection\.tsx`\][^\n]*\n[^\n]*\n\n```tsx\n([\s\S]*?)```/.exec(
    guide,
  )?.[1];
  check(
    !!block && readFileSync(join(root, 'examples/react/SummitSection.tsx'), 'utf8').includes(block),
    "docs/react.md's SummitSection example is examples/react/SummitSection.tsx, word for word",
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.length} package check(s) failed`);
  process.exit(1);
}
console.log('\npackage checks passed');
