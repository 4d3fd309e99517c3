import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PAGES_DIR, ROOT, TRAINING_RECORD } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  baseURL: string;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 for fixture host pages. `/` and `/alt/` both serve tests/e2e/pages
 * (two URL spaces on one origin, so a test can configure one and not the other) and the demo's
 * training record at `training-record.html`; `/node_modules/` serves installed editor libraries.
 * Paths are confined to those folders.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  /**
   * `/records/<id>`: a crime record kept in the server's memory (GET reads, PUT replaces; `.js`
   * reads it as a script), so two browser profiles see the same record, as two machines see the
   * force's system.
   */
  const records = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec = /^\/records\/([A-Za-z0-9-]{1,40})(\.js)?$/.exec(url.pathname);
    if (rec) {
      const id = rec[1]!;
      if (req.method === 'PUT') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString('utf8')));
        req.on('end', () => {
          if (body.length > 200_000) return void res.writeHead(413).end();
          records.set(id, body);
          res.writeHead(204).end();
        });
        return;
      }
      const body = records.get(id) ?? '{}';
      if (rec[2]) {
        // As a script, so the page has its values before it finishes parsing, as a record page
        // rendered by the server does.
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
        res.end(`window.savedRecord = JSON.parse(${JSON.stringify(body)});`);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    let pathname = decodeURIComponent(url.pathname);
    let base = PAGES_DIR;
    if (pathname.startsWith('/node_modules/')) {
      base = path.join(ROOT, 'node_modules');
      pathname = pathname.slice('/node_modules'.length);
    } else if (pathname.startsWith('/alt/')) {
      pathname = pathname.slice('/alt'.length);
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = pathname === '/training-record.html' ? TRAINING_RECORD : path.join(base, pathname);
    if (file !== TRAINING_RECORD && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
