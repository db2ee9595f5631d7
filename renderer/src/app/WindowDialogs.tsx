import type { ReactNode } from 'react';
import type { Cycle, Team } from '@shared/domain';
import { LazyDialog } from '../components/LazyDialog';
import { useDeleteQuarter } from '../features/cycles/cycleMutations';
import { useDeleteTeam } from '../features/teams/teamMutations';
import { openingPhase } from '@shared/domain/phaseMoves';
import { useUiStore } from '../state/uiStore';
import {
  BackupDialog,
  CycleDialog,
  DeleteQuarterDialog,
  DeleteTeamDialog,
  ExportDialog,
  ShortcutsDialog,
  TeamDialog,
  WorkspaceFolderDialog,
} from './lazyScreens';

/** The window-wide dialog open now, if any. */
export type WindowDialog =
  | { kind: 'new-team' }
  | { kind: 'edit-team' }
  | { kind: 'delete-team'; team: Team }
  | { kind: 'new-cycle' }
  | { kind: 'edit-cycle' }
  | { kind: 'delete-cycle'; cycle: Cycle }
  | { kind: 'export' }
  | { kind: 'backups'; startWith: 'back-up' | 'restore' }
  | { kind: 'workspace-folder' }
  | { kind: 'shortcuts' };

/** What each dialog is, in the words of the command that opens it. */
const DIALOG_NAMES: Record<WindowDialog['kind'], string> = {
  'new-team': 'New team',
  'edit-team': 'Edit team',
  'delete-team': 'Delete team',
  'new-cycle': 'New quarter',
  'edit-cycle': 'Edit quarter',
  'delete-cycle': 'Delete quarter',
  export: 'Export',
  backups: 'Back up and restore',
  'workspace-folder': 'Workspace folder',
  shortcuts: 'Keyboard shortcuts',
};

type WindowDialogsProps = {
  dialog: WindowDialog | null;
  open: (dialog: WindowDialog | null) => void;
  team: Team | null;
  cycle: Cycle | null;
  cycles: Cycle[];
};

/**
 * The window's dialogs: teams, quarters, export, backups and shortcuts. Deletions run here, in a
 * component that stays mounted, so their Undo toast always appears once the question is answered.
 */
export function WindowDialogs({ dialog, open, team, cycle, cycles }: WindowDialogsProps) {
  const selectTeam = useUiStore((s) => s.selectTeam);
  const selectCycle = useUiStore((s) => s.selectCycle);
  const deleteTeam = useDeleteTeam();
  const deleteQuarter = useDeleteQuarter();
  const close = () => open(null);
  if (!dialog) return null;
  // Each dialog loads as a chunk of its own (at once after the idle preload); one opened before
  // that answers at once all the same, and Esc closes it while it loads.
  return (
    <LazyDialog key={dialog.kind} what={DIALOG_NAMES[dialog.kind]} onClose={close}>
      {dialogFor(dialog)}
    </LazyDialog>
  );

  function dialogFor(dialog: WindowDialog): ReactNode {
    switch (dialog.kind) {
      case 'new-team':
        return <TeamDialog onClose={close} onSaved={(t) => (selectTeam(t.id), close())} />;
      case 'edit-team':
        return team ? (
          <TeamDialog
            team={team}
            onClose={close}
            onSaved={close}
            onDelete={(t) => open({ kind: 'delete-team', team: t })}
          />
        ) : null;
      case 'delete-team':
        return (
          <DeleteTeamDialog
            team={dialog.team}
            onCancel={close}
            onConfirm={() => {
              close();
              deleteTeam.mutate(dialog.team.id);
            }}
          />
        );
      case 'new-cycle':
        return team ? (
          <CycleDialog
            teamId={team.id}
            existing={cycles}
            onClose={close}
            onSaved={(c) => (selectCycle(c.id, openingPhase(c)), close())}
          />
        ) : null;
      case 'edit-cycle':
        return team && cycle ? (
          <CycleDialog
            teamId={team.id}
            cycle={cycle}
            onClose={close}
            onSaved={close}
            onDelete={(c) => open({ kind: 'delete-cycle', cycle: c })}
          />
        ) : null;
      case 'delete-cycle':
        return (
          <DeleteQuarterDialog
            cycle={dialog.cycle}
            onCancel={close}
            onConfirm={() => {
              close();
              deleteQuarter.mutate(dialog.cycle.id);
            }}
          />
        );
      case 'export':
        return cycle ? <ExportDialog cycle={cycle} onClose={close} /> : null;
      case 'backups':
        return <BackupDialog onClose={close} startWith={dialog.startWith} />;
      case 'workspace-folder':
        return <WorkspaceFolderDialog onClose={close} />;
      case 'shortcuts':
        return <ShortcutsDialog onClose={close} />;
    }
  }
}
