import { LARGE, QUICK_LARGE, type WorkloadShape } from './workload';

export interface BenchOptions {
  mode: 'full' | 'quick';
  runs: number;
  large: WorkloadShape;
}

export const USAGE =
  'usage: npm run bench [-- --quick] [-- --runs N]\n' +
  '  --quick   3 runs on a reduced large workspace (5 teams)\n' +
  '  --runs N  runs per path (at least 1; default 5, or 3 with --quick)';

/** Reads the command line; throws with the usage for anything it does not know. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let runs: number | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--runs') {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`--runs needs a whole number ≥ 1\n${USAGE}`);
      runs = value;
    } else throw new Error(`unknown argument ${String(arg)}\n${USAGE}`);
  }
  return {
    mode: quick ? 'quick' : 'full',
    runs: runs ?? (quick ? 3 : 5),
    large: quick ? QUICK_LARGE : LARGE,
  };
}
