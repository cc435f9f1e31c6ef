#!/usr/bin/env node
// The command line: the built data layer's. In a checkout of the sources that has not been built, say so.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli.js')) throw e;
  console.error(
    'summit-widgets: dist/cli.js is missing: in a checkout of the sources, run "npm run build" first (or "npm run validate <file>", which needs no build).',
  );
  process.exit(1);
}
process.exitCode = cli.main(process.argv.slice(2));
