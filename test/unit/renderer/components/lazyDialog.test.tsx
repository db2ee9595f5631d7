import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../../renderer/src/components/Dialog';
import { LazyDialog } from '../../../../renderer/src/components/LazyDialog';
import { retryableLazy } from '../../../../renderer/src/lib/retryableLazy';

function ExportDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Export the quarterly review" onClose={onClose}>
      <p>Formats</p>
    </Dialog>
  );
}

/** A dialog whose code arrives when `arrive` is called. */
function slowDialog() {
  let arrive: () => void = () => undefined;
  const code = new Promise<typeof ExportDialog>((resolve) => {
    arrive = () => resolve(ExportDialog);
  });
  return {
    Lazy: retryableLazy(
      () => code,
      (Dialog) => Dialog,
    ),
    arrive: () => arrive(),
  };
}

describe('a dialog whose code is still loading', () => {
  it('opens a stand-in at once, which Esc closes before the dialog arrives', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { Lazy } = slowDialog();
    render(
      <LazyDialog what="Export" onClose={onClose}>
        <Lazy onClose={onClose} />
      </LazyDialog>,
    );
    const opening = screen.getByRole('dialog', { name: 'Opening…' });
    expect(opening).toHaveTextContent('Getting “Export” ready…');
    // The stand-in is modal, so the browser puts the keyboard on its Cancel (jsdom's showModal
    // moves no focus: done here as the browser would).
    screen.getByRole('button', { name: 'Cancel' }).focus();

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('gives way to the dialog once its code arrives', async () => {
    const { Lazy, arrive } = slowDialog();
    render(
      <LazyDialog what="Export" onClose={vi.fn()}>
        <Lazy onClose={vi.fn()} />
      </LazyDialog>,
    );
    screen.getByRole('dialog', { name: 'Opening…' });
    arrive();
    expect(
      await screen.findByRole('dialog', { name: 'Export the quarterly review' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Opening…' })).not.toBeInTheDocument();
  });

  it('says when its code cannot be loaded, and Try again loads it afresh', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<typeof ExportDialog>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(ExportDialog);
    const Lazy = retryableLazy(load, (Dialog) => Dialog);
    const onClose = vi.fn();
    render(
      <LazyDialog what="Export" onClose={onClose}>
        <Lazy onClose={onClose} />
      </LazyDialog>,
    );
    const failed = await screen.findByRole('dialog', { name: 'Could not open “Export”' });
    expect(failed).toHaveTextContent('could not be loaded');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('dialog', { name: 'Export the quarterly review' }),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
