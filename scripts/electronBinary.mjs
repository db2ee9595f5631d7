// @ts-check
// Finds the Electron executable through the `electron` package, the way `require('electron')`
// does: since Electron 42 that call downloads the binary on first use and only then writes
// `node_modules/electron/path.txt`, which electron-vite and friends read on their own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The executable, or why there is none and what to do about it (both phrases, no full stop).
 * @typedef {{ ok: true, path: string } | { ok: false, reason: string, hint: string }} ElectronResolution
 */

/** What a person can do instead when the desktop app cannot start here. */
export const WEB_ADVICE = 'run `npm run web` to use Quarterdeck in a browser instead';

/**
 * The lowest Node.js version a `>= x.y.z` engines range allows, as `[major, minor, patch]`;
 * `null` for any other form (then nothing is checked, and npm's own warning stands).
 * @param {string | undefined} range
 * @returns {[number, number, number] | null}
 */
export function minimumNodeVersion(range) {
  const match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range ?? '');
  if (!match) return null;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/**
 * Whether `version` (`20.19.1` or `v20.19.1`) is at least `minimum`.
 * @param {string} version
 * @param {[number, number, number]} minimum
 */
export function isAtLeast(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const have = parts[i] ?? 0;
    const need = minimum[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}

/**
 * The Node.js version the Electron tooling needs, read from the `electron` package's own
 * `engines` (one home for the number), as `22.12.0`; `null` when it states none we can read.
 * @param {string} projectDir
 */
export function desktopNodeRequirement(projectDir) {
  const packageDir = electronPackageDir(projectDir);
  if (!packageDir) return null;
  const minimum = minimumNodeVersion(readPackageJson(packageDir).engines?.node);
  return minimum ? minimum.join('.') : null;
}

/**
 * Resolves the Electron executable for the project in `projectDir` by requiring its `electron`
 * package in a child process, which downloads the binary when it is missing (unless
 * `ELECTRON_SKIP_BINARY_DOWNLOAD` is set). `ELECTRON_OVERRIDE_DIST_PATH` is honoured by the
 * package itself. Never throws: a failure comes back as one short reason.
 * @param {{ projectDir?: string, env?: NodeJS.ProcessEnv, nodeVersion?: string,
 *   onDownload?: () => void }} [options]
 * @returns {ElectronResolution}
 */
export function resolveElectron(options = {}) {
  const {
    projectDir = process.cwd(),
    env = process.env,
    nodeVersion = process.versions.node,
    onDownload = () => undefined,
  } = options;
  const packageDir = electronPackageDir(projectDir);
  if (!packageDir) {
    return {
      ok: false,
      reason: 'the electron package is not installed',
      hint: 'run `npm install`',
    };
  }
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && !isBinaryInstalled(packageDir)) {
    if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
      return {
        ok: false,
        reason: 'the Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set',
        hint: 'unset it to let the electron package download the binary',
      };
    }
    // The downloader (electron's install.js and @electron/get) declares the newer Node.
    const required = desktopNodeRequirement(projectDir);
    const minimum = minimumNodeVersion(required ? `>=${required}` : undefined);
    if (required && minimum && !isAtLeast(nodeVersion, minimum)) {
      return {
        ok: false,
        reason: `downloading the Electron binary needs Node.js ${required} or later, and this is Node.js ${nodeVersion}`,
        hint: `install Node.js ${required} or later`,
      };
    }
    onDownload();
  }
  const child = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write('\\n${MARKER}' + require(${JSON.stringify(packageDir)}))`],
    { cwd: projectDir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stdout = child.stdout ?? '';
  const at = stdout.lastIndexOf(`\n${MARKER}`);
  if (child.status !== 0 || at < 0) {
    return {
      ok: false,
      reason: `the Electron binary could not be downloaded (${downloadProblem(child.stderr ?? '', child.error)})`,
      hint: 'check the network or proxy and try again',
    };
  }
  const path = stdout.slice(at + MARKER.length + 1).trim();
  if (!existsSync(path)) {
    return env.ELECTRON_OVERRIDE_DIST_PATH
      ? {
          ok: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable at ${path}`,
          hint: 'point it at the folder that holds the executable',
        }
      : {
          ok: false,
          reason: `the Electron executable is missing at ${path}`,
          hint: 'delete node_modules/electron and run `npm install`',
        };
  }
  return { ok: true, path };
}

/**
 * The folder an unpacked Electron lives in, as electron-builder's `electronDist` wants it: the
 * executable's folder, or the folder holding `Electron.app` on macOS.
 * @param {string} executable
 */
export function electronDistFolder(executable) {
  const app = executable.lastIndexOf('.app/Contents/MacOS/');
  return app >= 0 ? dirname(executable.slice(0, app + '.app'.length)) : dirname(executable);
}

const MARKER = '@@quarterdeck-electron-path=';

/** @param {string | undefined} value */
function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** @param {string} projectDir */
function electronPackageDir(projectDir) {
  try {
    return dirname(
      createRequire(join(projectDir, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
}

/**
 * @param {string} packageDir
 * @returns {{ engines?: { node?: string } }}
 */
function readPackageJson(packageDir) {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
}

/** Whether `path.txt` names an executable that exists: then requiring the package downloads nothing. */
function isBinaryInstalled(/** @type {string} */ packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/**
 * The first error the downloader printed, without its stack: `fetch failed`,
 * `HTTPError: Response code 404 …`. The package's own generic "failed to install" is skipped.
 * @param {string} stderr
 * @param {Error | undefined} error
 */
function downloadProblem(stderr, error) {
  if (error) return error.message;
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  const errors = lines.filter(
    (line) => /^[A-Za-z]*Error\b.*?: /.test(line) && !/failed to install correctly/.test(line),
  );
  const first = errors[0];
  if (!first) return 'no network, or a proxy refused it';
  return first.replace(/^(Error|TypeError|RequestError): /, '');
}
