import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/** The repository root: its package.json points Electron at out/main/index.js. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The built main process entry; `npm run test:electron` builds it first. */
export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

/** A running Quarterdeck and its main window. */
export interface RunningApp {
  app: ElectronApplication;
  window: Page;
}

/** A fresh, empty profile folder for one test; remove it with {@link removeProfile}. */
export function createProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'quarterdeck-e2e-'));
}

/** Deletes a profile folder made by {@link createProfile}. */
export function removeProfile(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Starts the built app with its data in `userDataDir` and waits until the renderer has drawn
 * its phase navigation, the same ready signal the Chromium suite waits for.
 */
export async function launchQuarterdeck(
  executablePath: string,
  userDataDir: string,
): Promise<RunningApp> {
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first.`);
  }
  // Chromium refuses to start as root with its sandbox on; only CI containers run tests as root.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [...sandboxArgs, repoRoot],
    cwd: repoRoot,
    env: childEnv(userDataDir),
  });
  const window = await app.firstWindow();
  await window.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
  return { app, window };
}

function childEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // The built renderer, never a dev server a developer left running, and Electron as itself.
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  env.QUARTERDECK_USER_DATA = userDataDir;
  return env;
}
