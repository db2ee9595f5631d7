import type Dexie from 'dexie';

/**
 * Schema version 2: the workshop kit. Adds tables only; every version-1 store is inherited
 * unchanged. Released: never edit; add a new file for version 3.
 *
 * Cards, ballots and confidence votes are one row per participant's submission (with its
 * author and source), so a participant's own device can later add rows beside the laptop's.
 */
export const V2_STORES = {
  workshops: 'id, cycleId, teamId',
  workshopParticipants: 'id, workshopId',
  workshopCards: 'id, workshopId, clusterId, mergedIntoId',
  workshopClusters: 'id, workshopId',
  workshopBallots: 'id, workshopId, itemId, [itemId+participantId]',
  confidenceRounds: 'id, workshopId, keyResultId',
  confidenceVotes: 'id, roundId, workshopId, [roundId+participantId]',
  effortEntries: 'id, cycleId, workshopId',
} as const;

export function applyV2(db: Dexie): void {
  db.version(2).stores(V2_STORES);
}
