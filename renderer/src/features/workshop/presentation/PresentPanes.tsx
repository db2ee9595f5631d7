import type { Cycle, Dependency, KeyResult, Objective } from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import type { Workshop } from '@shared/domain/workshop';
import type { PresentData } from './PresentItem';

/** Before the first item and during breaks: the agenda, with where the room is. */
export function PresentAgenda({ workshop }: { workshop: Workshop }) {
  return (
    <ol className="present-agenda">
      {workshop.agenda.map((item) => (
        <li
          key={item.id}
          className={`present-agenda__item present-agenda__item--${item.status}`}
          aria-current={item.id === workshop.currentItemId ? 'step' : undefined}
        >
          <span>{item.title}</span>
          <span className="present-agenda__minutes">{item.minutes} min</span>
        </li>
      ))}
    </ol>
  );
}

/** The chain the quarter hangs from, or where the quarter stands. */
export function PresentContext({
  workshop,
  cycle,
  data,
}: {
  workshop: Workshop;
  cycle: Cycle;
  data: PresentData;
}) {
  if (workshop.kind !== 'planning') {
    return <PresentPlan objectives={data.objectives} keyResults={data.keyResults} />;
  }
  return (
    <dl className="present-chain">
      <div>
        <dt>Business need</dt>
        <dd>{cycle.businessNeed.trim() || 'What does the business need this quarter?'}</dd>
      </div>
      <div className="present-chain__arrow" aria-hidden="true">
        →
      </div>
      <div>
        <dt>Engineering lever</dt>
        <dd>{cycle.engineeringLever.trim() || 'Which engineering lever moves it?'}</dd>
      </div>
    </dl>
  );
}

/** The quarter's objectives with their key results. */
export function PresentPlan({
  objectives,
  keyResults,
}: {
  objectives: Objective[];
  keyResults: KeyResult[];
}) {
  if (objectives.length === 0) {
    return <p className="present__hint">No objectives yet.</p>;
  }
  return (
    <ol className="present-plan">
      {objectives.map((o) => {
        const own = keyResults.filter((kr) => kr.objectiveId === o.id);
        return (
          <li key={o.id}>
            <h2 className="present-plan__objective">{o.title}</h2>
            {own.length === 0 ? (
              <p className="present__hint present-plan__empty">Key results to come</p>
            ) : (
              <ul className="present-plan__krs">
                {own.map((kr) => (
                  <li key={kr.id}>{kr.title}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** What other teams must provide, and by when. */
export function PresentDependencies({ dependencies }: { dependencies: Dependency[] }) {
  if (dependencies.length === 0) {
    return <p className="present__hint">What do we need from other teams, and by when?</p>;
  }
  return (
    <ul className="present-deps">
      {dependencies.map((d) => (
        <li key={d.id}>
          <strong>{d.team}</strong>: {d.need}
          {d.byDate && <span className="present-deps__by"> · by {formatDate(d.byDate)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The hand-out taking shape: decisions, open questions, owners. */
export function PresentWrapUp({ workshop }: { workshop: Workshop }) {
  const sections: [string, string[]][] = [
    ['Decisions', workshop.decisions],
    ['Open questions', workshop.openQuestions],
    ['Who owns what', workshop.actions.map((a) => (a.owner ? `${a.text} — ${a.owner}` : a.text))],
  ];
  return (
    <div className="present-wrap">
      {sections.map(([title, items]) => (
        <section key={title}>
          <h2>{title}</h2>
          {items.length === 0 ? (
            <p className="present__hint">—</p>
          ) : (
            <ul>
              {items.map((t, i) => (
                <li key={`${i}-${t}`}>{t}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
