#!/usr/bin/env node
// The command line: the built data layer's. In a checkout of the sources that has not been built, say so.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'summit-widgets: dist/cli.js is missing: in a checkout of the sources, run "npm run build" first (or "npm run validate <file>", which needs no build).',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = main(process.argv.slice(2));
