import { findAlignmentProblem } from './alignmentIntegrity';
import { BACKUP_TABLES, type BackupData, type BackupTable } from './fileFormat';
import { UNIQUE_FIELDS } from './fileLayout';
import { locate } from './problems';

type Row = Record<string, unknown>;

export interface Reference {
  table: BackupTable;
  field: string;
  target: BackupTable;
}

/**
 * Links a row cannot live without: the app deletes or clears them together, so a backup
 * with a dangling one was edited by hand or damaged. Soft links (carried-from, supersedes,
 * parent objective, calibration, wizard drafts) may point at rows deleted long ago and are not
 * checked for existence.
 */
export const REFERENCES: readonly Reference[] = [
  { table: 'levels', field: 'teamId', target: 'teams' },
  { table: 'cycles', field: 'teamId', target: 'teams' },
  { table: 'objectives', field: 'teamId', target: 'teams' },
  { table: 'objectives', field: 'cycleId', target: 'cycles' },
  { table: 'keyResults', field: 'objectiveId', target: 'objectives' },
  { table: 'keyResults', field: 'cycleId', target: 'cycles' },
  { table: 'checkIns', field: 'keyResultId', target: 'keyResults' },
  { table: 'checkIns', field: 'cycleId', target: 'cycles' },
  { table: 'keyResultRetros', field: 'keyResultId', target: 'keyResults' },
  { table: 'keyResultRetros', field: 'cycleId', target: 'cycles' },
  { table: 'cycleRetros', field: 'cycleId', target: 'cycles' },
  { table: 'dependencies', field: 'cycleId', target: 'cycles' },
  { table: 'dependencies', field: 'objectiveId', target: 'objectives' },
  { table: 'dependencies', field: 'keyResultId', target: 'keyResults' },
  // The workshop kit. A confidence vote's key result and a promoted idea's objective are soft:
  // deleting a key result or an objective keeps the workshop's record of the vote.
  { table: 'workshops', field: 'cycleId', target: 'cycles' },
  { table: 'workshops', field: 'teamId', target: 'teams' },
  { table: 'workshopParticipants', field: 'workshopId', target: 'workshops' },
  { table: 'workshopClusters', field: 'workshopId', target: 'workshops' },
  { table: 'workshopCards', field: 'workshopId', target: 'workshops' },
  { table: 'workshopCards', field: 'clusterId', target: 'workshopClusters' },
  { table: 'workshopCards', field: 'participantId', target: 'workshopParticipants' },
  { table: 'workshopCards', field: 'mergedIntoId', target: 'workshopCards' },
  { table: 'workshopBallots', field: 'workshopId', target: 'workshops' },
  { table: 'workshopBallots', field: 'participantId', target: 'workshopParticipants' },
  { table: 'confidenceRounds', field: 'workshopId', target: 'workshops' },
  { table: 'confidenceVotes', field: 'roundId', target: 'confidenceRounds' },
  { table: 'confidenceVotes', field: 'workshopId', target: 'workshops' },
  { table: 'confidenceVotes', field: 'participantId', target: 'workshopParticipants' },
  { table: 'effortEntries', field: 'cycleId', target: 'cycles' },
];

/**
 * Rows that must belong together: the row a link points at (`via`, in `target`) has the same
 * `same` value as the linking row, or the row sits in one quarter (or team) and its parent in
 * another, and every screen, score and document would disagree about it. A soft link is only
 * checked when the row it names is in the backup.
 */
interface Together {
  table: BackupTable;
  via: string;
  target: BackupTable;
  same: 'cycleId' | 'teamId' | 'keyResultId';
  isSoft?: boolean;
}

const TOGETHER: readonly Together[] = [
  { table: 'objectives', via: 'cycleId', target: 'cycles', same: 'teamId' },
  { table: 'keyResults', via: 'objectiveId', target: 'objectives', same: 'cycleId' },
  { table: 'checkIns', via: 'keyResultId', target: 'keyResults', same: 'cycleId' },
  { table: 'keyResultRetros', via: 'keyResultId', target: 'keyResults', same: 'cycleId' },
  { table: 'dependencies', via: 'objectiveId', target: 'objectives', same: 'cycleId' },
  { table: 'dependencies', via: 'keyResultId', target: 'keyResults', same: 'cycleId' },
  { table: 'checkIns', via: 'supersedesId', target: 'checkIns', same: 'keyResultId', isSoft: true },
  { table: 'cycles', via: 'previousCycleId', target: 'cycles', same: 'teamId', isSoft: true },
  { table: 'checkIns', via: 'dependencyId', target: 'dependencies', same: 'cycleId', isSoft: true },
];

/** Lists inside a quarter retro that name rows of that quarter (soft: the rows may be gone). */
const RETRO_LISTS = [
  { field: 'calibration', key: 'keyResultId', target: 'keyResults' },
  { field: 'objectivesMatteredLess', key: null, target: 'objectives' },
] as const;

const WORDS: Readonly<Record<BackupTable, string>> = {
  teams: 'team',
  levels: 'level',
  cycles: 'quarter',
  objectives: 'objective',
  keyResults: 'key result',
  checkIns: 'check-in',
  keyResultRetros: 'key result retro',
  cycleRetros: 'quarter retro',
  dependencies: 'dependency',
  templates: 'template',
  wizardDrafts: 'wizard draft',
  workshops: 'workshop',
  workshopParticipants: 'workshop participant',
  workshopClusters: 'workshop cluster',
  workshopCards: 'workshop card',
  workshopBallots: 'dot-vote ballot',
  confidenceRounds: 'confidence vote',
  confidenceVotes: 'confidence ballot',
  effortEntries: 'effort record',
};

const SAME_WORDS = { cycleId: 'quarter', teamId: 'team', keyResultId: 'key result' } as const;

function rowsOf(data: BackupData, table: BackupTable): readonly Row[] {
  return data[table];
}

/** The first duplicate id or duplicate unique key; fills `byId` with every table's rows. */
function findDuplicate(data: BackupData, byId: Map<BackupTable, Map<string, Row>>): string | null {
  for (const table of BACKUP_TABLES) {
    const rows = new Map<string, Row>();
    const unique = UNIQUE_FIELDS[table];
    const seenUnique = new Set<unknown>();
    for (const [index, row] of rowsOf(data, table).entries()) {
      const id = String(row.id);
      if (rows.has(id)) return locate(['data', table, index, 'id'], `the id '${id}' is used twice`);
      rows.set(id, row);
      if (unique) {
        if (seenUnique.has(row[unique])) {
          const owner =
            unique === 'cycleId' ? 'quarter' : unique === 'teamId' ? 'team' : 'key result';
          const what = table === 'levels' ? 'a level' : 'a retro';
          return locate(
            ['data', table, index, unique],
            `${owner} '${String(row[unique])}' already has ${what} in this backup`,
          );
        }
        seenUnique.add(row[unique]);
      }
    }
    byId.set(table, rows);
  }
  return null;
}

function findDangling(data: BackupData, byId: Map<BackupTable, Map<string, Row>>): string | null {
  for (const { table, field, target } of REFERENCES) {
    const known = byId.get(target);
    for (const [index, row] of rowsOf(data, table).entries()) {
      const value = row[field];
      if (value === null || (typeof value === 'string' && known?.has(value))) continue;
      return locate(
        ['data', table, index, field],
        `${WORDS[target]} '${String(value)}' is not in this backup`,
      );
    }
  }
  return null;
}

function apart(
  target: BackupTable,
  id: string,
  same: Together['same'],
  theirs: unknown,
  own: unknown,
) {
  const word = SAME_WORDS[same];
  return `${WORDS[target]} '${id}' is in ${word} '${String(theirs)}', not in ${word} '${String(own)}'`;
}

function findApart(data: BackupData, byId: Map<BackupTable, Map<string, Row>>): string | null {
  for (const { table, via, target, same } of TOGETHER) {
    const targets = byId.get(target);
    for (const [index, row] of rowsOf(data, table).entries()) {
      const id = row[via];
      if (typeof id !== 'string') continue;
      const linked = targets?.get(id);
      // A hard link to a missing row was reported already; a soft one may name a deleted row.
      if (!linked) continue;
      if (linked[same] === row[same]) continue;
      return locate(['data', table, index, same], apart(target, id, same, linked[same], row[same]));
    }
  }
  for (const [index, retro] of data.cycleRetros.entries()) {
    for (const { field, key, target } of RETRO_LISTS) {
      const items: readonly unknown[] = retro[field];
      for (const [at, item] of items.entries()) {
        const id = key === null || typeof item !== 'object' ? item : Reflect.get(item ?? {}, key);
        const linked = typeof id === 'string' ? byId.get(target)?.get(id) : undefined;
        if (!linked || linked.cycleId === retro.cycleId) continue;
        const path = ['data', 'cycleRetros', index, field, at, ...(key === null ? [] : [key])];
        return locate(path, apart(target, String(id), 'cycleId', linked.cycleId, retro.cycleId));
      }
    }
  }
  return null;
}

/**
 * The first problem with how the rows of `data` fit together, or null when they are sound: a
 * duplicate id or unique key, a dangling link, or linked rows that do not belong together (a
 * key result in another quarter than its objective, a check-in in another quarter than its key
 * result, an objective in another team than its quarter, ...).
 */
export function findIntegrityProblem(data: BackupData): string | null {
  const byId = new Map<BackupTable, Map<string, Row>>();
  return (
    findDuplicate(data, byId) ??
    findDangling(data, byId) ??
    findApart(data, byId) ??
    findAlignmentProblem(data)
  );
}
