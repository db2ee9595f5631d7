/**
 * `npm run cli`: runs the command line (scripts/cli.ts) as one bundled file. Loading the
 * TypeScript sources through tsx costs more than most commands' own work (every module
 * transpiled on each start), so the sources are bundled once with esbuild (a dependency of
 * Vite) into node_modules/.cache and rebuilt on the first run after any of them changes: a
 * fresh clone needs no build step. Without esbuild the sources run through tsx as before.
 *
 * The bundle is one CommonJS file run through `vm.Script` with V8's code cache: compiling the
 * command line's code (zod, the document builders, the charts) cost more than a quarter's
 * export itself. Each command keeps a cache of its own, made when it first runs after a build,
 * so it holds the functions that command compiles. An ES-module bundle cannot use the cache on
 * Node 20, and each of its chunks costs a module load; one file needs neither.
 */
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'scripts', 'cli.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'quarterdeck-cli');
const MANIFEST = join(CACHE, 'current.json');
const BUNDLE = 'cli.cjs';
/** What the bundle begins with: the function Node wraps a CommonJS module's code in. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The bundle's entry when it is newer than every file it was built from (and this one). */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest?.dir !== 'string' || !Array.isArray(manifest.inputs)) return null;
  // The inputs are written normalized and relative to the repository (see build): joined by
  // hand, as path.join normalizes each again, which cost more than the file checks themselves.
  const inputs = [
    fileURLToPath(import.meta.url),
    ...manifest.inputs.map((p) => `${ROOT}${sep}${p}`),
  ];
  try {
    for (const input of inputs) {
      if (statSync(input).mtimeMs > manifest.builtAt) return null;
    }
  } catch {
    return null; // an input was removed or renamed
  }
  return join(CACHE, manifest.dir, BUNDLE);
}

/** Bundles scripts/cli.ts; each build in a directory of its own, so parallel runs never clash. */
async function build() {
  const esbuild = await import('esbuild');
  const dir = `build-${Date.now()}-${randomUUID().slice(0, 8)}`;
  const builtAt = Date.now();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: join(CACHE, dir, BUNDLE),
    // The metafile names inputs relative to this folder: the repository's, not the caller's
    // (run from another folder, the inputs would not be found and every run would build again).
    absWorkingDir: ROOT,
    bundle: true,
    // One file: a writer (the Word one is the largest) is still evaluated only when its format
    // is asked for, and compiled only then, as esbuild keeps each dynamic import lazy.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // A CommonJS file has no import.meta: the bundle's own address stands in for it.
    define: { 'import.meta.url': '__bundleUrl' },
    // Written already wrapped as a CommonJS module's function (see runBundle), strict as the ES
    // modules it is built from are: the file is run as it is read, without a copy to wrap it.
    banner: {
      js: `${WRAPPER}'use strict';\nconst __bundleUrl = require('node:url').pathToFileURL(__filename).href;`,
    },
    footer: { js: '\n})' },
    // Comments and indentation are a third of the bundle, read on every run.
    minifyWhitespace: true,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(ROOT, resolve(ROOT, p.replace(/^[a-z-]+:/, ''))))
    .filter((p) => !p.startsWith(`node_modules${sep}`));
  // The packages' files change only when npm installs, which rewrites its lock files: checking
  // those instead of each package file spares a hundred file checks on every start.
  for (const lock of ['package-lock.json', join('node_modules', '.package-lock.json')]) {
    if (existsSync(join(ROOT, lock))) inputs.push(lock);
  }
  const temp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ dir, builtAt, inputs }));
  renameSync(temp, MANIFEST);
  removeOldBuilds(dir);
  return join(CACHE, dir, BUNDLE);
}

/**
 * Removes builds other than `current` made more than an hour ago: a run started before the
 * newest build may still be loading an older one, so recent ones stay.
 */
function removeOldBuilds(current) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith('build-') || name === current) continue;
    const path = join(CACHE, name);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

/**
 * Runs the bundle (a CommonJS module function, as built) through `vm.Script`, with the V8 code
 * cache its command left
 * beside it. The cache is written on exit by the command's first run that succeeds after a build
 * (a run that stops at a bad option compiles little worth keeping); a cache V8 refuses (another
 * Node version) is written again, one that cannot be written (a read-only folder) is skipped.
 */
function runBundle(file) {
  const command = /^[a-z][a-z-]{0,31}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const cacheFile = join(dirname(file), `${command}.v8cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // not made yet
  }
  const source = readFileSync(file, 'utf8');
  const script = new Script(source, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', (code) => {
      if (code !== 0) return;
      try {
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // Not writable: the next run compiles again, as this one did.
      }
    });
  }
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

let entry = freshBundle();
if (!entry) {
  try {
    mkdirSync(CACHE, { recursive: true });
    entry = await build();
  } catch (error) {
    // No esbuild (or no writable cache): run the sources through tsx, slower but the same.
    if (process.env.QUARTERDECK_CLI_DEBUG) console.error(error);
    entry = null;
  }
}
if (entry) runBundle(entry);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
