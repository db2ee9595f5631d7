import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import {
  getCycleRetro,
  listKeyResultRetros,
} from '../../../../renderer/src/db/repositories/retros';
import { openFreshDb, seedQuarter } from '../db/builders';
import { openPhase, renderApp, resetUiState, toasts } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** A quarter in its retrospective with one key result. */
async function seedRetro() {
  const { cycle, keyResults } = await seedQuarter({ phase: 'retrospective' });
  const [kr] = keyResults;
  if (!kr) throw new Error('The seed has a key result.');
  return { cycle, kr };
}

describe('the retrospective', () => {
  it('answers each key result, then the quarter, then closes it and starts the next', async () => {
    const { cycle, kr } = await seedRetro();
    const { user } = renderApp();
    await openPhase(user, 'Retrospective');

    await user.type(await screen.findByLabelText('What worked?'), 'Image budget');
    await user.type(screen.getByLabelText('What did we learn?'), 'Measure first');
    await user.click(screen.getByRole('checkbox', { name: /^Carry this key result/ }));
    await user.click(screen.getByRole('button', { name: 'Save and next' }));

    const quarter = await screen.findByRole('form', { name: 'The quarter, looking back' });
    expect(screen.getByText('1 of 1 key results answered')).toBeInTheDocument();
    expect(await listKeyResultRetros(cycle.id)).toMatchObject([
      { keyResultId: kr.id, worked: 'Image budget', learned: 'Measure first', carryForward: true },
    ]);

    await user.selectOptions(
      within(quarter).getByLabelText('Calibration of Cut checkout LCP'),
      'too-easy',
    );
    await user.click(within(quarter).getByRole('checkbox', { name: 'Fast checkout' }));
    await user.type(within(quarter).getByLabelText('Notes'), 'A calm quarter');
    await user.click(within(quarter).getByRole('button', { name: 'Save retrospective' }));
    await waitFor(() => expect(toasts()).toHaveTextContent('Retrospective saved.'));
    expect(await getCycleRetro(cycle.id)).toMatchObject({
      calibration: [{ keyResultId: kr.id, verdict: 'too-easy' }],
      objectivesMatteredLess: [expect.any(String)],
      notes: 'A calm quarter',
    });

    await user.click(within(quarter).getByRole('button', { name: 'Close quarter and start next' }));
    await waitFor(() =>
      expect(toasts()).toHaveTextContent(
        '2027-Q2 is ready to set, with 1 carried-forward key result.',
      ),
    );
    expect((await getDb().cycles.get(cycle.id))?.phase).toBe('closed');
    expect(await getDb().keyResults.where('carriedFromKeyResultId').equals(kr.id).count()).toBe(1);
  });

  it('refuses a 20,000-character note with a counter and a sentence, never raw validation output', async () => {
    const { cycle } = await seedRetro();
    const { user } = renderApp();
    await openPhase(user, 'Retrospective');
    await user.click(await screen.findByRole('button', { name: 'Save and next' }));
    const quarter = await screen.findByRole('form', { name: 'The quarter, looking back' });

    const notes = within(quarter).getByLabelText('Notes');
    await user.click(notes);
    await user.paste('x'.repeat(20_000));
    expect(notes).toHaveAccessibleDescription('20,000 / 5,000 characters — 15,000 too many');
    await user.click(within(quarter).getByRole('button', { name: 'Save retrospective' }));

    await waitFor(() =>
      expect(notes).toHaveAccessibleDescription(
        /Keep this to 5,000 characters or fewer \(it has 20,000\)\./,
      ),
    );
    expect(notes).toHaveValue('x'.repeat(20_000));
    expect(document.body).not.toHaveTextContent(/too_big|"origin"|\[\s*\{/);
    expect(await getCycleRetro(cycle.id)).toBeUndefined();
  });
});
