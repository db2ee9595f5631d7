import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { loadWizardDraft, saveWizardDraft } from '../../../db/repositories/wizardDrafts';
import { settingDraftSchema } from './formValues';
import type { SettingWizardState } from './store';

const WIZARD = 'setting';
const SAVE_DELAY_MS = 250;

/**
 * Keeps the wizard's step and unsaved draft in Dexie: restored when the quarter opens, written
 * shortly after each change and at once when the window hides, so a crash or restart loses nothing.
 */
export function useDraftPersistence(store: StoreApi<SettingWizardState>, cycleId: string): void {
  useEffect(() => {
    let isActive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const { isHydrated, step, chain, editor } = store.getState();
      if (isHydrated) void saveWizardDraft(WIZARD, cycleId, step, { chain, editor });
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      write();
    };

    void loadWizardDraft(WIZARD, cycleId).then((row) => {
      if (!isActive) return;
      const draft = settingDraftSchema.safeParse(row?.draft ?? {});
      store
        .getState()
        .hydrate(row?.step ?? 0, draft.success ? draft.data : { chain: null, editor: null });
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.isHydrated || !previous.isHydrated) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write();
      }, SAVE_DELAY_MS);
    });
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      isActive = false;
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, cycleId]);
}
