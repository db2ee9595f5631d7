import { useEffect, useMemo, useRef, useState } from 'react';
import type { Cycle } from '@shared/domain';
import type { ImportTarget } from '@shared/domain/planImport';
import type { CsvPlan } from '@shared/domain/planCsv';
import { useToastStore } from '../../../state/toastStore';
import { Dialog, DialogFooter } from '../../../components/Dialog';
import { useObjectives, useParentCandidates, useTeams } from '../../../db/hooks';
import { errorMessage } from '../../../lib/formErrors';
import { SafetyBackupError } from '../../backup/autoBackup';
import { useChoosePlanFile, useImportPlan } from './importMutations';
import { ImportPreview } from './ImportPreview';
import { PreviewProgress } from './PreviewProgress';
import { type OpenTextFile, type PlanFile } from './planPreview';
import { formatCount } from '@shared/domain/format';
import { usePlanPreview } from './usePlanPreview';
import { previewWithFills } from '@shared/domain/planPreview';
import type { TitleFill, TitleFills } from '@shared/domain/planTitleFill';
import './import.css';
import { FormError } from '../../../components/FormError';

const NO_FILLS: TitleFills = {};

/** The fills without those of `rows`. */
function without(fills: TitleFills, rows: readonly { row: number }[]): TitleFills {
  const next = { ...fills };
  for (const { row } of rows) delete next[row];
  return next;
}

type ImportPlanDialogProps = {
  cycle: Cycle;
  /** The file chosen when the import started. */
  file: PlanFile;
  onClose: () => void;
  /** The host's open dialog, for "Choose another file"; tests pass a stub. */
  openFile?: OpenTextFile;
};

/**
 * Previews a plan CSV before anything is written: row errors block the import, warnings and the
 * coach's findings do not. Import writes the whole plan in one transaction; Cancel writes nothing.
 */
export function ImportPlanDialog({
  cycle,
  file: initialFile,
  onClose,
  openFile,
}: ImportPlanDialogProps) {
  const [file, setFile] = useState(initialFile);
  const bodyRef = useRef<HTMLDivElement>(null);
  // A newly chosen file starts at the top, where its errors are (the dialog's body scrolls).
  useEffect(() => {
    bodyRef.current?.closest('.dialog__body')?.scrollTo?.({ top: 0 });
  }, [file]);
  const teams = useTeams();
  const parents = useParentCandidates(cycle);
  const objectives = useObjectives(cycle.id);
  const show = useToastStore((s) => s.show);
  // Undefined while loading; a team deleted meanwhile reads as unnamed rather than stalling.
  const teamName = teams ? (teams.find((t) => t.id === cycle.teamId)?.name ?? '') : undefined;

  const target = useMemo(
    (): ImportTarget | null =>
      teamName === undefined || !parents || !objectives
        ? null
        : {
            quarterLabel: cycle.label,
            teamName,
            parents: parents.map((p) => ({ id: p.id, title: p.title })),
            existingTitles: objectives.map((o) => o.title),
          },
    [cycle.label, teamName, parents, objectives],
  );
  // Parsed and coached off the UI thread: a plan of thousands of rows never freezes the window.
  const { state, cancel } = usePlanPreview(file.content, target);
  // Key results filled from their titles here, before importing; a new file starts without.
  const [fills, setFills] = useState<{ file: PlanFile; rows: TitleFills }>({ file, rows: {} });
  const rows = fills.file === file ? fills.rows : NO_FILLS;
  const read = state.status === 'done' ? state.preview : null;
  const preview = useMemo(
    () => (read?.ok && target ? previewWithFills(read, rows, target) : read),
    [read, rows, target],
  );
  const fill = (chosen: readonly TitleFill[]) => {
    const next = { ...rows };
    for (const f of chosen) next[f.row] = f.patch;
    setFills({ file, rows: next });
    show({
      tone: 'info',
      message:
        chosen.length === 1
          ? `Filled “${chosen[0]?.title ?? ''}” from its title.`
          : `Filled ${formatCount(chosen.length, 'key result')} from their titles.`,
      // Takes back this fill only, as long as the same file is open.
      undo: () => {
        setFills((current) => ({ file: current.file, rows: without(current.rows, chosen) }));
        return Promise.resolve();
      },
    });
  };
  const unfill = (row: number) =>
    setFills((current) => ({ file: current.file, rows: without(current.rows, [{ row }]) }));

  const save = useImportPlan(cycle.id);
  const importNow = (plan: CsvPlan) =>
    save.mutate(plan, {
      onSuccess: ({ objectives, keyResultCount }) => {
        onClose();
        show({
          tone: 'info',
          message: `Imported ${formatCount(objectives.length, 'objective')} and ${formatCount(keyResultCount, 'key result')}.`,
        });
      },
    });
  const choose = useChoosePlanFile((chosen) => {
    setFile(chosen);
    save.reset();
  }, openFile);
  const objectiveCount = preview?.ok ? preview.prepared.items.length : 0;
  const canImport = preview?.ok === true && preview.errors.length === 0 && objectiveCount > 0;
  const failure = choose.isError
    ? `Could not open the file: ${errorMessage(choose.error)}`
    : save.isError
      ? save.error instanceof SafetyBackupError
        ? save.error.message
        : `Could not import: ${errorMessage(save.error)}`
      : null;

  return (
    <Dialog title="Import a plan" description={`From ${file.name}`} size="wide" onClose={onClose}>
      <div className="import-dialog">
        <div className="import-dialog__body" ref={bodyRef}>
          {state.status === 'cancelled' ? (
            <p className="import-preview__alert" role="status">
              Stopped reading {file.name}. Nothing was imported; choose another file or close.
            </p>
          ) : state.status === 'failed' ? (
            <p className="import-preview__alert" role="alert">
              This file could not be read. {state.message}
            </p>
          ) : !preview ? (
            <PreviewProgress
              progress={state.status === 'reading' ? state.progress : null}
              onCancel={cancel}
            />
          ) : preview.ok ? (
            <ImportPreview
              preview={preview}
              quarterLabel={cycle.label}
              parents={parents ?? []}
              filledRows={rows}
              onFill={fill}
              onUnfill={unfill}
            />
          ) : (
            <p className="import-preview__alert" role="alert">
              This file cannot be imported. {preview.message}
            </p>
          )}
        </div>
        <DialogFooter>
          <button
            type="button"
            className="button import-dialog__choose"
            onClick={() => choose.mutate()}
            disabled={choose.isPending || save.isPending}
          >
            Choose another file
          </button>
          <FormError message={failure} />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canImport || save.isPending}
            onClick={() => {
              if (preview?.ok) importNow(preview.plan);
            }}
          >
            {save.isPending
              ? 'Importing…'
              : objectiveCount > 0
                ? `Import ${formatCount(objectiveCount, 'objective')}`
                : 'Import'}
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}
