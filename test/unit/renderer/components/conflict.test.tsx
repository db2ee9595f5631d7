import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '@shared/domain';
import { getDb } from '../../../../renderer/src/db/database';
import {
  deleteKeyResult,
  updateKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import { saveKeyResultRetro } from '../../../../renderer/src/db/repositories/retros';
import { updateScoring } from '../../../../renderer/src/db/repositories/scoring';
import { keyResultInput, openFreshDb, seedQuarter } from '../db/builders';
import { openPhase, renderApp, resetUiState, toasts } from '../support/renderScreen';

/*
 * Another window is the same database written by someone else: here the repositories are called
 * directly while the form is open, as the other window's save would, and the form finds out
 * through its live query like it does in the app.
 */

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

const CONFLICT_TITLE = 'Key result changed in another window';

async function openKeyResultEditor(user: UserEvent): Promise<HTMLElement> {
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name: /^Key results/ }));
  await user.click(
    await screen.findByRole('button', { name: 'Edit key result: Cut checkout LCP' }),
  );
  return screen.getByRole('dialog', { name: 'Edit key result' });
}

/** The other window saves the key result with `patch` on top of what it has now. */
async function saveElsewhere(kr: KeyResult, patch: Parameters<typeof keyResultInput>[1]) {
  await updateKeyResult(kr.id, keyResultInput(kr.title, patch));
}

async function seedOneKeyResult(): Promise<KeyResult> {
  const { keyResults } = await seedQuarter();
  const [kr] = keyResults;
  if (!kr) throw new Error('The seed has a key result.');
  return kr;
}

async function retype(user: UserEvent, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.type(field, value);
}

describe('a form whose record changes in another window', () => {
  it('shows the new version at once when nothing was typed, and says what changed', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);

    await saveElsewhere(kr, { owner: 'Ben', target: 1.2 });

    await within(dialog).findByText(
      'This key result was changed in another window: target and owner. The form now shows the new version.',
    );
    expect(within(dialog).getByLabelText('Owner', { exact: true })).toHaveValue('Ben');
    // The form is on the new version: saving it changes nothing and asks nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({ owner: 'Ben', target: 1.2 });
  });

  it('keeps what was typed, says so, and on saving merges both sides’ changes', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Key result title'), 'Checkout LCP to 1.5 s');

    // A changes the owner meanwhile; B (this form) changed the title.
    await saveElsewhere(kr, { owner: 'Ben' });
    await within(dialog).findByText(
      'This key result was changed in another window: owner. Your edits are kept; saving will ask what to keep.',
    );
    expect(within(dialog).getByLabelText('Key result title')).toHaveValue('Checkout LCP to 1.5 s');

    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    const rows = within(conflict).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'TitleChanged hereCheckout LCP to 1.5 sCut checkout LCP',
      'OwnerChanged thereAnaBen',
    ]);
    // Nothing was written by the stale save.
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({ title: kr.title, revision: 1 });

    await user.click(within(conflict).getByRole('button', { name: 'Save merged' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({
      title: 'Checkout LCP to 1.5 s',
      owner: 'Ben',
      revision: 2,
    });
  });

  it('lets the person pick a side where both changed the same field', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Owner', { exact: true }), 'Cleo');
    await retype(user, within(dialog).getByLabelText('Metric'), 'p90 LCP');

    await saveElsewhere(kr, { owner: 'Ben', unit: 'ms' });
    await within(dialog).findByText(/changed in another window: unit and owner/);
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });

    // Mine is the default for a field both changed; the person takes theirs for the owner.
    const mine = within(conflict).getByRole('radio', { name: 'Keep your owner' });
    const theirs = within(conflict).getByRole('radio', { name: 'Take their owner' });
    expect(mine).toBeChecked();
    // It opens on the first choice to make, not on a button that writes.
    await waitFor(() => expect(mine).toHaveFocus());
    await user.click(theirs);
    expect(theirs).toBeChecked();
    await user.click(within(conflict).getByRole('button', { name: 'Save merged' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({
      metric: 'p90 LCP',
      unit: 'ms',
      owner: 'Ben',
    });
  });

  it('keeps mine: every field as typed here, over the other window’s version', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Owner', { exact: true }), 'Cleo');

    await saveElsewhere(kr, { owner: 'Ben', measuredBy: 'Synthetic probes' });
    await within(dialog).findByText(/Your edits are kept/);
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({
      owner: 'Cleo',
      measuredBy: 'Real-user monitoring',
      revision: 2,
    });
  });

  it('takes theirs: drops the edits, shows the saved version and writes nothing', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Owner', { exact: true }), 'Cleo');

    await saveElsewhere(kr, { owner: 'Ben' });
    await within(dialog).findByText(/Your edits are kept/);
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    await user.click(within(conflict).getByRole('button', { name: 'Take theirs' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: CONFLICT_TITLE })).not.toBeInTheDocument(),
    );
    expect(within(dialog).getByLabelText('Owner', { exact: true })).toHaveValue('Ben');
    expect(within(dialog).getByText(/Showing the key result as saved in the other window/));
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({ owner: 'Ben', revision: 1 });
    // Nothing left unsaved: closing does not ask.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('goes back to editing without saving, and asks again on the next save', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Owner', { exact: true }), 'Cleo');
    await saveElsewhere(kr, { owner: 'Ben' });
    await within(dialog).findByText(/Your edits are kept/);

    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    let conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    await user.click(within(conflict).getByRole('button', { name: 'Back to editing' }));
    await waitFor(() => expect(conflict).not.toBeInTheDocument());
    expect(within(dialog).getByLabelText('Owner', { exact: true })).toHaveValue('Cleo');
    // Back in the field the question was about, not on the Save button.
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Owner', { exact: true })).toHaveFocus(),
    );
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({ owner: 'Ben' });

    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    expect(within(conflict).getByRole('radio', { name: 'Keep your owner' })).toBeChecked();
  });

  it('closes with a sentence when the record is deleted in another window', async () => {
    const kr = await seedOneKeyResult();
    const { user } = renderApp();
    const dialog = await openKeyResultEditor(user);
    await retype(user, within(dialog).getByLabelText('Owner', { exact: true }), 'Cleo');

    await deleteKeyResult(kr.id);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    // The toast follows the dialog's closing by a render: waited for, as a person would.
    await waitFor(() =>
      expect(toasts()).toHaveTextContent(
        'The key result being edited has been deleted elsewhere; the edits were not saved.',
      ),
    );
  });

  it('asks about retrospective answers first saved in another window', async () => {
    const { keyResults } = await seedQuarter({ phase: 'retrospective' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const { user } = renderApp();
    await openPhase(user, 'Retrospective');
    await user.type(await screen.findByLabelText('What worked?'), 'Image budget');

    await saveKeyResultRetro(kr.id, {
      worked: '',
      didNotWork: 'Third-party scripts',
      learned: '',
      carryForward: false,
    });
    await screen.findByText(
      'This retrospective answer was changed in another window: what did not work. Your edits are kept; saving will ask what to keep.',
    );
    await user.click(screen.getByRole('button', { name: 'Save and next' }));
    const conflict = await screen.findByRole('dialog', {
      name: 'Retrospective answer changed in another window',
    });
    await user.click(within(conflict).getByRole('button', { name: 'Save merged' }));

    await screen.findByRole('form', { name: 'The quarter, looking back' });
    expect(await getDb().keyResultRetros.where('keyResultId').equals(kr.id).first()).toMatchObject({
      worked: 'Image budget',
      didNotWork: 'Third-party scripts',
      revision: 1,
    });
  });
});

describe('a scoring row whose key result is scored in another window', () => {
  it('says so while a value typed here is unsaved, and asks on leaving the field', async () => {
    const { keyResults } = await seedQuarter({ phase: 'scoring' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const { user } = renderApp();
    await openPhase(user, 'Scoring');
    const row = await screen.findByRole('row', { name: /Cut checkout LCP/ });
    const finalValue = within(row).getByLabelText('Final value of Cut checkout LCP');
    await user.type(finalValue, '2');

    await updateScoring(kr.id, { finalValue: 2.5 });
    await within(row).findByText(
      'This key result was changed in another window: final value. Your edits are kept; saving will ask what to keep.',
    );
    await user.tab();
    const conflict = await screen.findByRole('dialog', { name: CONFLICT_TITLE });
    await user.click(within(conflict).getByRole('radio', { name: 'Take their final value' }));
    await user.click(within(conflict).getByRole('button', { name: 'Save merged' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(finalValue).toHaveValue('2.5');
    expect(await getDb().keyResults.get(kr.id)).toMatchObject({ finalValue: 2.5, revision: 2 });
  });
});
