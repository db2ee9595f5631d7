import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { useWorkshopUi } from '../../../../renderer/src/state/workshopUiStore';
import { openFreshDb, quarterInput, teamInput } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
  useWorkshopUi.setState(useWorkshopUi.getInitialState());
  localStorage.clear();
});

/** Every sidebar item marked as the screen on show. */
function currentItems(): string[] {
  const sidebar = screen.getByRole('complementary');
  return within(sidebar)
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-current') === 'page')
    .map((b) => b.textContent ?? '');
}

describe('the sidebar on a first run', () => {
  it('marks nothing as current before there is a team, even with a phase or screen remembered', async () => {
    // What a profile may remember from before everything was deleted.
    useUiStore.setState({ phase: 'scoring', organisation: { screen: 'overview', quarter: null } });
    useWorkshopUi.setState({ isScreenOpen: true });
    renderApp();
    await screen.findByRole('region', { name: 'Welcome to Quarterdeck' });
    expect(currentItems()).toEqual([]);
  });

  it('marks no phase before the first quarter, and Setting once it exists', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    renderApp();
    await screen.findByRole('region', { name: 'Payments Platform has no quarters yet' });
    expect(currentItems()).toEqual([]);
    const nav = screen.getByRole('navigation', { name: 'Cycle phases' });
    expect(within(nav).queryByText('now')).not.toBeInTheDocument();

    await createCycle(team.id, quarterInput());
    await waitFor(() => expect(currentItems()).toEqual(['1Settingnow']));
  });
});

describe('the sidebar’s menu where it stands above the content', () => {
  it('is a button that says whether the menu is open, and the choice is remembered', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Welcome to Quarterdeck' });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(
      screen.getByRole('navigation', { name: 'Cycle phases' }),
    );

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Hide menu' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // In the UI's own storage for the next start, not in the database.
    expect(JSON.parse(localStorage.getItem('quarterdeck.ui') ?? '{}').state.isMenuOpen).toBe(true);
  });
});
