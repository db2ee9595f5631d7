import { describe, expect, it, vi } from 'vitest';
import {
  createBrowserFolder,
  type DirectoryHandle,
  type HandleStore,
} from '../../../../renderer/src/lib/browserFolder';

/*
 * A browser knows a folder only by its handle, and two folders may share a name: the sync state
 * of a folder disconnected earlier may be used again only for that very folder.
 */

function folder(name: string): DirectoryHandle {
  const handle: DirectoryHandle = {
    kind: 'directory',
    name,
    values: async function* () {},
    getFileHandle: () => Promise.reject(new Error('not used')),
    removeEntry: () => Promise.resolve(),
    isSameEntry: (other) => Promise.resolve(other === handle),
    queryPermission: () => Promise.resolve('granted'),
  };
  return handle;
}

function browser(picks: DirectoryHandle[]) {
  const stored: { handle?: DirectoryHandle; disconnected?: DirectoryHandle } = {};
  const handles: HandleStore = {
    load: () => Promise.resolve(stored.handle),
    save: (handle) => {
      stored.handle = handle;
      return Promise.resolve();
    },
    loadDisconnected: () => Promise.resolve(stored.disconnected),
    saveDisconnected: (handle) => {
      stored.disconnected = handle;
      return Promise.resolve();
    },
    replaced: vi.fn(() => Promise.resolve()),
  };
  const win = { showDirectoryPicker: () => Promise.resolve(picks.shift()) } as unknown as Window;
  return { api: createBrowserFolder(win, handles), replaced: handles.replaced };
}

describe('choosing a folder in a browser', () => {
  it('keeps the sync state when the folder disconnected last is chosen again', async () => {
    const okrs = folder('okrs');
    const { api, replaced } = browser([okrs, okrs]);
    await api.folderChoose();
    expect(replaced).toHaveBeenCalledTimes(1); // the first folder starts afresh
    await api.folderDisconnect();
    const again = await api.folderChoose();
    expect(again).toEqual({ ok: true, data: { state: 'connected', name: 'okrs', location: null } });
    expect(replaced).toHaveBeenCalledTimes(1);
  });

  it('starts afresh with another folder of the same name, connected or disconnected before', async () => {
    const { api, replaced } = browser([folder('okrs'), folder('okrs'), folder('okrs')]);
    await api.folderChoose();
    await api.folderChoose();
    expect(replaced).toHaveBeenCalledTimes(2);
    await api.folderDisconnect();
    await api.folderChoose();
    expect(replaced).toHaveBeenCalledTimes(3);
  });
});
