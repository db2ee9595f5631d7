import type { Dependency } from './entities';

/**
 * Where a dependency on another team stands: `resolved`; `failed` when its date (or, without one,
 * the quarter's end) has passed without it being resolved; `at-risk` when the team marked it so;
 * `open` otherwise (open or agreed, and still in time).
 */
export type DependencyOutcome = 'resolved' | 'failed' | 'at-risk' | 'open';

/**
 * The outcome of a dependency on `today` (`YYYY-MM-DD`). A need without a date was needed by
 * the quarter's end, `quarterEnd`.
 */
export function dependencyOutcome(
  dependency: Pick<Dependency, 'status' | 'byDate'>,
  { today, quarterEnd }: { today: string; quarterEnd: string },
): DependencyOutcome {
  if (dependency.status === 'resolved') return 'resolved';
  if ((dependency.byDate ?? quarterEnd) < today) return 'failed';
  return dependency.status === 'at-risk' ? 'at-risk' : 'open';
}
