import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshDb, seedQuarter } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

/*
 * The coach's one-click fixes in the key result dialog change several fields at once: each can be
 * undone, every field back as it was, and the focus stays on something visible (the button that
 * was pressed goes with the finding it fixed).
 */

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

async function openAddKeyResult(): Promise<{ user: UserEvent; dialog: HTMLElement }> {
  await seedQuarter({ keyResults: [] });
  const { user } = renderApp();
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name: /^Key results/ }));
  const objective = await screen.findByRole('article', { name: 'Objective: Fast checkout' });
  await user.click(
    within(objective).getByRole('button', { name: 'Add key result to Fast checkout' }),
  );
  return { user, dialog: await screen.findByRole('dialog', { name: 'Add key result' }) };
}

const fieldValues = (dialog: HTMLElement) =>
  ['Key result title', 'Metric', 'Unit', 'Baseline', 'Target', 'Direction'].map(
    (label) => (within(dialog).getByLabelText(label) as HTMLInputElement).value,
  );

describe('the key result dialog’s one-click fixes', () => {
  it('undoes an applied suggestion, every field back as it was', async () => {
    const { user, dialog } = await openAddKeyResult();
    await user.type(
      within(dialog).getByLabelText('Key result title'),
      'Write runbooks for the payments service',
    );
    await user.type(within(dialog).getByLabelText('Metric'), 'runbooks written');
    await user.type(within(dialog).getByLabelText('Unit'), 'count');
    const before = fieldValues(dialog);

    // The finding whose rewrite is shown as "Cut mean time to recovery".
    const preview = await within(dialog).findByText('“Cut mean time to recovery”');
    const finding = preview.closest('li');
    if (!finding) throw new Error('No finding around the preview');
    await user.click(within(finding).getByRole('button', { name: 'Apply suggestion' }));
    expect(within(dialog).getByLabelText('Key result title')).toHaveValue(
      'Cut mean time to recovery',
    );
    const undo = within(dialog).getByRole('button', { name: 'Undo' });
    expect(undo.closest('p')).toHaveTextContent('Suggestion applied.');
    await waitFor(() => expect(undo).toHaveFocus());

    await user.keyboard('{Enter}');
    expect(fieldValues(dialog)).toEqual(before);
    expect(within(dialog).getByLabelText('Key result title')).toHaveFocus();
    expect(within(dialog).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('keeps the focus on a visible control after filling the fields from the title', async () => {
    const { user, dialog } = await openAddKeyResult();
    await user.type(
      within(dialog).getByLabelText('Key result title'),
      'Cut Acme reconciliation time from 5 days to 1 day',
    );
    const fill = await within(dialog).findByRole('button', {
      name: 'Fill the fields from the title',
    });
    fill.focus();
    await user.keyboard('{Enter}');

    expect(within(dialog).getByLabelText('Baseline')).toHaveValue('5');
    expect(within(dialog).getByLabelText('Target')).toHaveValue('1');
    const undo = within(dialog).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await waitFor(() =>
      expect(
        within(dialog).queryByRole('button', { name: 'Fill the fields from the title' }),
      ).not.toBeInTheDocument(),
    );
    expect(document.activeElement).toBe(undo);
    expect(document.activeElement).not.toBe(document.body);

    await user.keyboard('{Enter}');
    expect(within(dialog).getByLabelText('Baseline')).toHaveValue('');
    expect(within(dialog).getByLabelText('Target')).toHaveValue('');
  });
});
