import type { QuarterData } from '@shared/documents/model';
import { db, quarterTables } from './common';

/** Everything a quarter's review document needs, read in one consistent snapshot. */
export async function loadQuarterData(
  cycleId: string,
  now: Date = new Date(),
): Promise<QuarterData> {
  const d = db();
  return d.transaction('r', [d.teams, d.cycles, ...quarterTables(d), d.effortEntries], async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const team = await d.teams.get(cycle.teamId);
    if (!team) throw new Error('That quarter’s team no longer exists.');
    const [objectives, keyResults, checkIns, keyResultRetros, dependencies] = await Promise.all([
      d.objectives.where('cycleId').equals(cycleId).toArray(),
      d.keyResults.where('cycleId').equals(cycleId).toArray(),
      d.checkIns.where('cycleId').equals(cycleId).toArray(),
      d.keyResultRetros.where('cycleId').equals(cycleId).toArray(),
      d.dependencies.where('cycleId').equals(cycleId).toArray(),
    ]);
    const cycleRetro = (await d.cycleRetros.where('cycleId').equals(cycleId).first()) ?? null;
    const effortEntries = await d.effortEntries.where('cycleId').equals(cycleId).toArray();
    // The team's other quarters, so a carried key result's lineage can be traced back.
    const cycles = await d.cycles.where('teamId').equals(team.id).toArray();
    const history = {
      cycles,
      keyResults: await d.keyResults
        .where('cycleId')
        .anyOf(cycles.map((c) => c.id))
        .toArray(),
    };
    return {
      team,
      cycle,
      objectives,
      keyResults,
      checkIns,
      keyResultRetros,
      cycleRetro,
      dependencies,
      history,
      effortEntries,
      generatedAt: now.toISOString(),
    };
  });
}
