import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Team } from '@shared/domain';
import { getDb } from '../../../../renderer/src/db/database';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { TeamDialog } from '../../../../renderer/src/features/teams/TeamDialog';
import { openFreshDb, teamInput } from '../db/builders';
import { renderScreen, resetUiState } from '../support/renderScreen';

// The team dialog stands for every record form: they share the form layer under test here.
beforeEach(() => {
  openFreshDb();
  resetUiState();
});

function openTeamDialog(team?: Team) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  const { user } = renderScreen(<TeamDialog team={team} onClose={onClose} onSaved={onSaved} />);
  const dialog = screen.getByRole('dialog', { name: team ? 'Edit team' : 'New team' });
  return { user, dialog, onClose, onSaved, name: within(dialog).getByLabelText('Team name') };
}

const discardPrompt = () => screen.queryByRole('alertdialog', { name: 'Discard unsaved changes?' });

describe('leaving a form', () => {
  it('closes at once when nothing was changed: Cancel, the close button and Esc', async () => {
    for (const leave of ['Cancel', 'Close', '{Escape}'] as const) {
      const { user, dialog, onClose } = openTeamDialog();
      if (leave === '{Escape}') await user.keyboard(leave);
      else await user.click(within(dialog).getByRole('button', { name: leave }));
      expect(onClose).toHaveBeenCalledOnce();
      expect(discardPrompt()).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('asks before throwing away what was typed, however the dialog is left', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    for (const leave of ['Cancel', 'Close', '{Escape}'] as const) {
      const { user, dialog, onClose, name } = openTeamDialog(team);
      await user.type(name, ' and Billing');
      if (leave === '{Escape}') await user.keyboard(leave);
      else await user.click(within(dialog).getByRole('button', { name: leave }));

      const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
      expect(prompt).toHaveAccessibleDescription(
        'What you changed in “Edit team” has not been saved.',
      );
      expect(within(prompt).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
      expect(onClose).not.toHaveBeenCalled();

      // Keeping on editing leaves the typing in place; discarding closes without saving.
      await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
      expect(discardPrompt()).not.toBeInTheDocument();
      expect(name).toHaveValue('Payments Platform and Billing');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
      expect(onClose).toHaveBeenCalledOnce();
      expect((await getDb().teams.get(team.id))?.name).toBe('Payments Platform');
      cleanup();
    }
  });

  it('Esc in the prompt goes back to the form', async () => {
    const { user, name, onClose } = openTeamDialog();
    await user.type(name, 'Data');
    await user.keyboard('{Escape}');
    await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.keyboard('{Escape}');
    expect(discardPrompt()).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(name).toHaveValue('Data');
  });

  it('typing back what was there counts as unchanged', async () => {
    const team = await createTeam(teamInput('Data'));
    const { user, name, onClose } = openTeamDialog(team);
    await user.type(name, 'x');
    await user.type(name, '{Backspace}');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(discardPrompt()).not.toBeInTheDocument();
  });
});

describe('a text field and its limit', () => {
  it('shows a counter near the schema’s limit, and refuses an over-long text with a sentence', async () => {
    const { user, dialog, name, onSaved } = openTeamDialog();
    // Team names hold 120 characters (teamSchema); the counter appears from 80% of that.
    await user.type(name, 'x'.repeat(95));
    expect(within(dialog).queryByText(/characters/)).not.toBeInTheDocument();
    await user.type(name, 'x');
    expect(name).toHaveAccessibleDescription('96 / 120 characters');

    await user.click(name);
    await user.paste('y'.repeat(30));
    expect(name).toHaveAccessibleDescription(/126 \/ 120 characters — 6 too many/);
    expect(name).toHaveValue('x'.repeat(96) + 'y'.repeat(30));

    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Team name must be at most 120 characters',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(await getDb().teams.count()).toBe(0);

    await user.clear(name);
    await user.type(name, 'Data Platform');
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect((await getDb().teams.toArray()).map((t) => t.name)).toEqual(['Data Platform']);
  });

  it('shows a failed save as a sentence in the dialog and keeps what was typed', async () => {
    const team = await createTeam(teamInput('Data'));
    const { user, dialog, name, onSaved } = openTeamDialog(team);
    await getDb().teams.delete(team.id);
    await user.type(name, ' Platform');
    await user.click(within(dialog).getByRole('button', { name: 'Save team' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'That team no longer exists.',
    );
    expect(name).toHaveValue('Data Platform');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
