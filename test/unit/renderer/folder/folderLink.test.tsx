import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, setDb } from '../../../../renderer/src/db/database';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { FolderLink } from '../../../../renderer/src/features/folder/FolderLink';
import { useFolderStore } from '../../../../renderer/src/features/folder/folderStore';
import { watchFolder } from '../../../../renderer/src/features/folder/watchFolder';

// The folder's host and its sync are not what is under test here: when a save is synced is.
const syncFolderNow = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('../../../../renderer/src/features/folder/folderStatus', () => ({
  refreshFolderStatus: () => Promise.resolve(useFolderStore.getState().status),
  syncFolderNow,
}));

const connected = {
  state: 'connected',
  name: 'team-okrs',
  location: '/home/ana/team-okrs',
} as const;

let stop: () => void = () => undefined;

beforeEach(() => {
  setDb(createDb(`folder-link-${crypto.randomUUID()}`));
  useFolderStore.getState().set({ status: connected, isSyncing: false, isPending: false });
});

afterEach(() => {
  stop();
  syncFolderNow.mockClear();
});

describe('the sidebar’s line for a connected folder', () => {
  it('says changes are waiting between a save and its sync, then that the folder is synced', async () => {
    render(<FolderLink onOpen={() => undefined} />);
    stop = watchFolder();
    await vi.waitFor(() => expect(syncFolderNow).toHaveBeenCalledTimes(1)); // the start's sync
    expect(screen.getByRole('button')).toHaveTextContent('synced with team-okrs');

    await createTeam({ name: 'Payments Platform', function: 'platform' });
    expect(await screen.findByText('changes to sync…')).toBeInTheDocument();
    expect(syncFolderNow).toHaveBeenCalledTimes(1);

    expect(await screen.findByText('synced with team-okrs')).toBeInTheDocument();
    expect(syncFolderNow).toHaveBeenCalledTimes(2);
  });

  it('forgets waiting changes when the watch stops (the folder disconnected)', async () => {
    stop = watchFolder();
    await createTeam({ name: 'Data Platform', function: 'platform' });
    await vi.waitFor(() => expect(useFolderStore.getState().isPending).toBe(true));
    stop();
    expect(useFolderStore.getState().isPending).toBe(false);
  });
});
