import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { useThemeStore } from '../../../../renderer/src/state/themeStore';
import { openFreshDb, quarterInput, teamInput } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

beforeEach(async () => {
  openFreshDb();
  resetUiState();
  useThemeStore.setState(useThemeStore.getInitialState());
  const team = await createTeam(teamInput('Payments Platform'));
  await createCycle(team.id, quarterInput());
});

describe("the app's commands from the keyboard (the browser build)", () => {
  it('opens New team, the shortcuts and a phase with their keys, and not behind an open dialog', async () => {
    const { user } = renderApp();
    await screen.findByRole('navigation', { name: 'Setting steps' });

    await user.keyboard('{Control>}/{/Control}');
    const shortcuts = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(shortcuts).getByRole('row', { name: /New team/ })).toHaveTextContent(
      'Alt+Shift+N',
    );
    expect(within(shortcuts).getByRole('row', { name: /Show Scoring/ })).toHaveTextContent(
      'Ctrl+3',
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Control>}3{/Control}');
    const nav = screen.getByRole('navigation', { name: 'Cycle phases' });
    await waitFor(() =>
      expect(within(nav).getByRole('button', { name: /^Scoring/ })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );

    await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'New team' });
    // A dialog owns the window: another command waits until it is closed.
    await user.keyboard('{Control>}1{/Control}');
    expect(within(nav).getByRole('button', { name: /^Scoring/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(dialog).toBeInTheDocument();
  });
});

describe('appearance', () => {
  it('follows the system until a light or dark appearance is chosen, and remembers it', async () => {
    const { user } = renderApp();
    const picker = await screen.findByLabelText('Appearance');
    expect(picker).toHaveValue('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();

    await user.selectOptions(picker, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(useThemeStore.getState().choice).toBe('dark');

    await user.selectOptions(picker, 'system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
