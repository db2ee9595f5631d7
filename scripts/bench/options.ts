import { LARGE, QUICK_LARGE, type WorkloadShape } from './workload';

/** The groups of paths `--only` can pick. */
export const PATH_GROUPS = ['cold', 'day', 'restore', 'cli', 'dom'] as const;
export type PathGroup = (typeof PATH_GROUPS)[number];

export interface BenchOptions {
  mode: 'full' | 'quick';
  runs: number;
  large: WorkloadShape;
  /** The groups of paths to measure (all unless `--only` names some). */
  only: ReadonlySet<PathGroup>;
}

export const USAGE =
  'usage: npm run bench [-- --quick] [-- --runs N] [-- --only G,...]\n' +
  '  --quick   3 runs on a reduced large workspace (5 teams)\n' +
  '  --runs N  runs per path (at least 1; default 5, or 3 with --quick)\n' +
  `  --only G  measure only these groups, comma-separated (${PATH_GROUPS.join(', ')}); while\n` +
  '            working on one path. bench-results/latest.json is then not written.';

/** Reads the command line; throws with the usage for anything it does not know. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let runs: number | null = null;
  let only: Set<PathGroup> | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--runs') {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`--runs needs a whole number ≥ 1\n${USAGE}`);
      runs = value;
    } else if (arg === '--only') {
      const groups = String(argv[(i += 1)] ?? '').split(',');
      const unknown = groups.filter((g) => !(PATH_GROUPS as readonly string[]).includes(g));
      if (unknown.length > 0)
        throw new Error(`--only: unknown group ${unknown.join(', ')}\n${USAGE}`);
      only = new Set(groups as PathGroup[]);
    } else throw new Error(`unknown argument ${String(arg)}\n${USAGE}`);
  }
  return {
    mode: quick ? 'quick' : 'full',
    runs: runs ?? (quick ? 3 : 5),
    large: quick ? QUICK_LARGE : LARGE,
    only: only ?? new Set(PATH_GROUPS),
  };
}
