import { useRef, useState } from 'react';
import { formatDateTime } from '@shared/domain/format';
import { isolateBidi } from '@shared/documents/sanitize';
import type { RowConflict } from '@shared/sync/workspaceMerge';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { folderSyncStore } from '../../db/folderSyncStore';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';
import { useFocusWhenLost } from '../../lib/useFocusWhenLost';
import { useToastStore } from '../../state/toastStore';
import { describeConflict, FolderConflictDialog } from './FolderConflictDialog';
import { syncFolderNow } from './folderStatus';
import { useFolderStore } from './folderStore';
import { MergeFilePanel } from './MergeFilePanel';
import { resolveConflict, type Resolution } from './resolveConflict';
import './folder.css';

type Open = { conflict: RowConflict; source: { kind: 'folder' } | { kind: 'file'; name: string } };

/**
 * Settings → Workspace folder: connect a folder that git or a sync tool carries, see what the
 * last sync did and which files it could not use, resolve what both sides changed, and merge a
 * colleague's file.
 */
export function WorkspaceFolderDialog({ onClose }: { onClose: () => void }) {
  const { status, isSyncing, error, report, conflicts, fileConflicts, set } = useFolderStore();
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  // Sync now, Connect and Disconnect are disabled while they work, and the buttons change with
  // the folder's state: the keyboard stays in the folder's section rather than dropping out.
  const statusSection = useRef<HTMLElement>(null);
  useFocusWhenLost(statusSection, !busy && !isSyncing);

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await run();
    } catch (caught) {
      setProblem(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const connect = (request: () => ReturnType<ReturnType<typeof desktopApi>['folderStatus']>) =>
    act(async () => {
      const next = await unwrap(request());
      set({ status: next });
      if (next.state === 'connected') await syncFolderNow();
    });
  const disconnect = () =>
    act(async () => {
      const next = await unwrap(desktopApi().folderDisconnect());
      await folderSyncStore.pauseFolder();
      set({ status: next, report: null, conflicts: [], error: null });
      show({
        tone: 'info',
        message:
          'The folder is disconnected. Its files and your data here are as they were; connect it again to carry on where you left off.',
      });
    });
  const resolve = (target: Open, resolution: Resolution) =>
    act(async () => {
      setOpen(null);
      await resolveConflict(target.conflict, resolution, target.source.kind).catch(
        async (error: unknown) => {
          // The record changed again since: a sync finds the conflict as it is now.
          if (target.source.kind === 'folder') await syncFolderNow();
          throw error;
        },
      );
      if (target.source.kind === 'file') {
        set({ fileConflicts: await folderSyncStore.loadFileConflicts() });
      } else {
        set({ conflicts: await folderSyncStore.loadConflicts() });
        await syncFolderNow();
      }
      show({
        tone: 'info',
        message: `Saved your choice for the ${describeConflict(target.conflict)}.`,
      });
    });

  const state = status?.state ?? 'none';
  const name = status?.name ? isolateBidi(status.name) : '';
  return (
    <Dialog
      title="Workspace folder"
      description="Keep this workspace as text files in a folder that git, OneDrive, SharePoint, Dropbox or Syncthing carries. Changes made there come in; yours go out. The data here stays the original: the folder is a copy."
      onClose={onClose}
      size="wide"
    >
      <div className="folder">
        <section
          ref={statusSection}
          className="panel folder__status"
          aria-labelledby="folder-heading"
        >
          <h3 id="folder-heading">Folder</h3>
          {state === 'none' && (
            <>
              <p className="muted">
                No folder is connected. Quarterdeck writes one file per team and quarter (
                <code>Team-2027-Q1.okrs.json</code>) and reads the files others change.
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => connect(() => desktopApi().folderChoose())}
                disabled={busy}
                autoFocus
              >
                Choose a folder…
              </button>
            </>
          )}
          {state === 'needs-permission' && (
            <>
              <p>Quarterdeck needs your permission again to use the folder {name}.</p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => connect(() => desktopApi().folderReconnect())}
                disabled={busy}
                autoFocus
              >
                Allow access
              </button>
            </>
          )}
          {state === 'missing' && (
            <p className="form-error" role="alert">
              The folder {status?.location ?? name} is gone: deleted, moved, or on a drive that is
              not connected. Connect the drive, or choose another folder.
            </p>
          )}
          {state === 'connected' && (
            <>
              <p>
                Connected to <strong>{name}</strong>
                {status?.location && <span className="folder__location"> ({status.location})</span>}
              </p>
              <p className="muted" role="status">
                {isSyncing
                  ? 'Syncing…'
                  : report
                    ? `Last synced ${formatDateTime(new Date(report.at))}: ${summary(report)}`
                    : 'Not synced yet.'}
              </p>
            </>
          )}
          {state !== 'none' && (
            <div className="folder__actions">
              {state === 'connected' && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => act(syncFolderNow)}
                  disabled={busy || isSyncing}
                  autoFocus
                >
                  Sync now
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={() => connect(() => desktopApi().folderChoose())}
                disabled={busy}
              >
                Choose another folder…
              </button>
              <button type="button" className="button" onClick={disconnect} disabled={busy}>
                Disconnect
              </button>
            </div>
          )}
          {(problem ?? error) && (
            <p className="form-error" role="alert">
              {problem ?? error}
            </p>
          )}
        </section>

        {state === 'connected' && report && report.problems.length > 0 && (
          <section className="panel" aria-labelledby="folder-problems-heading">
            <h3 id="folder-problems-heading">Files Quarterdeck could not use</h3>
            <p className="muted">The other files were read and written as usual.</p>
            <ul className="folder__problems">
              {report.problems.map((p) => (
                <li key={p.name}>
                  <code>{isolateBidi(p.name)}</code> {p.problem}
                </li>
              ))}
            </ul>
          </section>
        )}

        {(conflicts.length > 0 || fileConflicts.length > 0) && (
          <section className="panel" aria-labelledby="folder-conflicts-heading">
            <h3 id="folder-conflicts-heading">
              Waiting for you ({conflicts.length + fileConflicts.length})
            </h3>
            <p className="muted">
              Changed here and there in different ways. Both versions are kept until you choose; the
              quarter&apos;s file is not written until then.
            </p>
            <ul className="folder__conflicts">
              {conflicts.map((c) => (
                <ConflictItem
                  key={`f-${c.table}-${c.mine.id}`}
                  conflict={c}
                  where="the folder"
                  onOpen={() => setOpen({ conflict: c, source: { kind: 'folder' } })}
                />
              ))}
              {fileConflicts.map((c) => (
                <ConflictItem
                  key={`m-${c.table}-${c.mine.id}-${c.theirs.id}`}
                  conflict={c}
                  where={c.fileName}
                  onOpen={() =>
                    setOpen({ conflict: c, source: { kind: 'file', name: c.fileName } })
                  }
                />
              ))}
            </ul>
          </section>
        )}

        <MergeFilePanel
          onMerged={async () => set({ fileConflicts: await folderSyncStore.loadFileConflicts() })}
        />
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </DialogFooter>
      {open && (
        <FolderConflictDialog
          conflict={open.conflict}
          source={open.source}
          onResolve={(resolution) => void resolve(open, resolution)}
          onClose={() => setOpen(null)}
        />
      )}
    </Dialog>
  );
}

function ConflictItem({
  conflict,
  where,
  onOpen,
}: {
  conflict: RowConflict;
  where: string;
  onOpen: () => void;
}) {
  const text = describeConflict(conflict);
  return (
    <li>
      <span>
        The {isolateBidi(text)}, changed here and in {where}
      </span>
      <button
        type="button"
        className="button button--small"
        onClick={onOpen}
        aria-label={`Choose… for the ${text}`}
      >
        Choose…
      </button>
    </li>
  );
}

function summary(
  report: NonNullable<ReturnType<typeof useFolderStore.getState>['report']>,
): string {
  const parts: string[] = [];
  if (report.taken > 0)
    parts.push(`took ${report.taken} ${report.taken === 1 ? 'change' : 'changes'}`);
  if (report.removed > 0) parts.push(`removed ${report.removed} deleted there`);
  if (report.written > 0)
    parts.push(`wrote ${report.written} ${report.written === 1 ? 'file' : 'files'}`);
  if (report.keptHere > 0)
    parts.push(`kept ${report.keptHere} you changed that were deleted there`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'nothing new to take or to write.';
}
