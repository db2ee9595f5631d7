import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../../renderer/src/app/Toaster';
import { Dialog } from '../../../../renderer/src/components/Dialog';
import { useToastStore } from '../../../../renderer/src/state/toastStore';

beforeEach(() => {
  useToastStore.setState({ toasts: [], isHeld: false });
});

describe('toasts', () => {
  it('offers a saved file’s follow-ups, runs the one chosen and closes the toast', async () => {
    const user = userEvent.setup();
    const reveal = vi.fn();
    const open = vi.fn();
    render(<Toaster />);
    act(() =>
      useToastStore.getState().show({
        tone: 'info',
        message: 'Saved Platform-2027-Q1-review.pdf.',
        actions: [
          { label: 'Open', run: open },
          { label: 'Show in folder', run: reveal },
        ],
      }),
    );
    const toast = screen.getByRole('status');
    expect(within(toast).getByRole('button', { name: 'Open' })).toBeInTheDocument();

    await user.click(within(toast).getByRole('button', { name: 'Show in folder' }));

    expect(reveal).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
    expect(toast).not.toHaveTextContent('Saved Platform-2027-Q1-review.pdf.');
  });
});

describe('toasts while a dialog is open', () => {
  it('shows them inside the open dialog, where its Undo can be pressed, and back outside after', async () => {
    const user = userEvent.setup();
    const undo = vi.fn(async () => undefined);
    const { rerender } = render(
      <>
        <Dialog title="Edit team" onClose={() => undefined}>
          <p>Form</p>
        </Dialog>
        <Toaster />
      </>,
    );
    act(() => useToastStore.getState().show({ tone: 'info', message: 'Template deleted.', undo }));
    const dialog = screen.getByRole('dialog', { name: 'Edit team' });
    const toast = within(dialog).getByRole('status');
    expect(toast).toHaveTextContent('Template deleted.');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();

    act(() => useToastStore.getState().show({ tone: 'info', message: 'Saved.' }));
    rerender(<Toaster />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('leaves the toasts from before the dialog outside it, rather than over what was just opened', () => {
    act(() => useToastStore.getState().show({ tone: 'info', message: 'Objective saved.' }));
    render(
      <>
        <Dialog title="Export the plan" onClose={() => undefined}>
          <p>Formats</p>
        </Dialog>
        <Toaster />
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Export the plan' });
    expect(dialog).not.toHaveTextContent('Objective saved.');
    act(() => useToastStore.getState().show({ tone: 'info', message: 'Template deleted.' }));
    expect(dialog).toHaveTextContent('Template deleted.');
    expect(dialog).not.toHaveTextContent('Objective saved.');
  });

  it('keeps a dialog’s own toasts in it once a question shown over it has closed', () => {
    const form = (
      <Dialog title="Templates" onClose={() => undefined}>
        <p>List</p>
      </Dialog>
    );
    // The question comes and goes in a slot of its own: the toaster stays mounted throughout.
    const { rerender } = render(
      <>
        {form}
        {null}
        <Toaster />
      </>,
    );
    act(() => useToastStore.getState().show({ tone: 'info', message: 'Template deleted.' }));
    rerender(
      <>
        {form}
        <Dialog title="Discard changes?" onClose={() => undefined}>
          <p>Question</p>
        </Dialog>
        <Toaster />
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Templates' })).not.toHaveTextContent(
      'Template deleted.',
    );
    rerender(
      <>
        {form}
        {null}
        <Toaster />
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Templates' })).toHaveTextContent(
      'Template deleted.',
    );
  });

  it('is dismissed by Escape, newest first, and has a labelled close button', async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    act(() => {
      useToastStore.getState().show({ tone: 'info', message: 'Objective saved.' });
      useToastStore.getState().show({ tone: 'info', message: 'Key result saved.' });
    });
    const region = screen.getByRole('status');
    expect(within(region).getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(region).not.toHaveTextContent('Key result saved.');
    expect(region).toHaveTextContent('Objective saved.');
    await user.keyboard('{Escape}');
    expect(region).not.toHaveTextContent('Objective saved.');
  });

  it('leaves Escape to a field being typed in', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="Title" />
        <Toaster />
      </>,
    );
    act(() => useToastStore.getState().show({ tone: 'info', message: 'Objective saved.' }));
    await user.click(screen.getByLabelText('Title'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toHaveTextContent('Objective saved.');
  });
});

describe('a toast someone is reading', () => {
  it('does not go while the pointer or the keyboard is on it, and goes on once they leave', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Elsewhere</button>
        <Toaster />
      </>,
    );
    act(() =>
      useToastStore
        .getState()
        .show({ tone: 'info', message: 'Objective deleted.', undo: async () => undefined }),
    );
    const region = screen.getByRole('status');
    await user.hover(within(region).getByText('Objective deleted.'));
    expect(useToastStore.getState().isHeld).toBe(true);
    await user.unhover(within(region).getByText('Objective deleted.'));
    expect(useToastStore.getState().isHeld).toBe(false);

    await user.tab();
    await user.tab();
    expect(within(region).getByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(useToastStore.getState().isHeld).toBe(true);
    await user.tab();
    expect(useToastStore.getState().isHeld).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(useToastStore.getState().isHeld).toBe(false);
  });
});
