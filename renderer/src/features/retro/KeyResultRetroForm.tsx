import { useState } from 'react';
import {
  keyResultRetroInputSchema,
  type CheckIn,
  type Cycle,
  type KeyResult,
  type KeyResultRetro,
  type Objective,
} from '@shared/domain';
import { keyResultChartData, keyResultValueChart } from '@shared/charts/krCharts';
import { keyResultScore } from '@shared/domain/scoring/score';
import { formatValue } from '@shared/domain/format';
import { Chart } from '../../components/chart/Chart';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useChartSize } from '../../components/chart/useChartSize';
import { SchemaForm } from '../../components/SchemaForm';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { ScoreBadge } from '../scoring/ScoreBadge';
import { useSaveKeyResultRetro } from './retroMutations';
import { FormError } from '../../components/FormError';

type KeyResultRetroFormProps = {
  cycle: Cycle;
  keyResult: KeyResult;
  objective: Objective | undefined;
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
  objective,
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
  const { ref: chartRef, width, height } = useChartSize<HTMLElement>(520);
  const [isAsking, setAsking] = useState(false);
  // Going back with unsaved answers asks first: they would be lost otherwise.
  const goBack = () => (answers.isDirty ? setAsking(true) : onBack?.());
  const score = keyResultScore(kr, checkIns);
  const model = keyResultValueChart({ ...keyResultChartData(kr, cycle, checkIns), width, height });

  return (
    <section className="retro-kr" aria-labelledby="retro-kr-heading">
      <div className="retro-kr__facts">
        <p className="meeting__eyebrow">
          {position} · {objective?.title}
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
            <ScoreBadge
              score={score.score}
              kind={objective?.kind ?? 'committed'}
              isMilestone={kr.isMilestone}
              hasMeaning
            />
          )}
        </p>
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
          <button type="button" className="button" onClick={goBack} disabled={!onBack}>
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
      {/* After the form: in a narrow window, where they stack, the questions and "Save and next"
          come right under the heading, and the chart follows. */}
      <figure className="panel retro-kr__chart" ref={chartRef}>
        <Chart model={model} />
      </figure>
      {isAsking && (
        <ConfirmDialog
          title="Leave without saving these answers?"
          description={`What you typed for “${kr.title}” has not been saved. Save it with “Save and next”, or go back and lose it.`}
          cancelLabel="Keep editing"
          confirmLabel="Discard and go back"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onBack?.();
          }}
        />
      )}
    </section>
  );
}
