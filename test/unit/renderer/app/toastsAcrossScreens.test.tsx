import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../../renderer/src/app/Toaster';
import { LEFT_BEHIND_MS, useToastStore } from '../../../../renderer/src/state/toastStore';
import { useUiStore } from '../../../../renderer/src/state/uiStore';
import { useWorkshopUi } from '../../../../renderer/src/state/workshopUiStore';

beforeEach(() => {
  vi.useFakeTimers();
  useToastStore.setState({ toasts: [], isHeld: false });
  useUiStore.setState(useUiStore.getInitialState());
});
afterEach(() => vi.useRealTimers());

const show = (toast: Parameters<ReturnType<typeof useToastStore.getState>['show']>[0]) =>
  act(() => useToastStore.getState().show(toast));
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const toasts = () => screen.getByRole('status');

describe('toasts when the person goes to another screen', () => {
  it('clears a plain confirmation at once and leaves an Undo a few seconds, pressable, then goes', async () => {
    const undo = vi.fn(async () => undefined);
    render(<Toaster />);
    show({ tone: 'info', message: 'Objective saved.' });
    show({ tone: 'info', message: 'Key result “MTTR” deleted.', undo });
    wait(2_000);

    act(() => useUiStore.getState().selectPhase('checkins'));

    expect(toasts()).not.toHaveTextContent('Objective saved.');
    expect(toasts()).toHaveTextContent('Key result “MTTR” deleted.');
    const button = within(toasts()).getByRole('button', { name: 'Undo' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
    // Not the 20 s it had on its own screen: a few seconds, then out of the new screen's way.
    wait(LEFT_BEHIND_MS - 500);
    expect(toasts()).toHaveTextContent('deleted.');
    wait(1_000);
    expect(toasts()).not.toHaveTextContent('deleted.');
  });

  it('keeps Ctrl+Z’s undo for those seconds after leaving', async () => {
    const undo = vi.fn(async () => undefined);
    render(<Toaster />);
    show({ tone: 'info', message: 'Objective deleted.', undo });
    wait(3_000);
    act(() => useWorkshopUi.getState().showScreen());
    wait(LEFT_BEHIND_MS - 1_000);
    await act(() => useToastStore.getState().undoLatest());
    expect(undo).toHaveBeenCalledOnce();
  });

  it('keeps a toast shown as the screen changed (it announces the change) its full time', () => {
    render(<Toaster />);
    const undo = vi.fn(async () => undefined);
    show({ tone: 'info', message: '2027-Q1 moved to Scoring.', undo });
    act(() => useUiStore.getState().selectPhase('scoring'));
    wait(LEFT_BEHIND_MS + 5_000);
    expect(toasts()).toHaveTextContent('2027-Q1 moved to Scoring.');
  });

  it('leaves errors up: something that went wrong is still true on the next screen', () => {
    render(<Toaster />);
    show({ tone: 'error', message: 'Could not save the objective: the disk is full.' });
    wait(2_000);
    act(() => useUiStore.getState().showOrganisation('overview'));
    wait(LEFT_BEHIND_MS + 1_000);
    expect(toasts()).toHaveTextContent('the disk is full');
  });

  it('does not clear a toast that stays on the same screen', () => {
    render(<Toaster />);
    show({ tone: 'info', message: 'Objective deleted.', undo: async () => undefined });
    wait(LEFT_BEHIND_MS + 2_000);
    // The same phase chosen again is no change of screen.
    act(() => useUiStore.getState().selectPhase(useUiStore.getState().phase));
    wait(2_000);
    expect(toasts()).toHaveTextContent('Objective deleted.');
  });
});
