import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import { keyResultInput, openFreshDb, seedQuarter } from '../db/builders';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/**
 * A committed objective in scoring: an override of 0.6, a key result ended at 2.35 s (0.5), and
 * one without a final value or check-in, so not scored.
 */
async function seedPartlyScored() {
  const { keyResults } = await seedQuarter({
    phase: 'scoring',
    keyResults: [
      keyResultInput('Cut checkout LCP'),
      keyResultInput('Cut search LCP'),
      keyResultInput('Cut cart LCP'),
    ],
  });
  const [overridden, measured] = keyResults;
  if (!overridden || !measured) throw new Error('The seed has three key results.');
  await getDb().keyResults.update(overridden.id, {
    scoreOverride: 0.6,
    scoreOverrideReason: 'Measured on the wrong pages',
  });
  await getDb().keyResults.update(measured.id, { finalValue: 2.35 });
}

describe('an objective’s score on the Scoring screen', () => {
  it('says it is from 2 of 3 key results when one is not scored', async () => {
    await seedPartlyScored();
    const { user } = renderApp();
    await openPhase(user, 'Scoring');
    const panel = await screen.findByRole('region', { name: 'Scores of Fast checkout' });
    // (0.6 + 0.5) / 2 = 0.55, which rounds to 0.6.
    expect(within(panel).getByRole('heading', { level: 3 }).parentElement).toHaveTextContent(
      '0.6 Missed (from 2 of 3 key results)',
    );
  });

  it('shows a score in its band’s colour on its row and in the summary, the verdict in words', async () => {
    await seedPartlyScored();
    const { user } = renderApp();
    await openPhase(user, 'Scoring');
    // The override's reason has a row of its own beneath: the score is on the first.
    const [row] = await screen.findAllByRole('row', { name: /Cut checkout LCP/ });
    if (!row) throw new Error('The key result has a row.');
    const chip = within(row).getByTitle('Progress but short (0.4–0.6)');
    expect(chip).toHaveTextContent('0.6');
    // A committed 0.6 is a miss, said in words beside the score, not in a second colour.
    expect(row).toHaveTextContent('0.6 Missed');
    const summary = screen.getByRole('region', { name: 'Band distribution' });
    const short = within(summary).getByText('0.4–0.6').closest('li');
    const colour = [...chip.classList].find((c) => c.startsWith('score--'));
    expect(colour).toBeDefined();
    expect(short).toHaveClass(colour ?? 'none');
  });
});
