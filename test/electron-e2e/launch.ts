import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import {
  ANSWERS_FILE,
  CALLS_FILE,
  TEST_DIALOGS_ENV,
  type RecordedCall,
} from '../../electron/main/testDialogs';
import { WAIT_MS } from '../e2e/support/timeouts';

/** The repository root: its package.json points Electron at out/main/index.js. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The built main process entry; `npm run test:electron` builds it first. */
export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

/** A running Quarterdeck and its main window. */
export interface RunningApp {
  app: ElectronApplication;
  window: Page;
}

/**
 * One test's folders: `userData` for the app's profile (IndexedDB, automatic backups) and
 * `dialogs` for the answers main gives instead of native dialogs (QUARTERDECK_TEST_DIALOGS).
 */
export interface TestProfile {
  root: string;
  userData: string;
  dialogs: string;
}

/** A fresh, empty profile for one test; remove it with {@link removeProfile}. */
export async function createProfile(): Promise<TestProfile> {
  const root = await mkdtemp(join(tmpdir(), 'quarterdeck-e2e-'));
  const profile = { root, userData: join(root, 'user-data'), dialogs: join(root, 'dialogs') };
  await mkdir(profile.userData);
  await mkdir(profile.dialogs);
  return profile;
}

/** Deletes a profile made by {@link createProfile}. */
export function removeProfile(profile: TestProfile): Promise<void> {
  return rm(profile.root, { recursive: true, force: true });
}

/**
 * What the next native dialogs answer: `save` is the path a save dialog returns, `open` the
 * file an open dialog returns; absent or `null` cancels.
 */
export function answerDialogs(
  profile: TestProfile,
  answers: { save?: string | null; open?: string | null },
): Promise<void> {
  return writeFile(join(profile.dialogs, ANSWERS_FILE), JSON.stringify(answers));
}

/** Every dialog, reveal and open main has been asked for, in order. */
export async function recordedCalls(profile: TestProfile): Promise<RecordedCall[]> {
  const text = await readFile(join(profile.dialogs, CALLS_FILE), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RecordedCall);
}

/**
 * Starts the built app on `profile` and waits until the renderer has drawn its phase
 * navigation, the same ready signal the Chromium suite waits for.
 */
export async function launchQuarterdeck(
  executablePath: string,
  profile: TestProfile,
): Promise<RunningApp> {
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing: run \`npm run test:electron\`, which builds it.`);
  }
  // Chromium refuses to start as root with its sandbox on; only CI containers run tests as root.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [...sandboxArgs, repoRoot],
    cwd: repoRoot,
    env: childEnv(profile),
    timeout: WAIT_MS,
  });
  app.context().setDefaultTimeout(WAIT_MS);
  const window = await app.firstWindow({ timeout: WAIT_MS });
  await window.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
  return { app, window };
}

function childEnv(profile: TestProfile): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // The built renderer, never a dev server a developer left running, and Electron as itself.
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  env.QUARTERDECK_USER_DATA = profile.userData;
  env[TEST_DIALOGS_ENV] = profile.dialogs;
  return env;
}
