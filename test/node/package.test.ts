import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/internal/define.js';

test('the version named in duplicate-registration warnings matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
});

test("the README's table of each widget's custom properties and parts matches the manifest", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  // The manifest as the source says today (a fresh clone has none until the build writes it: written here, ~1 s).
  execFileSync('npx', ['cem', 'analyze'], { cwd: new URL('../..', import.meta.url), stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const shared = ['--summit-color-accent', '--summit-sticky-bottom'];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || d.tagName === 'summit-data') continue;
      // The theming table's row (the widgets' table above it starts alike).
      const row = readme
        .slice(readme.indexOf('| Element | Its own custom properties | Parts |'))
        .split('\n')
        .find((line: string) => line.startsWith(`| \`<${d.tagName}>\` |`));
      assert.ok(row, `README has a row for <${d.tagName}>`);
      const [, props = '', parts = ''] = row.split(' | ');
      const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
      const own = (d.cssProperties ?? [])
        .map((p: { name: string }) => p.name)
        .filter((n: string) => !shared.includes(n));
      assert.deepEqual(names(props), own.sort(), `<${d.tagName}>'s custom properties`);
      assert.deepEqual(
        names(parts),
        (d.cssParts ?? []).map((p: { name: string }) => p.name).sort(),
        `<${d.tagName}>'s parts`,
      );
    }
  }
});
