import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Phase } from '@shared/domain';
import type { SettingStepId } from '@shared/domain/setting/wizard';
import { uiStateStorage } from '../db/localSettings';

/** What the Check-ins phase shows: the quarter's home, the meeting, or one key result. */
export type CheckInView =
  { kind: 'home' } | { kind: 'meeting' } | { kind: 'keyResult'; keyResultId: string };

/** The organisation view's screens, across every team of the workspace. */
export type OrganisationScreen = 'overview' | 'alignment' | 'dependencies' | 'levels';

/** The organisation view on screen instead of a team's quarter: which screen, for which quarter label. */
export type OrganisationView = { screen: OrganisationScreen; quarter: string | null };

/** Which team, quarter and phase are on screen: what is remembered for the next start. */
export type UiView = {
  teamId: string | null;
  cycleId: string | null;
  phase: Exclude<Phase, 'closed'>;
  checkInView: CheckInView;
  /** Set while the organisation view is on screen; a team's quarter is shown otherwise. */
  organisation?: OrganisationView | null;
};

/**
 * Something asked of the Setting wizard from outside it (a menu command, a "go to the review"
 * link, a workshop's agenda item): the step to open, and whether to start a plan import there.
 * The one way to open a Setting step from elsewhere; taken once, never remembered.
 */
export type SettingRequest = { step: SettingStepId; importPlan?: boolean };

/** What is remembered for the next start: the view, and how the window's chrome was left. */
type RememberedUi = UiView & {
  /**
   * Whether the sidebar's menu is open where the sidebar stands above the content (a narrow
   * window, 200% zoom, large text). Closed, the content starts in the first screenful; beside the
   * content (a wide window) the sidebar always shows.
   */
  isMenuOpen: boolean;
};

/** Navigation state only: which team, quarter and phase are on screen. Data lives in Dexie. */
type UiState = RememberedUi & {
  /** Opens or closes the stacked sidebar's menu (see {@link RememberedUi.isMenuOpen}). */
  toggleMenu: () => void;
  /** The view that failed to render in this session ({@link viewKey}); never remembered. */
  brokenView: string | null;
  settingRequest: SettingRequest | null;
  showCheckIns: (view: CheckInView) => void;
  selectTeam: (teamId: string | null) => void;
  /** Shows a quarter, in `phase` when given (the phase it is in, see `openingPhase`). */
  selectCycle: (cycleId: string | null, phase?: Exclude<Phase, 'closed'>) => void;
  /**
   * Shows another quarter in place of a remembered one that is gone (`goneId`), on `phase`,
   * without leaving the organisation view: nobody chose it, so the screen in view stays. Nothing
   * changes if a quarter was chosen since (a phase clicked as the first screen appeared).
   */
  fallBackToCycle: (
    cycleId: string,
    phase: Exclude<Phase, 'closed'>,
    goneId: string | null,
  ) => void;
  /** Opens the Setting phase at a step (see {@link SettingRequest}). */
  requestSetting: (request: SettingRequest) => void;
  /** The Setting wizard took the request. */
  clearSettingRequest: () => void;
  /** Shows `phase`; of the quarter `cycleId` when given (the one on screen, which may be a fallback). */
  selectPhase: (phase: Exclude<Phase, 'closed'>, cycleId?: string) => void;
  /** Opens one owner's quarter at a phase (and a check-in view), leaving the organisation view. */
  openQuarter: (
    teamId: string,
    cycleId: string,
    phase: Exclude<Phase, 'closed'>,
    checkInView?: CheckInView,
  ) => void;
  /** Shows a screen of the organisation view, for `quarter` or the one shown last. */
  showOrganisation: (screen: OrganisationScreen, quarter?: string | null) => void;
  /** Marks the view on screen as one that failed to render, so the next start does not reopen it. */
  markViewBroken: () => void;
};

/** Where the app opens when nothing (or nothing safe) is remembered. */
const START_VIEW: UiView = {
  teamId: null,
  cycleId: null,
  phase: 'setting',
  checkInView: { kind: 'home' },
  organisation: null,
};

/** A view's identity, to tell whether the view on screen is the one that failed. */
export function viewKey({ teamId, cycleId, phase, checkInView, organisation }: UiView): string {
  return JSON.stringify([teamId, cycleId, phase, checkInView, organisation?.screen ?? null]);
}

export const useUiStore = create<UiState>()(
  persist(
    (set, get) => ({
      ...START_VIEW,
      isMenuOpen: false,
      toggleMenu: () => set((s) => ({ isMenuOpen: !s.isMenuOpen })),
      brokenView: null,
      settingRequest: null,
      selectTeam: (teamId) =>
        set({ teamId, cycleId: null, checkInView: { kind: 'home' }, organisation: null }),
      fallBackToCycle: (cycleId, phase, goneId) =>
        set((s) => (s.cycleId === goneId ? { cycleId, phase, checkInView: { kind: 'home' } } : {})),
      selectCycle: (cycleId, phase) =>
        set({
          cycleId,
          checkInView: { kind: 'home' },
          organisation: null,
          ...(phase ? { phase } : {}),
        }),
      requestSetting: (settingRequest) =>
        set({
          phase: 'setting',
          checkInView: { kind: 'home' },
          settingRequest,
          organisation: null,
        }),
      clearSettingRequest: () => set({ settingRequest: null }),
      selectPhase: (phase, cycleId) =>
        set((s) => ({
          phase,
          cycleId: cycleId ?? s.cycleId,
          checkInView: { kind: 'home' },
          organisation: null,
        })),
      showCheckIns: (checkInView) => set({ phase: 'checkins', checkInView, organisation: null }),
      openQuarter: (teamId, cycleId, phase, checkInView = { kind: 'home' }) =>
        set({ teamId, cycleId, phase, checkInView, organisation: null }),
      showOrganisation: (screen, quarter) =>
        set((s) => ({
          organisation: { screen, quarter: quarter ?? s.organisation?.quarter ?? null },
        })),
      markViewBroken: () => set({ brokenView: viewKey(get()) }),
    }),
    {
      name: 'quarterdeck.ui',
      version: 1,
      storage: uiStateStorage,
      // A view that failed to render is remembered as the start view instead: reopening it on
      // every start would show the same failure again.
      partialize: (state): RememberedUi => {
        const { teamId, cycleId, phase, checkInView, organisation = null, isMenuOpen } = state;
        const view = { teamId, cycleId, phase, checkInView, organisation };
        return { ...(state.brokenView === viewKey(view) ? START_VIEW : view), isMenuOpen };
      },
    },
  ),
);
