import type { IncomingMessage, ServerResponse } from 'node:http';
import { roomHandlers, ROOM_CHANNELS, type RoomChannel } from '../electron/main/room/handlers';
import { createRoomHost } from '../electron/main/room/host';
import { contract } from '../shared/ipc/contract';

/*
 * The room for `npm run web` and the Chromium e2e suite: the same host as the desktop app, on
 * 127.0.0.1 only, reached by the app's page through `POST /__host/<channel>` on the app's own
 * server. Only the room's channels exist there, each validated with the IPC contract.
 */

const PREFIX = '/__host/';
const MAX_BODY = 64 * 1024;

export type RoomWebHost = {
  /** Answers a `/__host/` request; false for any other path. */
  handle: (req: IncomingMessage, res: ServerResponse, appOrigin: string) => Promise<boolean>;
  close: () => Promise<void>;
};

/** A loopback-only room host, serving the participant page from `participantRoot`. */
export function createRoomWebHost(participantRoot: string): RoomWebHost {
  const host = createRoomHost({
    participantRoot,
    addresses: () => [{ name: 'This computer only', address: '127.0.0.1', isPrivate: true }],
  });
  const handlers = roomHandlers(host);

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  return {
    async handle(req, res, appOrigin) {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (!path.startsWith(PREFIX)) return false;
      const channel = decodeURIComponent(path.slice(PREFIX.length));
      // Only the app's own page may drive the room: another site (or a rebinding name) differs.
      const isOwnPage =
        req.method === 'POST' &&
        req.headers.origin === appOrigin &&
        `http://${req.headers.host ?? ''}` === appOrigin &&
        req.headers['content-type']?.startsWith('application/json') === true;
      if (!isOwnPage || !(ROOM_CHANNELS as readonly string[]).includes(channel)) {
        reply(res, 404, { ok: false, error: 'Not found.' });
        return true;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) {
          reply(res, 413, { ok: false, error: 'Too large.' });
          return true;
        }
        chunks.push(chunk as Buffer);
      }
      reply(res, 200, await call(channel as RoomChannel, Buffer.concat(chunks).toString('utf8')));
      return true;
    },
    close: () => host.close(),
  };

  async function call(channel: RoomChannel, text: string) {
    try {
      const body = (text ? JSON.parse(text) : {}) as { request?: unknown };
      const parsed = contract[channel].request.safeParse(body.request);
      if (!parsed.success) {
        return {
          ok: false,
          error: `Invalid request for ${channel}: ${parsed.error.issues[0]?.message ?? ''}`,
        };
      }
      // Each handler gets the request its own channel's schema just parsed.
      const fn = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, data: await fn(parsed.data) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
