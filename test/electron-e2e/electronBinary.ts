import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the Electron executable is, or why there is none. */
export type ElectronBinary =
  { isInstalled: true; path: string } | { isInstalled: false; reason: string };

/**
 * The Electron executable for these tests. `npm run test:electron` resolves it through the
 * `electron` package first (scripts/desktop.mjs, which may download it) and passes the result
 * on: the path in `ELECTRON_EXEC_PATH`, or the reason in `QUARTERDECK_ELECTRON_UNAVAILABLE`.
 * Run on their own (`npx vitest --config vitest.electron.config.ts`), the tests look at what
 * the package has installed the way its `index.js` does, without starting a download.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { isInstalled: true, path: env.ELECTRON_EXEC_PATH }
      : { isInstalled: false, reason: `${env.ELECTRON_EXEC_PATH} does not exist` };
  }
  if (env.QUARTERDECK_ELECTRON_UNAVAILABLE) {
    return { isInstalled: false, reason: env.QUARTERDECK_ELECTRON_UNAVAILABLE };
  }
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

/** Why the Electron tests skip here, or `null` when they can run; printed once per file. */
export function electronSkipReason(): string | null {
  const binary = findElectronBinary();
  if (!binary.isInstalled) {
    return `Electron binary not available (${binary.reason}): skipping the Electron e2e tests; \`npm run test:electron\` with network access fetches it, or set ELECTRON_OVERRIDE_DIST_PATH`;
  }
  const noDisplay = missingDisplayReason();
  return noDisplay
    ? `No display for Electron (${noDisplay}): skipping the Electron e2e tests`
    : null;
}
