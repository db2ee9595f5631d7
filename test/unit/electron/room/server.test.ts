import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRoomHost,
  listRoomAddresses,
  type RoomHost,
} from '../../../../electron/main/room/host';
import { ROOM_LIMITS } from '@shared/room/protocol';

const LOOPBACK = [{ name: 'loopback', address: '127.0.0.1', isPrivate: true }];
const writing = {
  workshopTitle: 'Planning',
  item: { id: 'item-1', title: 'Write', mode: 'write', timer: null },
  dots: null,
  confidence: null,
};

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A raw request, so tests can send the Host and Origin headers a browser would not. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          // An event stream never ends by itself: the first event is enough.
          if (
            res.headers['content-type']?.startsWith('text/event-stream') &&
            body.includes('\n\n')
          ) {
            res.destroy();
            ok({ status: res.statusCode ?? 0, headers: res.headers, body });
          }
        });
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

let host: RoomHost;
let base: string;
let origin: string;
let code: string;

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'room-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Join</title>');
  await writeFile(join(root, 'assets', 'page.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not served');
  host = createRoomHost({ participantRoot: root, addresses: () => LOOPBACK });
  const invite = await host.open('workshop-1', '127.0.0.1');
  base = invite.url;
  origin = new URL(invite.url).origin;
  code = invite.code;
  host.publish(writing);
});
afterEach(() => host.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(base + path, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function joinAs(name: string): Promise<string> {
  const reply = await post('api/join', { code, name });
  expect(reply.status).toBe(200);
  return (JSON.parse(reply.body) as { token: string }).token;
}

describe('the room server', () => {
  it('serves the participant page with a strict CSP under the secret path only', async () => {
    const page = await send(base);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await send(`${base}assets/page.js`)).status).toBe(200);
    expect((await send(`${base}secret.txt`)).status).toBe(404);
    expect((await send(`${origin}/`)).status).toBe(404);
    expect((await send(`${origin}/r/wrong-secret-aaaaaaaaaaa/`)).status).toBe(404);
    expect((await send(`${base}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await send(`${base}api/backup`)).status).toBe(404);
    expect((await send(`${base}api/join`, { method: 'DELETE' })).status).toBe(404);
  });

  it('listens on the chosen address only, never on every interface', async () => {
    expect(new URL(base).hostname).toBe('127.0.0.1');
    await expect(host.open('w', '0.0.0.0')).rejects.toThrow(/not one of this computer/);
  });

  it('refuses another Host or Origin', async () => {
    expect((await send(base, { headers: { host: 'evil.example' } })).status).toBe(421);
    expect(
      (await post('api/join', { code, name: 'Ana' }, { origin: 'http://evil.example' })).status,
    ).toBe(403);
    const noOrigin = await send(`${base}api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Ana' }),
    });
    expect(noOrigin.status).toBe(403);
    expect(
      (await post('api/join', { code, name: 'Ana' }, { 'content-type': 'text/plain' })).status,
    ).toBe(415);
  });

  it('refuses a wrong code, a bad body and an oversized one', async () => {
    expect((await post('api/join', { code: 'WRONG1', name: 'Ana' })).status).toBe(403);
    expect((await post('api/join', '{not json')).status).toBe(400);
    expect((await post('api/join', 'x'.repeat(ROOM_LIMITS.maxBodyBytes + 1))).status).toBe(413);
  });

  it('takes a card, streams the view and hands the card to the facilitator', async () => {
    const token = await joinAs('Ana');
    const sent = await post(
      'api/send',
      { type: 'card:add', text: 'Faster CI' },
      { authorization: `Bearer ${token}` },
    );
    expect(sent.status).toBe(200);
    const stream = await send(`${base}api/events?token=${token}`);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.body).toContain('Faster CI');
    expect(host.takeEvents().map((e) => e.type)).toEqual(['joined', 'card-added']);
    expect((await send(`${base}api/events?token=forged`)).status).toBe(401);
  });

  it('refuses most of a flood of 1,000 posts and keeps serving the others', async () => {
    const flooder = await joinAs('Flood');
    const other = await joinAs('Ben');
    const statuses: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 1000; i++) {
      const reply = await post(
        'api/send',
        { type: 'card:add', text: `spam ${i}` },
        { authorization: `Bearer ${flooder}` },
      );
      statuses.push(reply.status);
    }
    // The bucket refills while the flood is sent: a slow machine lets a few more through.
    const refilled = Math.ceil(((Date.now() - started) / 1000) * ROOM_LIMITS.refillPerSecond);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(
      ROOM_LIMITS.burst + refilled,
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(800);
    const ben = await post(
      'api/send',
      { type: 'card:add', text: 'Real idea' },
      { authorization: `Bearer ${other}` },
    );
    expect(ben.status).toBe(200);
  });

  it('stops on close: the stream says the session is over and replays are refused', async () => {
    const token = await joinAs('Ana');
    // A page following the room: everything it receives until the server ends the stream.
    let opened: () => void = () => undefined;
    const isOpen = new Promise<void>((ok) => (opened = ok));
    const received = new Promise<string>((ok, fail) => {
      const req = request(`${base}api/events?token=${token}`, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          opened();
        });
        res.on('end', () => ok(body));
      });
      req.on('error', fail);
      req.end();
    });
    await isOpen;
    await host.close();
    const events = (await received).split('\n\n').filter((e) => e.includes('data: '));
    expect(events.at(-1)).toContain('"status":"closed"');
    await expect(
      post('api/send', { type: 'card:add', text: 'late' }, { authorization: `Bearer ${token}` }),
    ).rejects.toThrow();
    expect(host.status()).toBeNull();
  });
});

describe('network addresses', () => {
  it('lists private IPv4 addresses first and leaves out loopback', () => {
    const found = listRoomAddresses({
      lo: [
        { address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null },
      ],
      eth0: [
        {
          address: '203.0.113.5',
          family: 'IPv4',
          internal: false,
          netmask: '',
          mac: '',
          cidr: null,
        },
      ],
      wlan0: [
        {
          address: '192.168.1.20',
          family: 'IPv4',
          internal: false,
          netmask: '',
          mac: '',
          cidr: null,
        },
      ],
    });
    expect(found.map((a) => a.address)).toEqual(['192.168.1.20', '203.0.113.5']);
    expect(found[0]?.isPrivate).toBe(true);
  });
});
