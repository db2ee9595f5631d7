import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { RoomHost } from './host';

/** The room's channels: the only ones the web host exposes as well. */
export const ROOM_CHANNELS = [
  'room:list-addresses',
  'room:open',
  'room:status',
  'room:close',
  'room:publish',
  'room:take-events',
  'room:remove-participant',
] as const satisfies readonly Channel[];
export type RoomChannel = (typeof ROOM_CHANNELS)[number];

type RoomHandlers = {
  [C in RoomChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/**
 * The room channels over one {@link RoomHost}, free of Electron: the desktop registers them as
 * IPC handlers, `npm run web` as loopback routes. Requests arrive already validated.
 */
export function roomHandlers(host: RoomHost): RoomHandlers {
  return {
    'room:list-addresses': () => host.addresses(),
    'room:open': ({ workshopId, address }) => host.open(workshopId, address),
    'room:status': () => host.status(),
    'room:close': async () => {
      await host.close();
      return { closed: true };
    },
    'room:publish': ({ stage }) => {
      host.publish(stage);
      return { published: true };
    },
    'room:take-events': () => host.takeEvents(),
    'room:remove-participant': ({ participantId }) => ({ removed: host.remove(participantId) }),
  };
}
