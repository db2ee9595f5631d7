import { useEffect, useId, useRef } from 'react';
import type { RecordForm } from '../../../lib/forms/useRecordForm';
import type { FormSchema } from '../../../lib/forms/useSchemaForm';
import { useSettingWizard } from './store';

/**
 * Makes moving on from the step (Next, Back, the stepper, Alt+→) save what is typed in `form`
 * first, or stay when it is invalid: the form's own messages say why. Without this, a value typed
 * and left behind looked done but was only a draft.
 */
export function useSaveOnLeave<S extends FormSchema>(form: RecordForm<S>): void {
  const id = useId();
  const setGuard = useSettingWizard((s) => s.setGuard);
  // The latest submit, read when the wizard moves: the form object is new on every render.
  const submit = useRef(form.submit);
  useEffect(() => {
    submit.current = form.submit;
  });
  const isDirty = form.isDirty;
  useEffect(() => {
    setGuard(id, { isDirty, save: () => submit.current() });
  }, [id, isDirty, setGuard]);
  useEffect(() => () => setGuard(id, null), [id, setGuard]);
}
