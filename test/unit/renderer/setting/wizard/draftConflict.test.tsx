import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/database';
import { updateKeyResult } from '../../../../../renderer/src/db/repositories/keyResults';
import { keyResultInput, openFreshDb, seedQuarter } from '../../db/builders';
import { renderApp, resetUiState } from '../../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** Closes the window as a crash would, and opens the app again on the same database. */
async function restart(): Promise<UserEvent> {
  window.dispatchEvent(new Event('pagehide'));
  cleanup();
  return renderApp().user;
}

describe('a remembered draft whose record changed while it waited', () => {
  it('says what changed and asks on saving, so the draft never reverts it unseen', async () => {
    const { keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    let user = renderApp().user;
    const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
    await user.click(within(steps).getByRole('button', { name: /^Key results/ }));
    await user.click(
      await screen.findByRole('button', { name: 'Edit key result: Cut checkout LCP' }),
    );
    const owner = within(screen.getByRole('dialog', { name: 'Edit key result' })).getByLabelText(
      'Owner',
      { exact: true },
    );
    await user.clear(owner);
    await user.type(owner, 'Cleo');

    // The window closes with the draft unsaved; another window renames the key result.
    window.dispatchEvent(new Event('pagehide'));
    cleanup();
    await updateKeyResult(kr.id, keyResultInput('Checkout LCP under 1.5 s'));
    user = await restart();

    const dialog = await screen.findByRole('dialog', { name: 'Edit key result' });
    await within(dialog).findByText(
      'This key result was changed in another window: title. Your edits are kept; saving will ask what to keep.',
    );
    expect(within(dialog).getByLabelText('Owner', { exact: true })).toHaveValue('Cleo');
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const conflict = await screen.findByRole('dialog', {
      name: 'Key result changed in another window',
    });
    expect(
      within(conflict)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'TitleChanged thereCut checkout LCPCheckout LCP under 1.5 s',
      'OwnerChanged hereCleoAna',
    ]);
    await user.click(within(conflict).getByRole('button', { name: 'Save merged' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({
      title: 'Checkout LCP under 1.5 s',
      owner: 'Cleo',
    });
  });
});
