import { randomBytes, randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import {
  newJoinCode,
  newRoomSecret,
  type RoomAddress,
  type RoomEvent,
  type RoomInvite,
} from '../../../shared/room/protocol';
import { createRoom, type Room } from '../../../shared/room/room';
import { startRoomServer, type RoomServer } from './server';

/*
 * The facilitator's side of the room: at most one open room, opened on one chosen address,
 * closed on request or when the app quits. The desktop app reaches it through IPC
 * (`electron/main/room/ipc.ts`); `npm run web` through its loopback-only host routes.
 */

const PRIVATE_V4 = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/** IPv4 addresses of this machine, private (LAN, hotspot) ones first; loopback left out. */
export function listRoomAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      found.push({
        name,
        address: entry.address,
        isPrivate: PRIVATE_V4.some((re) => re.test(entry.address)),
      });
    }
  }
  return found.sort((a, b) => Number(b.isPrivate) - Number(a.isPrivate));
}

export type RoomHostOptions = {
  participantRoot: string;
  /** Addresses a room may open on; the desktop lists the machine's, the web host loopback. */
  addresses: () => RoomAddress[];
  now?: () => number;
};

export type RoomHost = ReturnType<typeof createRoomHost>;

/** Owns the one open room and its server. */
export function createRoomHost({ participantRoot, addresses, now = Date.now }: RoomHostOptions) {
  let open: {
    room: Room;
    server: RoomServer;
    workshopId: string;
    url: string;
    qrSvg: string;
    address: string;
  } | null = null;

  const invite = (): RoomInvite | null =>
    open && {
      workshopId: open.workshopId,
      url: open.url,
      code: open.room.code,
      address: open.address,
      qrSvg: open.qrSvg,
      participants: open.room.participants(),
    };

  async function close(): Promise<void> {
    const closing = open;
    open = null;
    await closing?.server.close();
  }

  return {
    addresses,

    /** Opens a room for a workshop on one of {@link addresses}; closes any earlier room. */
    async open(workshopId: string, address: string): Promise<RoomInvite> {
      if (!addresses().some((a) => a.address === address)) {
        throw new Error('That network address is not one of this computer’s.');
      }
      await close();
      const secret = newRoomSecret((n) => randomBytes(n));
      const room = createRoom({
        code: newJoinCode((n) => randomBytes(n)),
        now,
        newId: () => randomUUID(),
        newToken: () => randomBytes(24).toString('base64url'),
      });
      const server = await startRoomServer({ room, secret, address, participantRoot });
      const url = `${server.origin}/r/${secret}/`;
      const qrSvg = await QRCode.toString(url, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
      });
      open = { room, server, workshopId, url, qrSvg, address };
      const opened = invite();
      if (!opened) throw new Error('The room closed while opening.');
      return opened;
    },

    /** The open room's invitation and who is in it, or null. */
    status: invite,

    /** Sets what participants see. */
    publish(stage: unknown): void {
      if (!open) throw new Error('No room is open.');
      const result = open.room.publish(stage);
      if (!result.ok) throw new Error(result.error);
    },

    /** Submissions since the last call, for the facilitator's screen to store. */
    takeEvents(): RoomEvent[] {
      return open ? open.room.takeEvents() : [];
    },

    /** Removes one participant's device from the room. */
    remove(participantId: string): boolean {
      return open ? open.room.remove(participantId) : false;
    },

    /** Stops the server; every participant page says the session is over. */
    close,
  };
}
