import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the Electron executable is, or why there is none. */
export type ElectronBinary =
  { isInstalled: true; path: string } | { isInstalled: false; reason: string };

/**
 * Finds the Electron executable the `electron` package installed, the way its `index.js`
 * does. That file is not required directly because, when the binary is missing, it starts a
 * download from the network, which a test run must never do.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { isInstalled: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
    return existsSync(path)
      ? { isInstalled: true, path }
      : { isInstalled: false, reason: `${path} does not exist` };
  }
  if (!executable) return { isInstalled: false, reason: `${pathFile} is missing` };
  const path = join(packageDir, 'dist', executable);
  return existsSync(path)
    ? { isInstalled: true, path }
    : { isInstalled: false, reason: `${path} does not exist` };
}

/** Why Electron cannot show a window here even with a binary, or `null` when it can. */
export function missingDisplayReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no DISPLAY or WAYLAND_DISPLAY (run under xvfb-run)';
}
