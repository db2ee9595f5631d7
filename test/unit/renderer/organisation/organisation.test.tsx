import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@shared/ipc/contract';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { createBackup } from '@shared/backup';
import { getDb } from '../../../../renderer/src/db/database';
import { restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { listOwners } from '../../../../renderer/src/db/repositories/levels';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { acmeWorkspace } from '../../../support/organisation';
import { openFreshDb } from '../db/builders';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The Acme workspace (an organisation, a group, three teams in 2027-Q1), restored, and the app open. */
async function openAcme() {
  const acme = acmeWorkspace();
  await restoreBackup(await createBackup(acme.data, '0.0.0-test'), 'replace');
  const { user } = renderApp();
  await screen.findByRole('navigation', { name: 'Organisation' });
  return { acme, user };
}

async function openScreen(user: UserEvent, name: string) {
  const nav = screen.getByRole('navigation', { name: 'Organisation' });
  const button = within(nav).getByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  expect(button).toHaveAttribute('aria-current', 'page');
}

const item = (name: string) => screen.findByRole('treeitem', { name });

describe('the alignment tree', () => {
  it('shows the top level with roll-ups, opens and closes by keyboard, and filters', async () => {
    const { user } = await openAcme();
    await openScreen(user, 'Alignment tree');

    const rely = await item('Customers can rely on us, Organisation: Acme Engineering');
    // Progress (0.4 + 0.8 + 0.0) / 3 and confidence (0.6 + 0.9 + 0.3) / 3 over what aligns below;
    // the group objective has no key results of its own, so it does not count.
    expect(rely).toHaveTextContent(
      'Roll-up of 4 aligned objectives: Progress 40% · Confidence 60%',
    );
    expect(rely).toHaveTextContent('Progress 50% · Confidence 60%');
    const group = await item('Payments never fail, Group: Core Platform');
    expect(group).toHaveTextContent(
      'Roll-up of 2 aligned objectives: Progress 60% · Confidence 75%',
    );
    // Collapsed below the second level: the teams' objectives are not rendered yet.
    expect(screen.queryByRole('treeitem', { name: /^Checkout always works/ })).toBeNull();
    expect(group).toHaveAttribute('aria-expanded', 'false');

    // The keyboard: Down to the group, Right opens it, Down reaches a team's objective.
    rely.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(group).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(group).toHaveAttribute('aria-expanded', 'true');
    const checkout = await item('Checkout always works, Team: Payments');
    await user.keyboard('{ArrowDown}');
    expect(checkout).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(group).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(group).toHaveAttribute('aria-expanded', 'false');

    // Unaligned team objectives are listed apart; the filter shows only them.
    await user.selectOptions(screen.getByLabelText('Show'), 'Unaligned');
    await waitFor(() =>
      expect(screen.getAllByRole('treeitem').map((t) => t.getAttribute('aria-label'))).toEqual([
        null,
        'Pipelines are cheap, Team: Data',
      ]),
    );
    await user.selectOptions(screen.getByLabelText('Show'), 'At risk');
    expect(await item('Refunds are quick, Team: Payments')).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /^Pipelines are cheap/ })).toBeNull();
  });

  it('opens a key result from the tree in its team’s check-ins', async () => {
    const { user } = await openAcme();
    await openScreen(user, 'Alignment tree');
    const kr = await item('Key result: Support tickets about outages');
    kr.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(useUiStore.getState().organisation).toBeNull());
    expect(useUiStore.getState().checkInView).toMatchObject({ kind: 'keyResult' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Acme Engineering');
  });
});

describe('the overview and the dependency map', () => {
  it('counts each team’s risks and jumps to a team in one click', async () => {
    const { user } = await openAcme();
    await openScreen(user, 'Overview');
    const payments = (await screen.findByRole('rowheader', { name: /^Payments/ })).closest('tr')!;
    const cells = within(payments as HTMLElement).getAllByRole('cell');
    // Phase, next check-in, at risk, open blockers, dependencies at risk, must fix.
    expect(cells.map((c) => c.textContent)).toEqual([
      'Check-ins',
      expect.any(String),
      '1',
      '1',
      '1',
      '—',
    ]);
    await user.click(
      within(payments as HTMLElement).getByRole('button', { name: /^Open Payments/ }),
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Payments');
    expect(screen.getByLabelText('Team', { selector: 'select' })).toHaveDisplayValue('Payments');
  });

  it('lists dependencies at risk first, naming who needs what from whom', async () => {
    const { user } = await openAcme();
    await openScreen(user, 'Dependency map');
    const table = await screen.findByRole('table', { name: /Dependencies between teams/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Payments',
      'Search',
    ]);
    expect(rows[0]).toHaveTextContent('Data');
    expect(rows[0]).toHaveTextContent('Blocks “Refunds paid within a day”');
    expect(rows[1]).toHaveTextContent('Cloud vendor (outside)');
  });
});

describe('levels and the command palette', () => {
  it('adds a group and moves a team into it, with undo', async () => {
    const { user, acme } = await openAcme();
    await openScreen(user, 'Levels and teams');
    await user.click(await screen.findByRole('button', { name: 'Add group of teams' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a group of teams' });
    await user.type(within(dialog).getByLabelText('Group name'), 'Insights');
    await user.click(within(dialog).getByRole('button', { name: 'Add group' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const level = await screen.findByLabelText('Level of Data');
    await within(level).findByRole('option', { name: 'Team in Insights' });
    await user.selectOptions(level, 'Team in Insights');
    await waitFor(async () => {
      const data = (await listOwners()).find((o) => o.id === acme.owners.dataTeam.id);
      expect(data?.groupId).not.toBeNull();
    });
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      const data = (await listOwners()).find((o) => o.id === acme.owners.dataTeam.id);
      expect(data?.groupId).toBeNull();
    });
  });

  it('asks first when a move would detach alignments', async () => {
    const { user, acme } = await openAcme();
    await openScreen(user, 'Levels and teams');
    // Core Platform as a plain team: its objective no longer sits above Payments' and Search's.
    await user.selectOptions(
      await screen.findByLabelText('Level of Core Platform'),
      'Team (no group)',
    );
    const ask = await screen.findByRole('alertdialog', { name: 'Move Core Platform?' });
    expect(ask).toHaveTextContent('“Checkout always works”');
    await user.click(within(ask).getByRole('button', { name: 'Keep as it is' }));
    expect((await getDb().objectives.get(acme.objectives.checkout.id))?.parentObjectiveId).toBe(
      acme.objectives.neverFail.id,
    );
  });

  it('jumps to a key result from Ctrl+K', async () => {
    const { user } = await openAcme();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Go to' });
    await user.type(within(palette).getByRole('combobox'), 'refunds paid');
    expect(await within(palette).findByRole('option', { selected: true })).toHaveTextContent(
      'Refunds paid within a day',
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Go to' })).toBeNull());
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Payments');
    expect(useUiStore.getState().checkInView).toMatchObject({ kind: 'keyResult' });
  });
});

describe('a blocker linked to a dependency', () => {
  it('shows the dependency it waits on, and unlinking it takes it off the map', async () => {
    const acme = acmeWorkspace();
    await restoreBackup(await createBackup(acme.data, '0.0.0-test'), 'replace');
    useUiStore.setState({ teamId: acme.owners.payments.id, cycleId: acme.quarters.paymentsQ.id });
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');
    const blockers = await screen.findByRole('region', { name: 'Blockers' });
    const link = await within(blockers).findByRole('combobox', {
      name: 'Dependency blocking Refunds paid within a day',
    });
    expect(link).toHaveDisplayValue('Data: Refund events in the warehouse');

    await user.selectOptions(link, 'No dependency');
    await waitFor(async () => {
      const latest = (await getDb().checkIns.toArray()).find(
        (c) => c.keyResultId === acme.keyResults.refundsKr.id,
      );
      expect(latest?.dependencyId).toBeNull();
    });
    await openScreen(user, 'Dependency map');
    const table = await screen.findByRole('table', { name: /Dependencies between teams/ });
    expect(table).not.toHaveTextContent('Blocks');
  });
});

describe('the department review', () => {
  it('hands the quarter’s review to the host with the tree’s roll-ups', async () => {
    const asked: RequestOf<'export:save-document'>[] = [];
    vi.spyOn(desktopApi(), 'exportSaveDocument').mockImplementation(async (request) => {
      asked.push(request);
      return { ok: true, data: { saved: true, path: '/home/ana/dept.md', printed: false } };
    });
    const { user } = await openAcme();
    await openScreen(user, 'Overview');
    await user.selectOptions(await screen.findByLabelText('Department review format'), 'Markdown');
    await user.click(screen.getByRole('button', { name: 'Export department review' }));
    expect(await screen.findByText('Saved Department-2027-Q1-review.md.')).toBeInTheDocument();
    expect(asked).toHaveLength(1);
    expect(asked[0]?.suggestedName).toBe('Department-2027-Q1-review.md');
    const document = asked[0]?.document;
    expect(document?.kind === 'text' ? document.text : '').toContain(
      'Roll-up of 4 aligned objectives: Progress 40% · Confidence 60%',
    );
  });
});
