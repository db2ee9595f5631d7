import type Dexie from 'dexie';

/**
 * Schema version 1: every table the quarterly cycle needs, so later phases add screens,
 * not stores. Released: never edit; add a new file for version 2.
 */
export const V1_STORES = {
  teams: 'id, name',
  cycles: 'id, teamId, [teamId+label]',
  objectives: 'id, cycleId, teamId, parentObjectiveId',
  keyResults: 'id, objectiveId, cycleId, carriedFromKeyResultId',
  checkIns: 'id, keyResultId, cycleId, sessionId, supersedesId',
  keyResultRetros: 'id, &keyResultId, cycleId',
  cycleRetros: 'id, &cycleId',
  dependencies: 'id, cycleId, objectiveId, keyResultId',
  templates: 'id, family',
  wizardDrafts: 'id, cycleId',
} as const;

export function applyV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
