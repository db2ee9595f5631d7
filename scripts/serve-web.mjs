// `npm run web`: serves the built renderer so the app runs in any browser, without Electron.
import { existsSync } from 'node:fs';
import { createRoomWebHost } from './roomWebHost.ts';
import { startStaticServer } from './staticServer.mjs';

const root = 'dist-web';
if (!existsSync(`${root}/index.html`)) {
  console.error('No built renderer in dist-web/. Run `npm run web`, which builds it first.');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5199);
// The workshop room, on 127.0.0.1 only here: the desktop app is the one that offers it on the
// network.
const room = existsSync('dist-room/index.html') ? createRoomWebHost('dist-room') : null;
try {
  const { url } = await startStaticServer(root, port, room?.handle);
  console.log(`Quarterdeck is running at ${url}`);
  console.log('Data is kept in this browser profile (IndexedDB). Press Ctrl+C to stop.');
} catch (error) {
  const reason =
    error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE'
      ? `port ${port} is in use; set PORT to another one, e.g. PORT=5200 npm run web`
      : String(error);
  console.error(`Could not start the web server: ${reason}`);
  process.exit(2);
}
