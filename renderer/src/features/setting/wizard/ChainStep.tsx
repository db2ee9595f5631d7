import { cycleChainInputSchema, type Cycle } from '@shared/domain';
import { SchemaForm } from '../../../components/SchemaForm';
import { TextField } from '../../../components/TextField';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { useSaveChain } from '../planMutations';
import { useSettingWizard } from './store';
import { FormError } from '../../../components/FormError';

const toValues = (cycle: Cycle | undefined) => ({
  businessNeed: cycle?.businessNeed ?? '',
  engineeringLever: cycle?.engineeringLever ?? '',
});

/** Step 1: the chain's first links, from business need to the engineering lever that moves it. */
export function ChainStep({ cycle }: { cycle: Cycle }) {
  const draft = useSettingWizard((s) => s.chain);
  const setChain = useSettingWizard((s) => s.setChain);
  const next = useSettingWizard((s) => s.next);
  const chain = useRecordForm({
    schema: cycleChainInputSchema,
    record: cycle,
    toValues,
    draft,
    onDraftChange: setChain,
    save: useSaveChain(),
    onSaved: () => {
      setChain(null);
      next();
    },
  });

  return (
    <SchemaForm of={chain} className="step step--chain" aria-labelledby="chain-heading">
      <h3 id="chain-heading">The chain</h3>
      <p className="step__lede">
        Good objectives trace a chain: business need → engineering lever → objective → how it is
        measured. For example: grow revenue → improve conversion → cut checkout page load from 3.2 s
        to 1.5 s → real-user p75 LCP.
      </p>
      <div className="form form--grid form--flat">
        <TextField
          name="businessNeed"
          label="Business need"
          wide
          rows={2}
          hint="What the business needs this quarter, in its own words"
        />
        <TextField
          name="engineeringLever"
          label="Engineering lever"
          wide
          rows={2}
          hint="What engineering can change that moves that need"
        />
      </div>
      <div className="step__actions">
        <FormError message={chain.saveError} />
        {chain.isDirty && <span className="muted">Unsaved changes are kept until you save.</span>}
        <button type="submit" className="button button--primary" disabled={chain.isSaving}>
          Save and continue
        </button>
      </div>
    </SchemaForm>
  );
}
