#!/usr/bin/env node
/**
 * `npm run test:hardening`: the six hardening groups of issue 6, with their figures.
 *
 * 1. builds the CDN bundle from the current source into a private folder (dist/ is left alone);
 * 2. runs the in-page groups (injection, malformed data, property-based) with @web/test-runner
 *    (test/hardening/wtr.config.mjs), which report their figures back;
 * 3. runs the groups driven from Node against a server on 127.0.0.1 (network faults, page
 *    hostility, long-lived pages) in headless Chromium through playwright-core;
 * 4. prints a summary table and exits 1 on any failure.
 *
 * `--only network,page` runs some of: injection, malformed, property, network, page, long-lived.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../chrome-path.mjs';
import { Group } from './lib.mjs';
import { longLived } from './long-lived.mjs';
import { network } from './network.mjs';
import { hostility } from './page.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag > 0 ? new Set(process.argv[onlyFlag + 1].split(',')) : undefined;
const wants = (name) => !only || only.has(name);

const executablePath = requireChrome();
const work = mkdtempSync(join(tmpdir(), 'summit-hardening-'));
const dataset = readFileSync(join(root, 'data/central-asia-japan-2025.json'), 'utf8');

/** Runs a command, its output passed through; resolves to its exit code. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const groups = [];
try {
  // 1. The bundle, from the current source.
  const cdn = join(work, 'cdn');
  if (wants('network') || wants('page') || wants('long-lived')) {
    console.log('Building the CDN bundle (vite build) …');
    const t = performance.now();
    const build = spawnSync('npx', ['vite', 'build', '--outDir', cdn, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0 || !existsSync(join(cdn, 'summit-widgets.js'))) throw new Error('vite build failed');
    console.log(`  built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  // 2. The in-page groups.
  const reportFile = join(work, 'report.jsonl');
  writeFileSync(reportFile, '');
  let wtrCode = 0;
  const files = [];
  if (wants('injection'))
    files.push('test/hardening/injection-fields.hardening.ts', 'test/hardening/injection-channels.hardening.ts');
  if (wants('malformed')) files.push('test/hardening/malformed.hardening.ts');
  if (wants('property')) files.push('test/hardening/property.hardening.ts');
  const wtrStart = performance.now();
  if (files.length) {
    console.log('\n1–3. Injection, malformed data, property-based (@web/test-runner)');
    wtrCode = await run('npx', ['wtr', ...files, '--config', 'test/hardening/wtr.config.mjs', '--static-logging'], {
      HARDENING_REPORT: reportFile,
    });
  }
  const wtrSeconds = (performance.now() - wtrStart) / 1000;
  const reports = readFileSync(reportFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  for (const g of inPageGroups(reports, wtrCode, wtrSeconds, files)) groups.push(g);

  // 3. The groups driven from Node.
  if (wants('network') || wants('page') || wants('long-lived')) {
    const server = await startServer({ root, cdn, dataset });
    const browser = await chromium.launch({ executablePath, args: chromeArgs });
    try {
      const ctx = { browser, server, dataset };
      for (const [name, group] of [
        ['network', network],
        ['page', hostility],
        ['long-lived', longLived],
      ]) {
        if (!wants(name)) continue;
        try {
          groups.push((await group(ctx)).end());
        } catch (e) {
          // A group that throws fails, and the others still run.
          const g = new Group(name);
          g.check(false, `${name} stopped: ${e?.stack ?? e}`);
          groups.push(g.end());
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
} catch (e) {
  const g = new Group('runner');
  g.check(false, String(e?.stack ?? e));
  groups.push(g);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 4. The summary.
const total = (performance.now() - started) / 1000;
console.log('\nSummary of the hardening groups');
const rows = groups.map((g) => [
  g.name,
  g.failed ? `FAIL (${g.failed})` : 'pass',
  Object.entries(g.figures)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; '),
  g.seconds.toFixed(1),
]);
const widths = [0, 1, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['group', 'result', '', 's'][i].length));
const line = (r) =>
  `| ${r[0].padEnd(widths[0])} | ${r[1].padEnd(widths[1])} | ${r[3].padStart(widths[2])} s | ${r[2]} |`;
console.log(line(['group', 'result', 'figures', 'time']));
console.log(`|${'-'.repeat(widths[0] + 2)}|${'-'.repeat(widths[1] + 2)}|${'-'.repeat(widths[2] + 4)}|---|`);
for (const r of rows) console.log(line(r));
const failures = groups.reduce((n, g) => n + g.failed, 0);
const checks = groups.reduce((n, g) => n + g.checks.length, 0);
console.log(`\nDone in ${total.toFixed(1)} s.`);
console.log(`hardening: ${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);

/** Turns the reports of the in-page groups into summary rows; a missing report is a failure. */
function inPageGroups(reports, code, seconds, files) {
  const by = Object.fromEntries(reports.map((r) => [r.group, r]));
  const out = [];
  const add = (name, reportNames, figures) => {
    const g = new Group(name);
    const rs = reportNames.map((n) => by[n]);
    // The time its test files ran (side by side, when there are two).
    g.ended = g.started + Math.max(0, ...rs.map((r) => r?.ms ?? 0));
    if (rs.some((r) => !r)) {
      g.check(false, `${name}: no figures reported (the test file did not run to the end)`);
    } else {
      for (const r of rs) for (const t of r.failed) g.check(false, `${r.group}: ${t}`);
      try {
        Object.assign(g.figures, figures(...rs));
      } catch {
        g.figure('figures', 'incomplete (a test stopped early)');
      }
      if (!g.failed) g.check(true, `${name}: every check passed`);
    }
    out.push(g);
  };
  if (files.some((f) => f.includes('injection'))) {
    add('injection', ['injection-fields', 'injection-channels'], (f, c) => ({
      payloads: `${f.payloads} (${f.naughty} naughty + ${f.xss} XSS)`,
      'fields filled one at a time': `${f.fieldsCovered}/${f.fields}`,
      'one-at-a-time cases': f.oneAtATime.cases,
      'all-at-once cases': `${c.allAtOnce.cases} (data ${c.channels.data}, inline ${c.channels.inline}, src ${c.channels.src})`,
      'attribute cases': f.attributes.cases,
      renders: f.oneAtATime.renders + f.attributes.renders + f.srcUrls.renders + c.allAtOnce.renders,
      'script executions': f.executions + c.executions,
      '<script>': f.scripts + c.scripts,
      'on* attributes': f.handlers + c.handlers,
      'non-https URLs': f.nonHttpsUrls + c.nonHttpsUrls,
      'not shown exactly': f.oneAtATime.notShownExactly + f.attributes.notShownExactly + c.allAtOnce.notShownExactly,
      'errors without path': f.oneAtATime.unreadable + c.allAtOnce.unreadable,
      throws: f.oneAtATime.throws + f.attributes.throws + f.srcUrls.throws + c.allAtOnce.throws,
      uncaught: f.uncaught + c.uncaught,
    }));
  }
  if (files.some((f) => f.includes('malformed'))) {
    add('malformed', ['malformed'], (m) => ({
      'y_ parsed': `${m.suite.acceptParsed}/${m.suite.accept}`,
      'n_ refused': `${m.suite.rejectRefused}/${m.suite.reject}`,
      'i_ cases': m.suite.free,
      'suite renders': m.suite.renders,
      hung: m.suite.hung,
      '10 MB': `${m.big.megabytes} MB, ${m.big.proposals} proposals, drawn in ${m.big['valid src ms']}/${m.big['valid inline ms']}/${m.big['valid data ms']} ms (src/inline/data)`,
      'deep nesting': `${m.deep.ok}/${m.deep.cases}`,
      '</script>': `${m.script.ok}/${m.script.cases}`,
      'content types & empty bodies': `${m.types.ok}/${m.types.cases}`,
      'odd data values': `${m.values.ok}/${m.values.cases}`,
      uncaught: m.uncaught,
    }));
  }
  if (files.some((f) => f.includes('property'))) {
    add('property', ['property'], (p) => ({
      seed: p.seed,
      'runs per widget': Object.entries(p.stats)
        .map(([t, s]) => `${t.replace('summit-', '')} ${s.runs} (${s.drawn} drawn, ${s.errors} errors)`)
        .join(', '),
      mutations: Object.entries(p.ops)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      throws: 0,
      'script executions': p.executions,
      'active content': p.violations,
      uncaught: p.uncaught,
    }));
  }
  if (!files.length) return out;
  const runner = new Group('(test runner)');
  runner.ended = runner.started + seconds * 1000;
  runner.figure('files', `${files.length}, two at a time, with browser start`);
  runner.check(code === 0 || out.some((g) => g.failed), `@web/test-runner exited ${code}`);
  out.push(runner);
  return out;
}
