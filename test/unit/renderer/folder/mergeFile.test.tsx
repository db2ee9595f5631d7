import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '@shared/backup';
import { splitWorkspace } from '@shared/folder/teamQuarterFile';
import { exportAllData, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import {
  createKeyResult,
  listKeyResults,
  updateKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import { folderSyncStore } from '../../../../renderer/src/db/folderSyncStore';
import { WorkspaceFolderDialog } from '../../../../renderer/src/features/folder/WorkspaceFolderDialog';
import { useFolderStore } from '../../../../renderer/src/features/folder/folderStore';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { keyResultInput, openFreshDb, seedQuarter } from '../db/builders';
import { renderScreen, resetUiState } from '../support/renderScreen';

beforeEach(async () => {
  resetUiState();
  await folderSyncStore.saveFileConflicts([]);
  useFolderStore.setState({ conflicts: [], fileConflicts: [], status: null, report: null });
});

/**
 * Two laptops after a workshop: both start from the same plan; the colleague adds a key result
 * and retitles one, and this laptop retitles the same one differently.
 */
async function twoLaptops() {
  openFreshDb();
  const { cycle, objective, keyResults } = await seedQuarter();
  const [kr] = keyResults;
  if (!kr) throw new Error('seeded one');
  const shared = await exportAllData();
  await createKeyResult(objective.id, keyResultInput('Colleague’s new key result'));
  await updateKeyResult(kr.id, keyResultInput('Cut checkout LCP to 1.2 s'));
  const file = splitWorkspace(await exportAllData()).get(cycle.id);
  if (!file) throw new Error('one quarter, one file');

  openFreshDb();
  await restoreBackup(await createBackup(shared, '0.1.0'), 'replace');
  await updateKeyResult(kr.id, keyResultInput('Cut checkout LCP to 1.4 s'));
  return { cycle, file };
}

describe('merging a colleague’s file', () => {
  it('previews, adds what only the file has, asks about the clash, and settles it', async () => {
    const { cycle, file } = await twoLaptops();
    vi.spyOn(desktopApi(), 'fileOpenText').mockResolvedValue({
      ok: true,
      data: { name: 'Payments-Platform-2027-Q1.okrs.json', content: file },
    });
    const { user } = renderScreen(<WorkspaceFolderDialog onClose={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Choose a file to merge…' }));
    const preview = await screen.findByRole('region', { name: 'What merging would do' });
    expect(preview).toHaveTextContent('Adds 1 key result.');
    expect(preview).toHaveTextContent('1 record differs from yours');
    // Nothing is written before Merge.
    expect(await listKeyResults(cycle.id)).toHaveLength(1);

    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    await screen.findByRole('heading', { name: 'Waiting for you (1)' });
    expect((await listKeyResults(cycle.id)).map((k) => k.title).sort()).toEqual([
      'Colleague’s new key result',
      'Cut checkout LCP to 1.4 s',
    ]);
    expect(useToastStore.getState().toasts.at(-1)?.message).toMatch(/^Merged Payments-Platform/);

    await user.click(
      screen.getByRole('button', {
        name: 'Choose… for the key result “Cut checkout LCP to 1.4 s”',
      }),
    );
    const prompt = await screen.findByRole('dialog', {
      name: /changed here and in Payments-Platform/,
    });
    await user.click(within(prompt).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: /^Waiting for you/ })).not.toBeInTheDocument(),
    );
    expect((await listKeyResults(cycle.id)).map((k) => k.title).sort()).toEqual([
      'Colleague’s new key result',
      'Cut checkout LCP to 1.2 s',
    ]);
  });

  it('takes the merge back with Undo', async () => {
    const { cycle, file } = await twoLaptops();
    vi.spyOn(desktopApi(), 'fileOpenText').mockResolvedValue({
      ok: true,
      data: { name: 'colleague.okrs.json', content: file },
    });
    const { user } = renderScreen(<WorkspaceFolderDialog onClose={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Choose a file to merge…' }));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    await screen.findByRole('heading', { name: 'Waiting for you (1)' });
    await useToastStore.getState().undoLatest();
    await waitFor(async () => expect(await listKeyResults(cycle.id)).toHaveLength(1));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: /^Waiting for you/ })).not.toBeInTheDocument(),
    );
  });

  it('refuses a file that is not Quarterdeck’s, saying why, and changes nothing', async () => {
    openFreshDb();
    const { cycle } = await seedQuarter();
    vi.spyOn(desktopApi(), 'fileOpenText').mockResolvedValue({
      ok: true,
      data: { name: 'notes.json', content: '{"hello": 1}' },
    });
    const { user } = renderScreen(<WorkspaceFolderDialog onClose={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Choose a file to merge…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^notes\.json: .+ Nothing was changed\.$/,
    );
    expect(await listKeyResults(cycle.id)).toHaveLength(1);
  });
});
