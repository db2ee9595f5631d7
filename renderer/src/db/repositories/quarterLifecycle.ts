import { cycleSchema, keyResultSchema, objectiveSchema, type Cycle } from '@shared/domain';
import {
  carriedBaseline,
  carriedKeyResult,
  carriedObjective,
  closedQuarter,
  nextQuarterCycle,
  reopenedQuarter,
} from '@shared/domain/quarterLifecycle';
import { nextVersion } from '@shared/domain/revisions';
import { db, newId, nowIso } from './common';

/** Closes a quarter: it becomes read-only until someone reopens it on purpose. */
export async function closeQuarter(cycleId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cycles, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const at = nowIso();
    await d.cycles.put(
      cycleSchema.parse({ ...closedQuarter(cycle, at), ...nextVersion(cycle, at) }),
    );
  });
}

/** Reopens a closed quarter at its retrospective, an explicit action with nothing lost. */
export async function reopenQuarter(cycleId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cycles, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const at = nowIso();
    await d.cycles.put(
      cycleSchema.parse({ ...reopenedQuarter(cycle, at), ...nextVersion(cycle, at) }),
    );
  });
}

/**
 * Starts the next quarter from this one's retrospective, in one transaction: a new quarter in
 * Setting, every carried-forward KR copied under a copy of its objective with its last value as
 * the new baseline and a link back to where it came from, and this quarter closed.
 */
export async function startNextQuarter(cycleId: string): Promise<Cycle> {
  const d = db();
  return d.transaction(
    'rw',
    [d.cycles, d.objectives, d.keyResults, d.checkIns, d.keyResultRetros],
    async () => {
      const cycle = await d.cycles.get(cycleId);
      if (!cycle) throw new Error('That quarter no longer exists.');
      const at = nowIso();
      const next = nextQuarterCycle(cycle, newId(), at);
      if (!next) throw new Error(`“${cycle.label}” is not a quarter label like 2027-Q1.`);
      const clash = await d.cycles
        .where('[teamId+label]')
        .equals([cycle.teamId, next.label])
        .first();
      if (clash) throw new Error(`This team already has a quarter called ${next.label}.`);
      const created = cycleSchema.parse(next);
      await d.cycles.add(created);

      const retros = await d.keyResultRetros.where('cycleId').equals(cycle.id).toArray();
      const carried = new Set(retros.filter((r) => r.carryForward).map((r) => r.keyResultId));
      const keyResults = (await d.keyResults.where('cycleId').equals(cycle.id).toArray())
        .filter((kr) => carried.has(kr.id))
        .sort((a, b) => a.order - b.order);
      const checkIns = await d.checkIns.where('cycleId').equals(cycle.id).toArray();
      const objectives = (await d.objectives.where('cycleId').equals(cycle.id).toArray()).sort(
        (a, b) => a.order - b.order,
      );
      let objectiveOrder = 0;
      for (const objective of objectives) {
        const own = keyResults.filter((kr) => kr.objectiveId === objective.id);
        if (own.length === 0) continue;
        const copy = objectiveSchema.parse(
          carriedObjective(objective, created.id, { id: newId(), order: objectiveOrder++, at }),
        );
        await d.objectives.add(copy);
        await d.keyResults.bulkAdd(
          own.map((kr, order) =>
            keyResultSchema.parse(
              carriedKeyResult(
                kr,
                {
                  objectiveId: copy.id,
                  cycleId: created.id,
                  baseline: carriedBaseline(kr, checkIns),
                },
                { id: newId(), order, at },
              ),
            ),
          ),
        );
      }
      await d.cycles.put(
        cycleSchema.parse({ ...closedQuarter(cycle, at), ...nextVersion(cycle, at) }),
      );
      return created;
    },
  );
}
