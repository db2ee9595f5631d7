import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@shared/ipc/contract';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, seedQuarter } from '../db/builders';
import { renderApp, resetUiState, toasts } from '../support/renderScreen';

type SaveRequest = RequestOf<'export:save-document'>;

beforeEach(async () => {
  openFreshDb();
  resetUiState();
  await seedQuarter();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The host's save, answered as a desktop save dialog would; what it was asked to save is kept. */
function hostSaves(result: { saved: boolean; path: string | null }) {
  const asked: SaveRequest[] = [];
  vi.spyOn(desktopApi(), 'exportSaveDocument').mockImplementation(async (request) => {
    asked.push(request);
    return { ok: true, data: { ...result, printed: false } };
  });
  return asked;
}

async function openExport() {
  const { user } = renderApp();
  await user.click(await screen.findByRole('button', { name: 'Export review…' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Export the quarterly review' }) };
}

describe('exporting the quarterly review', () => {
  it('hands the chosen format to the host and says where it was saved (a quarter in Setting is its plan)', async () => {
    const asked = hostSaves({ saved: true, path: '/home/ana/review.md' });
    const { user, dialog } = await openExport();
    await user.click(within(dialog).getByRole('radio', { name: /^Markdown/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(asked).toHaveLength(1);
    const [request] = asked;
    expect(request?.suggestedName).toBe('Payments-Platform-2027-Q1-plan.md');
    expect(request?.document.kind).toBe('text');
    expect(request?.document.kind === 'text' && request.document.text).toContain(
      'Cut checkout LCP',
    );
    const toast = toasts();
    expect(toast).toHaveTextContent('Saved Payments-Platform-2027-Q1-plan.md.');
    expect(within(toast).getByRole('button', { name: 'Show in folder' })).toBeVisible();
  });

  it('keeps the dialog open with the host’s reason when the save fails', async () => {
    vi.spyOn(desktopApi(), 'exportSaveDocument').mockResolvedValue({
      ok: false,
      error: 'The disk is full.',
    });
    const { user, dialog } = await openExport();
    await user.click(within(dialog).getByRole('radio', { name: /^HTML/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not export: The disk is full.',
    );
    expect(within(dialog).getByRole('button', { name: 'Export' })).toBeEnabled();
  });

  it('says nothing when the person cancels the save dialog', async () => {
    hostSaves({ saved: false, path: null });
    const { user, dialog } = await openExport();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toBeEmptyDOMElement();
  });
});
