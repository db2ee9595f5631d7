import type { BackupTable } from '@shared/backup/fileFormat';
import type { EntityKind } from '@shared/domain/revisions';
import { mergeFields, type Fields } from '@shared/sync/merge';
import type { Row, RowConflict } from '@shared/sync/workspaceMerge';
import { ConflictDialog } from '../../components/conflict/ConflictDialog';
import { summarizeConflict } from '../../lib/forms/recordVersions';
import { nounOfTable } from './describeRows';
import type { Resolution } from './resolveConflict';

const ENTITY_OF_TABLE: Partial<Record<BackupTable, EntityKind>> = {
  teams: 'team',
  cycles: 'cycle',
  objectives: 'objective',
  keyResults: 'keyResult',
  checkIns: 'checkIn',
  keyResultRetros: 'keyResultRetro',
  cycleRetros: 'cycleRetro',
  dependencies: 'dependency',
  workshops: 'workshop',
  workshopParticipants: 'participant',
  workshopCards: 'card',
  workshopClusters: 'cluster',
  confidenceRounds: 'confidenceRound',
};

const content = (row: Row): Fields => {
  const { id: _id, revision: _revision, updatedAt: _updatedAt, ...rest } = row;
  return rest;
};

/** What a person calls the row: its title, name or label, if it has one. */
export function rowName(row: Row): string {
  for (const field of ['title', 'name', 'label', 'text', 'prompt']) {
    const value = row[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}

/** One conflict in words: `key result “Cut p95 latency”`. */
export function describeConflict(conflict: RowConflict): string {
  const name = rowName(conflict.mine) || rowName(conflict.theirs);
  const noun = nounOfTable(conflict.table);
  return name ? `${noun} “${name}”` : noun;
}

type Props = {
  conflict: RowConflict;
  /** Where their version came from: the folder, or a file's name. */
  source: { kind: 'folder' } | { kind: 'file'; name: string };
  onResolve: (resolution: Resolution) => void;
  onClose: () => void;
};

/** The field-by-field choice for a row changed both here and in the folder (or a colleague's file). */
export function FolderConflictDialog({ conflict, source, onResolve, onClose }: Props) {
  const entity = ENTITY_OF_TABLE[conflict.table];
  const mine = content(conflict.mine);
  const theirs = content(conflict.theirs);
  const merge = mergeFields(conflict.base ? content(conflict.base) : {}, mine, theirs);
  const summary = summarizeConflict(entity, merge, mine, theirs);
  const where = source.kind === 'folder' ? 'the workspace folder' : source.name;
  return (
    <ConflictDialog
      conflict={{
        ...summary,
        noun: nounOfTable(conflict.table),
        keepMine: () => onResolve({ kind: 'mine' }),
        takeTheirs: () => onResolve({ kind: 'theirs' }),
        merge: (choices) => onResolve({ kind: 'merge', choices }),
        dismiss: onClose,
      }}
      wording={{
        title: `The ${describeConflict(conflict)} was changed here and in ${where}`,
        description:
          'Both versions are kept until you choose: nothing has been overwritten, here or there.',
        theirsHeading: source.kind === 'folder' ? 'In the folder' : `In ${source.name}`,
        dismissLabel: 'Decide later',
      }}
    />
  );
}
