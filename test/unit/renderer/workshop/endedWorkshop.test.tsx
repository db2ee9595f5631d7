import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endWorkshop, startItem } from '@shared/domain/workshop';
import { App } from '../../../../renderer/src/app/App';
import { changeWorkshop } from '../../../../renderer/src/db/repositories/workshops';
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
});
