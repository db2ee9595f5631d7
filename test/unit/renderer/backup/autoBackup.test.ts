import { screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '@shared/backup';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { createBrowserAutoBackups } from '../../../../renderer/src/db/browserAutoBackups';
import { LAST_CHECKSUM_KEY } from '../../../../renderer/src/db/localSettings';
import { exportAllData } from '../../../../renderer/src/db/repositories/backup';
import { createTeam, listTeams, updateTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  backUpIfDue,
  SafetyBackupError,
  takeAutomaticBackup,
  takeSafetyBackup,
} from '../../../../renderer/src/features/backup/autoBackup';
import { BackupDialog } from '../../../../renderer/src/features/backup/BackupDialog';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, teamInput } from '../db/builders';
import { renderScreen } from '../support/renderScreen';

/** Empties the browser host's automatic backups through a connection of the test's own. */
async function clearAutoBackups(): Promise<void> {
  const store = createBrowserAutoBackups();
  await store.clear();
}

async function listAuto() {
  const result = await desktopApi().backupListAuto();
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeEach(async () => {
  openFreshDb();
  await clearAutoBackups();
  useToastStore.setState({ toasts: [] });
  vi.restoreAllMocks();
});

afterEach(() => {
  vi.useRealTimers();
});

const HOUR = 60 * 60 * 1000;

describe('takeAutomaticBackup in a browser', () => {
  it('keeps a backup of all data that reads back as a valid backup file', async () => {
    await createTeam(teamInput('Payments Platform'));
    const id = await takeAutomaticBackup('before-import');

    const [entry, ...rest] = await listAuto();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ id, reason: 'before-import' });
    expect(entry?.bytes).toBeGreaterThan(100);

    const read = await desktopApi().backupReadAuto({ id });
    if (!read.ok) throw new Error(read.error);
    expect(new TextEncoder().encode(read.data.content).length).toBe(entry?.bytes);
    const backup = await readBackup(read.data.content);
    if (!backup.ok) throw new Error(backup.problem);
    expect(backup.file.data).toEqual(await exportAllData());
    expect(localStorage.getItem(LAST_CHECKSUM_KEY)).toBe(backup.file.checksum);
  });

  it('says when an automatic backup is gone', async () => {
    expect(
      await desktopApi().backupReadAuto({ id: 'auto-2027-01-04T09-00-00Z-scheduled.json' }),
    ).toEqual({ ok: false, error: 'That automatic backup no longer exists.' });
  });
});

describe('the backup schedule', () => {
  /** Moves the clock (the page's and the host's: one machine) to `hours` after the start. */
  function clockAt(start: Date, hours: number): Date {
    const at = new Date(start.getTime() + hours * HOUR);
    vi.setSystemTime(at);
    return at;
  }

  it('backs up once a day, and only when the data changed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2027-01-04T09:00:00.000Z');
    expect(await backUpIfDue('scheduled', clockAt(start, 0))).toBe('empty');

    const team = await createTeam(teamInput('Payments Platform'));
    expect(await backUpIfDue('scheduled', clockAt(start, 0))).toBe('taken');
    expect(await listAuto()).toHaveLength(1);

    // Under a day later: not due, whatever changed.
    await updateTeam(team.id, teamInput('Payments'));
    expect(await backUpIfDue('scheduled', clockAt(start, 23))).toBe('not-due');

    // A day later the rename is new, so it is backed up; the next day nothing changed.
    expect(await backUpIfDue('on-quit', clockAt(start, 25))).toBe('taken');
    expect(await backUpIfDue('scheduled', clockAt(start, 50))).toBe('unchanged');
    expect((await listAuto()).map((b) => b.reason)).toEqual(['on-quit', 'scheduled']);
  });

  it('keeps backing up after the clock was a year ahead and was put right', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2028-01-04T09:00:00.000Z');
    const team = await createTeam(teamInput('Payments Platform'));
    expect(await backUpIfDue('scheduled', clockAt(start, 0))).toBe('taken');
    // The clock is put back a year; the data changes the next day.
    await updateTeam(team.id, teamInput('Payments'));
    expect(await backUpIfDue('scheduled', clockAt(start, -365 * 24))).toBe('taken');
    const ids = (await listAuto()).map((b) => b.id);
    expect(ids).toEqual(['auto-2027-01-04T09-00-00Z-scheduled.json']);
  });

  it('names the backup by the host’s clock, never by a time the page made up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-04T09:00:00.000Z'));
    await createTeam(teamInput());
    const saved = await desktopApi().backupSaveAuto({ content: '{}', reason: 'before-import' });
    const again = await desktopApi().backupSaveAuto({ content: '{}', reason: 'before-import' });
    expect([saved, again]).toEqual([
      { ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-before-import.json' } },
      { ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-before-import-2.json' } },
    ]);
  });

  it('shares one run between overlapping checks', async () => {
    await createTeam(teamInput());
    const [first, second] = await Promise.all([backUpIfDue(), backUpIfDue('on-quit')]);
    expect([first, second]).toEqual(['taken', 'taken']);
    expect(await listAuto()).toHaveLength(1);
  });
});

describe('safety backups', () => {
  it('turns a failed save into a message that says nothing was changed', async () => {
    vi.spyOn(desktopApi(), 'backupSaveAuto').mockResolvedValueOnce({
      ok: false,
      error: 'the disk is full',
    });
    const error = await takeSafetyBackup('before-import').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafetyBackupError);
    expect((error as Error).message).toBe(
      'Could not take a safety backup first: the disk is full; nothing was changed.',
    );
  });
});

describe('automatic backups in the backup dialog', () => {
  function renderDialog() {
    const onClose = vi.fn();
    const { user } = renderScreen(createElement(BackupDialog, { onClose }));
    return { onClose, user };
  }

  it('says there are none yet', async () => {
    renderDialog();
    expect(
      await screen.findByText(/^No automatic backups yet\. Quarterdeck takes one a day/),
    ).toBeInTheDocument();
  });

  it('restores one after the usual preview, taking a safety backup first', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await takeAutomaticBackup('scheduled');
    await updateTeam(team.id, teamInput('Renamed'));
    const { onClose, user } = renderDialog();

    // A table: when, why, size and the way to restore, one row a backup.
    const table = await screen.findByRole('table', { name: 'Automatic backups, newest first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['When', 'Why', 'Size', 'Restore']);
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent(/Daily/);
    expect(row).toHaveTextContent(/\d (bytes|KB|MB)/);
    await user.click(within(table).getByRole('button', { name: /^Restore the backup of / }));
    expect(await screen.findByRole('list', { name: 'Teams in the backup' })).toHaveTextContent(
      'Payments Platform',
    );
    const restore = await screen.findByRole('button', { name: /^Restore$/ });
    await waitFor(() => expect(restore).toBeEnabled());
    await user.click(restore);

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await listTeams()).map((t) => t.name)).toEqual(['Payments Platform']);
    // The safety backup, holding the data from before the restore, is always kept. (Whether the
    // restored daily one is pruned depends on the clock's second; the rotation tests pin that.)
    expect((await listAuto()).map((b) => b.reason)).toContain('before-restore');
  });

  it('keeps a change made while the preview was open in the safety backup', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await takeAutomaticBackup('scheduled');
    await updateTeam(team.id, teamInput('Renamed'));
    const { onClose, user } = renderDialog();
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of / }));
    const restore = await screen.findByRole('button', { name: /^Restore$/ });
    await waitFor(() => expect(restore).toBeEnabled());
    // The data was read for the preview; this write comes after, and must not be lost.
    await updateTeam(team.id, teamInput('Renamed while previewing'));

    await user.click(restore);

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await listTeams()).map((t) => t.name)).toEqual(['Payments Platform']);
    const safety = (await listAuto()).find((b) => b.reason === 'before-restore');
    const content = safety && (await createBrowserAutoBackups().read(safety.id))?.content;
    const read = await readBackup(content ?? '');
    expect(read.ok && read.file.data.teams.map((t) => t.name)).toEqual([
      'Renamed while previewing',
    ]);
  });

  it('does not restore when the safety backup fails', async () => {
    const team = await createTeam(teamInput('Payments Platform'));
    await takeAutomaticBackup('scheduled');
    await updateTeam(team.id, teamInput('Renamed'));
    const { onClose, user } = renderDialog();
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of / }));
    const restore = await screen.findByRole('button', { name: /^Restore$/ });
    await waitFor(() => expect(restore).toBeEnabled());

    vi.spyOn(desktopApi(), 'backupSaveAuto').mockResolvedValueOnce({
      ok: false,
      error: 'the disk is full',
    });
    await user.click(restore);
    expect(await screen.findByText(/Could not take a safety backup first/)).toHaveTextContent(
      'Could not take a safety backup first: the disk is full; nothing was changed.',
    );
    expect(onClose).not.toHaveBeenCalled();
    expect((await listTeams()).map((t) => t.name)).toEqual(['Renamed']);
  });
});
