import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Phase } from '@shared/domain';
import { uiStateStorage } from '../db/localSettings';

/** What the Check-ins phase shows: the quarter's home, the meeting, or one key result. */
export type CheckInView =
  { kind: 'home' } | { kind: 'meeting' } | { kind: 'keyResult'; keyResultId: string };

/** Which team, quarter and phase are on screen: what is remembered for the next start. */
export type UiView = {
  teamId: string | null;
  cycleId: string | null;
  phase: Exclude<Phase, 'closed'>;
  checkInView: CheckInView;
};

/** Navigation state only: which team, quarter and phase are on screen. Data lives in Dexie. */
type UiState = UiView & {
  /** The view that failed to render in this session ({@link viewKey}); never remembered. */
  brokenView: string | null;
  showCheckIns: (view: CheckInView) => void;
  selectTeam: (teamId: string | null) => void;
  selectCycle: (cycleId: string | null) => void;
  selectPhase: (phase: Exclude<Phase, 'closed'>) => void;
  /** Marks the view on screen as one that failed to render, so the next start does not reopen it. */
  markViewBroken: () => void;
};

/** Where the app opens when nothing (or nothing safe) is remembered. */
const START_VIEW: UiView = {
  teamId: null,
  cycleId: null,
  phase: 'setting',
  checkInView: { kind: 'home' },
};

/** A view's identity, to tell whether the view on screen is the one that failed. */
export function viewKey({ teamId, cycleId, phase, checkInView }: UiView): string {
  return JSON.stringify([teamId, cycleId, phase, checkInView]);
}

export const useUiStore = create<UiState>()(
  persist(
    (set, get) => ({
      ...START_VIEW,
      brokenView: null,
      selectTeam: (teamId) => set({ teamId, cycleId: null, checkInView: { kind: 'home' } }),
      selectCycle: (cycleId) => set({ cycleId, checkInView: { kind: 'home' } }),
      selectPhase: (phase) => set({ phase, checkInView: { kind: 'home' } }),
      showCheckIns: (checkInView) => set({ phase: 'checkins', checkInView }),
      markViewBroken: () => set({ brokenView: viewKey(get()) }),
    }),
    {
      name: 'quarterdeck.ui',
      version: 1,
      storage: uiStateStorage,
      // A view that failed to render is remembered as the start view instead: reopening it on
      // every start would show the same failure again.
      partialize: (state): UiView => {
        const { teamId, cycleId, phase, checkInView } = state;
        const view = { teamId, cycleId, phase, checkInView };
        return state.brokenView === viewKey(view) ? START_VIEW : view;
      },
    },
  ),
);
