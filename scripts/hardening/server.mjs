/* global Buffer */
// The hardening test server: the repository's files plus fault endpoints, on 127.0.0.1 only.
// No dependencies; every route is bounded in time and size, and `close()` ends every socket.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { TYPES } from '../static-server.mjs';

/**
 * Starts the server.
 *
 * Routes besides the files under `root`:
 * - `/dist/cdn/<file>` is answered from `cdn` (the bundle built for this run), not the repository's dist/.
 * - `/__h/page/<name>`: an HTML page registered with `page(name, html)`.
 * - `/__h/json/<name>?delay=ms`: a body registered with `json(name, text)`, answered after `delay`.
 * - `/__h/hang`: never answers. `/__h/status/<code>`: an error status with a short body.
 * - `/__h/truncated`: half of the dataset, then a clean end. `/__h/cut`: headers promise the whole
 *   dataset, half is sent, then the socket is destroyed.
 * - `/__h/drip?ms=…&total=…`: the dataset one small chunk every `ms`, over `total` ms at most; with `&stall=n`, n
 *   chunks, then nothing more (the connection stays open).
 * - `/__h/type/<type>`: the dataset with that content type (`none`: no content-type header).
 * - `/__h/copy/<version>/<file>`: the CDN build's files with its VERSION string replaced: a second copy.
 *
 * Every request under `/__h/` is logged: `{ path, start, end, aborted }`, where `aborted` means the
 * client closed the connection before the answer was complete (an aborted fetch).
 *
 * @param {{ root: string, cdn: string, dataset: string }} options
 */
export async function startServer({ root, cdn, dataset }) {
  const base = normalize(root + sep);
  const pages = new Map();
  const bodies = new Map();
  /** @type {{ path: string, start: number, end?: number, aborted?: boolean, answered?: boolean }[]} */
  const log = [];
  const timers = new Set();
  const sockets = new Set();
  const later = (ms, fn) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };

  async function file(path) {
    let full = normalize(join(base, path));
    if (path.startsWith('/dist/cdn/')) full = normalize(join(cdn, path.slice('/dist/cdn/'.length)));
    else if (!full.startsWith(base)) return undefined;
    try {
      if ((await stat(full)).isDirectory()) full = join(full, 'index.html');
      return { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream' };
    } catch {
      return undefined;
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const send = (status, type, body, headers = {}) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'cache-control': 'no-store', ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    if (!path.startsWith('/__h/')) {
      const f = await file(path);
      if (!f) return send(404, 'text/plain', 'not found');
      const headers = {};
      // `?csp=header` serves a page with the policy of its meta tag as a header too.
      if (url.searchParams.get('csp') === 'header' && f.type.startsWith('text/html')) {
        const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(f.body.toString());
        if (meta) headers['content-security-policy'] = meta[1];
      }
      return send(200, f.type, f.body, headers);
    }

    const entry = { path: `${path}${url.search}`, start: Date.now() };
    log.push(entry);
    res.on('finish', () => {
      entry.answered = true;
      entry.end = Date.now();
    });
    res.on('close', () => {
      entry.end ??= Date.now();
      if (!entry.answered) entry.aborted = true;
    });

    const [, , route, ...rest] = path.split('/');
    const arg = rest.join('/');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    switch (route) {
      case 'page':
        return pages.has(arg)
          ? send(200, 'text/html; charset=utf-8', pages.get(arg))
          : send(404, 'text/plain', 'no page');
      case 'json':
        if (!bodies.has(arg)) return send(404, 'text/plain', 'no body');
        if (!delay) return send(200, 'application/json', bodies.get(arg));
        return void later(delay, () => send(200, 'application/json', bodies.get(arg)));
      case 'hang':
        // Never answers; the client's abort or timeout ends it (and `close()` at the end).
        return;
      case 'status':
        return send(Number(arg) || 500, 'text/plain', `status ${arg}`);
      case 'truncated':
        return send(200, 'application/json', dataset.slice(0, dataset.length >> 1));
      case 'cut': {
        const bytes = Buffer.from(dataset);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
        res.write(bytes.subarray(0, bytes.length >> 1));
        return void later(50, () => res.destroy());
      }
      case 'drip': {
        const every = Number(url.searchParams.get('ms') ?? 100);
        const total = Number(url.searchParams.get('total') ?? 5000);
        const bytes = Buffer.from(dataset);
        const chunk = Math.ceil(bytes.length / Math.max(1, Math.floor(total / every)));
        let left = Number(url.searchParams.get('stall') ?? Infinity);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        let at = 0;
        const tick = () => {
          if (res.destroyed || left-- <= 0) return;
          res.write(bytes.subarray(at, at + chunk));
          at += chunk;
          if (at >= bytes.length) res.end();
          else later(every, tick);
        };
        return tick();
      }
      case 'type': {
        const type = arg === 'none' ? undefined : arg;
        if (!type) {
          // Node adds no content-type unless told; send the bytes bare.
          res.writeHead(200, { 'cache-control': 'no-store' });
          return res.end(dataset);
        }
        return send(200, type, dataset);
      }
      case 'empty':
        return send(Number(arg) || 200, arg === '204' ? undefined : 'application/json', '');
      case 'copy': {
        // A whole second copy (entry and chunks) under its own path, with another version string.
        const [version, ...name] = rest;
        const f = await file(`/dist/cdn/${name.join('/')}`);
        if (!f || !version) return send(404, 'text/plain', 'no bundle');
        // The minifier may quote it with ', " or `: replace the quoted version string, whichever.
        const escaped = VERSION.replaceAll('.', '\\.');
        const text = f.body
          .toString()
          .replace(new RegExp(`(["'\`])${escaped}\\1`, 'g'), (_, q) => `${q}${version}${q}`);
        return send(200, f.type, text);
      }
      default:
        return send(404, 'text/plain', 'no route');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    page: (name, html) => pages.set(name, html),
    json: (name, text) => bodies.set(name, text),
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The version the bundle carries (src/internal/define.ts), replaced in `/__h/copy/`. */
/** The version the library reports (test/node/package.test.ts keeps src/internal/define.ts equal to it). */
export const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
