import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SettingStepId } from '@shared/domain/setting/wizard';
import { uiStateStorage } from '../db/localSettings';

/**
 * Where the facilitator is in the workshop kit: UI state only (the workshops themselves live in
 * Dexie). Remembered across restarts, so a workshop reopens on its screen.
 */
type WorkshopUiState = {
  /** The workshop the facilitator is running or preparing, per quarter. */
  openWorkshopIds: Record<string, string>;
  /** Whether the workshop screen replaces the phase screen. */
  isScreenOpen: boolean;
  /** A setting-wizard step an agenda item asked for, applied once the wizard is ready. */
  settingStepRequest: SettingStepId | null;
  showScreen: () => void;
  closeScreen: () => void;
  openWorkshop: (cycleId: string, workshopId: string) => void;
  forgetWorkshop: (cycleId: string) => void;
  requestSettingStep: (step: SettingStepId) => void;
  clearSettingStepRequest: () => void;
};

export const useWorkshopUi = create<WorkshopUiState>()(
  persist(
    (set) => ({
      openWorkshopIds: {},
      isScreenOpen: false,
      settingStepRequest: null,
      showScreen: () => set({ isScreenOpen: true }),
      closeScreen: () => set({ isScreenOpen: false }),
      openWorkshop: (cycleId, workshopId) =>
        set((s) => ({
          isScreenOpen: true,
          openWorkshopIds: { ...s.openWorkshopIds, [cycleId]: workshopId },
        })),
      forgetWorkshop: (cycleId) =>
        set((s) => {
          const { [cycleId]: _gone, ...rest } = s.openWorkshopIds;
          return { openWorkshopIds: rest };
        }),
      requestSettingStep: (step) => set({ settingStepRequest: step }),
      clearSettingStepRequest: () => set({ settingStepRequest: null }),
    }),
    {
      name: 'quarterdeck.workshop-ui',
      version: 1,
      storage: uiStateStorage,
      partialize: ({ openWorkshopIds, isScreenOpen }) => ({ openWorkshopIds, isScreenOpen }),
    },
  ),
);
