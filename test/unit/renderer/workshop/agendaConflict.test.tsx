import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { versionOf } from '@shared/domain/revisions';
import { agendaItemVersion } from '@shared/domain/workshop';
import { App } from '../../../../renderer/src/app/App';
import { getDb } from '../../../../renderer/src/db/database';
import { editAgendaItem } from '../../../../renderer/src/db/repositories/workshops';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { useWorkshopUi } from '../../../../renderer/src/state/workshopUiStore';
import { openFreshDb, seedWorkshop } from '../db/builders';

/*
 * Another window is the same database written by someone else: the repository is called
 * directly while the agenda item's form is open, as the other window's save would.
 */

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  openFreshDb();
  useUiStore.setState(useUiStore.getInitialState());
  useWorkshopUi.setState(useWorkshopUi.getInitialState());
});

describe('an agenda item edited in two windows', () => {
  it('asks what to keep instead of overwriting the other window’s edit', async () => {
    const { cycle, workshop } = await seedWorkshop();
    const [item] = workshop.agenda;
    if (!item) throw new Error('The proposed agenda has items.');
    useWorkshopUi.getState().openWorkshop(cycle.id, workshop.id);
    const user = userEvent.setup({ delay: null });
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    render(<App queryClient={queryClient} />);

    await user.click(await screen.findByRole('button', { name: `Edit ${item.title}` }));
    const form = screen.getByRole('form', { name: `Edit agenda item ${item.title}` });
    const title = within(form).getByLabelText('Item title');
    await user.clear(title);
    await user.type(title, 'Here');

    // The other window saves its own title for the same item meanwhile.
    const opened = versionOf(agendaItemVersion(workshop, item));
    await editAgendaItem(workshop.id, item.id, { ...item, title: 'There' }, opened);
    await within(form).findByText(/This agenda item was changed in another window: title\./);

    await user.click(within(form).getByRole('button', { name: 'Save item' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Agenda item changed in another window',
    });
    expect((await getDb().workshops.get(workshop.id))?.agenda[0]?.title).toBe('There');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect((await getDb().workshops.get(workshop.id))?.agenda[0]).toMatchObject({
        title: 'Here',
        revision: 2,
      }),
    );
  });
});
