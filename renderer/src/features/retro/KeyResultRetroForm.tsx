import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CheckIn, Cycle, KeyResult, KeyResultRetro } from '@shared/domain';
import { keyResultChartData, keyResultValueChart } from '@shared/charts/krCharts';
import { keyResultScore } from '@shared/domain/scoring/score';
import { formatValue } from '@shared/domain/format';
import { Chart } from '../../components/chart/Chart';
import { useChartWidth } from '../../components/chart/useChartWidth';
import { Field } from '../../components/Field';
import { saveKeyResultRetro } from '../../db/repositories/retros';
import { errorMessage } from '../../lib/formErrors';
import { ScoreBadge } from '../scoring/ScoreBadge';

type KeyResultRetroFormProps = {
  cycle: Cycle;
  keyResult: KeyResult;
  objectiveTitle: string;
  retro: KeyResultRetro | undefined;
  checkIns: CheckIn[];
  position: string;
  onSaved: () => void;
  onBack: (() => void) | null;
};

/** One KR on the big screen: its score and chart beside the four retrospective questions. */
export function KeyResultRetroForm({
  cycle,
  keyResult: kr,
  objectiveTitle,
  retro,
  checkIns,
  position,
  onSaved,
  onBack,
}: KeyResultRetroFormProps) {
  const [worked, setWorked] = useState(retro?.worked ?? '');
  const [didNotWork, setDidNotWork] = useState(retro?.didNotWork ?? '');
  const [learned, setLearned] = useState(retro?.learned ?? '');
  const [carryForward, setCarryForward] = useState(retro?.carryForward ?? false);
  const { ref: chartRef, width } = useChartWidth<HTMLElement>(520);
  const save = useMutation({
    mutationFn: () => saveKeyResultRetro(kr.id, { worked, didNotWork, learned, carryForward }),
    onSuccess: onSaved,
  });
  const score = keyResultScore(kr, checkIns);
  const model = keyResultValueChart({ ...keyResultChartData(kr, cycle, checkIns), width });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section className="retro-kr" aria-labelledby="retro-kr-heading">
      <div className="retro-kr__facts">
        <p className="meeting__eyebrow">
          {position} · {objectiveTitle}
        </p>
        <h2 id="retro-kr-heading">{kr.title}</h2>
        <p className="meeting__range">
          {kr.baseline == null ? '—' : formatValue(kr.baseline, kr.unit)} →{' '}
          {kr.target == null ? '—' : formatValue(kr.target, kr.unit)}
        </p>
        <p className="retro-kr__score">
          {score.score === null ? (
            <span className="muted">Not scored</span>
          ) : (
            <ScoreBadge score={score.score} />
          )}
        </p>
        <figure className="panel" ref={chartRef}>
          <Chart model={model} />
        </figure>
      </div>
      <form className="retro-kr__form" onSubmit={submit}>
        <Field label="What worked?" wide>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={worked}
              onChange={(e) => setWorked(e.target.value)}
              autoFocus
            />
          )}
        </Field>
        <Field label="What did not work?" wide>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={didNotWork}
              onChange={(e) => setDidNotWork(e.target.value)}
            />
          )}
        </Field>
        <Field label="What did we learn?" wide>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={learned}
              onChange={(e) => setLearned(e.target.value)}
            />
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={carryForward}
            onChange={(e) => setCarryForward(e.target.checked)}
          />
          Carry this key result into next quarter (its last value becomes the new baseline)
        </label>
        {save.error && (
          <p className="form-error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
        <footer className="meeting__footer">
          <button type="button" className="button" onClick={() => onBack?.()} disabled={!onBack}>
            ← Previous
          </button>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={save.isPending}
          >
            Save and next
          </button>
        </footer>
      </form>
    </section>
  );
}
