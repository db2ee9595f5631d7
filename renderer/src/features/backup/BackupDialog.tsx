import { useEffect, useRef, useState } from 'react';
import type { BackupDigests, BackupFile, BackupSummary, RestoreMode } from '@shared/backup';
import { isolateBidi } from '@shared/documents/sanitize';
import { useToastStore } from '../../state/toastStore';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { errorMessage } from '../../lib/formErrors';
import { warmUpBackupWorker } from '../../db/backupWorker';
import { AutoBackupList } from './AutoBackupList';
import { isStopped, SafetyBackupError } from './autoBackup';
import { BackupProgress, type BackupStage } from './BackupProgress';
import { undoRestore, useBackUpAll, useOpenBackup, useRestoreBackup } from './backupMutations';
import { RestorePreview } from './RestorePreview';
import { takeDataSnapshot, type DataSnapshot } from './dataSnapshot';
import { usePreparedBackup } from './preparedBackup';

type Chosen = {
  name: string;
  file: BackupFile;
  summary: BackupSummary;
  digests: BackupDigests | undefined;
  /** The data as read when the file was chosen: the preview's other side, the safety backup. */
  snapshot: DataSnapshot | null;
};

type BackupDialogProps = {
  onClose: () => void;
  /** Which half the dialog opens on (the menu's Back up… or Restore…): its button has focus. */
  startWith?: 'back-up' | 'restore';
};

/** Backs up every team and quarter to one file, and restores from one after a preview. */
export function BackupDialog({ onClose, startWith = 'back-up' }: BackupDialogProps) {
  const show = useToastStore((s) => s.show);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [mode, setMode] = useState<RestoreMode>('replace');
  // While a chosen file is read off the UI thread: stops that reading.
  const [reading, setReading] = useState<AbortController | null>(null);

  // The snapshot of the data taken for the file being read or previewed; one at a time.
  const snapshotRef = useRef<DataSnapshot | null>(null);
  const replaceSnapshot = (next: DataSnapshot | null) => {
    if (snapshotRef.current !== next) snapshotRef.current?.dispose();
    snapshotRef.current = next;
  };
  // One taken for a file still being read, until the reading ends.
  const readingSnapshotRef = useRef<DataSnapshot | null>(null);
  // Opened on backing up, the file is built at once, while the person looks at the dialog.
  const takePrepared = usePreparedBackup(startWith === 'back-up');
  useEffect(() => {
    // Choosing a file to restore starts with reading all data in the backup worker: it is
    // started now, too.
    const letGo = warmUpBackupWorker();
    return () => {
      letGo();
      snapshotRef.current?.dispose();
      readingSnapshotRef.current?.dispose();
    };
  }, []);

  const backup = useBackUpAll();
  const choose = useOpenBackup();
  const restore = useRestoreBackup();
  // A backup or restore under way: where it is, and how to stop it (null once it cannot be).
  const [working, setWorking] = useState<{
    stage: BackupStage;
    stop: AbortController | null;
  } | null>(null);
  // What a stop left, said in the half of the dialog where it was asked for.
  const [stopped, setStopped] = useState<{ in: 'backup' | 'restore'; message: string } | null>(
    null,
  );
  /** Options that follow a backup's reading in `working`, stopped by its controller. */
  const follow = () => {
    const controller = new AbortController();
    setStopped(null);
    setWorking({ stage: { kind: 'reading', progress: null }, stop: controller });
    return {
      signal: controller.signal,
      onProgress: (progress: { rows: number; total: number }) =>
        setWorking((w) => w && { ...w, stage: { kind: 'reading', progress } }),
    };
  };
  const backUp = () => {
    const prepared = takePrepared();
    backup.mutate(
      { ...follow(), prepared },
      {
        onSettled: () => {
          prepared?.dispose();
          setWorking(null);
        },
        onError: (error) => {
          if (isStopped(error))
            setStopped({ in: 'backup', message: 'Backup stopped: no file was saved.' });
        },
      },
    );
  };
  const open = (automatic?: { name: string; content: string }) => {
    // A new choice replaces the last one's message, whatever this one's outcome.
    setProblem(null);
    const controller = new AbortController();
    let snapshot: DataSnapshot | null = null;
    choose.mutate(
      {
        automatic,
        signal: controller.signal,
        onReading: () => {
          setReading(controller);
          // The data is read for the preview and the safety backup while the file is read.
          snapshot = takeDataSnapshot();
          readingSnapshotRef.current = snapshot;
        },
      },
      {
        onSettled: () => {
          setReading(null);
          readingSnapshotRef.current = null;
        },
        onError: () => snapshot?.dispose(),
        onSuccess: (picked) => {
          if (!picked) {
            snapshot?.dispose();
            return;
          }
          if (picked.result.ok) {
            setProblem(null);
            replaceSnapshot(snapshot);
            setChosen({
              name: picked.name,
              file: picked.result.file,
              summary: picked.result.summary,
              digests: picked.result.digests,
              snapshot,
            });
          } else {
            snapshot?.dispose();
            replaceSnapshot(null);
            setChosen(null);
            setProblem(
              `${isolateBidi(picked.name)}: ${picked.result.problem} Nothing was changed.`,
            );
          }
        },
      },
    );
  };
  const restoreChosen = ({ file, snapshot }: Chosen) =>
    restore.mutate(
      {
        file,
        snapshot,
        mode,
        ...follow(),
        onWriting: () => setWorking({ stage: { kind: 'restoring' }, stop: null }),
      },
      {
        onSettled: () => setWorking(null),
        onError: (error) => {
          if (isStopped(error))
            setStopped({
              in: 'restore',
              message: 'Restore stopped before writing anything: nothing was changed.',
            });
        },
        onSuccess: (before) => {
          replaceSnapshot(null);
          onClose();
          show({
            tone: 'info',
            message: `Restored ${chosen?.name ?? 'the backup'} (${mode === 'replace' ? 'replaced all data' : 'merged by id'}).`,
            undo: async () => {
              await undoRestore(before);
              show({ tone: 'info', message: 'The data from before the restore is back.' });
            },
          });
        },
      },
    );

  return (
    <Dialog
      title="Back up and restore"
      description="All teams and quarters in one file you can keep or move to another computer."
      onClose={onClose}
      size="wide"
      hasCloseButton={false}
    >
      <div className="backup">
        <section className="panel" aria-labelledby="backup-heading">
          <h3 id="backup-heading">Back up</h3>
          <p className="muted">
            A versioned, checksummed file with every table. Restoring it later shows a preview
            first.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={backUp}
            disabled={backup.isPending || restore.isPending}
            autoFocus={startWith === 'back-up'}
          >
            Back up all data
          </button>
          {backup.isPending && working && (
            <BackupProgress
              label="Backing up"
              stage={working.stage}
              onStop={working.stop ? () => working.stop?.abort() : undefined}
            />
          )}
          {stopped?.in === 'backup' && !working && (
            <p className="muted" role="status">
              {stopped.message}
            </p>
          )}
          {backup.error && !isStopped(backup.error) && (
            <p className="form-error" role="alert">
              Could not back up: {errorMessage(backup.error)}
            </p>
          )}
        </section>
        <section className="panel backup__restore" aria-labelledby="restore-heading">
          <h3 id="restore-heading">Restore</h3>
          <button
            type="button"
            className="button"
            onClick={() => open()}
            disabled={choose.isPending}
            autoFocus={startWith === 'restore'}
          >
            Choose a backup file…
          </button>
          {reading && (
            <p className="muted" role="status">
              Reading the backup…{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => reading.abort()}
              >
                Stop reading
              </button>
            </p>
          )}
          {(problem || choose.error) && (
            <p className="form-error backup__problem" role="alert">
              {problem ?? `Could not open the file: ${errorMessage(choose.error)}`}
            </p>
          )}
          {chosen && (
            <RestorePreview
              name={chosen.name}
              file={chosen.file}
              summary={chosen.summary}
              digests={chosen.digests}
              snapshot={chosen.snapshot}
              mode={mode}
              onModeChange={setMode}
              onRestore={() => restoreChosen(chosen)}
              isRestoring={restore.isPending || backup.isPending}
              error={
                restore.error &&
                !(restore.error instanceof SafetyBackupError) &&
                !isStopped(restore.error)
                  ? errorMessage(restore.error)
                  : null
              }
            />
          )}
          {restore.isPending && working && (
            <BackupProgress
              label={working.stop ? 'Safety backup before restoring' : 'Restoring'}
              stage={working.stage}
              onStop={working.stop ? () => working.stop?.abort() : undefined}
            />
          )}
          {stopped?.in === 'restore' && !working && (
            <p className="muted" role="status">
              {stopped.message}
            </p>
          )}
          {restore.error instanceof SafetyBackupError && (
            <p className="form-error backup__problem" role="alert">
              {restore.error.message}
            </p>
          )}
        </section>
        <AutoBackupList onChoose={open} />
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </DialogFooter>
    </Dialog>
  );
}
