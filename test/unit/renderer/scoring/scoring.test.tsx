import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { WEIGHT_MESSAGE } from '@shared/domain/weight';
import { getDb } from '../../../../renderer/src/db/database';
import type { KeyResultInput } from '@shared/domain';
import { addCheckIn, keyResultInput, openFreshDb, seedQuarter } from '../db/builders';
import { setToday } from '../support/clock';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** A quarter in scoring: one objective, a KR from 3.2 s down to 1.5 s. */
async function seedScoring(inputs?: KeyResultInput[]) {
  const { cycle, keyResults } = await seedQuarter({
    phase: 'scoring',
    ...(inputs ? { keyResults: inputs } : {}),
  });
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

  it('asks for the reason of an override in its own row, and saves once there is one', async () => {
    const { kr } = await seedScoring();
    const { user, row } = await openScores();
    const override = within(row).getByLabelText('Override score of Cut checkout LCP');
    // Each choice is named (by its label, as the browser shows it): Computed, then the scores.
    expect(
      within(override)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).label),
    ).toEqual([
      'Computed',
      '0.0',
      '0.1',
      '0.2',
      '0.3',
      '0.4',
      '0.5',
      '0.6',
      '0.7',
      '0.8',
      '0.9',
      '1.0',
    ]);
    await user.selectOptions(override, '0.3');
    // The reason has a row of its own beneath the key result, wide enough to read it whole.
    const reason = await screen.findByRole('textbox', {
      name: /^Reason for overriding Cut checkout LCP/,
    });
    expect(row).not.toContainElement(reason);
    await user.type(reason, '{Enter}');

    // The form validates on submit, which settles after the key press: wait for what it shows.
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription('Say why the score is overridden.'),
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
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(reason).toHaveValue('Measured on the wrong pages');
  });

  it('says why a KR with its numbers only in the title has no score, and fills them on request', async () => {
    const title = 'Cut P1 payment incidents from 8 per quarter to 2';
    const { kr } = await seedScoring([
      keyResultInput(title, { baseline: null, target: null, unit: '', direction: 'decrease' }),
    ]);
    const { user } = renderApp();
    await openPhase(user, 'Scoring');
    const row = await screen.findByRole('row', { name: new RegExp(title) });
    expect(row).toHaveTextContent('scoring reads the fields: fill them from the title');
    // What the fill sets is said before the click.
    expect(row).toHaveTextContent('The title says baseline 8, target 2.');
    await user.click(within(row).getByRole('button', { name: `Fill from the title: ${title}` }));
    await waitFor(async () =>
      expect(await getDb().keyResults.get(kr.id)).toMatchObject({ baseline: 8, target: 2 }),
    );
    await waitFor(() => expect(row).toHaveTextContent('8 → 2'));
    expect(within(row).queryByRole('button', { name: /^Fill from the title/ })).toBeNull();
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
    await user.click(screen.getByRole('button', { name: 'Move the quarter to the retrospective' }));
    expect(
      await screen.findByRole('region', { name: 'Retrospective' }, { timeout: 3000 }),
    ).toBeVisible();
    expect((await getDb().cycles.get(cycle.id))?.phase).toBe('retrospective');
  });
});

describe('the Scoring screen before scoring opens', () => {
  it('says scoring opens at the end of the quarter and shows a provisional reading, no verdict, nothing to type', async () => {
    setToday('2027-02-10');
    const { keyResults } = await seedQuarter({ phase: 'checkins' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    // 3.2 s → 1.5 s, at 2.9 s so far: a reading of 0.2, which as a score would be "Failed".
    await addCheckIn(kr, 2.9);
    const { user } = renderApp();
    await openPhase(user, 'Scoring');

    expect(
      await screen.findByText(
        /^2027-Q1 is still in Check-ins: scoring opens at the end of the quarter \(7 of 13 weeks left\)/,
      ),
    ).toBeVisible();
    const row = await screen.findByRole('row', { name: /Cut checkout LCP/ });
    expect(row).toHaveTextContent('0.2 provisional');
    expect(screen.queryByText(/Failed/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Band distribution' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /move the quarter to the retrospective/i }),
    ).not.toBeInTheDocument();
  });
});
