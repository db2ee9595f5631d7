import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createTeam, listTeams } from '../../../../renderer/src/db/repositories/teams';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { useUndoableDelete } from '../../../../renderer/src/state/useUndoableDelete';
import { dumpDb, openFreshDb, quarterInput, teamInput } from '../db/builders';
import { renderApp, renderScreen, resetUiState, toasts } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** Edit team, Delete team…, then the question, which says in numbers what goes. */
async function deleteTeamFromItsDialog(says = /^This deletes Payments Platform/) {
  const { user } = renderApp();
  await user.click(await screen.findByRole('button', { name: 'Edit team' }));
  // The team dialog loads as a chunk of its own: it appears a moment after the click.
  const dialog = await screen.findByRole('dialog', { name: 'Edit team' });
  await user.click(within(dialog).getByRole('button', { name: 'Delete team…' }));
  const question = await screen.findByRole('alertdialog', { name: 'Delete Payments Platform?' });
  await within(question).findByText(says);
  await user.click(within(question).getByRole('button', { name: 'Delete team' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  return user;
}

describe('deleting with undo', () => {
  it('deletes a team with its quarters at once, and Undo brings all of it back', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await createCycle(team.id, quarterInput());
    const before = await dumpDb();
    const user = await deleteTeamFromItsDialog(
      /^This deletes Payments Platform with 1 quarter\. You can undo it right after\.$/,
    );

    expect(await screen.findByRole('heading', { name: 'Welcome to Quarterdeck' })).toBeVisible();
    expect(toasts()).toHaveTextContent('deleted.');
    expect(await getDb().cycles.count()).toBe(0);

    await user.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(toasts()).toHaveTextContent('restored.'));
    expect(await dumpDb()).toEqual(before);
    expect(
      await screen.findByRole('heading', { name: /Payments Platform/, level: 1 }),
    ).toBeVisible();
  });

  it('asks first, and keeping the team changes nothing', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await createCycle(team.id, quarterInput());
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Edit team' }));
    await user.click(await screen.findByRole('button', { name: 'Delete team…' }));
    const question = await screen.findByRole('alertdialog', { name: 'Delete Payments Platform?' });
    await within(question).findByText(/with 1 quarter/);
    await user.click(within(question).getByRole('button', { name: 'Keep the team' }));
    expect(await listTeams()).toHaveLength(1);
    expect(await getDb().cycles.count()).toBe(1);
  });

  it('undoes with Ctrl+Z from anywhere outside a text field', async () => {
    await createTeam(teamInput('Payments Platform'));
    const user = await deleteTeamFromItsDialog();
    await screen.findByRole('heading', { name: 'Welcome to Quarterdeck' });
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await listTeams()).toHaveLength(1));
  });

  it('says why in a sentence when the deletion fails', async () => {
    function DeleteButton({ remove }: { remove: (id: string) => Promise<never> }) {
      const deletion = useUndoableDelete(remove);
      return (
        <button type="button" onClick={() => deletion.mutate('t1')}>
          Delete
        </button>
      );
    }
    const { user } = renderScreen(
      <DeleteButton remove={() => Promise.reject(new Error('That team no longer exists.'))} />,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(useToastStore.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
        ['error', 'Could not delete: That team no longer exists.'],
      ]),
    );
  });
});
