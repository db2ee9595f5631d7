import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  calibrationVerdictSchema,
  type CalibrationVerdict,
  type Cycle,
  type CycleRetro,
  type KeyResult,
  type KeyResultRetro,
  type Objective,
} from '@shared/domain';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { Field } from '../../components/Field';
import { startNextQuarter } from '../../db/repositories/quarterLifecycle';
import { saveCycleRetro } from '../../db/repositories/retros';
import { errorMessage } from '../../lib/formErrors';

type CycleRetroFormProps = {
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  retro: CycleRetro | null;
  krRetros: KeyResultRetro[];
  onBack: () => void;
};

/** The quarter's retrospective: calibration, objectives that mattered less, wrong assumptions. */
export function CycleRetroForm({
  cycle,
  objectives,
  keyResults,
  retro,
  krRetros,
  onBack,
}: CycleRetroFormProps) {
  const [calibration, setCalibration] = useState<Record<string, CalibrationVerdict | ''>>(() =>
    Object.fromEntries((retro?.calibration ?? []).map((c) => [c.keyResultId, c.verdict])),
  );
  const [matteredLess, setMatteredLess] = useState<string[]>(retro?.objectivesMatteredLess ?? []);
  const [wrongAssumptions, setWrongAssumptions] = useState(retro?.wrongAssumptions ?? '');
  const [notes, setNotes] = useState(retro?.notes ?? '');
  const show = useToastStore((s) => s.show);
  const selectCycle = useUiStore((s) => s.selectCycle);
  const selectPhase = useUiStore((s) => s.selectPhase);
  const input = () => ({
    calibration: Object.entries(calibration).flatMap(([keyResultId, verdict]) =>
      verdict ? [{ keyResultId, verdict }] : [],
    ),
    objectivesMatteredLess: matteredLess,
    wrongAssumptions,
    notes,
  });
  const save = useMutation({
    mutationFn: () => saveCycleRetro(cycle.id, input()),
    onSuccess: () => show({ tone: 'info', message: 'Retrospective saved.' }),
  });
  const carried = keyResults.filter((kr) =>
    krRetros.some((r) => r.keyResultId === kr.id && r.carryForward),
  );
  const next = useMutation({
    mutationFn: async () => {
      await saveCycleRetro(cycle.id, input());
      return startNextQuarter(cycle.id);
    },
    onSuccess: (created) => {
      show({
        tone: 'info',
        message: `${created.label} is ready to set, with ${carried.length} carried-forward key results.`,
      });
      selectCycle(created.id);
      selectPhase('setting');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className="retro-cycle" onSubmit={submit} aria-labelledby="retro-cycle-heading">
      <h2 id="retro-cycle-heading">The quarter, looking back</h2>
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
                    value={calibration[kr.id] ?? ''}
                    onChange={(e) =>
                      setCalibration({
                        ...calibration,
                        [kr.id]:
                          e.target.value === ''
                            ? ''
                            : calibrationVerdictSchema.parse(e.target.value),
                      })
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
              onChange={(e) =>
                setMatteredLess(
                  e.target.checked
                    ? [...matteredLess, o.id]
                    : matteredLess.filter((id) => id !== o.id),
                )
              }
            />
            {o.title}
          </label>
        ))}
      </fieldset>
      <div className="panel form form--flat">
        <Field label="Which working assumptions were wrong?" wide>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={wrongAssumptions}
              onChange={(e) => setWrongAssumptions(e.target.value)}
            />
          )}
        </Field>
        <Field label="Notes" wide>
          {(p) => (
            <textarea {...p} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          )}
        </Field>
      </div>
      {(save.error || next.error) && (
        <p className="form-error" role="alert">
          {errorMessage(save.error ?? next.error)}
        </p>
      )}
      <footer className="meeting__footer">
        <button type="button" className="button" onClick={onBack}>
          ← Previous
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
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
            onClick={() => next.mutate()}
            disabled={next.isPending}
          >
            Close quarter and start next
          </button>
        </div>
      </footer>
    </form>
  );
}
