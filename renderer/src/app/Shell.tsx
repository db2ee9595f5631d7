import { type MouseEvent, type ReactNode, Suspense, useEffect, useState } from 'react';
import type { Cycle } from '@shared/domain';
import type { AppCommand } from '@shared/ipc/commands';
import { openingPhase, type OpenPhase } from '@shared/domain/phaseMoves';
import { EmptyState } from '../components/EmptyState';
import { watchFocus } from '../components/focusRescue';
import { Icon } from '../components/Icon';
import { useCycleLookup, useCycles, useTeams } from '../db/hooks';
import { CheckinsPhase } from '../features/checkins/CheckinsPhase';
import { useStorageSafety } from '../features/backup/useStorageSafety';
import { useToastStore } from '../state/toastStore';
import { useUiStore } from '../state/uiStore';
import { BackgroundWork } from './BackgroundWork';
import { ClosedBanner } from './ClosedBanner';
import { ErrorBoundary } from '../components/ErrorBoundary';
import {
  OrganisationView,
  preloadScreens,
  RetroPhase,
  ScoringPhase,
  SettingPhase,
} from './lazyScreens';
import { CommandPalette } from '../features/organisation/CommandPalette';
import { ScreenFailure } from './ScreenFailure';
import { WorkshopArea } from '../features/workshop/WorkshopArea';
import { useWorkshopUi } from '../state/workshopUiStore';
import { Sidebar } from './Sidebar';
import { TeamHeader } from './TeamHeader';
import { Toaster } from './Toaster';
import { useAppCommands } from './useAppCommands';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useTheme } from './useTheme';
import { type WindowDialog, WindowDialogs } from './WindowDialogs';

const PHASE_COMMANDS: Partial<Record<AppCommand, OpenPhase>> = {
  'show-setting': 'setting',
  'show-checkins': 'checkins',
  'show-scoring': 'scoring',
  'show-retrospective': 'retrospective',
};

/** The window: sidebar navigation, the selected quarter's phase, dialogs and toasts. */
export function Shell() {
  useTheme();
  useGlobalShortcuts();
  useStorageSafety();
  const { teamId, cycleId, phase, checkInView, organisation, selectPhase, showCheckIns } =
    useUiStore();
  const requestSetting = useUiStore((s) => s.requestSetting);
  const fallBackToCycle = useUiStore((s) => s.fallBackToCycle);
  const markViewBroken = useUiStore((s) => s.markViewBroken);
  const show = useToastStore((s) => s.show);
  const isWorkshopScreen = useWorkshopUi((s) => s.isScreenOpen);
  const teams = useTeams();
  // A remembered selection may point at something deleted since: fall back to the first one.
  const team = teams?.find((t) => t.id === teamId) ?? teams?.[0] ?? null;
  // Until the teams are read, the remembered team's quarters are read beside them, so a start
  // waits on one round trip to the database instead of two; the same query carries on once the
  // teams confirm that team (another team's quarters are read only if it is gone).
  const cycles = useCycles(teams === undefined ? teamId : (team?.id ?? null));
  const cycle = cycles?.find((c) => c.id === cycleId) ?? cycles?.[0] ?? null;
  const [dialog, open] = useState<WindowDialog | null>(null);

  // A quarter shown in place of one that is gone (or none remembered) opens on its own phase.
  // One just created is not gone: the list may simply not have caught up with it yet.
  const lookup = useCycleLookup(cycleId);
  const isRememberedGone =
    cycleId === null ||
    (lookup?.cycleId === cycleId && (lookup.cycle === null || lookup.cycle.teamId !== team?.id));
  const fallbackCycle = cycle && cycle.id !== cycleId && isRememberedGone ? cycle : null;
  useEffect(() => {
    if (fallbackCycle) fallBackToCycle(fallbackCycle.id, openingPhase(fallbackCycle), cycleId);
  }, [fallbackCycle, fallBackToCycle, cycleId]);

  useAppCommands((command) => {
    const phaseToShow = PHASE_COMMANDS[command];
    if (phaseToShow) {
      if (!cycle) return;
      selectPhase(phaseToShow, cycle.id);
      // As the sidebar's phases do: a phase chosen leaves the workshop screen.
      return useWorkshopUi.getState().closeScreen();
    }
    switch (command) {
      case 'new-team':
        return open({ kind: 'new-team' });
      case 'new-quarter':
        return team ? open({ kind: 'new-cycle' }) : open({ kind: 'new-team' });
      case 'export-review':
        return cycle
          ? open({ kind: 'export' })
          : show({ tone: 'info', message: 'Create a quarter first: there is nothing to export.' });
      case 'back-up':
        return open({ kind: 'backups', startWith: 'back-up' });
      case 'restore':
        return open({ kind: 'backups', startWith: 'restore' });
      case 'show-shortcuts':
        return open({ kind: 'shortcuts' });
      case 'import-plan':
        if (!cycle)
          return show({ tone: 'info', message: 'Create a quarter to import a plan into.' });
        if (cycle.phase === 'closed') {
          return show({
            tone: 'info',
            message: `${cycle.label} is closed: reopen it to import a plan into it.`,
          });
        }
        return requestSetting({ step: 'objectives', importPlan: true });
    }
  });
  useEffect(preloadScreens, []);
  // A focused control that disappears hands the focus on instead of dropping it to the page.
  useEffect(watchFocus, []);

  if (!teams || !cycles) {
    return (
      <div className="app app--loading" aria-busy="true">
        <p>Opening Quarterdeck…</p>
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <Sidebar
        teams={teams}
        team={team}
        cycles={cycles}
        cycle={cycle}
        onNewTeam={() => open({ kind: 'new-team' })}
        onNewCycle={() => open({ kind: 'new-cycle' })}
        onBackups={() => open({ kind: 'backups', startWith: 'back-up' })}
        onShortcuts={() => open({ kind: 'shortcuts' })}
        onWorkspaceFolder={() => open({ kind: 'workspace-folder' })}
      />
      <main className="main" id="main" tabIndex={-1}>
        {organisation && !isWorkshopScreen && teams.length > 0 ? (
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
            <Suspense fallback={<ScreenLoading />}>
              <OrganisationView screen={organisation.screen} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <>
            {team && (
              <TeamHeader
                team={team}
                cycle={cycle}
                onEditTeam={() => open({ kind: 'edit-team' })}
                onEditCycle={() => open({ kind: 'edit-cycle' })}
                onExport={() => open({ kind: 'export' })}
                onDeleteCycle={(c) => open({ kind: 'delete-cycle', cycle: c })}
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
                      onClick={() => open({ kind: 'new-team' })}
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
                      onClick={() => open({ kind: 'new-cycle' })}
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
                      <Suspense fallback={<ScreenLoading />}>
                        {phase === 'setting' ? (
                          <SettingPhase cycle={cycle} />
                        ) : phase === 'checkins' ? (
                          <CheckinsPhase cycle={cycle} />
                        ) : phase === 'scoring' ? (
                          <ScoringPhase cycle={cycle} />
                        ) : (
                          <RetroPhase cycle={cycle} />
                        )}
                      </Suspense>
                    </WorkshopArea>
                  </ReadOnlyWhenClosed>
                </ErrorBoundary>
              )}
            </div>
          </>
        )}
      </main>
      <BackgroundWork />
      <CommandPalette />
      <Toaster />
      <WindowDialogs dialog={dialog} open={open} team={team} cycle={cycle} cycles={cycles} />
    </div>
  );
}

/** While a phase screen's chunk loads (only if it is opened before the idle preload ends). */
function ScreenLoading() {
  return (
    <p className="loading" aria-busy="true">
      Loading…
    </p>
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

/** Moves the keyboard to the screen's content without changing the address (the hash routes). */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
