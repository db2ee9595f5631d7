import { useWatch } from 'react-hook-form';
import {
  calibrationVerdictSchema,
  cycleRetroInputSchema,
  type CalibrationVerdict,
  type Cycle,
  type CycleRetro,
  type CycleRetroInput,
  type KeyResult,
  type KeyResultRetro,
  type Objective,
} from '@shared/domain';
import { SchemaForm } from '../../components/SchemaForm';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/formErrors';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useToastStore } from '../../state/toastStore';
import { useCloseAndStartNext, useSaveCycleRetro } from './retroMutations';
import { FormError } from '../../components/FormError';

type CycleRetroFormProps = {
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  retro: CycleRetro | null;
  krRetros: KeyResultRetro[];
  onBack: () => void;
};

const toValues = (retro: CycleRetro | undefined): CycleRetroInput => ({
  calibration: retro?.calibration ?? [],
  objectivesMatteredLess: retro?.objectivesMatteredLess ?? [],
  wrongAssumptions: retro?.wrongAssumptions ?? '',
  notes: retro?.notes ?? '',
  // Rows saved before these fields existed have none: they start empty.
  headline: retro?.headline ?? '',
  asks: retro?.asks ?? '',
});

/** The quarter's retrospective: calibration, objectives that mattered less, wrong assumptions. */
export function CycleRetroForm({
  cycle,
  objectives,
  keyResults,
  retro,
  krRetros,
  onBack,
}: CycleRetroFormProps) {
  const show = useToastStore((s) => s.show);
  const answers = useRecordForm({
    schema: cycleRetroInputSchema,
    record: retro ?? undefined,
    toValues,
    save: useSaveCycleRetro(cycle.id),
    onSaved: () => show({ tone: 'info', message: 'Retrospective saved.' }),
  });
  const { control, setValue } = answers.form;
  const calibration = useWatch({ control, name: 'calibration' });
  const matteredLess = useWatch({ control, name: 'objectivesMatteredLess' });
  const carried = keyResults.filter((kr) =>
    krRetros.some((r) => r.keyResultId === kr.id && r.carryForward),
  );
  const next = useCloseAndStartNext(cycle, carried.length);
  const closeAndStartNext = async () => {
    if (await answers.submit()) next.mutate();
  };

  const setVerdict = (keyResultId: string, verdict: CalibrationVerdict | null) =>
    setValue(
      'calibration',
      [
        ...calibration.filter((c) => c.keyResultId !== keyResultId),
        ...(verdict ? [{ keyResultId, verdict }] : []),
      ],
      { shouldDirty: true },
    );
  const setMatteredLess = (objectiveId: string, isChecked: boolean) =>
    setValue(
      'objectivesMatteredLess',
      isChecked ? [...matteredLess, objectiveId] : matteredLess.filter((id) => id !== objectiveId),
      { shouldDirty: true },
    );
  const failure = answers.saveError ?? (next.error ? errorMessage(next.error) : null);

  return (
    <SchemaForm of={answers} className="retro-cycle" aria-labelledby="retro-cycle-heading">
      <h2 id="retro-cycle-heading">The quarter, looking back</h2>
      <div className="panel form form--flat">
        <TextField
          name="headline"
          label="The quarter in two or three sentences"
          hint="What we achieved and what we did not. It opens the quarterly review."
          wide
          rows={3}
        />
        <TextField
          name="asks"
          label="What do we ask for next quarter?"
          hint="One ask a line: people, decisions, other teams."
          wide
          rows={2}
        />
      </div>
      <section className="panel">
        <h3>Which key results were badly calibrated?</h3>
        <table className="table table--compact">
          <caption className="visually-hidden">Calibration of each key result</caption>
          <thead>
            <tr>
              <th scope="col">Key result</th>
              <th scope="col">Calibration</th>
            </tr>
          </thead>
          <tbody>
            {keyResults.map((kr) => (
              <tr key={kr.id}>
                <th scope="row">{kr.title}</th>
                <td>
                  <select
                    aria-label={`Calibration of ${kr.title}`}
                    value={calibration.find((c) => c.keyResultId === kr.id)?.verdict ?? ''}
                    onChange={(e) =>
                      setVerdict(
                        kr.id,
                        e.target.value === ''
                          ? null
                          : calibrationVerdictSchema.parse(e.target.value),
                      )
                    }
                  >
                    <option value="">About right</option>
                    <option value="too-easy">Too easy</option>
                    <option value="too-hard">Too hard</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <fieldset className="panel checkbox-group">
        <legend>Which objectives mattered less than we thought?</legend>
        {objectives.map((o) => (
          <label key={o.id} className="checkbox">
            <input
              type="checkbox"
              checked={matteredLess.includes(o.id)}
              onChange={(e) => setMatteredLess(o.id, e.target.checked)}
            />
            {o.title}
          </label>
        ))}
      </fieldset>
      <div className="panel form form--flat">
        <TextField
          name="wrongAssumptions"
          label="Which working assumptions were wrong?"
          wide
          rows={3}
        />
        <TextField name="notes" label="Notes" wide rows={3} />
      </div>
      <FormError message={failure} />
      <footer className="meeting__footer">
        <button type="button" className="button" onClick={onBack}>
          ← Previous
        </button>
        <button type="submit" className="button" disabled={answers.isSaving}>
          Save retrospective
        </button>
        <div className="start-panel start-panel--ready retro-cycle__next">
          <p>
            {carried.length === 0
              ? 'No key results are marked to carry forward.'
              : `Carry forward: ${carried.map((kr) => kr.title).join('; ')}.`}
          </p>
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => void closeAndStartNext()}
            disabled={next.isPending}
          >
            Close quarter and start next
          </button>
        </div>
      </footer>
    </SchemaForm>
  );
}
