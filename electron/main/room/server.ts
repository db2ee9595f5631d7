import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ROOM_LIMITS, type Refusal } from '../../../shared/room/protocol';
import type { Room } from '../../../shared/room/room';

/*
 * The room's HTTP server: plain node:http, server-sent events for the pages, JSON posts for
 * submissions. It answers only the participant API under the room's secret path and the
 * participant page's static files; every other request is a 404. No Electron here, so the same
 * module runs in the desktop app, in `npm run web` and in the tests.
 */

/** The participant page's policy: its own scripts and styles, talking only to this server. */
export const PARTICIPANT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

export type RoomServerOptions = {
  room: Room;
  /** The secret path segment; requests without it are 404s. */
  secret: string;
  /** The one address to listen on (never 0.0.0.0 or ::). */
  address: string;
  /** The built participant page (index.html and its assets). */
  participantRoot: string;
  /** 0 picks a free port at random. */
  port?: number;
};

export type RoomServer = {
  /** The address and port as a participant's browser sends them in Host. */
  origin: string;
  port: number;
  close: () => Promise<void>;
};

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '', '::0']);

/** Starts serving one room on one address; refuses to listen on every interface. */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { room, secret, address, participantRoot } = options;
  if (ANY_ADDRESS.has(address)) throw new Error('The room listens on one chosen address only.');
  const root = resolve(participantRoot);
  const streams = new Map<ServerResponse, string>();
  let origin = '';
  let host = '';

  const push = () => {
    for (const [res, participantId] of streams) {
      const view = room.viewFor(participantId);
      res.write(`data: ${JSON.stringify(view)}\n\n`);
      if (view.status !== 'open') {
        streams.delete(res);
        res.end();
      }
    }
  };
  const stopListening = room.onChange(push);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'Something went wrong.' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page elsewhere on the network (or DNS rebinding) sends another Host or Origin.
    if (req.headers.host !== host) return send(res, 421, { error: 'Wrong host.' });
    const sentOrigin = req.headers.origin;
    if (sentOrigin !== undefined && sentOrigin !== origin) {
      return send(res, 403, { error: 'Wrong origin.' });
    }
    const url = new URL(req.url ?? '/', origin);
    const prefix = `/r/${secret}/`;
    if (!url.pathname.startsWith(prefix) || url.search.length > 200) return notFound(res);
    const rest = url.pathname.slice(prefix.length);

    if (req.method === 'POST' && (rest === 'api/join' || rest === 'api/send')) {
      // Cross-site forms cannot send JSON; a browser must also say where it came from.
      if (sentOrigin === undefined) return send(res, 403, { error: 'Wrong origin.' });
      if (!req.headers['content-type']?.startsWith('application/json')) {
        return send(res, 415, { error: 'Send JSON.' });
      }
      const body = await readJson(req);
      if (body === TOO_LARGE) {
        res.setHeader('connection', 'close');
        return send(res, 413, { error: 'That message is too long.' });
      }
      if (body === MALFORMED) return send(res, 400, { error: 'That message is not valid JSON.' });
      if (rest === 'api/join') {
        const joined = room.join(body);
        return joined.ok
          ? send(res, 200, { participantId: joined.participantId, token: joined.token })
          : refuse(res, joined);
      }
      const token = bearer(req);
      const result = room.receive(token, body);
      return result.ok ? send(res, 200, { ok: true }) : refuse(res, result);
    }
    if (req.method !== 'GET') return notFound(res);
    if (rest === 'api/events') return openStream(url, res);
    return serveStatic(rest === '' ? 'index.html' : rest, res);
  }

  function openStream(url: URL, res: ServerResponse): void {
    const participantId = room.participantOf(url.searchParams.get('token') ?? '');
    if (!participantId) {
      return send(res, room.isOpen ? 401 : 410, {
        error: room.isOpen ? 'Join the room first.' : 'This session is over.',
      });
    }
    const open = [...streams.values()].filter((id) => id === participantId).length;
    if (open >= ROOM_LIMITS.maxStreamsPerParticipant) {
      return send(res, 429, { error: 'This name is open on too many pages.' });
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    streams.set(res, participantId);
    res.on('close', () => streams.delete(res));
    res.write(`retry: 3000\ndata: ${JSON.stringify(room.viewFor(participantId))}\n\n`);
  }

  async function serveStatic(path: string, res: ServerResponse): Promise<void> {
    const type = STATIC_TYPES[extname(path)];
    const file = normalize(join(root, path));
    if (!type || !file.startsWith(root + sep)) return notFound(res);
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) return notFound(res);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-security-policy': PARTICIPANT_CSP,
    });
    res.end(bytes);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, address, () => ok());
  });
  const bound = server.address();
  const port = typeof bound === 'object' && bound ? bound.port : 0;
  host = `${address.includes(':') ? `[${address}]` : address}:${port}`;
  origin = `http://${host}`;
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxHeadersCount = 40;

  return {
    origin,
    port,
    close: async () => {
      room.close(); // pushes "session over" to every open page, then ends its stream
      stopListening();
      for (const res of streams.keys()) res.end();
      streams.clear();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}

const TOO_LARGE = Symbol('too large');
const MALFORMED = Symbol('malformed');

/** Reads a JSON body of at most the room's limit; stops reading as soon as it is over. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > ROOM_LIMITS.maxBodyBytes) return TOO_LARGE;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > ROOM_LIMITS.maxBodyBytes) return TOO_LARGE;
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return MALFORMED;
  }
}

function bearer(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  send(res, refusal.status, { error: refusal.error });
}

function notFound(res: ServerResponse): void {
  send(res, 404, { error: 'Not found.' });
}
