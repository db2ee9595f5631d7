import { screen, waitFor, within } from '@testing-library/react';
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

/** The wizard's footer: Back, the step's status and Next. */
const footer = () =>
  screen
    .getAllByRole('contentinfo')
    .find((f) => within(f).queryByText(/^Step \d of \d/) !== null) ?? document.body;
const nextButton = () => within(footer()).getByRole('button', { name: 'Next →' });

async function openStep(user: UserEvent, name: RegExp): Promise<void> {
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name }));
}

describe('moving on from a setting step saves what is typed there', () => {
  it('saves the chain on Next, and the footer and the steps read what is typed', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('Business need'), 'Grow revenue');
    // What is left reads the field as typed, and says Next will save it.
    expect(footer()).not.toHaveTextContent('Name the business need this quarter serves.');
    expect(footer()).toHaveTextContent('Name the engineering lever that moves it.');
    expect(footer()).toHaveTextContent('What is typed here is saved when you move on.');
    await user.type(screen.getByLabelText('Engineering lever'), 'Checkout conversion');
    // One way forward: no second primary button on the step.
    expect(screen.queryByRole('button', { name: 'Save and continue' })).not.toBeInTheDocument();

    await user.click(nextButton());
    expect(await screen.findByRole('heading', { name: 'Objectives', level: 3 })).toBeVisible();
    const [cycle] = await getDb().cycles.toArray();
    expect(cycle).toMatchObject({
      businessNeed: 'Grow revenue',
      engineeringLever: 'Checkout conversion',
    });
    const steps = screen.getByRole('navigation', { name: 'Setting steps' });
    const chainStep = within(steps).getByRole('button', { name: /^The chain/ });
    await waitFor(() => expect(chainStep).not.toHaveTextContent(/to do/));
  });

  it('stays on the chain with the reason when what is typed cannot be saved', async () => {
    const { user } = renderApp();
    const need = await screen.findByLabelText('Business need');
    await user.click(need);
    await user.paste('x'.repeat(5_000));
    await user.click(nextButton());
    expect(await screen.findByText(/Not moved on: correct the marked field/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'The chain', level: 3 })).toBeVisible();
    expect(need).toHaveAccessibleDescription(/.+/);
    const [cycle] = await getDb().cycles.toArray();
    expect(cycle?.businessNeed ?? '').toBe('');
  });

  it('adds a dependency typed in full when the stepper moves on', async () => {
    const { user } = renderApp();
    await openStep(user, /^Dependencies/);
    const form = await screen.findByRole('form', { name: 'Add a dependency' });
    const team =
      within(form).queryByLabelText('Team outside this workspace') ??
      within(form).getByLabelText('Other team');
    await user.type(team, 'Identity');
    await user.type(within(form).getByLabelText('What is needed'), 'SSO for the new checkout');
    await user.click(nextButton());
    expect(await screen.findByRole('heading', { name: 'Review', level: 3 })).toBeVisible();
    await waitFor(async () =>
      expect((await getDb().dependencies.toArray()).map((d) => d.need)).toEqual([
        'SSO for the new checkout',
      ]),
    );
  });
});
