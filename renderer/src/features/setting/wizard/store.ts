import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { clampStep, SETTING_STEPS } from '@shared/domain/setting/wizard';
import type { ChainFormValues, Editor, SettingDraft } from './formValues';

/** A form on the current step that saves what is typed in it before the wizard moves on. */
export type LeaveGuard = {
  /** Something is typed there and not saved. */
  isDirty: boolean;
  /** Validates and saves; false when the input is invalid or the save failed (it says why). */
  save: () => Promise<boolean>;
};

/** The setting wizard's UI state: where the team is and what it has typed but not saved. */
export type SettingWizardState = {
  /** False until the remembered draft has been read, so nothing overwrites it first. */
  isHydrated: boolean;
  step: number;
  chain: ChainFormValues | null;
  editor: Editor | null;
  /** The current step's forms, by an id of each: what moving on saves first. */
  guards: Readonly<Record<string, LeaveGuard>>;
  /** The last move was refused because something typed could not be saved. */
  isHeldBack: boolean;
  /**
   * Moves to `step`, saving what is typed on the current one first; stays (and the form says why)
   * when that cannot be saved. Resolves to whether it moved.
   */
  moveTo: (step: number) => Promise<boolean>;
  goTo: (step: number) => void;
  next: () => void;
  back: () => void;
  setGuard: (id: string, guard: LeaveGuard | null) => void;
  setChain: (chain: ChainFormValues | null) => void;
  openEditor: (editor: Editor) => void;
  updateEditor: (values: Editor['values']) => void;
  closeEditor: () => void;
  hydrate: (step: number, draft: SettingDraft) => void;
  reset: () => void;
};

const initialState = {
  isHydrated: false,
  step: 0,
  chain: null,
  editor: null,
  guards: {},
  isHeldBack: false,
};

/** One store per mounted wizard (per quarter), behind {@link SettingWizardContext}. */
export function createSettingWizardStore(): StoreApi<SettingWizardState> {
  return createStore<SettingWizardState>()((set, get, api) => ({
    ...initialState,
    moveTo: (target) => {
      const step = clampStep(target);
      const dirty = Object.values(get().guards).filter((g) => g.isDirty);
      // Nothing to save: at once, so a click or a shortcut moves in the same event.
      if (dirty.length === 0 || step === get().step) {
        set({ step, isHeldBack: false });
        return Promise.resolve(true);
      }
      return (async () => {
        for (const guard of dirty) {
          if (!(await guard.save())) {
            set({ isHeldBack: true });
            return false;
          }
        }
        set({ step, isHeldBack: false });
        return true;
      })();
    },
    goTo: (step) => void get().moveTo(step),
    next: () => void get().moveTo(get().step + 1),
    back: () => void get().moveTo(get().step - 1),
    setGuard: (id, guard) => {
      const { [id]: _gone, ...others } = get().guards;
      set({
        guards: guard ? { ...others, [id]: guard } : others,
        // Once nothing typed is left unsaved, the refusal no longer applies.
        ...(Object.values(others).some((g) => g.isDirty) || guard?.isDirty
          ? {}
          : { isHeldBack: false }),
      });
    },
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
