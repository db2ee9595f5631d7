import { retryableLazy } from '../lib/retryableLazy';

/*
 * The phase screens, the organisation view and the dialogs a start does not show, each in a chunk
 * of its own: the first screen (a quarter's check-ins home) needs none of them, so the script a start waits for is a
 * third smaller. They load once the window is idle ({@link preloadScreens}), so opening one
 * later does not wait either.
 */
const load = {
  setting: () => import('../features/setting/SettingPhase'),
  scoring: () => import('../features/scoring/ScoringPhase'),
  retro: () => import('../features/retro/RetroPhase'),
  exportDialog: () => import('../features/review/ExportDialog'),
  backupDialog: () => import('../features/backup/BackupDialog'),
  folderDialog: () => import('../features/folder/WorkspaceFolderDialog'),
  // Loaded lazily by the check-ins phase and the workshop area themselves; preloaded here.
  meeting: () => import('../features/checkins/meeting/CheckInMeeting'),
  keyResultDetail: () => import('../features/checkins/detail/KeyResultDetail'),
  workshop: () => import('../features/workshop/WorkshopScreen'),
  workshops: () => import('../features/workshop/WorkshopsHome'),
  organisation: () => import('../features/organisation/OrganisationView'),
  palette: () => import('../features/organisation/Palette'),
  teamDialog: () => import('../features/teams/TeamDialog'),
  deleteTeamDialog: () => import('../features/teams/DeleteTeamDialog'),
  cycleDialog: () => import('../features/cycles/CycleDialog'),
  deleteQuarterDialog: () => import('../features/cycles/DeleteQuarterDialog'),
  shortcutsDialog: () => import('./ShortcutsDialog'),
  workshopBar: () => import('../features/workshop/WorkshopBar'),
  // The check-ins home's effort form (the form library with it) shows a moment after the home.
  effortForm: () => import('../features/workshop/effort/RecordEffortForm'),
};

export const SettingPhase = retryableLazy(load.setting, (module) => module.SettingPhase);
export const ScoringPhase = retryableLazy(load.scoring, (module) => module.ScoringPhase);
export const RetroPhase = retryableLazy(load.retro, (module) => module.RetroPhase);
export const ExportDialog = retryableLazy(load.exportDialog, (module) => module.ExportDialog);
export const OrganisationView = retryableLazy(
  load.organisation,
  (module) => module.OrganisationView,
);
export const TeamDialog = retryableLazy(load.teamDialog, (module) => module.TeamDialog);
export const DeleteTeamDialog = retryableLazy(
  load.deleteTeamDialog,
  (module) => module.DeleteTeamDialog,
);
export const CycleDialog = retryableLazy(load.cycleDialog, (module) => module.CycleDialog);
export const DeleteQuarterDialog = retryableLazy(
  load.deleteQuarterDialog,
  (module) => module.DeleteQuarterDialog,
);
export const ShortcutsDialog = retryableLazy(
  load.shortcutsDialog,
  (module) => module.ShortcutsDialog,
);
export const BackupDialog = retryableLazy(load.backupDialog, (module) => module.BackupDialog);
export const WorkspaceFolderDialog = retryableLazy(
  load.folderDialog,
  (module) => module.WorkspaceFolderDialog,
);

/** The components above by their chunk: preloaded through themselves. */
const PRELOADS: Partial<Record<keyof typeof load, () => Promise<unknown>>> = {
  setting: SettingPhase.preload,
  scoring: ScoringPhase.preload,
  retro: RetroPhase.preload,
  exportDialog: ExportDialog.preload,
  backupDialog: BackupDialog.preload,
  folderDialog: WorkspaceFolderDialog.preload,
  organisation: OrganisationView.preload,
  teamDialog: TeamDialog.preload,
  deleteTeamDialog: DeleteTeamDialog.preload,
  cycleDialog: CycleDialog.preload,
  deleteQuarterDialog: DeleteQuarterDialog.preload,
  shortcutsDialog: ShortcutsDialog.preload,
};

/**
 * Loads the screens' chunks while the window has nothing else to do, one per idle moment so
 * that no single task compiles them all. Failures are ignored: a screen that could not load now
 * is loaded again, with its error shown, when it is opened. Returns a function that stops.
 */
export function preloadScreens(): () => void {
  // Through the components where they are here, so each renders at once when first opened.
  const pending = (Object.keys(load) as (keyof typeof load)[]).map(
    (key) => PRELOADS[key] ?? load[key],
  );
  let stopped = false;
  let cancel = () => undefined as void;
  const next = () => {
    const chunk = pending.shift();
    if (stopped || !chunk) return;
    chunk()
      .catch(() => undefined)
      .finally(() => {
        cancel = whenIdle(next);
      });
  };
  cancel = whenIdle(next);
  return () => {
    stopped = true;
    cancel();
  };
}

/** Runs `run` when the window is next idle, or after `timeoutMs` at the latest; returns a cancel. */
export function whenIdle(run: () => void, timeoutMs = 5_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
