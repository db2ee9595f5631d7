import { create } from 'zustand';
import { persist } from 'zustand/middleware';
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
  showScreen: () => void;
  closeScreen: () => void;
  openWorkshop: (cycleId: string, workshopId: string) => void;
  forgetWorkshop: (cycleId: string) => void;
};

export const useWorkshopUi = create<WorkshopUiState>()(
  persist(
    (set) => ({
      openWorkshopIds: {},
      isScreenOpen: false,
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
    }),
    {
      name: 'quarterdeck.workshop-ui',
      version: 1,
      storage: uiStateStorage,
      partialize: ({ openWorkshopIds, isScreenOpen }) => ({ openWorkshopIds, isScreenOpen }),
    },
  ),
);
