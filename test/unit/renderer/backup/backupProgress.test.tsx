import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup';
import type { IpcResult, ResponseOf } from '@shared/ipc/contract';
import { createBrowserAutoBackups } from '../../../../renderer/src/db/browserAutoBackups';
import { exportAllData } from '../../../../renderer/src/db/repositories/backup';
import { listTeams } from '../../../../renderer/src/db/repositories/teams';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, seedQuarter } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

/*
 * A backup and a restore say how far they have got (a bar with the rows read of all there are)
 * and can be stopped until anything is written.
 */

beforeEach(async () => {
  openFreshDb();
  resetUiState();
  await createBrowserAutoBackups().clear();
  await seedQuarter();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A host call held open until the test lets it answer. */
function held<T>() {
  let answer: (value: IpcResult<T>) => void = () => undefined;
  const promise = new Promise<IpcResult<T>>((resolve) => (answer = resolve));
  return { promise, answer };
}

async function openBackups() {
  const { user } = renderApp();
  await user.click(await screen.findByRole('button', { name: 'Back up or restore…' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Back up and restore' }) };
}

describe('backing up all data', () => {
  it('shows the rows read of all the data, then the file, while the save is under way', async () => {
    const save = held<ResponseOf<'export:save-document'>>();
    vi.spyOn(desktopApi(), 'exportSaveDocument').mockReturnValue(save.promise);
    const rows = Object.values(await exportAllData()).reduce((n, t) => n + t.length, 0);
    const { user, dialog } = await openBackups();

    await user.click(within(dialog).getByRole('button', { name: 'Back up all data' }));
    const bar = await within(dialog).findByRole('progressbar', { name: 'Backing up' });
    const status = bar.closest('[role="status"]');
    // Every row has been read by the time the host is asked to save the file.
    await waitFor(() => expect(bar).toHaveAttribute('value', String(rows)));
    expect(bar).toHaveAttribute('max', String(rows));
    expect(status).toHaveTextContent(`Backing up: Writing the file (${rows} rows)…`);

    save.answer({ ok: true, data: { saved: true, path: '/home/ana/all.json', printed: false } });
    await waitFor(() => expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument());
  });
});

describe('restoring a backup', () => {
  it('can be stopped during its safety backup, and then nothing is changed', async () => {
    const data = await exportAllData();
    // An empty workspace's backup: restoring it would delete everything, but it is stopped first.
    const empty = serializeBackup(
      await createBackup(
        Object.fromEntries(Object.keys(data).map((t) => [t, []])) as unknown as typeof data,
        '0.1.0',
      ),
    );
    vi.spyOn(desktopApi(), 'fileOpenText').mockResolvedValue({
      ok: true,
      data: { name: 'empty.json', content: empty },
    });
    // The safety backup is kept by the host: held, so the restore is caught before its write.
    const keep = held<ResponseOf<'backup:save-auto'>>();
    vi.spyOn(desktopApi(), 'backupSaveAuto').mockReturnValue(keep.promise);
    const before = await exportAllData();
    const { user, dialog } = await openBackups();

    await user.click(within(dialog).getByRole('button', { name: 'Choose a backup file…' }));
    // Enabled once its preview says what would change.
    const restore = await within(dialog).findByRole('button', { name: 'Restore' });
    await waitFor(() => expect(restore).toBeEnabled());
    await user.click(restore);
    const bar = await within(dialog).findByRole('progressbar', {
      name: 'Safety backup before restoring',
    });
    expect(bar.closest('[role="status"]')).toHaveTextContent(/Safety backup before restoring:/);
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));

    expect(
      await within(dialog).findByText(
        'Restore stopped before writing anything: nothing was changed.',
      ),
    ).toBeVisible();
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    // The host answering late changes nothing either.
    keep.answer({ ok: true, data: { id: 'auto-2027-01-01T00-00-00Z-before-restore-1.json' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await exportAllData()).toEqual(before);
    expect((await listTeams()).map((t) => t.name)).toEqual(['Payments Platform']);
  });
});
