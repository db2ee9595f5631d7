import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noObjectivesText } from '@shared/documents/outline';
import type { RequestOf } from '@shared/ipc/contract';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, seedCycle } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exporting a quarter with no objectives', () => {
  it('says so before exporting, still exports, and the document says it instead of an empty table', async () => {
    await seedCycle();
    const asked: RequestOf<'export:save-document'>[] = [];
    vi.spyOn(desktopApi(), 'exportSaveDocument').mockImplementation(async (request) => {
      asked.push(request);
      return { ok: true, data: { saved: true, path: null, printed: false } };
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Export (review|plan)…$/ }));
    const dialog = await screen.findByRole('dialog', {
      name: /^Export the (quarterly review|plan)$/,
    });
    expect(await within(dialog).findByRole('note')).toHaveTextContent(noObjectivesText('2027-Q1'));
    await user.click(within(dialog).getByRole('radio', { name: /^Markdown/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(asked).toHaveLength(1));
    const document = asked[0]?.document;
    const text = document?.kind === 'text' ? document.text : '';
    expect(text).toContain('No objectives were set for 2027-Q1.');
    expect(text).not.toContain('| --- |');
  });
});
