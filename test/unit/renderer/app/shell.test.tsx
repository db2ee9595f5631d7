import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { keyResultInput, openFreshDb, quarterInput, seedQuarter, teamInput } from '../db/builders';
import { renderApp as renderShell, resetUiState } from '../support/renderScreen';

// Whole journeys through a jsdom window with role queries: slower than the 5 s default allows.

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

function renderApp(): UserEvent {
  return renderShell().user;
}

/** A team with quarter 2027-Q1, one objective and one key result, written before the app opens. */
async function seedKeyResult() {
  await seedQuarter({
    keyResults: [keyResultInput('Cut checkout LCP', { baseline: 8, target: 2, unit: '' })],
  });
}

const emptyState = (title: string) => screen.findByRole('region', { name: title });

/** Moves the setting wizard to a step through its stepper, as a person would. */
async function goToStep(user: UserEvent, label: 'Objectives' | 'Key results') {
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  const button = within(steps).getByRole('button', { name: new RegExp(`^${label}`) });
  await user.click(button);
  expect(button).toHaveAttribute('aria-current', 'step');
}

describe('the shell, from an empty database to a key result', () => {
  it('creates a team, a quarter, an objective and a key result, validating each form', async () => {
    const user = renderApp();

    const welcome = await emptyState('Welcome to Quarterdeck');
    await user.click(within(welcome).getByRole('button', { name: 'New team' }));
    let dialog = await screen.findByRole('dialog', { name: 'New team' });
    expect(within(dialog).getByLabelText('Team name')).toHaveFocus();
    const fn = within(dialog).getByLabelText('Engineering function');

    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Team name is required');
    expect(within(dialog).getByLabelText('Team name')).toHaveAttribute('aria-invalid', 'true');
    expect(await getDb().teams.count()).toBe(0);

    await user.type(within(dialog).getByLabelText('Team name'), 'Payments Platform');
    await user.selectOptions(fn, 'Product engineering');
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    const noQuarters = await emptyState('Payments Platform has no quarters yet');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(/Product engineering/)).toBeInTheDocument();

    await user.click(within(noQuarters).getByRole('button', { name: 'New quarter' }));
    dialog = await screen.findByRole('dialog', { name: 'New quarter' });
    const label = within(dialog).getByLabelText('Quarter label');
    await user.clear(label);
    await user.type(label, '2027-Q1');
    expect(within(dialog).getByLabelText('Start date')).toHaveValue('2027-01-01');
    expect(within(dialog).getByLabelText('End date')).toHaveValue('2027-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Create quarter' }));

    // The header names the new quarter once the live query has it.
    const header = screen.getByRole('heading', { level: 1 });
    await waitFor(() => expect(header).toHaveTextContent('Payments Platform · 2027-Q1'));
    expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveDisplayValue('2027-Q1');

    await goToStep(user, 'Objectives');
    const noObjectives = await emptyState('No objectives yet');
    await user.click(within(noObjectives).getByRole('button', { name: 'Add objective' }));
    dialog = await screen.findByRole('dialog', { name: 'Add objective' });
    await user.type(within(dialog).getByLabelText('Objective title'), 'Fast checkout');
    await user.click(within(dialog).getByRole('button', { name: 'Save objective' }));
    expect(await screen.findByRole('article', { name: 'Objective: Fast checkout' })).toBeVisible();

    await goToStep(user, 'Key results');
    const objective = await screen.findByRole('article', { name: 'Objective: Fast checkout' });
    await user.click(
      within(objective).getByRole('button', { name: 'Add key result to Fast checkout' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Add key result' });
    await user.type(within(dialog).getByLabelText('Key result title'), 'Cut checkout LCP');
    const baseline = within(dialog).getByLabelText('Baseline');
    await user.type(baseline, 'abc');
    await user.type(within(dialog).getByLabelText('Target'), '2');
    await user.selectOptions(within(dialog).getByLabelText('Direction'), 'Decrease');
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    await waitFor(() => expect(baseline).toHaveAccessibleDescription(/"abc" is not a number/));
    expect(baseline).toHaveAttribute('aria-invalid', 'true');
    expect(await getDb().keyResults.count()).toBe(0);

    await user.clear(baseline);
    await user.type(baseline, '8');
    await user.click(within(dialog).getByRole('button', { name: 'Save key result' }));
    const kr = await within(objective).findByRole('listitem', {
      name: 'Key result: Cut checkout LCP',
    });
    expect(kr).toHaveTextContent('8 → 2 (decrease)');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await getDb().keyResults.count()).toBe(1);
  });

  it('shows the quarter-label clash from the database in the dialog', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await createCycle(team.id, quarterInput());
    const user = renderApp();

    await user.click(await screen.findByRole('button', { name: 'New quarter' }));
    const dialog = await screen.findByRole('dialog', { name: 'New quarter' });
    await user.clear(within(dialog).getByLabelText('Quarter label'));
    await user.type(within(dialog).getByLabelText('Quarter label'), '2027-Q1');
    await user.click(within(dialog).getByRole('button', { name: 'Create quarter' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This team already has a quarter called 2027-Q1.',
    );
    expect(await getDb().cycles.count()).toBe(1);
  });
});

describe('deleting with undo', () => {
  it('deletes a key result at once and brings it back from the toast', async () => {
    await seedKeyResult();
    const user = renderApp();
    await goToStep(user, 'Key results');
    const name = 'Key result: Cut checkout LCP';
    const row = await screen.findByRole('listitem', { name });

    await user.click(
      within(row).getByRole('button', { name: 'Delete key result: Cut checkout LCP' }),
    );
    await waitFor(() => expect(screen.queryByRole('listitem', { name })).not.toBeInTheDocument());
    const toasts = screen.getByRole('status');
    expect(toasts).toHaveTextContent('Key result “Cut checkout LCP” deleted.');

    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    const restored = await screen.findByRole('listitem', { name });
    expect(restored).toHaveTextContent('8 → 2 (decrease)');
    expect(toasts).toHaveTextContent('Key result “Cut checkout LCP” restored.');
    expect(within(toasts).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('says what went with a deleted objective, and brings all of it back', async () => {
    await seedQuarter({
      keyResults: [keyResultInput('Cut checkout LCP'), keyResultInput('Raise conversion')],
    });
    const user = renderApp();
    await goToStep(user, 'Objectives');
    await user.click(
      await screen.findByRole('button', { name: /^Delete objective.*Fast checkout/ }),
    );
    const toasts = screen.getByRole('status');
    expect(
      await within(toasts).findByText('Objective “Fast checkout” and its 2 key results deleted.'),
    ).toBeVisible();
    expect(await getDb().keyResults.count()).toBe(0);

    await user.click(within(toasts).getByRole('button', { name: 'Undo' }));
    expect(
      await within(toasts).findByText('Objective “Fast checkout” and its 2 key results restored.'),
    ).toBeVisible();
    expect(await getDb().keyResults.count()).toBe(2);
  });

  it('undoes with Ctrl+Z, but not while the focus is in a text field', async () => {
    await seedKeyResult();
    const user = renderApp();
    await goToStep(user, 'Key results');
    const name = 'Key result: Cut checkout LCP';
    const row = await screen.findByRole('listitem', { name });
    await user.click(
      within(row).getByRole('button', { name: 'Delete key result: Cut checkout LCP' }),
    );
    await waitFor(() => expect(screen.queryByRole('listitem', { name })).not.toBeInTheDocument());

    // In a text field Ctrl+Z belongs to the field.
    await user.click(screen.getByRole('button', { name: 'Edit objective: Fast checkout' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit objective' });
    await user.type(within(dialog).getByLabelText('Objective title'), ' soon');
    await user.keyboard('{Control>}z{/Control}');
    // The Undo is still offered: behind the dialog, which it was shown before.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(await getDb().keyResults.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(prompt).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('listitem', { name })).toBeInTheDocument();
    expect(await getDb().keyResults.count()).toBe(1);
  });
});

describe('phase navigation', () => {
  it('is disabled until there is a quarter', async () => {
    renderApp();
    await emptyState('Welcome to Quarterdeck');
    const nav = screen.getByRole('navigation', { name: 'Cycle phases' });
    for (const button of within(nav).getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('says what scoring and the retrospective will hold, and leads a brand-new quarter to its objectives', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    const cycle = await createCycle(team.id, quarterInput());
    const user = renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Cycle phases' });
    expect(await screen.findByRole('navigation', { name: 'Setting steps' })).toBeVisible();

    await user.click(within(nav).getByRole('button', { name: /^Check-ins/ }));
    expect(
      await screen.findByRole('heading', { name: 'No key results to check in on', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/has no objectives yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to objectives' })).toBeInTheDocument();

    for (const [label, name] of [
      ['Scoring', 'Scoring'],
      ['Retrospective', 'The retrospective'],
    ] as const) {
      const button = within(nav).getByRole('button', { name: new RegExp(`^${label}`) });
      await user.click(button);
      expect(button).toHaveAttribute('aria-current', 'page');
      expect(
        await screen.findByRole('heading', { name: `${name} comes later in ${cycle.label}` }),
      ).toBeInTheDocument();
      expect(await screen.findByText(/has no objectives yet/)).toBeInTheDocument();
      expect(screen.queryByRole('navigation', { name: 'Setting steps' })).not.toBeInTheDocument();
    }

    // Nothing to review yet: the way on is the objectives step, not a review of nothing.
    await user.click(screen.getByRole('button', { name: 'Go to objectives' }));
    expect(await screen.findByRole('navigation', { name: 'Setting steps' })).toBeVisible();
    expect(await screen.findByText(/^Step 2 of 5: Objectives/)).toBeInTheDocument();

    // The review of a plan not written yet says so, and leads back to what is missing.
    const steps = screen.getByRole('navigation', { name: 'Setting steps' });
    await user.click(within(steps).getByRole('button', { name: /^Review/ }));
    expect(
      await screen.findByText('Nothing to review yet: the plan has no objectives.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/nothing to flag/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to objectives' }));
    expect(await screen.findByText(/^Step 2 of 5: Objectives/)).toBeInTheDocument();
  });

  it('leads a written plan still in Setting to the review, where the quarter starts', async () => {
    const { cycle } = await seedQuarter();
    const user = renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Cycle phases' });
    expect(await screen.findByRole('navigation', { name: 'Setting steps' })).toBeVisible();
    await user.click(within(nav).getByRole('button', { name: /^Scoring/ }));
    expect(
      await screen.findByRole('heading', { name: `Scoring comes later in ${cycle.label}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/start the quarter first/)).toBeInTheDocument();

    await user.click(
      await screen.findByRole('button', { name: 'Go to the review and start the quarter' }),
    );
    expect(await screen.findByText(/^Step 5 of 5: Review/)).toBeInTheDocument();
  });
});

describe('keyboard access to the shell', () => {
  it('offers "Skip to content" as the first Tab stop, and it moves the keyboard past the sidebar', async () => {
    await seedKeyResult();
    const user = renderApp();
    await screen.findByRole('main');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('');
  });
});
