import type { CheckIn, Cycle, KeyResult } from '@shared/domain';
import { db } from './common';

/** A quarter a key result was carried from or into, enough to name it and open it. */
export type QuarterRef = Pick<Cycle, 'id' | 'label' | 'phase'>;

/** Where a quarter's KRs came from and went to: carry-forward lineage, both ways. */
export type Lineage = Record<
  string,
  { from?: QuarterRef | undefined; to?: QuarterRef | undefined }
>;

/** The lineage of every key result of a quarter: the quarter it was carried from and into. */
export async function keyResultLineage(cycleId: string): Promise<Lineage> {
  const d = db();
  const own = await d.keyResults.where('cycleId').equals(cycleId).toArray();
  const cycles = new Map(
    (await d.cycles.toArray()).map((c): [string, QuarterRef] => [
      c.id,
      { id: c.id, label: c.label, phase: c.phase },
    ]),
  );
  const lineage: Lineage = {};
  const sources = await d.keyResults.bulkGet(own.map((kr) => kr.carriedFromKeyResultId ?? ''));
  own.forEach((kr, i) => {
    const source = sources[i];
    if (source) lineage[kr.id] = { ...lineage[kr.id], from: cycles.get(source.cycleId) };
  });
  const successors = await d.keyResults
    .where('carriedFromKeyResultId')
    .anyOf(own.map((kr) => kr.id))
    .toArray();
  for (const next of successors) {
    if (next.carriedFromKeyResultId) {
      lineage[next.carriedFromKeyResultId] = {
        ...lineage[next.carriedFromKeyResultId],
        to: cycles.get(next.cycleId),
      };
    }
  }
  return lineage;
}

/** One quarter of a team's history, with what calibration reads from it. */
export type QuarterHistory = { cycle: Cycle; keyResults: KeyResult[]; checkIns: CheckIn[] };

/** Every quarter of a team with its key results and check-ins, for calibration across quarters. */
export async function teamHistory(teamId: string): Promise<QuarterHistory[]> {
  const d = db();
  const cycles = await d.cycles.where('teamId').equals(teamId).toArray();
  const ids = cycles.map((c) => c.id);
  const [keyResults, checkIns] = await Promise.all([
    d.keyResults.where('cycleId').anyOf(ids).toArray(),
    d.checkIns.where('cycleId').anyOf(ids).toArray(),
  ]);
  return cycles.map((cycle) => ({
    cycle,
    keyResults: keyResults.filter((kr) => kr.cycleId === cycle.id),
    checkIns: checkIns.filter((c) => c.cycleId === cycle.id),
  }));
}
