import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The backup worker's code loads while a person who clicked "Back up all data" as the dialog
 * opened waits (issue 18), so it carries only what writing a file needs: no zod, and so none of
 * the domain schemas built with it. Bundled here as Vite bundles the worker (the same alias for
 * `@shared`; esbuild comes with Vite and tsx), every module esbuild reads counting, before any
 * tree-shaking: an import that reaches zod fails this even where the bundle would drop what it
 * imported. (Here, among the tests of shared/, because esbuild needs Node's own TextEncoder,
 * which jsdom replaces.)
 */
const WORKER = 'renderer/src/db/backupWorker/worker.ts';

async function workerInputs(): Promise<Metafile['inputs']> {
  const result = await build({
    entryPoints: [WORKER],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    alias: { '@shared': resolve('shared') },
    define: { __APP_VERSION__: '"0.0.0-test"' },
  });
  return result.metafile.inputs;
}

const isZod = (path: string) => /(^|\/)node_modules\/zod\//.test(path);

describe("the backup worker's import graph", () => {
  it('reaches no zod, directly or through another module', async () => {
    const inputs = await workerInputs();
    expect(Object.keys(inputs)).toContain(WORKER);
    // The modules of our own that import zod, named so a failure says where to cut.
    const importers = Object.entries(inputs)
      .filter(([path, input]) => !isZod(path) && input.imports.some((i) => isZod(i.path)))
      .map(([path]) => path);
    expect(importers).toEqual([]);
    expect(Object.keys(inputs).filter(isZod)).toEqual([]);
  });
});
