import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { phaseMoveMessage } from '@shared/domain/phaseMoves';
import { getDb } from '../../../../renderer/src/db/database';
import { openFreshDb, seedQuarter } from '../db/builders';
import { setToday } from '../support/clock';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

describe('buttons that move the quarter to another phase', () => {
  it('say that they move the quarter, in the banner and the Quarter menu alike, and the move says so after', async () => {
    setToday('2027-03-25');
    const { cycle } = await seedQuarter({ phase: 'checkins' });
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');

    const move = await screen.findByRole('button', {
      name: 'Move the quarter to scoring (6 days left)',
    });
    await user.click(screen.getByRole('button', { name: 'Quarter' }));
    expect(screen.getByRole('menuitem', { name: 'Move the quarter to scoring' })).toBeVisible();
    expect(
      screen.getByRole('menuitem', { name: 'Move the quarter back to setting' }),
    ).toBeVisible();
    await user.keyboard('{Escape}');

    await user.click(move);
    expect(await screen.findByText(phaseMoveMessage(cycle, 'scoring', '2027-03-25'))).toBeVisible();
    expect((await getDb().cycles.get(cycle.id))?.phase).toBe('scoring');
    expect(
      await screen.findByRole('button', { name: 'Move the quarter to the retrospective' }),
    ).toBeVisible();
    // The button went with its phase: focus is on the heading of the screen the quarter moved to.
    expect(screen.getByRole('heading', { name: 'Scoring', level: 2 })).toHaveFocus();
  });
});
