import type { CheckIn, KeyResult } from '@shared/domain';
import { latestCheckIn } from '@shared/domain/checkins/history';
import { formatDate } from '@shared/domain/format';
import { KeyResultLink } from './KeyResultLink';

/** What is blocking, across every key result's latest check-in: the meeting's agenda. */
export function BlockersList({
  keyResults,
  checkIns,
}: {
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}) {
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
