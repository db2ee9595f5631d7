import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Phase } from '@shared/domain';
import { uiStateStorage } from '../db/localSettings';

/** What the Check-ins phase shows: the quarter's home, the meeting, or one key result. */
export type CheckInView =
  { kind: 'home' } | { kind: 'meeting' } | { kind: 'keyResult'; keyResultId: string };

/** Navigation state only: which team, quarter and phase are on screen. Data lives in Dexie. */
type UiState = {
  teamId: string | null;
  cycleId: string | null;
  phase: Exclude<Phase, 'closed'>;
  checkInView: CheckInView;
  showCheckIns: (view: CheckInView) => void;
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
      checkInView: { kind: 'home' },
      selectTeam: (teamId) => set({ teamId, cycleId: null, checkInView: { kind: 'home' } }),
      selectCycle: (cycleId) => set({ cycleId, checkInView: { kind: 'home' } }),
      selectPhase: (phase) => set({ phase, checkInView: { kind: 'home' } }),
      showCheckIns: (checkInView) => set({ phase: 'checkins', checkInView }),
    }),
    {
      name: 'quarterdeck.ui',
      version: 1,
      storage: uiStateStorage,
      partialize: ({ teamId, cycleId, phase, checkInView }) => ({
        teamId,
        cycleId,
        phase,
        checkInView,
      }),
    },
  ),
);
