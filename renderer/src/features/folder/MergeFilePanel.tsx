import { useState } from 'react';
import type { BackupData } from '@shared/backup/fileFormat';
import { isolateBidi } from '@shared/documents/sanitize';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';
import { useToastStore } from '../../state/toastStore';
import { describeRows } from './describeRows';
import {
  mergeColleagueFile,
  previewFileMerge,
  readColleagueFile,
  undoFileMerge,
  type FileMergePreview,
} from './mergeColleagueFile';

type Chosen = { name: string; data: BackupData; preview: FileMergePreview };

/** Merge a colleague's backup or team-quarter file: a preview first, then Undo. */
export function MergeFilePanel({ onMerged }: { onMerged: () => Promise<void> }) {
  const show = useToastStore((s) => s.show);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setBusy(true);
    setProblem(null);
    setChosen(null);
    try {
      const picked = await unwrap(
        desktopApi().fileOpenText({
          filters: [{ name: 'Quarterdeck backup or team-quarter file', extensions: ['json'] }],
        }),
      );
      if (!picked) return;
      const read = await readColleagueFile(picked.content);
      if (!read.ok) {
        setProblem(`${isolateBidi(picked.name)}: ${read.problem} Nothing was changed.`);
        return;
      }
      setChosen({ name: picked.name, data: read.data, preview: await previewFileMerge(read.data) });
    } catch (caught) {
      setProblem(`Could not open the file: ${errorMessage(caught)}`);
    } finally {
      setBusy(false);
    }
  };

  const merge = async (target: Chosen) => {
    setBusy(true);
    try {
      const merged = await mergeColleagueFile(target.data, target.name);
      setChosen(null);
      await onMerged();
      const waiting = merged.conflicts.length;
      show({
        tone: 'info',
        message: `Merged ${target.name}: added ${describeRows(merged.added)}.${waiting > 0 ? ` ${waiting} ${waiting === 1 ? 'record differs' : 'records differ'}: choose under Waiting for you.` : ''}`,
        undo: async () => {
          await undoFileMerge(merged);
          await onMerged();
          show({ tone: 'info', message: `The merge of ${target.name} is undone.` });
        },
      });
    } catch (caught) {
      setProblem(`Could not merge: ${errorMessage(caught)} Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  };

  const { added = [], conflicts = [] } = chosen?.preview ?? {};
  return (
    <section className="panel" aria-labelledby="merge-file-heading">
      <h3 id="merge-file-heading">Merge a colleague&apos;s file</h3>
      <p className="muted">
        After a workshop on two laptops: open the other laptop&apos;s backup or team-quarter file.
        What only it has is added, nothing is deleted, and where both of you changed something you
        choose.
      </p>
      <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
        Choose a file to merge…
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {chosen && (
        <div className="folder__preview" role="region" aria-label="What merging would do">
          <p>
            <strong>{isolateBidi(chosen.name)}</strong>
          </p>
          <ul>
            <li>{added.length > 0 ? `Adds ${describeRows(added)}.` : 'Adds nothing new.'}</li>
            <li>
              {conflicts.length > 0
                ? `${conflicts.length} ${conflicts.length === 1 ? 'record differs' : 'records differ'} from yours: you choose for each, after merging.`
                : 'Nothing differs from what you have.'}
            </li>
          </ul>
          <div className="folder__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void merge(chosen)}
              disabled={busy || (added.length === 0 && conflicts.length === 0)}
            >
              Merge
            </button>
            <button type="button" className="button" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
