import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, type PathRuns } from '../stats';
import type { WorkloadTarget } from '../workload';

interface Measured {
  ms: number;
  peakRssMb: number;
}

/** Runs `script` with Node, as `npm run cli` runs scripts/cli.mjs; its wall time and peak memory. */
async function measure(script: string, args: string[], scratch: string): Promise<Measured> {
  const rssFile = join(scratch, 'rss.json');
  await rm(rssFile, { force: true });
  const probe = pathToFileURL(resolve('scripts/bench/cli/rssProbe.mjs')).href;
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
    (done, fail) => {
      const child = spawn(process.execPath, ['--import', probe, resolve(script), ...args], {
        env: { ...process.env, BENCH_RSS_FILE: rssFile },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', fail);
      child.on('close', (exitCode) => done({ code: exitCode, stderr: err }));
    },
  );
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${script} exited with ${code}: ${stderr.trim()}`);
  const { maxRssKb } = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssKb: number };
  return { ms, peakRssMb: maxRssKb / 1024 };
}

/**
 * `cli export` of one quarter (Markdown) from the large backup, against a script that only
 * reads and parses the same file; both as child processes, alternating, with peak RSS.
 */
export async function measureCliExport(
  backupFile: string,
  target: WorkloadTarget,
  runs: number,
): Promise<PathRuns> {
  const scratch = await mkdtemp(join(tmpdir(), 'quarterdeck-bench-cli-'));
  try {
    const app: Measured[] = [];
    const floor: Measured[] = [];
    const exportArgs = [
      'export',
      backupFile,
      '--team',
      target.teamName,
      '--quarter',
      target.quarterLabel,
      '--format',
      'md',
      '--out',
      join(scratch, 'review.md'),
    ];
    // The first export after a change of the sources bundles them and writes the command's
    // code cache (see scripts/cli.mjs): set-up, once per build, not what an export costs.
    await measure('scripts/cli.mjs', exportArgs, scratch);
    for (let i = 0; i < runs; i += 1) {
      app.push(await measure('scripts/cli.mjs', exportArgs, scratch));
      floor.push(await measure('scripts/bench/cli/floor.mjs', [backupFile], scratch));
    }
    const rssRatios = app.map((a, i) => a.peakRssMb / floor[i]!.peakRssMb);
    return {
      name: 'CLI export of one quarter vs read + parse the backup',
      app: app.map((m) => m.ms),
      floor: floor.map((m) => m.ms),
      details: {
        peak_rss_mb: median(app.map((m) => m.peakRssMb)),
        floor_peak_rss_mb: median(floor.map((m) => m.peakRssMb)),
        peak_rss_median_ratio: median(rssRatios),
        peak_rss_max_ratio: Math.max(...rssRatios),
      },
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
