import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { clampStep, SETTING_STEPS } from '@shared/domain/setting/wizard';
import type { ChainFormValues, Editor, SettingDraft } from './formValues';

/** The setting wizard's UI state: where the team is and what it has typed but not saved. */
export type SettingWizardState = {
  /** False until the remembered draft has been read, so nothing overwrites it first. */
  isHydrated: boolean;
  step: number;
  chain: ChainFormValues | null;
  editor: Editor | null;
  goTo: (step: number) => void;
  next: () => void;
  back: () => void;
  setChain: (chain: ChainFormValues | null) => void;
  openEditor: (editor: Editor) => void;
  updateEditor: (values: Editor['values']) => void;
  closeEditor: () => void;
  hydrate: (step: number, draft: SettingDraft) => void;
  reset: () => void;
};

const initialState = { isHydrated: false, step: 0, chain: null, editor: null };

/** One store per mounted wizard (per quarter), behind {@link SettingWizardContext}. */
export function createSettingWizardStore(): StoreApi<SettingWizardState> {
  return createStore<SettingWizardState>()((set, get, api) => ({
    ...initialState,
    goTo: (step) => set({ step: clampStep(step) }),
    next: () => set({ step: clampStep(get().step + 1) }),
    back: () => set({ step: clampStep(get().step - 1) }),
    setChain: (chain) => set({ chain }),
    openEditor: (editor) => set({ editor }),
    updateEditor: (values) => {
      const editor = get().editor;
      if (!editor) return;
      // The union's two arms never swap here: values always match the open editor's kind.
      set({ editor: { ...editor, values } as Editor });
    },
    closeEditor: () => set({ editor: null }),
    hydrate: (step, draft) =>
      set({ isHydrated: true, step: clampStep(step), chain: draft.chain, editor: draft.editor }),
    reset: () => set({ ...api.getInitialState(), isHydrated: true }),
  }));
}

export const SETTING_STEP_COUNT = SETTING_STEPS.length;

export const SettingWizardContext = createContext<StoreApi<SettingWizardState> | null>(null);

/** Reads the current setting wizard's state; must be inside its provider. */
export function useSettingWizard<T>(selector: (state: SettingWizardState) => T): T {
  const store = useContext(SettingWizardContext);
  if (!store) throw new Error('useSettingWizard must be used inside the setting wizard.');
  return useStore(store, selector);
}
