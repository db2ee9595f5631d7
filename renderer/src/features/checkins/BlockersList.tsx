import type { CheckIn, KeyResult } from '@shared/domain';
import { latestCheckIn } from '@shared/domain/checkins/history';
import { formatDate } from '@shared/domain/format';
import { useUiStore } from '../../state/uiStore';

/** What is blocking, across every key result's latest check-in: the meeting's agenda. */
export function BlockersList({
  keyResults,
  checkIns,
}: {
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
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
                <button
                  type="button"
                  className="link-button"
                  onClick={() => showCheckIns({ kind: 'keyResult', keyResultId: kr.id })}
                >
                  {kr.title}
                </button>
                {last && ` · ${formatDate(last.date)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
