import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Phase } from '@shared/domain';

/** Navigation state only: which team, quarter and phase are on screen. Data lives in Dexie. */
type UiState = {
  teamId: string | null;
  cycleId: string | null;
  phase: Exclude<Phase, 'closed'>;
  selectTeam: (teamId: string | null) => void;
  selectCycle: (cycleId: string | null) => void;
  selectPhase: (phase: Exclude<Phase, 'closed'>) => void;
};

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      teamId: null,
      cycleId: null,
      phase: 'setting',
      selectTeam: (teamId) => set({ teamId, cycleId: null }),
      selectCycle: (cycleId) => set({ cycleId }),
      selectPhase: (phase) => set({ phase }),
    }),
    {
      name: 'quarterdeck.ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ teamId, cycleId, phase }) => ({ teamId, cycleId, phase }),
    },
  ),
);
