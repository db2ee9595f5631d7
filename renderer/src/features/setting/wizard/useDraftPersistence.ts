import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { loadWizardDraft, saveWizardDraft } from '../../../db/repositories/wizardDrafts';
import { useDebounced } from '../../../lib/useDebounced';
import { settingDraftSchema } from './formValues';
import type { SettingWizardState } from './store';

const WIZARD = 'setting';
const SAVE_DELAY_MS = 250;

/**
 * Keeps the wizard's step and unsaved draft in Dexie: restored when the quarter opens, written
 * shortly after each change and at once when the window hides, so a crash or restart loses nothing.
 */
export function useDraftPersistence(store: StoreApi<SettingWizardState>, cycleId: string): void {
  const saver = useDebounced((state: SettingWizardState) => {
    const { step, chain, editor } = state;
    void saveWizardDraft(WIZARD, cycleId, step, { chain, editor });
  }, SAVE_DELAY_MS);

  useEffect(() => {
    let isActive = true;
    void loadWizardDraft(WIZARD, cycleId).then((row) => {
      if (!isActive) return;
      const draft = settingDraftSchema.safeParse(row?.draft ?? {});
      store
        .getState()
        .hydrate(row?.step ?? 0, draft.success ? draft.data : { chain: null, editor: null });
    });
    // Nothing is written until the remembered draft has been read, so nothing overwrites it.
    // Only a change to what the draft holds is written: the forms' leave guards and the like are
    // UI state, and writing on them stored a draft nobody had typed (after an undo, say).
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.isHydrated || !previous.isHydrated) return;
      const { step, chain, editor } = state;
      if (step === previous.step && chain === previous.chain && editor === previous.editor) return;
      saver.schedule(state);
    });
    return () => {
      isActive = false;
      saver.flush();
      unsubscribe();
    };
  }, [store, cycleId, saver]);
}
