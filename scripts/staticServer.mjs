// A tiny static file server for the built renderer, bound to 127.0.0.1 only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). `extra` answers its own requests
 * first (the room's host routes) and returns false for everything else.
 * @param {string} root
 * @param {number} [port]
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, origin: string) => Promise<boolean>} [extra]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer(root, port = 0, extra) {
  const base = resolve(root);
  let origin = '';
  const server = createServer(async (req, res) => {
    try {
      if (extra && (await extra(req, res, origin))) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      let file = normalize(join(base, path === '/' ? 'index.html' : path));
      // Refuse anything that resolves outside the served folder.
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
