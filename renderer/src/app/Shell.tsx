import { type ReactNode, useState } from 'react';
import {
  CADENCE_LABELS,
  PHASE_LABELS,
  TEAM_FUNCTION_LABELS,
  type Cycle,
  type Team,
} from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import { EmptyState } from '../components/EmptyState';
import { Icon } from '../components/Icon';
import { useCycles, useTeams } from '../db/hooks';
import { CheckinsPhase } from '../features/checkins/CheckinsPhase';
import { BackupDialog } from '../features/backup/BackupDialog';
import { useAutomaticBackups } from '../features/backup/useAutoBackups';
import { useStorageSafety } from '../features/backup/useStorageSafety';
import { CycleDialog } from '../features/cycles/CycleDialog';
import { ExportDialog } from '../features/review/ExportDialog';
import { RetroPhase } from '../features/retro/RetroPhase';
import { ScoringPhase } from '../features/scoring/ScoringPhase';
import { ClosedBanner } from './ClosedBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { CommandPalette } from '../features/organisation/CommandPalette';
import { OrganisationView } from '../features/organisation/OrganisationView';
import { ScreenFailure } from './ScreenFailure';
import { SettingPhase } from '../features/setting/SettingPhase';
import { TeamDialog } from '../features/teams/TeamDialog';
import { WorkshopArea } from '../features/workshop/WorkshopArea';
import { useWorkshopUi } from '../state/workshopUiStore';
import { Sidebar } from './Sidebar';
import { Toaster } from './Toaster';
import { useUiStore } from '../state/uiStore';
import { useGlobalShortcuts } from './useGlobalShortcuts';

type Editing = 'new-team' | 'edit-team' | 'new-cycle' | 'edit-cycle' | 'export' | 'backups' | null;

/** The window: sidebar navigation, the selected quarter's phase, dialogs and toasts. */
export function Shell() {
  useGlobalShortcuts();
  useAutomaticBackups();
  useStorageSafety();
  const {
    teamId,
    cycleId,
    phase,
    checkInView,
    organisation,
    selectTeam,
    selectCycle,
    showCheckIns,
  } = useUiStore();
  const markViewBroken = useUiStore((s) => s.markViewBroken);
  const isWorkshopScreen = useWorkshopUi((s) => s.isScreenOpen);
  const teams = useTeams();
  // A remembered selection may point at something deleted since: fall back to the first one.
  const team = teams?.find((t) => t.id === teamId) ?? teams?.[0] ?? null;
  const cycles = useCycles(team?.id ?? null);
  const cycle = cycles?.find((c) => c.id === cycleId) ?? cycles?.[0] ?? null;
  const [editing, setEditing] = useState<Editing>(null);

  if (!teams || !cycles) {
    return (
      <div className="app app--loading" aria-busy="true">
        <p>Opening Quarterdeck…</p>
      </div>
    );
  }

  const close = () => setEditing(null);
  return (
    <div className="app">
      <Sidebar
        teams={teams}
        team={team}
        cycles={cycles}
        cycle={cycle}
        onNewTeam={() => setEditing('new-team')}
        onNewCycle={() => setEditing('new-cycle')}
        onBackups={() => setEditing('backups')}
      />
      <main className="main" id="main">
        {organisation && !isWorkshopScreen ? (
          <ErrorBoundary
            resetKeys={[organisation.screen, organisation.quarter]}
            onError={markViewBroken}
            fallback={(caught) => (
              <div className="content">
                <ScreenFailure
                  caught={caught}
                  scope="screen"
                  onGoHome={() => {
                    showCheckIns({ kind: 'home' });
                    caught.reset();
                  }}
                />
              </div>
            )}
          >
            <OrganisationView screen={organisation.screen} />
          </ErrorBoundary>
        ) : (
          <>
            {team && (
              <TeamHeader
                team={team}
                cycle={cycle}
                onEditTeam={() => setEditing('edit-team')}
                onEditCycle={() => setEditing('edit-cycle')}
                onExport={() => setEditing('export')}
              />
            )}
            <div className="content">
              {!team ? (
                <EmptyState
                  title="Welcome to Quarterdeck"
                  action={
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => setEditing('new-team')}
                    >
                      <Icon name="plus" size={16} /> New team
                    </button>
                  }
                >
                  <p>
                    Quarterdeck walks an engineering team through a quarter of OKRs: setting,
                    check-ins, scoring and the retrospective. Everything stays on this computer; no
                    account, no network.
                  </p>
                  <p>Start with the team whose quarter you are planning.</p>
                </EmptyState>
              ) : !cycle ? (
                <EmptyState
                  title={`${team.name} has no quarters yet`}
                  action={
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => setEditing('new-cycle')}
                    >
                      <Icon name="plus" size={16} /> New quarter
                    </button>
                  }
                >
                  <p>
                    Create the quarter you are planning, with its dates and how often the team will
                    check in.
                  </p>
                </EmptyState>
              ) : (
                // One broken phase screen shows what happened in its place; the sidebar, the header
                // and the other phases keep working. Going elsewhere gives the screen another try.
                <ErrorBoundary
                  resetKeys={[cycle.id, phase, checkInView, isWorkshopScreen]}
                  onError={markViewBroken}
                  fallback={(caught) => (
                    <ScreenFailure
                      caught={caught}
                      scope="screen"
                      onGoHome={() => {
                        showCheckIns({ kind: 'home' });
                        caught.reset();
                      }}
                    />
                  )}
                >
                  <ReadOnlyWhenClosed cycle={cycle}>
                    <WorkshopArea cycle={cycle}>
                      {phase === 'setting' ? (
                        <SettingPhase cycle={cycle} />
                      ) : phase === 'checkins' ? (
                        <CheckinsPhase cycle={cycle} />
                      ) : phase === 'scoring' ? (
                        <ScoringPhase cycle={cycle} />
                      ) : (
                        <RetroPhase cycle={cycle} />
                      )}
                    </WorkshopArea>
                  </ReadOnlyWhenClosed>
                </ErrorBoundary>
              )}
            </div>
          </>
        )}
      </main>
      <CommandPalette />
      <Toaster />

      {editing === 'new-team' && (
        <TeamDialog onClose={close} onSaved={(t) => (selectTeam(t.id), close())} />
      )}
      {editing === 'edit-team' && team && (
        <TeamDialog team={team} onClose={close} onSaved={close} />
      )}
      {editing === 'new-cycle' && team && (
        <CycleDialog
          teamId={team.id}
          onClose={close}
          onSaved={(c) => (selectCycle(c.id), close())}
        />
      )}
      {editing === 'export' && cycle && <ExportDialog cycle={cycle} onClose={close} />}
      {editing === 'backups' && <BackupDialog onClose={close} />}
      {editing === 'edit-cycle' && team && cycle && (
        <CycleDialog teamId={team.id} cycle={cycle} onClose={close} onSaved={close} />
      )}
    </div>
  );
}

/**
 * A closed quarter is read-only: every control inside is disabled by one fieldset, and the
 * banner above offers the explicit way back.
 */
function ReadOnlyWhenClosed({ cycle, children }: { cycle: Cycle; children: ReactNode }) {
  if (cycle.phase !== 'closed') return <>{children}</>;
  return (
    <>
      <ClosedBanner cycle={cycle} />
      <fieldset
        className="read-only"
        disabled
        aria-label={`${cycle.label} is closed and read-only`}
      >
        {children}
      </fieldset>
    </>
  );
}

type TeamHeaderProps = {
  team: Team;
  cycle: Cycle | null;
  onEditTeam: () => void;
  onEditCycle: () => void;
  onExport: () => void;
};

function TeamHeader({ team, cycle, onEditTeam, onEditCycle, onExport }: TeamHeaderProps) {
  return (
    <header className="topbar">
      <div>
        <h1 className="topbar__title">
          {team.name}
          {cycle && <span className="topbar__quarter"> · {cycle.label}</span>}
        </h1>
        <p className="topbar__meta">
          {TEAM_FUNCTION_LABELS[team.function]}
          {cycle && (
            <>
              {' · '}
              {formatDate(cycle.startDate)} – {formatDate(cycle.endDate)} · Check-ins{' '}
              {CADENCE_LABELS[cycle.cadence].toLowerCase()} ·{' '}
              <span className="badge badge--phase">{PHASE_LABELS[cycle.phase]}</span>
            </>
          )}
        </p>
      </div>
      <div className="topbar__actions">
        <button type="button" className="button" onClick={onEditTeam}>
          Edit team
        </button>
        {cycle && (
          <button type="button" className="button" onClick={onEditCycle}>
            Edit quarter
          </button>
        )}
        {cycle && (
          <button type="button" className="button button--primary" onClick={onExport}>
            Export review…
          </button>
        )}
      </div>
    </header>
  );
}
