import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/database';
import { openFreshDb, seedQuarter } from '../../db/builders';
import { renderApp, resetUiState } from '../../support/renderScreen';

beforeEach(async () => {
  openFreshDb();
  resetUiState();
  await seedQuarter();
});

async function openKeyResultsStep(user: UserEvent): Promise<void> {
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name: /^Key results/ }));
}

/** Closes the window as a crash would, and opens the app again on the same database. */
async function restart(): Promise<UserEvent> {
  window.dispatchEvent(new Event('pagehide'));
  cleanup();
  return renderApp().user;
}

describe('the setting wizard’s remembered draft', () => {
  it('brings back a half-typed key result after a restart, still unsaved', async () => {
    let user = renderApp().user;
    await openKeyResultsStep(user);
    await user.click(
      await screen.findByRole('button', { name: 'Edit key result: Cut checkout LCP' }),
    );
    const title = within(screen.getByRole('dialog', { name: 'Edit key result' })).getByLabelText(
      'Key result title',
    );
    await user.clear(title);
    await user.type(title, 'Checkout LCP under 1.5 s');
    await user.type(screen.getByLabelText('Baseline'), '{Backspace}{Backspace}{Backspace}3,4');

    user = await restart();
    const dialog = await screen.findByRole('dialog', { name: 'Edit key result' });
    expect(within(dialog).getByLabelText('Key result title')).toHaveValue(
      'Checkout LCP under 1.5 s',
    );
    expect(within(dialog).getByLabelText('Baseline')).toHaveValue('3,4');
    // Nothing was saved: the key result is as it was, and leaving asks first.
    expect((await getDb().keyResults.toArray()).map((kr) => kr.title)).toEqual([
      'Cut checkout LCP',
    ]);
    await user.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(prompt).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await restart();
    expect(
      await screen.findByRole('listitem', { name: 'Key result: Cut checkout LCP' }),
    ).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('saves the chain and moves on; a half-typed chain survives a restart', async () => {
    let user = renderApp().user;
    const need = await screen.findByLabelText('Business need');
    await user.type(need, 'Grow revenue');
    expect(await screen.findByText('What is typed here is saved when you move on.')).toBeVisible();

    user = await restart();
    expect(await screen.findByLabelText('Business need')).toHaveValue('Grow revenue');
    await user.type(screen.getByLabelText('Engineering lever'), 'Conversion');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(await screen.findByRole('heading', { name: 'Objectives' })).toBeVisible();
    const cycle = (await getDb().cycles.toArray())[0];
    expect(cycle).toMatchObject({ businessNeed: 'Grow revenue', engineeringLever: 'Conversion' });
  });
});
