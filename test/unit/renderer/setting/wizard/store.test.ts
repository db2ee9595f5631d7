import { describe, expect, it } from 'vitest';
import { SETTING_STEPS } from '@shared/domain/setting/wizard';
import {
  keyResultToForm,
  objectiveToForm,
} from '../../../../../renderer/src/features/setting/wizard/formValues';
import { createSettingWizardStore } from '../../../../../renderer/src/features/setting/wizard/store';

const LAST = SETTING_STEPS.length - 1;

describe('the setting wizard’s store', () => {
  it('starts unhydrated on the first step, with nothing typed', () => {
    const state = createSettingWizardStore().getState();
    expect(state).toMatchObject({ isHydrated: false, step: 0, chain: null, editor: null });
  });

  it('moves between steps without leaving the wizard', () => {
    const store = createSettingWizardStore();
    const { next, back, goTo } = store.getState();
    back();
    expect(store.getState().step).toBe(0);
    next();
    next();
    expect(store.getState().step).toBe(2);
    goTo(99);
    expect(store.getState().step).toBe(LAST);
    next();
    expect(store.getState().step).toBe(LAST);
    goTo(-3);
    expect(store.getState().step).toBe(0);
  });

  it('keeps what is typed into the open editor, and forgets it when the editor closes', () => {
    const store = createSettingWizardStore();
    const values = keyResultToForm();
    store
      .getState()
      .openEditor({ kind: 'keyResult', objectiveId: 'o1', keyResultId: null, values });
    store.getState().updateEditor({ ...values, title: 'Cut LCP', baseline: '3,2' });
    expect(store.getState().editor).toMatchObject({
      kind: 'keyResult',
      objectiveId: 'o1',
      values: { title: 'Cut LCP', baseline: '3,2' },
    });
    store.getState().closeEditor();
    expect(store.getState().editor).toBeNull();
    // With no editor open there is nothing to update.
    store.getState().updateEditor(objectiveToForm());
    expect(store.getState().editor).toBeNull();
  });

  it('takes a remembered draft, and resets to its start without undoing the hydration', () => {
    const store = createSettingWizardStore();
    const chain = { businessNeed: 'Grow revenue', engineeringLever: 'Conversion' };
    store.getState().hydrate(7, { chain, editor: null });
    expect(store.getState()).toMatchObject({ isHydrated: true, step: LAST, chain });
    store.getState().reset();
    expect(store.getState()).toMatchObject({
      isHydrated: true,
      step: 0,
      chain: null,
      editor: null,
    });
  });

  it('gives each mounted wizard its own state', () => {
    const a = createSettingWizardStore();
    const b = createSettingWizardStore();
    a.getState().next();
    expect(b.getState().step).toBe(0);
  });
});
