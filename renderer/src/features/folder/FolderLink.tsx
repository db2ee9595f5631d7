import { useFolderStore } from './folderStore';

/** The sidebar's way into Workspace folder, saying in a few words how the folder stands. */
export function FolderLink({ onOpen }: { onOpen: () => void }) {
  const status = useFolderStore((s) => s.status);
  const waiting = useFolderStore((s) => s.conflicts.length + s.fileConflicts.length);
  const error = useFolderStore((s) => s.error);
  const isSyncing = useFolderStore((s) => s.isSyncing);
  const isPending = useFolderStore((s) => s.isPending);
  const state = status?.state ?? 'none';
  const line =
    state === 'none'
      ? null
      : waiting > 0
        ? `${waiting} to choose`
        : state === 'needs-permission'
          ? 'needs permission'
          : state === 'missing' || error
            ? 'needs attention'
            : isSyncing
              ? 'syncing…'
              : isPending
                ? 'changes to sync…'
                : `synced with ${status?.name ?? 'the folder'}`;
  return (
    <button type="button" className="sidebar__link" onClick={onOpen}>
      Workspace folder…
      {line && <span className="sidebar__folder-state">{line}</span>}
    </button>
  );
}
