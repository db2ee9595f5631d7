/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One path's measurements: run i of the app was taken right next to run i of its floor. */
export interface PathRuns {
  name: string;
  app: readonly number[];
  floor: readonly number[];
  /** Extra figures for this path (long tasks, peak memory), printed under the table. */
  details?: Record<string, number>;
}

/** One row of `bench-results/latest.json`. */
export interface PathResult {
  name: string;
  app_ms: number;
  floor_ms: number;
  ratio_min: number;
  ratio_median: number;
  ratio_max: number;
  runs: number;
  details?: Record<string, number>;
}

const roundTo = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * Medians of the app and floor times, and the spread of the per-run ratios. Ratios pair run i
 * of the app with run i of the floor (taken back to back), so load on a shared machine that
 * slows both cancels out better than in a ratio of medians.
 */
export function summarizePath(runs: PathRuns): PathResult {
  const count = runs.app.length;
  if (count === 0 || runs.floor.length !== count) {
    throw new Error(
      `${runs.name}: expected as many floor runs as app runs (got ${count} and ${runs.floor.length}).`,
    );
  }
  if (runs.floor.some((ms) => !(ms > 0))) {
    throw new Error(`${runs.name}: a floor run took no time; the ratio would be meaningless.`);
  }
  const ratios = runs.app.map((ms, i) => ms / runs.floor[i]!);
  return {
    name: runs.name,
    app_ms: roundTo(median(runs.app), 1),
    floor_ms: roundTo(median(runs.floor), 1),
    ratio_min: roundTo(Math.min(...ratios), 3),
    ratio_median: roundTo(median(ratios), 3),
    ratio_max: roundTo(Math.max(...ratios), 3),
    runs: count,
    ...(runs.details ? { details: runs.details } : {}),
  };
}
