import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../../scripts/cli/run';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** What one command printed and its exit code. */
export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs one CLI command in this process, as `quarterdeck ...argv` would, collecting its output. */
export async function run(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Runs a script of `scripts/` in a child process with tsx, as its npm command does, from `cwd`. */
export function runTsx(
  script: string,
  argv: readonly string[],
  cwd = ROOT,
): SpawnSyncReturns<string> {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  return spawnSync(tsx, [join(ROOT, 'scripts', script), ...argv], { cwd, encoding: 'utf8' });
}

/**
 * Runs the real CLI in a child process as `npm run cli` does (Node on scripts/cli.mjs, which runs
 * the command line bundled, building it first when its sources changed), from `cwd`.
 */
export function runScript(argv: readonly string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), ...argv], {
    cwd,
    encoding: 'utf8',
  });
}
