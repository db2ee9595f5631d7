import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { Cycle } from '@shared/domain';
import { Field } from '../../../components/Field';
import { updateCycleChain } from '../../../db/repositories/cycles';
import { errorMessage } from '../../../lib/formErrors';
import { useSettingWizard } from './store';

/** Step 1: the chain's first links, from business need to the engineering lever that moves it. */
export function ChainStep({ cycle }: { cycle: Cycle }) {
  const draft = useSettingWizard((s) => s.chain);
  const setChain = useSettingWizard((s) => s.setChain);
  const next = useSettingWizard((s) => s.next);
  const values = draft ?? {
    businessNeed: cycle.businessNeed,
    engineeringLever: cycle.engineeringLever,
  };
  const isDirty =
    draft !== null &&
    (draft.businessNeed !== cycle.businessNeed ||
      draft.engineeringLever !== cycle.engineeringLever);
  const save = useMutation({
    mutationFn: () => updateCycleChain(cycle.id, values),
    onSuccess: () => {
      setChain(null);
      next();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className="step step--chain" onSubmit={submit} aria-labelledby="chain-heading">
      <h3 id="chain-heading">The chain</h3>
      <p className="step__lede">
        Good objectives trace a chain: business need → engineering lever → objective → how it is
        measured. For example: grow revenue → improve conversion → cut checkout page load from 3.2 s
        to 1.5 s → real-user p75 LCP.
      </p>
      <div className="form form--grid form--flat">
        <Field
          label="Business need"
          wide
          hint="What the business needs this quarter, in its own words"
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={values.businessNeed}
              onChange={(e) => setChain({ ...values, businessNeed: e.target.value })}
            />
          )}
        </Field>
        <Field
          label="Engineering lever"
          wide
          hint="What engineering can change that moves that need"
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={values.engineeringLever}
              onChange={(e) => setChain({ ...values, engineeringLever: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="step__actions">
        {save.error && (
          <p className="form-error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
        {isDirty && <span className="muted">Unsaved changes are kept until you save.</span>}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save and continue
        </button>
      </div>
    </form>
  );
}
