import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endWorkshop, startItem } from '@shared/domain/workshop';
import { App } from '../../../../renderer/src/app/App';
import { changeWorkshop, getWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { useWorkshopUi } from '../../../../renderer/src/state/workshopUiStore';
import { openFreshDb, seedWorkshop } from '../db/builders';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  openFreshDb();
  useUiStore.setState(useUiStore.getInitialState());
  useWorkshopUi.setState(useWorkshopUi.getInitialState());
});

describe('a workshop that has ended', () => {
  it('says which agenda items were never reached, not that they are still to come', async () => {
    const { cycle, workshop } = await seedWorkshop();
    const [first, second] = workshop.agenda;
    if (!first || !second) throw new Error('The proposed agenda has items.');
    const now = Date.parse('2027-01-10T09:00:00Z');
    await changeWorkshop(workshop.id, (w) =>
      endWorkshop(startItem(w, first.id, { now, at: new Date(now).toISOString() }), {
        now: now + 60_000,
        at: new Date(now + 60_000).toISOString(),
      }),
    );
    useWorkshopUi.getState().openWorkshop(cycle.id, workshop.id);
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    render(<App queryClient={queryClient} />);

    const agenda = await screen.findByRole('region', { name: /^Agenda/ });
    const done = within(agenda).getByRole('listitem', { name: `Agenda item: ${first.title}` });
    const never = within(agenda).getByRole('listitem', { name: `Agenda item: ${second.title}` });
    expect(done).toHaveTextContent(/· Done/);
    expect(never).toHaveTextContent(/· Not reached/);
    expect(agenda).not.toHaveTextContent('To come');
  });

  it('reads as a record: no agenda edits, moves or additions, until it is reopened (with undo)', async () => {
    const { cycle, workshop } = await seedWorkshop();
    const [first] = workshop.agenda;
    if (!first) throw new Error('The proposed agenda has items.');
    const now = Date.parse('2027-01-10T09:00:00Z');
    await changeWorkshop(workshop.id, (w) =>
      endWorkshop(startItem(w, first.id, { now, at: new Date(now).toISOString() }), {
        now: now + 60_000,
        at: new Date(now + 60_000).toISOString(),
      }),
    );
    useWorkshopUi.getState().openWorkshop(cycle.id, workshop.id);
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    render(<App queryClient={queryClient} />);
    const user = userEvent.setup({ delay: null });

    const agenda = await screen.findByRole('region', { name: /^Agenda/ });
    const banner = screen.getByRole('note');
    expect(banner).toHaveTextContent('This workshop has ended');
    expect(within(agenda).queryByRole('button', { name: /^(Edit|Move|Start) / })).toBeNull();
    expect(within(agenda).queryByRole('button', { name: 'Add agenda item' })).toBeNull();
    for (const b of screen.getAllByRole('button', { name: 'Export summary…' }))
      expect(b).toBeEnabled();

    await user.click(within(banner).getByRole('button', { name: 'Reopen workshop' }));
    expect(await within(agenda).findByRole('button', { name: 'Add agenda item' })).toBeEnabled();
    expect(within(agenda).getByRole('button', { name: `Edit ${first.title}` })).toBeEnabled();
    expect((await getWorkshop(workshop.id))?.status).toBe('running');

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('note')).toHaveTextContent('This workshop has ended');
    const undone = await getWorkshop(workshop.id);
    expect(undone?.status).toBe('ended');
    expect(undone?.endedAt).toBe(new Date(now + 60_000).toISOString());
  });
});
