/* global Buffer */
// @web/test-runner config for the hardening groups that run in the page: injection, malformed data
// and property-based mutations (test/hardening/*.hardening.ts). `npm run test:hardening` runs it through
// scripts/hardening/run.mjs, which reads the figures the tests report from HARDENING_REPORT.
import { appendFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, chromeArgs } from '../../scripts/chrome-path.mjs';

/** Bodies the tests store and then load through `src`: id → { body, type, status }. */
const bodies = new Map();
let next = 0;
const MAX_BODY = 64 * 1024 * 1024;

/**
 * `POST /__hardening/put?type=…&status=…` stores the request body and answers its id
 * (`POST /__hardening/put-many`: a JSON list of JSON texts, answered with a list of ids);
 * `GET /__hardening/get/<id>` answers it with that content type and status (empty type: no header).
 */
async function payloadStore(ctx, nextMiddleware) {
  const read = async () => {
    const chunks = [];
    let size = 0;
    for await (const chunk of ctx.req) {
      size += chunk.length;
      if (size > MAX_BODY) ctx.throw(413);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  };
  if (ctx.path === '/__hardening/put' && ctx.method === 'POST') {
    const id = String(++next);
    bodies.set(id, {
      body: await read(),
      type: ctx.query.type ?? 'application/json',
      status: Number(ctx.query.status ?? 200),
    });
    ctx.body = id;
    return;
  }
  // Many JSON bodies at once (a JSON list of texts), answered as a JSON list of ids.
  if (ctx.path === '/__hardening/put-many' && ctx.method === 'POST') {
    const texts = JSON.parse((await read()).toString());
    ctx.body = texts.map((text) => {
      const id = String(++next);
      bodies.set(id, { body: Buffer.from(text), type: 'application/json', status: 200 });
      return id;
    });
    return;
  }
  const m = /^\/__hardening\/get\/(\d+)$/.exec(ctx.path);
  if (m && bodies.has(m[1])) {
    const { body, type, status } = bodies.get(m[1]);
    ctx.status = status;
    ctx.set('cache-control', 'no-store');
    ctx.body = body;
    if (type) ctx.type = type;
    else ctx.remove('content-type');
    return;
  }
  if (ctx.path === '/__hardening/clear') {
    bodies.clear();
    ctx.body = 'ok';
    return;
  }
  return nextMiddleware();
}

/** `executeServerCommand('hardening-report', figures)` appends one JSON line to HARDENING_REPORT. */
const reportPlugin = {
  name: 'hardening-report',
  executeCommand({ command, payload }) {
    if (command !== 'hardening-report') return undefined;
    const line = JSON.stringify(payload);
    if (process.env.HARDENING_REPORT) appendFileSync(process.env.HARDENING_REPORT, `${line}\n`);
    else console.log(`[hardening] ${line}`);
    return true;
  },
};

export default {
  rootDir: '.',
  files: ['test/hardening/**/*.hardening.ts'],
  hostname: '127.0.0.1',
  // The production build of Lit: what readers get, and several times faster than dev mode.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  browserLogs: false,
  testFramework: { config: { timeout: 180000 } },
  testsFinishTimeout: 600000,
  middleware: [payloadStore],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), reportPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
      // A context per page: never a background tab, so animation frames and observers run with two files at once.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
