import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '@shared/backup';
import { getDb } from '../../../../renderer/src/db/database';
import { restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { acmeWorkspace } from '../../../support/organisation';
import { openFreshDb } from '../db/builders';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

const NOT_ALIGNED = 'This objective links to no parent objective, though parent objectives exist.';

/** The Acme workspace restored, the app open on one owner's 2027-Q1 in Setting at `step`. */
async function openSetting(owner: 'acme' | 'payments' | 'dataTeam', step: string) {
  const acme = acmeWorkspace();
  // Setting is where a plan is edited: every quarter of the fixture starts there.
  for (const cycle of acme.data.cycles) cycle.phase = 'setting';
  await restoreBackup(await createBackup(acme.data, '0.0.0-test'), 'replace');
  const team = acme.owners[owner];
  const cycle = acme.data.cycles.find((c) => c.teamId === team.id)!;
  useUiStore.setState({ teamId: team.id, cycleId: cycle.id });
  const { user } = renderApp();
  await openPhase(user, 'Setting');
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name: new RegExp(`^${step}`) }));
  return { acme, user };
}

async function editObjective(user: UserEvent, title: string) {
  await user.click(await screen.findByRole('button', { name: `Edit objective: ${title}` }));
  return screen.findByRole('dialog', { name: 'Edit objective' });
}

describe('aligning an objective', () => {
  it('offers the higher levels’ objectives grouped by owner, each naming its owner', async () => {
    const { user, acme } = await openSetting('payments', 'Objectives');
    const dialog = await editObjective(user, 'Refunds are quick');
    const picker = within(dialog).getByLabelText('Parent objective');
    const groups = within(picker).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Organisation: Acme Engineering',
      'Group: Core Platform',
    ]);
    expect(
      within(groups[1]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Payments never fail — Core Platform']);
    await user.selectOptions(picker, 'Payments never fail — Core Platform');
    await user.click(within(dialog).getByRole('button', { name: 'Save objective' }));
    await waitFor(async () =>
      expect((await getDb().objectives.get(acme.objectives.refunds.id))?.parentObjectiveId).toBe(
        acme.objectives.neverFail.id,
      ),
    );
    expect(
      await screen.findByText('Aligned to “Payments never fail” (Core Platform)'),
    ).toBeInTheDocument();
  });

  it('flags a team objective aligned to nothing when higher levels have objectives', async () => {
    await openSetting('dataTeam', 'Objectives');
    const cheap = await screen.findByRole('article', { name: 'Objective: Pipelines are cheap' });
    expect(await within(cheap).findByText(NOT_ALIGNED)).toBeInTheDocument();
  });

  it('does not flag the organisation’s own objectives as unaligned', async () => {
    const { user } = await openSetting('acme', 'Objectives');
    const rely = await screen.findByRole('article', {
      name: 'Objective: Customers can rely on us',
    });
    expect(within(rely).queryByText(NOT_ALIGNED)).toBeNull();
    expect(within(rely).queryByText('Not aligned to a parent objective')).toBeNull();
    // And the editor offers no parent at the top.
    const dialog = await editObjective(user, 'Customers can rely on us');
    expect(within(dialog).queryByLabelText('Parent objective')).toBeNull();
  });
});

describe('a dependency on another team', () => {
  it('names a workspace team chosen from the picker, or one typed from outside', async () => {
    const { user, acme } = await openSetting('payments', 'Dependencies');
    const form = await screen.findByRole('form', { name: 'Add a dependency' });
    // The picker appears once the workspace's teams have loaded.
    const picker = await within(form).findByRole('combobox', { name: 'Other team' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'A team outside this workspace…',
      'Organisation: Acme Engineering',
      'Group: Core Platform',
      'Team: Data',
      'Team: Search',
    ]);
    await user.selectOptions(picker, 'Team: Search');
    expect(within(form).queryByLabelText('Team outside this workspace')).toBeNull();
    await user.type(within(form).getByLabelText('What is needed'), 'Search the refund ledger');
    await user.click(within(form).getByRole('button', { name: 'Add dependency' }));
    await waitFor(async () => {
      const saved = (await getDb().dependencies.toArray()).find(
        (d) => d.need === 'Search the refund ledger',
      );
      expect(saved).toMatchObject({ teamId: acme.owners.search.id, team: 'Search' });
    });

    // Changing its status keeps the team it names.
    const table = await screen.findByRole('table');
    await user.selectOptions(
      within(table).getAllByLabelText('Status of dependency on Search').at(-1)!,
      'At risk',
    );
    await waitFor(async () => {
      const saved = (await getDb().dependencies.toArray()).find(
        (d) => d.need === 'Search the refund ledger',
      );
      expect(saved).toMatchObject({ status: 'at-risk', teamId: acme.owners.search.id });
    });

    await user.selectOptions(
      within(form).getByLabelText('Other team'),
      'A team outside this workspace…',
    );
    await user.type(within(form).getByLabelText('Team outside this workspace'), 'Cloud vendor');
    await user.type(within(form).getByLabelText('What is needed'), 'More quota');
    await user.click(within(form).getByRole('button', { name: 'Add dependency' }));
    await waitFor(async () => {
      const saved = (await getDb().dependencies.toArray()).find((d) => d.need === 'More quota');
      expect(saved).toMatchObject({ teamId: null, team: 'Cloud vendor' });
    });
  });
});
