import type { CheckIn, Dependency, KeyResult } from '@shared/domain';
import { latestCheckIn } from '@shared/domain/checkins/history';
import { formatDate } from '@shared/domain/format';
import { useDependencies } from '../../db/hooks';
import { useLinkBlocker } from './checkInMutations';
import { KeyResultLink } from './KeyResultLink';

/**
 * What is blocking, across every key result's latest check-in: the meeting's agenda. A blocker
 * can be linked to the dependency it waits on, so the organisation's map shows what it blocks.
 */
export function BlockersList({
  cycleId,
  keyResults,
  checkIns,
}: {
  cycleId: string;
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}) {
  const dependencies = useDependencies(cycleId) ?? [];
  const blockers = keyResults
    .map((kr) => ({ kr, last: latestCheckIn(kr.id, checkIns) }))
    .filter(({ last }) => last && last.blockers.trim() !== '');
  return (
    <section className="panel" aria-labelledby="blockers-heading">
      <h3 id="blockers-heading">Blockers</h3>
      {blockers.length === 0 ? (
        <p className="muted">No blockers reported in the latest check-ins.</p>
      ) : (
        <ul className="blockers">
          {blockers.map(({ kr, last }) => (
            <li key={kr.id}>
              <p className="blockers__text">{last?.blockers}</p>
              <p className="muted">
                <KeyResultLink keyResult={kr} />
                {last && ` · ${formatDate(last.date)}`}
              </p>
              {last && dependencies.length > 0 && (
                <DependencyLink checkIn={last} keyResult={kr} dependencies={dependencies} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DependencyLink({
  checkIn,
  keyResult,
  dependencies,
}: {
  checkIn: CheckIn;
  keyResult: KeyResult;
  dependencies: Dependency[];
}) {
  const link = useLinkBlocker();
  return (
    <label className="blockers__link">
      Waiting on
      <select
        aria-label={`Dependency blocking ${keyResult.title}`}
        value={checkIn.dependencyId ?? ''}
        disabled={link.isPending}
        onChange={(e) =>
          link.mutate({ checkInId: checkIn.id, dependencyId: e.target.value || null })
        }
      >
        <option value="">No dependency</option>
        {dependencies.map((d) => (
          <option key={d.id} value={d.id}>
            {d.team}: {d.need}
          </option>
        ))}
      </select>
    </label>
  );
}
