import type { Contents } from '@shared/domain/contents';
import { db } from './common';

/** What a team holds, counted: its quarters and everything in them. */
export async function countTeamContents(teamId: string): Promise<Contents> {
  const d = db();
  return d.transaction('r', [d.cycles, d.objectives, d.keyResults, d.checkIns], async () => {
    const cycleIds = await d.cycles.where('teamId').equals(teamId).primaryKeys();
    const [objectives, keyResults, checkIns] = await Promise.all([
      d.objectives.where('cycleId').anyOf(cycleIds).count(),
      d.keyResults.where('cycleId').anyOf(cycleIds).count(),
      d.checkIns.where('cycleId').anyOf(cycleIds).count(),
    ]);
    return { quarters: cycleIds.length, objectives, keyResults, checkIns };
  });
}

/** What one quarter holds, counted. */
export async function countQuarterContents(cycleId: string): Promise<Contents> {
  const d = db();
  return d.transaction('r', [d.objectives, d.keyResults, d.checkIns], async () => {
    const [objectives, keyResults, checkIns] = await Promise.all([
      d.objectives.where('cycleId').equals(cycleId).count(),
      d.keyResults.where('cycleId').equals(cycleId).count(),
      d.checkIns.where('cycleId').equals(cycleId).count(),
    ]);
    return { objectives, keyResults, checkIns };
  });
}
