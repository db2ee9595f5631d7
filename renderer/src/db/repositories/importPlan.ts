import type { Objective } from '@shared/domain';
import type { CsvPlan } from '@shared/domain/planCsv';
import { prepareImport } from '@shared/domain/planImport';
import { db } from './common';
import { listParentCandidates } from './cycles';
import { createKeyResult } from './keyResults';
import { createObjective } from './objectives';

/** What an import wrote. */
export interface ImportResult {
  objectives: Objective[];
  keyResultCount: number;
}

/**
 * Writes a parsed plan into a quarter in one transaction, after its existing objectives: every
 * objective and key result lands, or nothing does.
 */
export async function importPlan(cycleId: string, plan: CsvPlan): Promise<ImportResult> {
  const d = db();
  return d.transaction(
    'rw',
    [d.teams, d.levels, d.cycles, d.objectives, d.keyResults],
    async () => {
      const cycle = await d.cycles.get(cycleId);
      if (!cycle) throw new Error('That quarter no longer exists.');
      const team = await d.teams.get(cycle.teamId);
      const prepared = prepareImport(plan, {
        quarterLabel: cycle.label,
        teamName: team?.name ?? '',
        parents: await listParentCandidates(cycle),
      });
      const [first] = prepared.errors;
      if (first) throw new Error(`Row ${first.row}: ${first.message}`);
      const objectives: Objective[] = [];
      // The repository calls join this transaction rather than opening their own.
      for (const item of prepared.items) {
        const objective = await createObjective(cycleId, item.objective);
        for (const kr of item.keyResults) await createKeyResult(objective.id, kr);
        objectives.push(objective);
      }
      return { objectives, keyResultCount: prepared.keyResultCount };
    },
  );
}
