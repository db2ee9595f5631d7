import {
  calendarQuarter,
  cycleSchema,
  keyResultSchema,
  objectiveSchema,
  type Cycle,
  type KeyResult,
} from '@shared/domain';
import { latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import { carryForwardTitle } from '@shared/domain/coach/text/rewriteTitle';
import { db, newId, nowIso } from './common';

/** The label of the quarter after `label`: 2026-Q4 → 2027-Q1. */
export function nextQuarterLabel(label: string): ReturnType<typeof calendarQuarter> {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new Error(`“${label}” is not a quarter label like 2027-Q1.`);
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  return quarter === 4
    ? calendarQuarter(year + 1, 1)
    : calendarQuarter(year, (quarter + 1) as 2 | 3 | 4);
}

/** Closes a quarter: it becomes read-only until someone reopens it on purpose. */
export async function closeQuarter(cycleId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cycles, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    await d.cycles.put(
      cycleSchema.parse({ ...cycle, phase: 'closed', closedAt: nowIso(), updatedAt: nowIso() }),
    );
  });
}

/** Reopens a closed quarter at its retrospective, an explicit action with nothing lost. */
export async function reopenQuarter(cycleId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cycles, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    await d.cycles.put(
      cycleSchema.parse({ ...cycle, phase: 'retrospective', closedAt: null, updatedAt: nowIso() }),
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
      const next = nextQuarterLabel(cycle.label);
      const clash = await d.cycles
        .where('[teamId+label]')
        .equals([cycle.teamId, next.label])
        .first();
      if (clash) throw new Error(`This team already has a quarter called ${next.label}.`);
      const at = nowIso();
      const created = cycleSchema.parse({
        ...next,
        id: newId(),
        teamId: cycle.teamId,
        cadence: cycle.cadence,
        phase: 'setting',
        businessNeed: cycle.businessNeed,
        engineeringLever: cycle.engineeringLever,
        previousCycleId: cycle.id,
        closedAt: null,
        createdAt: at,
        updatedAt: at,
      });
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
        const copy = objectiveSchema.parse({
          ...objective,
          id: newId(),
          cycleId: created.id,
          order: objectiveOrder++,
          acknowledgements: [],
          createdAt: at,
          updatedAt: at,
        });
        await d.objectives.add(copy);
        await d.keyResults.bulkAdd(
          own.map((kr, i) =>
            carryKeyResult(kr, copy.id, created.id, i, lastValue(kr, checkIns), at),
          ),
        );
      }
      await d.cycles.put(
        cycleSchema.parse({ ...cycle, phase: 'closed', closedAt: at, updatedAt: at }),
      );
      return created;
    },
  );
}

/** Where a KR ended the quarter: its final value, else its last measured check-in, else its baseline. */
function lastValue(
  kr: KeyResult,
  checkIns: Parameters<typeof latestMeasuredCheckIn>[1],
): number | null {
  return kr.finalValue ?? latestMeasuredCheckIn(kr.id, checkIns)?.value ?? kr.baseline;
}

function carryKeyResult(
  kr: KeyResult,
  objectiveId: string,
  cycleId: string,
  order: number,
  baseline: number | null,
  at: string,
): KeyResult {
  return keyResultSchema.parse({
    ...kr,
    id: newId(),
    objectiveId,
    cycleId,
    order,
    // "from 8 to 2" in the title follows the new baseline, so title and fields agree.
    title: carryForwardTitle(kr, baseline),
    baseline,
    status: 'draft',
    reflection: null,
    reflectionNote: '',
    acknowledgements: [],
    finalValue: null,
    scoreOverride: null,
    scoreOverrideReason: '',
    carriedFromKeyResultId: kr.id,
    createdAt: at,
    updatedAt: at,
  });
}
