import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createElement, type ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import type * as SidebarModule from '../../../../renderer/src/app/Sidebar';
import { ErrorBoundary } from '../../../../renderer/src/components/ErrorBoundary';
import { describeRenderFailure } from '../../../../renderer/src/app/renderFailure';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { getDb } from '../../../../renderer/src/db/database';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import type * as ScoringModule from '../../../../renderer/src/features/scoring/ScoringPhase';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import {
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  teamInput,
} from '../db/builders';

// A component that throws while rendering, switched on per test: one phase screen, or the
// sidebar (which only the app-wide boundary covers). Nothing here depends on particular data.
const failing = vi.hoisted(() => ({ scoring: false, sidebar: false }));

vi.mock('../../../../renderer/src/features/scoring/ScoringPhase', async (importOriginal) => {
  const real = await importOriginal<typeof ScoringModule>();
  return {
    ScoringPhase: (props: ComponentProps<typeof real.ScoringPhase>) => {
      if (failing.scoring) throw new Error('Scoring broke while rendering');
      return createElement(real.ScoringPhase, props);
    },
  };
});

vi.mock('../../../../renderer/src/app/Sidebar', async (importOriginal) => {
  const real = await importOriginal<typeof SidebarModule>();
  return {
    Sidebar: (props: ComponentProps<typeof real.Sidebar>) => {
      if (failing.sidebar) throw new Error('The sidebar broke while rendering');
      return createElement(real.Sidebar, props);
    },
  };
});

const FAILURE = 'This screen could not be shown';
const STORAGE_KEY = 'quarterdeck.ui';

beforeEach(async () => {
  failing.scoring = false;
  failing.sidebar = false;
  openFreshDb();
  useUiStore.setState(useUiStore.getInitialState());
  // React reports every caught render error on the console; the tests look at the screen.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const team = await createTeam(teamInput('Payments Platform'));
  const cycle = await createCycle(team.id, quarterInput());
  const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
  await createKeyResult(objective.id, keyResultInput('Cut checkout LCP'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function renderApp(): UserEvent {
  const user = userEvent.setup({ delay: null });
  render(
    <App
      queryClient={
        new QueryClient({
          defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
        })
      }
    />,
  );
  return user;
}

/** What the next start would read back: the remembered view. */
function rememberedView(): { phase: string; checkInView: { kind: string } } {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
}

async function openPhase(user: UserEvent, name: string) {
  const nav = await screen.findByRole('navigation', { name: 'Cycle phases' });
  const button = within(nav).getByRole('button', { name: new RegExp(`^${name}`) });
  // The phases can be chosen once the quarter has loaded.
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

describe('a phase screen that throws while rendering', () => {
  it('is replaced by a plain explanation while the rest of the window keeps working', async () => {
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');

    const failure = await screen.findByRole('region', { name: FAILURE });
    expect(failure).toHaveTextContent('Your data is safe: nothing was changed or lost.');
    expect(within(failure).getByRole('heading', { level: 2, name: FAILURE })).toHaveFocus();
    for (const action of ['Go to the quarter’s home', 'Back up now', 'Copy error details'])
      expect(within(failure).getByRole('button', { name: action })).toBeEnabled();
    // The sidebar and the header are still there, and another phase opens as usual.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Payments Platform · 2027-Q1',
    );
    await openPhase(user, 'Check-ins');
    expect(await screen.findByRole('heading', { level: 2, name: 'Check-ins' })).toBeVisible();
    expect(screen.queryByRole('region', { name: FAILURE })).not.toBeInTheDocument();
  });

  it('goes to the quarter’s home, with every key result still there', async () => {
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');
    const failure = await screen.findByRole('region', { name: FAILURE });

    await user.click(within(failure).getByRole('button', { name: 'Go to the quarter’s home' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Check-ins' })).toBeVisible();
    expect(useUiStore.getState()).toMatchObject({
      phase: 'checkins',
      checkInView: { kind: 'home' },
    });
    expect(await getDb().keyResults.count()).toBe(1);
  });

  it('copies the error details: the error, the screen and where in the app it broke', async () => {
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');
    const failure = await screen.findByRole('region', { name: FAILURE });

    await user.click(within(failure).getByRole('button', { name: 'Copy error details' }));

    expect(await within(failure).findByText('Copied the error details.')).toBeVisible();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Error: Scoring broke while rendering');
    expect(copied).toContain('Screen: scoring');
    expect(copied).toMatch(/Components:\n.*ScoringPhase/);
  });

  it('backs up every team and quarter from the failure screen', async () => {
    const save = vi.spyOn(desktopApi(), 'exportSaveDocument').mockResolvedValue({
      ok: true,
      data: { saved: true, path: '/backups/quarterdeck.json', printed: false },
    });
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');
    const failure = await screen.findByRole('region', { name: FAILURE });

    await user.click(within(failure).getByRole('button', { name: 'Back up now' }));

    expect(
      await within(failure).findByText('Backed up all data to /backups/quarterdeck.json.'),
    ).toBeVisible();
    const saved = save.mock.calls[0]![0].document;
    // The backup is saved as its UTF-8 bytes, built off the UI thread.
    if (saved.kind !== 'bytes') throw new Error(`expected bytes, got ${saved.kind}`);
    const backup = JSON.parse(new TextDecoder().decode(saved.bytes));
    expect(backup.data.teams.map((t: { name: string }) => t.name)).toEqual(['Payments Platform']);
    expect(backup.data.keyResults).toHaveLength(1);
  });

  it('says so when the backup fails, and keeps the other ways on', async () => {
    vi.spyOn(desktopApi(), 'exportSaveDocument').mockResolvedValue({
      ok: false,
      error: 'The disk is full.',
    });
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');
    const failure = await screen.findByRole('region', { name: FAILURE });

    await user.click(within(failure).getByRole('button', { name: 'Back up now' }));

    expect(await within(failure).findByText('Could not back up: The disk is full.')).toBeVisible();
    expect(within(failure).getByRole('button', { name: 'Back up now' })).toBeEnabled();
  });

  it('is not reopened on the next start, even though it would still fail', async () => {
    const user = renderApp();
    await openPhase(user, 'Scoring');
    expect(rememberedView().phase).toBe('scoring');
    failing.scoring = true;
    await openPhase(user, 'Check-ins');
    await openPhase(user, 'Scoring');
    await screen.findByRole('region', { name: FAILURE });
    expect(rememberedView().phase).not.toBe('scoring');

    // The next start: a fresh window that reads the remembered view back.
    cleanup();
    useUiStore.setState(useUiStore.getInitialState());
    await useUiStore.persist.rehydrate();
    renderApp();
    expect(await screen.findByRole('navigation', { name: 'Setting steps' })).toBeVisible();
    expect(screen.queryByRole('region', { name: FAILURE })).not.toBeInTheDocument();
  });

  it('remembers the view again once the person has moved on to one that works', async () => {
    const user = renderApp();
    failing.scoring = true;
    await openPhase(user, 'Scoring');
    await screen.findByRole('region', { name: FAILURE });
    await openPhase(user, 'Retrospective');
    expect(rememberedView().phase).toBe('retrospective');
  });
});

describe('an error outside every screen', () => {
  it('fills the window with the same explanation instead of leaving it blank', async () => {
    failing.sidebar = true;
    const user = renderApp();

    const failure = await screen.findByRole('region', { name: FAILURE });
    expect(within(failure).getByRole('heading', { level: 1, name: FAILURE })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Cycle phases' })).not.toBeInTheDocument();

    failing.sidebar = false;
    await user.click(within(failure).getByRole('button', { name: 'Go to the quarter’s home' }));
    // No quarter was on screen yet: the first one opens on the phase it is in (Setting here).
    expect(await screen.findByRole('navigation', { name: 'Setting steps' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Cycle phases' })).toBeVisible();
  });
});

describe('the error boundary', () => {
  function Thrower({ message }: { message: string | null }) {
    if (message) throw new Error(message);
    return <p>Drawn fine</p>;
  }

  it('shows the fallback for a throwing child and tries again when its reset keys change', () => {
    const onError = vi.fn();
    const boundary = (message: string | null, key: string) => (
      <ErrorBoundary
        resetKeys={[key]}
        onError={onError}
        fallback={({ error }) => <p role="alert">{(error as Error).message}</p>}
      >
        <Thrower message={message} />
      </ErrorBoundary>
    );
    const { rerender } = render(boundary('Bad chart', 'a'));
    expect(screen.getByRole('alert')).toHaveTextContent('Bad chart');
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![1]).toContain('Thrower');

    rerender(boundary(null, 'a'));
    expect(screen.getByRole('alert')).toHaveTextContent('Bad chart');
    rerender(boundary(null, 'b'));
    expect(screen.getByText('Drawn fine')).toBeInTheDocument();
  });
});

describe('the error details', () => {
  it('name the version, the time, the screen, the error and both stacks', () => {
    const error = new Error('Chart "MTTR": start "0000-01-01" is not a YYYY-MM-DD date.');
    const text = describeRenderFailure({
      error,
      componentStack: '\n    at KeyResultDetail\n    at CheckinsPhase',
      view: {
        teamId: 'team-1',
        cycleId: 'cycle-1',
        phase: 'checkins',
        checkInView: { kind: 'keyResult', keyResultId: 'kr-1' },
      },
      appVersion: '1.2.3',
      userAgent: 'Test agent',
      at: new Date('2027-02-01T10:00:00Z'),
    });
    expect(text).toContain('Quarterdeck 1.2.3 could not show a screen.');
    expect(text).toContain('Time: 2027-02-01T10:00:00.000Z');
    expect(text).toContain('Screen: checkins (keyResult); team team-1; quarter cycle-1');
    expect(text).toContain(`\nError: ${error.message}\n`);
    expect(text).toContain('Stack:\nError: Chart');
    expect(text).toContain('Components:\nat KeyResultDetail\n    at CheckinsPhase');
  });

  it('describe a thrown value that is not an Error', () => {
    const text = describeRenderFailure({
      error: { code: 42 },
      componentStack: '',
      view: useUiStore.getInitialState(),
      appVersion: '1.2.3',
      userAgent: 'Test agent',
      at: new Date('2027-02-01T10:00:00Z'),
    });
    expect(text).toContain('Error: a non-error was thrown: {"code":42}');
    expect(text).toContain('Screen: setting\n');
    expect(text).not.toContain('Components:');
  });
});
