import type { Cycle } from '@shared/domain';
import { EmptyState } from '../../components/EmptyState';
import {
  useCheckIns,
  useCycleRetro,
  useKeyResultRetros,
  useKeyResults,
  useObjectives,
} from '../../db/hooks';
import { CalibrationPanel } from './CalibrationPanel';
import { CycleRetroForm } from './CycleRetroForm';
import { KeyResultRetroForm } from './KeyResultRetroForm';
import { useRetroStep } from './useRetroStep';
import { EffortPanel } from '../workshop/effort/EffortPanel';

/** The retrospective: one KR at a time, then the quarter as a whole, then calibration. */
export function RetroPhase({ cycle }: { cycle: Cycle }) {
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const checkIns = useCheckIns(cycle.id);
  const krRetros = useKeyResultRetros(cycle.id);
  const cycleRetro = useCycleRetro(cycle.id);
  const [step, setStep] = useRetroStep(cycle.id);
  if (
    !objectives ||
    !keyResults ||
    !checkIns ||
    !krRetros ||
    cycleRetro === undefined ||
    step === undefined
  ) {
    return <p className="loading">Loading the retrospective…</p>;
  }
  if (keyResults.length === 0) {
    return (
      <EmptyState title="Nothing to look back on yet">
        <p>
          The retrospective walks through each key result of the quarter. This quarter has none.
        </p>
      </EmptyState>
    );
  }
  const ordered = objectives.flatMap((o) => keyResults.filter((kr) => kr.objectiveId === o.id));
  const index = Math.min(step, ordered.length);
  const kr = ordered[index];
  const answered = krRetros.length;

  return (
    <section className="retro" aria-label="Retrospective">
      <nav className="retro__progress" aria-label="Retrospective progress">
        <span>
          {answered} of {ordered.length} key results answered
        </span>
        <progress max={ordered.length} value={answered} aria-label="Key results answered" />
      </nav>
      {kr ? (
        <KeyResultRetroForm
          key={kr.id}
          cycle={cycle}
          keyResult={kr}
          objectiveTitle={objectives.find((o) => o.id === kr.objectiveId)?.title ?? ''}
          retro={krRetros.find((r) => r.keyResultId === kr.id)}
          checkIns={checkIns}
          position={`Key result ${index + 1} of ${ordered.length}`}
          onSaved={() => setStep(index + 1)}
          onBack={index > 0 ? () => setStep(index - 1) : null}
        />
      ) : (
        <>
          <CycleRetroForm
            cycle={cycle}
            objectives={objectives}
            keyResults={ordered}
            retro={cycleRetro}
            krRetros={krRetros}
            onBack={() => setStep(ordered.length - 1)}
          />
          <CalibrationPanel teamId={cycle.teamId} />
          <EffortPanel cycle={cycle} phase="retrospective" />
        </>
      )}
    </section>
  );
}
