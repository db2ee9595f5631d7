import type { BackupTable } from '@shared/backup/fileFormat';
import type { TableRow } from '@shared/sync/workspaceMerge';

/** Each table's row in a sentence, singular and plural. */
const NOUNS: Readonly<Record<BackupTable, [string, string]>> = {
  teams: ['team', 'teams'],
  levels: ['level', 'levels'],
  cycles: ['quarter', 'quarters'],
  objectives: ['objective', 'objectives'],
  keyResults: ['key result', 'key results'],
  checkIns: ['check-in', 'check-ins'],
  keyResultRetros: ['retrospective answer', 'retrospective answers'],
  cycleRetros: ['quarter retrospective', 'quarter retrospectives'],
  dependencies: ['dependency', 'dependencies'],
  templates: ['template', 'templates'],
  wizardDrafts: ['draft', 'drafts'],
  workshops: ['workshop', 'workshops'],
  workshopParticipants: ['workshop participant', 'workshop participants'],
  workshopClusters: ['idea group', 'idea groups'],
  workshopCards: ['idea card', 'idea cards'],
  workshopBallots: ['dot vote', 'dot votes'],
  confidenceRounds: ['confidence round', 'confidence rounds'],
  confidenceVotes: ['confidence vote', 'confidence votes'],
  effortEntries: ['effort entry', 'effort entries'],
};

/** One row's kind in a sentence: "key result". */
export const nounOfTable = (table: BackupTable): string => NOUNS[table][0];

/**
 * Rows counted by kind, biggest first: "2 key results and 5 check-ins"; `isBack` says "are" or
 * "is" after it ("2 key results are back").
 */
export function describeRows(rows: readonly TableRow[], isBack = false): string {
  const counts = new Map<BackupTable, number>();
  for (const { table } of rows) counts.set(table, (counts.get(table) ?? 0) + 1);
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([table, n]) => `${n} ${NOUNS[table][n === 1 ? 0 : 1]}`);
  const text =
    parts.length <= 1
      ? (parts[0] ?? 'nothing')
      : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  if (!isBack) return text;
  return `${text} ${rows.length === 1 ? 'is' : 'are'}`;
}
