import { cycleChainInputSchema, type Cycle } from '@shared/domain';
import { SchemaForm } from '../../../components/SchemaForm';
import { TextField } from '../../../components/TextField';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { useSaveChain } from '../planMutations';
import { useSettingWizard } from './store';
import { useSaveOnLeave } from './useSaveOnLeave';
import { FormError } from '../../../components/FormError';

const toValues = (cycle: Cycle | undefined) => ({
  businessNeed: cycle?.businessNeed ?? '',
  engineeringLever: cycle?.engineeringLever ?? '',
});

/**
 * Step 1: the chain's first links, from business need to the engineering lever that moves it.
 * The wizard's Next saves them (one way forward); what is typed is remembered until then.
 */
export function ChainStep({ cycle }: { cycle: Cycle }) {
  const draft = useSettingWizard((s) => s.chain);
  const setChain = useSettingWizard((s) => s.setChain);
  const chain = useRecordForm({
    schema: cycleChainInputSchema,
    record: cycle,
    toValues,
    draft,
    onDraftChange: setChain,
    save: useSaveChain(),
    onSaved: () => setChain(null),
  });
  useSaveOnLeave(chain);

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
      <FormError message={chain.saveError} />
    </SchemaForm>
  );
}
