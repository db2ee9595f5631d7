import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRememberedReads } from '../../../../renderer/src/app/startupReads';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { deleteCycle } from '../../../../renderer/src/db/repositories/cycles';
import {
  releaseStartupReads,
  startupKey,
  startupReadsAnswered,
  startupSnapshot,
} from '../../../../renderer/src/db/startupSnapshots';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { openFreshDb, seedQuarter, teamInput } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});
afterEach(releaseStartupReads);

/** A quarter in check-ins, remembered as the view the last session ended on. */
async function rememberQuarter() {
  const seeded = await seedQuarter({ phase: 'checkins' });
  useUiStore.setState({ teamId: seeded.team.id, cycleId: seeded.cycle.id, phase: 'checkins' });
  return seeded;
}

describe('the start', () => {
  it('draws the remembered quarter home with its data in the first render', async () => {
    await rememberQuarter();
    startRememberedReads();
    await startupReadsAnswered(10_000);
    renderApp();
    // No waiting: the first screen is the home, not a loading line.
    expect(screen.getByRole('heading', { level: 2, name: 'Check-ins' })).toBeInTheDocument();
    const progress = screen.getByRole('region', { name: 'Progress of Fast checkout' });
    expect(within(progress).getByRole('row', { name: /Cut checkout LCP/ })).toBeInTheDocument();
  });

  it('shows what changed while the reads were held, never what was read before', async () => {
    await rememberQuarter();
    startRememberedReads();
    await startupReadsAnswered(10_000);
    // Another window adds a team after the start read the teams.
    await createTeam(teamInput('Zeta Search'));
    await waitFor(() => expect(startupSnapshot(startupKey.teams())).toHaveLength(2));
    renderApp();
    const teams = screen.getByLabelText('Team', { exact: true });
    expect(within(teams).getByRole('option', { name: 'Zeta Search' })).toBeInTheDocument();
  });

  it('falls back to a quarter that exists when the remembered one was deleted', async () => {
    const { team, cycle } = await rememberQuarter();
    await deleteCycle(cycle.id);
    const other = await seedQuarter({ phase: 'checkins' });
    useUiStore.setState({ teamId: other.team.id, cycleId: cycle.id, phase: 'checkins' });
    startRememberedReads();
    await startupReadsAnswered(10_000);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Check-ins' })).toBeVisible();
    await waitFor(() => expect(useUiStore.getState().cycleId).toBe(other.cycle.id));
    expect(startupSnapshot(startupKey.objectives(cycle.id))).toEqual([]);
    expect(team.id).not.toBe(other.team.id);
  });
});
