/**
 * `npm run bench`: the performance suite of issue 18. Builds the app and its floors, generates
 * the workspaces, seeds browser profiles, measures every path against its floor (alternating,
 * several runs), prints the table and writes bench-results/latest.json. See the README.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChromium } from '../../test/e2e/support/chromium';
import { startStaticServer } from '../staticServer.mjs';
import { PATH_GROUPS, parseOptions } from './options';
import { measureCliExport } from './paths/cliExport';
import { measureColdStarts } from './paths/coldStart';
import { measureDayStart } from './paths/dayStart';
import { measureDomNodes } from './paths/domNodes';
import { measureRestoreAndBackup } from './paths/restoreAndBackup';
import { SEEDED_DAYS, copyProfile, seedProfile, type Served } from './profiles';
import { formatBytes, formatTable, shapeProblem, type BenchResults } from './report';
import { DATA_DIR, buildSite } from './site';
import { summarizePath, type PathRuns } from './stats';
import { SMALL, type WorkloadShape } from './workload';
import { buildWorkloadFile } from './workloadFile';

const OUT_DIR = resolve('bench-results');

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function writeWorkload(root: string, name: string, shape: WorkloadShape, version: string) {
  const file = await buildWorkloadFile(shape, version);
  const path = join(root, DATA_DIR, `${name}.json`);
  await writeFile(path, file.text);
  const bytes = Buffer.byteLength(file.text);
  log(`${name} workspace: ${shape.teams} teams, ${file.checkIns} check-ins, ${formatBytes(bytes)}`);
  return { ...file, path, url: `${DATA_DIR}/${name}.json`, bytes, shape };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const chromium = findChromium();
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  log(`${options.mode} run: ${options.runs} runs per path, Chromium ${chromium}`);
  const loadBefore = loadavg();

  // The site, the workloads and the browser profiles are scratch: only the results stay.
  const scratch = await mkdtemp(join(tmpdir(), 'quarterdeck-bench-'));
  // Ctrl+C skips the `finally` below; the profiles hold gigabytes, so remove them here too.
  process.once('SIGINT', () => {
    try {
      // Chromium may still be writing its profile as it exits: retry for a moment.
      rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      console.error(`bench: interrupted; could not remove ${scratch}`);
    }
    process.exit(130);
  });
  const siteRoot = join(scratch, 'site');
  const profiles = join(scratch, 'profiles');
  let server: Awaited<ReturnType<typeof startStaticServer>> | null = null;
  try {
    log('building the app (as build:web) and the floors');
    const site = await buildSite(siteRoot);
    await mkdir(join(siteRoot, DATA_DIR), { recursive: true });
    const large = await writeWorkload(siteRoot, 'large', options.large, version);
    const small = await writeWorkload(siteRoot, 'small', SMALL, version);

    server = await startStaticServer(siteRoot);
    const served: Served = { baseUrl: server.url, probe: site.probe };
    log(`seeding the browser profiles (a workspace and ${SEEDED_DAYS} days of backups each)`);
    // Side by side: seeding is not measured, and it waits on the disk as much as on the CPU.
    const [largeProfile, smallProfile] = await Promise.all([
      seedProfile(served, join(profiles, 'large'), large.url, large.target),
      seedProfile(served, join(profiles, 'small'), small.url, small.target),
    ]);
    const [dayStartProfile, restoreProfile] = await Promise.all([
      copyProfile(largeProfile, join(profiles, 'day-start')),
      copyProfile(largeProfile, join(profiles, 'restore')),
    ]);

    const paths: PathRuns[] = [];
    const only = options.only;
    if (only.has('cold')) {
      log('cold starts');
      paths.push(...(await measureColdStarts(served, largeProfile, smallProfile, options.runs)));
    }
    if (only.has('day')) {
      log('first start of the day');
      paths.push(await measureDayStart(served, dayStartProfile, options.runs));
    }
    if (only.has('restore')) {
      log('restore and backup');
      paths.push(
        ...(await measureRestoreAndBackup(served, restoreProfile.dir, large.path, options.runs)),
      );
    }
    if (only.has('cli')) {
      log('CLI export');
      paths.push(await measureCliExport(large.path, large.target, options.runs));
    }
    if (only.has('dom')) log('DOM size');
    const domNodes = only.has('dom') ? await measureDomNodes(served, largeProfile.dir) : {};
    if (only.size < PATH_GROUPS.length) {
      // A partial run (--only) prints its figures but leaves the last full results in place.
      console.log(formatTable(partialResults(paths, site.appInitialJs.gzipBytes, domNodes)));
      return;
    }

    const results: BenchResults = {
      paths: paths.map(summarizePath),
      initial_js_gzip_bytes: site.appInitialJs.gzipBytes,
      max_dom_nodes: Math.max(...Object.values(domNodes)),
      meta: {
        mode: options.mode,
        date: new Date().toISOString(),
        node: process.version,
        chromium: execFileSync(chromium, ['--version'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim(),
        cpus: cpus().length,
        load_average_before: loadBefore.map((n) => Number(n.toFixed(2))),
        load_average_after: loadavg().map((n) => Number(n.toFixed(2))),
        workloads: Object.fromEntries(
          [large, small].map((w, i) => [
            i === 0 ? 'large' : 'small',
            { ...w.shape, check_ins: w.checkIns, backup_bytes: w.bytes },
          ]),
        ),
        initial_js_files: site.appInitialJs.files,
        floor_initial_js_gzip_bytes: site.floorInitialJs.gzipBytes,
        dom_nodes_by_screen: domNodes,
        duration_s: Math.round((performance.now() - started) / 1000),
      },
    };
    const problem = shapeProblem(results);
    if (problem) throw new Error(`The results have the wrong shape: ${problem}`);
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(join(OUT_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`done; wrote ${join('bench-results', 'latest.json')}\n`);
    console.log(formatTable(results));
    console.log(
      `floor page's initial JS, gzip: ${formatBytes(site.floorInitialJs.gzipBytes)}; ` +
        `DOM nodes by screen: ${Object.entries(domNodes)
          .map(([screen, n]) => `${screen} ${n}`)
          .join(', ')}`,
    );
  } finally {
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The figures of a partial run, shaped for the table only. */
function partialResults(
  paths: PathRuns[],
  initialJsGzip: number,
  domNodes: Record<string, number>,
): BenchResults {
  return {
    paths: paths.map(summarizePath),
    initial_js_gzip_bytes: initialJsGzip,
    max_dom_nodes: Math.max(0, ...Object.values(domNodes)),
    meta: { partial: true },
  };
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
