import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openFreshDb, seedQuarter } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

describe('opening a phase before the first screen has finished loading', () => {
  it('shows the phase, not an endless "Loading…"', async () => {
    await seedQuarter({});
    const { user } = renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Cycle phases' });
    // At once: the check-ins home's lazily loaded parts are still on their way.
    await user.click(within(nav).getByRole('button', { name: /^Setting/ }));
    expect(
      await screen.findByRole('navigation', { name: 'Setting steps' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
