import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createRoomWebHost } from '../../scripts/roomWebHost';
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { findChromium } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built renderer on 127.0.0.1 for the whole run; fails loudly without Chromium. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Throws with install advice: the suite must never pass silently without a browser.
  const executable = findChromium();
  if (!existsSync('dist-web/index.html')) {
    throw new Error(
      'No built renderer in dist-web/: run `npm run test:e2e`, which builds it first.',
    );
  }
  // The workshop room's host routes, as `npm run web` serves them (loopback only).
  const room = createRoomWebHost('dist-room');
  const server = await startStaticServer('dist-web', 0, room.handle);
  console.log(`e2e: serving dist-web at ${server.url}, driving ${executable}`);
  project.provide('baseUrl', server.url);
  return async () => {
    await room.close();
    await server.close();
  };
}
