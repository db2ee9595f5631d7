import { cycleSchema, keyResultSchema, objectiveSchema, type Cycle } from '@shared/domain';
import { nextVersion } from '@shared/domain/revisions';
import { db, newId, nowIso, quarterTables } from './common';
import { deleteWorkshopRows, quarterWorkshopRows, workshopTablesOf } from './workshops';

/**
 * The lifecycle rules load when a quarter is closed, reopened or followed, not with the first
 * screen (carrying key results forward brings the coach's text rules). Awaited before each
 * transaction, which must wait on nothing but the database.
 */
const lifecycle = () => import('@shared/domain/quarterLifecycle');

/** Closes a quarter: it becomes read-only until someone reopens it on purpose. */
export async function closeQuarter(cycleId: string): Promise<void> {
  const { closedQuarter } = await lifecycle();
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
  const { reopenedQuarter } = await lifecycle();
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
export async function startNextQuarter(cycleId: string): Promise<StartedQuarter> {
  const { carriedBaseline, carriedKeyResult, carriedObjective, closedQuarter, nextQuarterCycle } =
    await lifecycle();
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
      return { created, closed: cycle };
    },
  );
}

/** What starting the next quarter did: the quarter created, and the one closed as it was before. */
export type StartedQuarter = { created: Cycle; closed: Cycle };

/**
 * Takes back {@link startNextQuarter} in one transaction: the new quarter goes, with everything
 * in it, and the closed one is open again exactly as it was (its retrospective and scores kept).
 */
export async function undoStartNextQuarter({ created, closed }: StartedQuarter): Promise<void> {
  const d = db();
  const tables = [d.cycles, ...quarterTables(d), d.wizardDrafts, ...workshopTablesOf(d)];
  await d.transaction('rw', tables, async () => {
    await d.cycles.delete(created.id);
    for (const table of [...quarterTables(d), d.wizardDrafts]) {
      await table.where('cycleId').equals(created.id).delete();
    }
    // A workshop begun in the new quarter in the meantime goes with it.
    await deleteWorkshopRows(d, await quarterWorkshopRows(d, [created.id]));
    const current = await d.cycles.get(closed.id);
    if (!current) throw new Error(`${closed.label} no longer exists.`);
    await d.cycles.put(
      cycleSchema.parse({
        ...current,
        phase: closed.phase,
        closedAt: closed.closedAt,
        ...nextVersion(current, nowIso()),
      }),
    );
  });
}
