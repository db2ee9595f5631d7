import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { WEIGHT_MESSAGE } from '@shared/domain/weight';
import { getDb } from '../../../../renderer/src/db/database';
import { openFreshDb, seedQuarter } from '../db/builders';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** A quarter in scoring: one objective, a KR from 3.2 s down to 1.5 s. */
async function seedScoring() {
  const { cycle, keyResults } = await seedQuarter({ phase: 'scoring' });
  const [kr] = keyResults;
  if (!kr) throw new Error('The seed has a key result.');
  return { cycle, kr };
}

async function openScores() {
  const { user } = renderApp();
  await openPhase(user, 'Scoring');
  const row = await screen.findByRole('row', { name: /Cut checkout LCP/ });
  return { user, row };
}

describe('scoring a key result', () => {
  it('scores from the final value typed, saved when the field is left', async () => {
    const { kr } = await seedScoring();
    const { user, row } = await openScores();
    const finalValue = within(row).getByLabelText('Final value of Cut checkout LCP');
    await user.type(finalValue, '2,35');
    await user.tab();

    await waitFor(() => expect(row).toHaveTextContent('0.5'));
    expect((await getDb().keyResults.get(kr.id))?.finalValue).toBe(2.35);
  });

  it('asks for the reason of an override next to the row, and saves once there is one', async () => {
    const { kr } = await seedScoring();
    const { user, row } = await openScores();
    await user.selectOptions(
      within(row).getByLabelText('Override score of Cut checkout LCP'),
      '0.3',
    );
    const reason = within(row).getByLabelText('Reason for overriding Cut checkout LCP');
    await user.type(reason, '{Enter}');

    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Say why the score is overridden.',
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect((await getDb().keyResults.get(kr.id))?.scoreOverride).toBeNull();

    await user.type(reason, 'Measured on the wrong pages{Enter}');
    await waitFor(async () =>
      expect(await getDb().keyResults.get(kr.id)).toMatchObject({
        scoreOverride: 0.3,
        scoreOverrideReason: 'Measured on the wrong pages',
      }),
    );
    expect(within(row).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a weight out of range with the weight rule’s own words', async () => {
    const { kr } = await seedScoring();
    const { user, row } = await openScores();
    const weight = within(row).getByLabelText('Weight of Cut checkout LCP');
    await user.clear(weight);
    await user.type(weight, '0{Enter}');
    expect(await within(row).findByRole('alert')).toHaveTextContent(WEIGHT_MESSAGE);

    await user.clear(weight);
    await user.type(weight, '2{Enter}');
    await waitFor(async () => expect((await getDb().keyResults.get(kr.id))?.weight).toBe(2));
  });

  it('moves the quarter on to its retrospective', async () => {
    const { cycle } = await seedScoring();
    const { user } = await openScores();
    await user.click(screen.getByRole('button', { name: 'Go to the retrospective' }));
    expect(
      await screen.findByRole('region', { name: 'Retrospective' }, { timeout: 3000 }),
    ).toBeVisible();
    expect((await getDb().cycles.get(cycle.id))?.phase).toBe('retrospective');
  });
});
