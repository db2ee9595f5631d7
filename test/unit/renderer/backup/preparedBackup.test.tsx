import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '@shared/backup';
import type { RequestOf } from '@shared/ipc/contract';
import { createBrowserAutoBackups } from '../../../../renderer/src/db/browserAutoBackups';
import { listTeams, updateTeam } from '../../../../renderer/src/db/repositories/teams';
import { buildBackupNow } from '../../../../renderer/src/features/backup/autoBackup';
import { prepareBackup } from '../../../../renderer/src/features/backup/preparedBackup';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, seedQuarter } from '../db/builders';
import { renderApp, resetUiState } from '../support/renderScreen';

/*
 * The backup dialog, opened on backing up, builds the file as it opens; "Back up all data" hands
 * it over when nothing has changed since, and reads the data again when something has.
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

/** Backs up through the dialog, `between` run after it opened; the file the host was given. */
async function backUpThroughDialog(between: () => Promise<void>) {
  const save = vi.spyOn(desktopApi(), 'exportSaveDocument').mockResolvedValue({
    ok: true,
    data: { saved: true, path: null, printed: false },
  });
  const { user } = renderApp();
  await user.click(await screen.findByRole('button', { name: 'Back up or restore…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Back up and restore' });
  await between();
  const clickedAt = Date.now();
  await user.click(within(dialog).getByRole('button', { name: 'Back up all data' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const request = save.mock.calls[0]![0] as RequestOf<'export:save-document'>;
  if (request.document.kind !== 'bytes') throw new Error('The backup was not saved as bytes.');
  const bytes = request.document.bytes;
  const read = await readBackup(new TextDecoder().decode(bytes), { sourceBytes: bytes });
  if (!read.ok) throw new Error(read.problem);
  return { bytes, file: read.file, clickedAt };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the backup prepared as the dialog opens', () => {
  it('is handed over when nothing changed: byte for byte a backup read at the click', async () => {
    const { bytes, file, clickedAt } = await backUpThroughDialog(() => pause(50));
    // Read before the click: the prepared file, dated when its reading began.
    expect(Date.parse(file.createdAt)).toBeLessThan(clickedAt);
    const fresh = await buildBackupNow(new Date(file.createdAt), 'bytes');
    expect(bytes).toEqual(fresh.file);
  });

  it('is dropped after a change: the file holds the change', async () => {
    const { file, clickedAt } = await backUpThroughDialog(async () => {
      await pause(50);
      const [team] = await listTeams();
      await updateTeam(team!.id, {
        name: 'Renamed while the dialog was open',
        function: 'platform',
      });
    });
    expect(file.data.teams.map((t) => t.name)).toEqual(['Renamed while the dialog was open']);
    expect(Date.parse(file.createdAt)).toBeGreaterThanOrEqual(clickedAt);
  });
});

describe('prepareBackup', () => {
  it('says it is out of date after a write, and stops when asked to', async () => {
    const stale = prepareBackup();
    const [team] = await listTeams();
    await updateTeam(team!.id, { name: 'Changed', function: 'platform' });
    expect(await stale.take()).toBeNull();
    stale.dispose();

    const stopped = prepareBackup();
    const stop = new AbortController();
    stop.abort();
    await expect(stopped.take({ signal: stop.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    // Stopped once, it is not handed over later either.
    expect(await stopped.take()).toBeNull();
  });
});
