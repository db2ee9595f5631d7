import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomWebHost, type RoomWebHost } from '../../../scripts/roomWebHost';
import { startStaticServer } from '../../../scripts/staticServer.mjs';

let host: RoomWebHost;
let server: { url: string; close: () => Promise<void> };
let origin: string;

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'room-web-'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  host = createRoomWebHost(root);
  server = await startStaticServer(root, 0, host.handle);
  origin = server.url.replace(/\/$/, '');
});
afterEach(async () => {
  await host.close();
  await server.close();
});

const call = (channel: string, request: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/__host/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify({ request }),
  });

describe('the room for npm run web', () => {
  it('opens on 127.0.0.1 only, for the app’s own page', async () => {
    const opened = (await (
      await call('room:open', { workshopId: 'w1', address: '127.0.0.1' })
    ).json()) as {
      ok: boolean;
      data: { url: string };
    };
    expect(opened.ok).toBe(true);
    expect(opened.data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\//);
    const elsewhere = (await (
      await call('room:open', { workshopId: 'w1', address: '0.0.0.0' })
    ).json()) as {
      ok: boolean;
    };
    expect(elsewhere.ok).toBe(false);
  });

  it('refuses another site, other channels and malformed requests', async () => {
    expect((await call('room:status', undefined, { origin: 'http://evil.example' })).status).toBe(
      404,
    );
    expect((await call('backup:list-auto', undefined)).status).toBe(404);
    const bad = (await (await call('room:remove-participant', { participantId: 42 })).json()) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
    expect((await fetch(`${origin}/__host/room:status`)).status).toBe(404);
  });
});
