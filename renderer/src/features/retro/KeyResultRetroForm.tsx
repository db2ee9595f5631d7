import {
  keyResultRetroInputSchema,
  type CheckIn,
  type Cycle,
  type KeyResult,
  type KeyResultRetro,
} from '@shared/domain';
import { keyResultChartData, keyResultValueChart } from '@shared/charts/krCharts';
import { keyResultScore } from '@shared/domain/scoring/score';
import { formatValue } from '@shared/domain/format';
import { Chart } from '../../components/chart/Chart';
import { useChartWidth } from '../../components/chart/useChartWidth';
import { SchemaForm } from '../../components/SchemaForm';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { ScoreBadge } from '../scoring/ScoreBadge';
import { useSaveKeyResultRetro } from './retroMutations';
import { FormError } from '../../components/FormError';

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

const toValues = (retro: KeyResultRetro | undefined) => ({
  worked: retro?.worked ?? '',
  didNotWork: retro?.didNotWork ?? '',
  learned: retro?.learned ?? '',
  carryForward: retro?.carryForward ?? false,
});

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
  const answers = useRecordForm({
    schema: keyResultRetroInputSchema,
    record: retro,
    toValues,
    save: useSaveKeyResultRetro(kr.id),
    onSaved,
  });
  const { ref: chartRef, width } = useChartWidth<HTMLElement>(520);
  const score = keyResultScore(kr, checkIns);
  const model = keyResultValueChart({ ...keyResultChartData(kr, cycle, checkIns), width });

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
      <SchemaForm of={answers} className="retro-kr__form">
        <TextField name="worked" label="What worked?" wide rows={3} autoFocus />
        <TextField name="didNotWork" label="What did not work?" wide rows={3} />
        <TextField name="learned" label="What did we learn?" wide rows={3} />
        <label className="checkbox">
          <input type="checkbox" {...answers.form.register('carryForward')} />
          Carry this key result into next quarter (its last value becomes the new baseline)
        </label>
        <FormError message={answers.saveError} />
        <footer className="meeting__footer">
          <button type="button" className="button" onClick={() => onBack?.()} disabled={!onBack}>
            ← Previous
          </button>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={answers.isSaving}
          >
            Save and next
          </button>
        </footer>
      </SchemaForm>
    </section>
  );
}
