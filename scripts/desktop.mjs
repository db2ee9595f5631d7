// @ts-check
// `npm start`, `npm run dev`, `npm run test:electron` and `npm run dist`: every command that
// launches or packs Electron finds the binary through the `electron` package first (which
// downloads it on first use), then hands that path on: to electron-vite as ELECTRON_EXEC_PATH,
// to the Electron e2e tests the same way, to electron-builder as `electronDist`. Where there is
// no binary to be had, one plain line says so.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  desktopNodeRequirement,
  electronDistFolder,
  isAtLeast,
  minimumNodeVersion,
  resolveElectron,
  WEB_ADVICE,
} from './electronBinary.mjs';

const projectDir = resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);

/** The room's participant page, a bundle of its own that main serves to phones. */
async function buildParticipantPage() {
  return run(
    await binOf('vite'),
    // Absolute: vite reads a relative --outDir from the config's root (renderer/participant).
    [
      'build',
      '--config',
      'vite.participant.config.ts',
      '--outDir',
      resolve(projectDir, 'out/participant'),
    ],
    process.env,
  );
}

const COMMANDS = {
  /** Builds the app and opens it (`electron-vite preview`; `-- --skipBuild` reuses out/). */
  start: async () => {
    // The binary first: without it, one line says so before anything is built.
    const env = desktopEnv();
    return (
      (await buildParticipantPage()) || run(await binOf('electron-vite'), ['preview', ...args], env)
    );
  },
  /** The app with hot reload. */
  dev: async () => {
    const env = desktopEnv();
    return (
      (await buildParticipantPage()) || run(await binOf('electron-vite'), ['dev', ...args], env)
    );
  },
  /** Builds, then runs the Electron e2e suite, which skips with the reason when there is no binary. */
  test: async () => {
    const found = resolveElectron({ projectDir, onDownload: announceDownload });
    const env = withoutExecPath();
    if (found.ok) env.ELECTRON_EXEC_PATH = found.path;
    else {
      env.QUARTERDECK_ELECTRON_UNAVAILABLE = found.reason;
      console.log(`Electron e2e: ${found.reason}; the tests that need it will skip.`);
    }
    const built =
      (await run(await binOf('electron-vite'), ['build'], env)) || (await buildParticipantPage());
    if (built !== 0) return built;
    return run(
      await binOf('vitest'),
      ['run', '--config', 'vitest.electron.config.ts', ...args],
      env,
    );
  },
  /** Builds the installers for this platform with the same Electron binary. */
  dist: async () => {
    requireDesktopNode('build the installers');
    const env = desktopEnv();
    const built =
      (await run(await binOf('electron-vite'), ['build'], env)) || (await buildParticipantPage());
    if (built !== 0) return built;
    // The local binary only fits this platform; for another one electron-builder fetches its own.
    const isForThisPlatform = !args.some((arg) => OTHER_PLATFORM_FLAGS.includes(arg));
    const dist = isForThisPlatform
      ? [`--config.electronDist=${electronDistFolder(env.ELECTRON_EXEC_PATH ?? '')}`]
      : [];
    return run(
      await binOf('electron-builder'),
      ['--config', 'electron-builder.yml', ...dist, ...args],
      env,
    );
  },
};

const PLATFORM_FLAGS = {
  darwin: ['--mac', '-m', '--macos', '-o'],
  win32: ['--win', '-w', '--windows'],
  linux: ['--linux', '-l'],
};
const OTHER_PLATFORM_FLAGS = Object.entries(PLATFORM_FLAGS)
  .filter(([platform]) => platform !== process.platform)
  .flatMap(([, flags]) => flags);

if (!command || !(command in COMMANDS)) {
  console.error(`Usage: node scripts/desktop.mjs ${Object.keys(COMMANDS).join('|')} [args…]`);
  process.exit(2);
}
process.exitCode = await COMMANDS[/** @type {keyof typeof COMMANDS} */ (command)]();

/**
 * The environment for electron-vite and electron-builder with ELECTRON_EXEC_PATH set; exits
 * with one line when there is no binary.
 */
function desktopEnv() {
  const found = resolveElectron({ projectDir, onDownload: announceDownload });
  if (!found.ok) fail(`Cannot start Quarterdeck's desktop app: ${found.reason}`, found.hint);
  return { ...withoutExecPath(), ELECTRON_EXEC_PATH: found.path };
}

/**
 * The environment without a stale ELECTRON_EXEC_PATH: the binary always comes from the package.
 * @returns {NodeJS.ProcessEnv}
 */
function withoutExecPath() {
  const { ELECTRON_EXEC_PATH: _ignored, ...env } = process.env;
  return env;
}

/** @param {string} what */
function requireDesktopNode(what) {
  const required = desktopNodeRequirement(projectDir);
  const minimum = minimumNodeVersion(required ? `>=${required}` : undefined);
  if (!required || !minimum || isAtLeast(process.versions.node, minimum)) return;
  fail(
    `Cannot ${what}: Electron's tooling needs Node.js ${required} or later, and this is Node.js ${process.versions.node}`,
    `install Node.js ${required} or later`,
  );
}

function announceDownload() {
  console.log('Downloading the Electron binary (first run only, about 100 MB)…');
}

/**
 * One plain line and a non-zero exit: no stack trace, and a way to use the app anyway.
 * @param {string} problem
 * @param {string} hint
 * @returns {never}
 */
function fail(problem, hint) {
  const advice = `${hint.charAt(0).toUpperCase()}${hint.slice(1)}, or ${WEB_ADVICE}`;
  console.error(`${problem}. ${advice}.`);
  process.exit(1);
}

/**
 * The JavaScript file behind a package's command, run with this Node (no shell, no .cmd shims).
 * @param {string} name
 */
async function binOf(name) {
  const require = createRequire(join(projectDir, 'package.json'));
  const manifest = require.resolve(`${name}/package.json`);
  /** @type {{ bin?: string | Record<string, string> }} */
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.[name];
  if (!bin) throw new Error(`${name} has no command to run`);
  return join(dirname(manifest), bin);
}

/**
 * Runs a Node script with inherited output; resolves with its exit code. Ctrl+C reaches the
 * child through the terminal; a SIGTERM sent to this process only is passed on.
 * @param {string} script
 * @param {string[]} scriptArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(script, scriptArgs, env) {
  return new Promise((resolveCode) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], {
      cwd: projectDir,
      env,
      stdio: 'inherit',
    });
    const forward = () => child.kill('SIGTERM');
    // Ctrl+C goes to the child too; this process waits for it to exit and reports its code.
    const wait = () => undefined;
    process.on('SIGTERM', forward);
    process.on('SIGINT', wait);
    child.on('error', (error) => {
      console.error(`Could not run ${script}: ${error.message}`);
      resolveCode(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      process.off('SIGINT', wait);
      resolveCode(code ?? (signal ? 1 : 0));
    });
  });
}
