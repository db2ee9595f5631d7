/**
 * `npm run cli`: runs the command line (scripts/cli.ts) as one bundled file. Loading the
 * TypeScript sources through tsx costs more than most commands' own work (every module
 * transpiled on each start), so the sources are bundled once with esbuild (a dependency of
 * Vite) into node_modules/.cache and rebuilt on the first run after any of them changes: a
 * fresh clone needs no build step. Without esbuild the sources run through tsx as before.
 */
import { randomUUID } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'scripts', 'cli.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'quarterdeck-cli');
const MANIFEST = join(CACHE, 'current.json');

/** The bundle's entry when it is newer than every file it was built from (and this one). */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest?.dir !== 'string' || !Array.isArray(manifest.inputs)) return null;
  const inputs = [fileURLToPath(import.meta.url), ...manifest.inputs.map((p) => join(ROOT, p))];
  try {
    for (const input of inputs) {
      if (statSync(input).mtimeMs > manifest.builtAt) return null;
    }
  } catch {
    return null; // an input was removed or renamed
  }
  return join(CACHE, manifest.dir, 'cli.js');
}

/** Bundles scripts/cli.ts; each build in a directory of its own, so parallel runs never clash. */
async function build() {
  const esbuild = await import('esbuild');
  const dir = `build-${Date.now()}-${randomUUID().slice(0, 8)}`;
  const builtAt = Date.now();
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outdir: join(CACHE, dir),
    bundle: true,
    // Each document writer is imported only when its format is asked for: keep them apart.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) =>
    relative(ROOT, resolve(ROOT, p.replace(/^[a-z-]+:/, ''))),
  );
  const temp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ dir, builtAt, inputs }));
  renameSync(temp, MANIFEST);
  removeOldBuilds(dir);
  return join(CACHE, dir, 'cli.js');
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

let entry = freshBundle();
if (!entry) {
  try {
    mkdirSync(CACHE, { recursive: true });
    entry = await build();
  } catch (error) {
    // No esbuild (or no writable cache): run the sources through tsx, slower but the same.
    if (process.env.QUARTERDECK_CLI_DEBUG) console.error(error);
    const { register } = await import('tsx/esm/api');
    register();
    entry = ENTRY;
  }
}
await import(pathToFileURL(entry).href);
