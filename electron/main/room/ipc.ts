import { join } from 'node:path';
import { app } from 'electron';
import { handle } from '../ipc';
import { roomHandlers } from './handlers';
import { createRoomHost, listRoomAddresses } from './host';

/**
 * Registers the room's IPC channels. The room is off until the facilitator opens it, listens
 * only on the address they pick, and stops when the app quits.
 */
export function registerRoomHandlers(outDir: string): void {
  const host = createRoomHost({
    participantRoot: join(outDir, 'participant'),
    addresses: () => listRoomAddresses(),
  });
  const handlers = roomHandlers(host);
  handle('room:list-addresses', handlers['room:list-addresses']);
  handle('room:open', handlers['room:open']);
  handle('room:status', handlers['room:status']);
  handle('room:close', handlers['room:close']);
  handle('room:publish', handlers['room:publish']);
  handle('room:take-events', handlers['room:take-events']);
  handle('room:remove-participant', handlers['room:remove-participant']);
  app.on('will-quit', () => {
    void host.close();
  });
}
