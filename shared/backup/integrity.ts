import { BACKUP_TABLES, type BackupData, type BackupTable } from './fileFormat';
import { locate } from './problems';

interface Reference {
  table: BackupTable;
  field: string;
  target: BackupTable;
}

/**
 * Links a row cannot live without: the app deletes or clears them together, so a backup
 * with a dangling one was edited by hand or damaged. Soft links (carried-from, supersedes,
 * parent objective, wizard drafts) may point at rows deleted long ago and are not checked.
 */
const REFERENCES: readonly Reference[] = [
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

/** Fields the database indexes as unique besides the id (`&keyResultId`, `&cycleId`). */
export const UNIQUE_FIELDS: Readonly<Partial<Record<BackupTable, string>>> = {
  keyResultRetros: 'keyResultId',
  cycleRetros: 'cycleId',
};

const TARGET_WORDS: Readonly<Record<BackupTable, string>> = {
  teams: 'team',
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

function rowsOf(data: BackupData, table: BackupTable): readonly Record<string, unknown>[] {
  return data[table];
}

/** The first duplicate id, duplicate unique key or dangling link in `data`; null when sound. */
export function findIntegrityProblem(data: BackupData): string | null {
  const ids = new Map<BackupTable, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    const unique = UNIQUE_FIELDS[table];
    const seenUnique = new Set<unknown>();
    for (const [index, row] of rowsOf(data, table).entries()) {
      const id = String(row.id);
      if (seen.has(id)) {
        return locate(['data', table, index, 'id'], `the id '${id}' is used twice`);
      }
      seen.add(id);
      if (unique) {
        if (seenUnique.has(row[unique])) {
          const owner = unique === 'cycleId' ? 'quarter' : 'key result';
          return locate(
            ['data', table, index, unique],
            `${owner} '${String(row[unique])}' already has a retro in this backup`,
          );
        }
        seenUnique.add(row[unique]);
      }
    }
    ids.set(table, seen);
  }
  for (const { table, field, target } of REFERENCES) {
    const known = ids.get(target) ?? new Set<string>();
    for (const [index, row] of rowsOf(data, table).entries()) {
      const value = row[field];
      if (value === null || (typeof value === 'string' && known.has(value))) continue;
      return locate(
        ['data', table, index, field],
        `${TARGET_WORDS[target]} '${String(value)}' is not in this backup`,
      );
    }
  }
  return null;
}
