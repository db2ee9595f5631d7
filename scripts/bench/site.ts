import { cp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Where each page lives on the bench's server: one origin, so every page sees the same data. */
export const PAGES = {
  app: 'index.html',
  coldStartFloor: 'bench/coldStart.html',
  tools: 'bench/tools.html',
} as const;

/** The folder under the site root that holds the generated backups. */
export const DATA_DIR = 'bench-data';

export interface InitialJs {
  /** Each script loaded before anything else, with its gzip size (zlib's default level, as servers use). */
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

export interface Site {
  root: string;
  /** The probe script, to inject before every page's own scripts. */
  probe: string;
  appInitialJs: InitialJs;
  floorInitialJs: InitialJs;
}

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

const FLOOR_ROOT = resolve('scripts/bench/floor');

/**
 * The scripts `page` loads up front: its entry chunk and every chunk that one imports
 * statically (transitively), as Vite's manifest records them. Dynamic imports are not counted:
 * they load later, on demand.
 */
async function initialJs(outDir: string, page: string): Promise<InitialJs> {
  const manifest = JSON.parse(
    await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(page);
  if (seen.size === 0) throw new Error(`${page} is not an entry of the build in ${outDir}.`);
  const files = await Promise.all(
    [...seen].map(async (key) => {
      const file = manifest[key]!.file;
      const bytes = await readFile(join(outDir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/**
 * Builds the app exactly as `npm run build:web` does (into dist-web/, plus Vite's manifest so
 * the initial scripts can be told from lazy ones), then the floor pages and the probe, and lays
 * them out as one site under `root`: the app at `/`, the floors under `/bench/`.
 */
export async function buildSite(root: string): Promise<Site> {
  const appOut = resolve('dist-web');
  await build({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'warn',
    // The bench reports the size itself; Vite's chunk-size advice would only be noise here.
    build: { manifest: true, chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER },
  });
  await rm(root, { recursive: true, force: true });
  await cp(appOut, root, { recursive: true });

  const floorOut = join(root, 'bench');
  await build({
    configFile: false,
    root: FLOOR_ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify('bench') },
    resolve: { alias: { '@shared': resolve('shared') } },
    build: {
      outDir: floorOut,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          coldStart: join(FLOOR_ROOT, 'coldStart.html'),
          tools: join(FLOOR_ROOT, 'tools.html'),
        },
      },
    },
  });

  const probeOut = join(root, 'bench-probe');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: probeOut,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      lib: {
        entry: join(FLOOR_ROOT, 'probe.ts'),
        formats: ['iife'],
        name: 'benchProbe',
        fileName: () => 'probe.js',
      },
    },
  });

  return {
    root,
    probe: await readFile(join(probeOut, 'probe.js'), 'utf8'),
    appInitialJs: await initialJs(appOut, 'index.html'),
    floorInitialJs: await initialJs(floorOut, 'coldStart.html'),
  };
}
