import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { useUiStore } from '../../../../renderer/src/state/uiStore';

/**
 * Renders a screen as the app would, with a fresh QueryClient (no retries) of its own, and a
 * user that types without delays. The one way the renderer's tests put something on screen.
 */
export function renderScreen(ui: ReactElement): { user: UserEvent; queryClient: QueryClient } {
  const queryClient = testQueryClient();
  render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { user: userEvent.setup({ delay: null }), queryClient };
}

/** The whole app, from its shell, as a person opens it. */
export function renderApp(): { user: UserEvent; queryClient: QueryClient } {
  const queryClient = testQueryClient();
  render(<App queryClient={queryClient} />);
  return { user: userEvent.setup({ delay: null }), queryClient };
}

function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/** Navigation back at its start and no toasts: each test opens the app afresh. */
export function resetUiState(): void {
  useUiStore.setState(useUiStore.getInitialState());
  useToastStore.setState({ toasts: [] });
}

/** Opens one of the four phases from the sidebar, as a person would. */
export async function openPhase(
  user: UserEvent,
  name: 'Setting' | 'Check-ins' | 'Scoring' | 'Retrospective',
): Promise<void> {
  const nav = await screen.findByRole('navigation', { name: 'Cycle phases' });
  const button = within(nav).getByRole('button', { name: new RegExp(`^${name}`) });
  // The phases open once the quarter has loaded.
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  expect(button).toHaveAttribute('aria-current', 'page');
}

/** The toasts' live region. */
export function toasts(): HTMLElement {
  return screen.getByRole('status');
}
