import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { repairAlignment, type LegacyAlignmentRows } from '@shared/domain/alignment/legacy';
import type { Level, Objective } from '@shared/domain';

/**
 * Schema version 3: levels for the organisation view. One new table, `levels`: where an owner of
 * objectives sits above the teams (the organisation, a group of teams) and which group a team is
 * in, one row per owner at most (`&teamId`), found by group (`groupId`). No other store changes.
 * Released: never edit; add a new file for the next version.
 */
export const V3_STORES = {
  levels: 'id, &teamId, groupId',
} as const;

/**
 * Declares version 3. Its upgrade infers levels from how teams aligned before levels existed
 * and detaches the parent links that cannot stand under them (see `repairAlignment`), so a
 * workspace that opens on version 3 is one its backups can restore.
 */
export function applyV3(db: Dexie): void {
  db.version(3)
    .stores(V3_STORES)
    .upgrade(async (tx) => {
      const objectives: Table<Objective, string> = tx.table('objectives');
      const rows: LegacyAlignmentRows = {
        teams: await tx.table('teams').toArray(),
        cycles: await tx.table('cycles').toArray(),
        objectives: await objectives.toArray(),
      };
      const repair = repairAlignment(rows);
      const levels: Table<Level, string> = tx.table('levels');
      await levels.bulkAdd(repair.levels);
      for (const id of repair.detach) await objectives.update(id, { parentObjectiveId: null });
    });
}
