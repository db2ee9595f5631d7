import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium or Chrome to drive; throws with install advice when there is none. */
export function findChromium(): string {
  const found = CANDIDATES.find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the end-to-end tests. Install one (Debian/Ubuntu: ' +
        '`sudo apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/** Flags for a closed network and a root user: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Launches Chromium with a persistent profile, so IndexedDB survives a relaunch. */
export function launchProfile(
  userDataDir: string,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    // A fixed locale keeps dates and numbers on screen predictable for assertions.
    locale: 'en-GB',
    acceptDownloads: true,
  });
}
