import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { presentationRoute } from '../../../../renderer/src/features/workshop/presentation/route';
import { useWorkshopUi } from '../../../../renderer/src/state/workshopUiStore';
import { openFreshDb, seedWorkshop } from '../db/builders';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  openFreshDb();
  useUiStore.setState(useUiStore.getInitialState());
  useWorkshopUi.setState(useWorkshopUi.getInitialState());
  useToastStore.setState({ toasts: [] });
});

afterEach(() => {
  window.location.hash = '';
});

function renderApp() {
  const user = userEvent.setup({ delay: null });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(<App queryClient={queryClient} />);
  return user;
}

describe('the workshop in the app', () => {
  it('starting an item moves the app to its step, with the running workshop above it', async () => {
    const { cycle, workshop } = await seedWorkshop();
    useWorkshopUi.getState().openWorkshop(cycle.id, workshop.id);
    const user = renderApp();

    await screen.findByRole('heading', { name: workshop.title, level: 2 });
    await user.click(
      screen.getByRole('button', { name: 'Start Key results for the chosen objectives' }),
    );

    const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
    await waitFor(() =>
      expect(within(steps).getByRole('button', { name: /^Key results/ })).toHaveAttribute(
        'aria-current',
        'step',
      ),
    );
    // The bar's code may still be on its way when the step shows: wait for it as a user would.
    const bar = await screen.findByRole('region', { name: 'Workshop in progress' });
    expect(within(bar).getByRole('timer')).toHaveTextContent(/40:00|39:5\d/);
    expect(within(bar).getByText('Key results for the chosen objectives')).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Back to workshop' }));
    await screen.findByRole('region', { name: /^Agenda/ });
    expect(screen.queryByRole('region', { name: 'Workshop in progress' })).toBeNull();
  });

  it('a phase chosen in the sidebar closes the workshop screen', async () => {
    const { cycle, workshop } = await seedWorkshop();
    useWorkshopUi.getState().openWorkshop(cycle.id, workshop.id);
    const user = renderApp();
    await screen.findByRole('heading', { name: workshop.title, level: 2 });
    const phases = screen.getByRole('navigation', { name: 'Cycle phases' });
    await user.click(within(phases).getByRole('button', { name: /Check-ins/ }));
    await screen.findByRole('heading', { name: 'No key results to check in on' });
    expect(useWorkshopUi.getState().isScreenOpen).toBe(false);
  });

  it('shows the projector’s view on its own route, without the app around it', async () => {
    const { workshop } = await seedWorkshop();
    window.location.hash = `#/present/${workshop.id}`;
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: workshop.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Cycle phases' })).toBeNull();
    // Before the first item, the room sees the agenda.
    expect(screen.getByText('Silent writing: objective ideas')).toBeInTheDocument();
  });
});

describe('presentationRoute', () => {
  it('reads a workshop id from #/present/<id> and nothing else', () => {
    expect(presentationRoute('#/present/abc-123')).toEqual({ workshopId: 'abc-123' });
    expect(presentationRoute('#/present/a%2Fb')).toBeNull();
    expect(presentationRoute('#/present/')).toBeNull();
    expect(presentationRoute('#/other/abc')).toBeNull();
    expect(presentationRoute('#/present/%E0%A4%A')).toBeNull();
  });
});
