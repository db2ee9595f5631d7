import type { Cycle, KeyResult } from './entities';
import { formatOrdinal } from './format';

/** The team's other quarters and their key results, as far back as a carried key result goes. */
export type QuarterHistory = {
  cycles: readonly Pick<Cycle, 'id' | 'label'>[];
  keyResults: readonly Pick<KeyResult, 'id' | 'cycleId' | 'carriedFromKeyResultId'>[];
};

/** Where a carried key result came from. */
export type Lineage = {
  /** The label of the quarter it was carried from, or null when that quarter is gone. */
  carriedFrom: string | null;
  /** How many quarters it has run, this one included: 2 for "second quarter running". */
  quartersRunning: number;
  /** `second quarter running (carried from 2026-Q4)`. */
  text: string;
};

/**
 * A carried key result's lineage, following `carriedFromKeyResultId` back through `history`;
 * null for a key result that was not carried. A link to a key result that is no longer there
 * still counts as one earlier quarter, without a label; a loop in the links stops the walk.
 */
export function lineageOf(
  kr: Pick<KeyResult, 'id' | 'carriedFromKeyResultId'>,
  history: QuarterHistory,
): Lineage | null {
  if (kr.carriedFromKeyResultId === null) return null;
  const byId = new Map(history.keyResults.map((k) => [k.id, k] as const));
  const labels = new Map(history.cycles.map((c) => [c.id, c.label] as const));
  const seen = new Set([kr.id]);
  let quartersRunning = 1;
  let id: string | null = kr.carriedFromKeyResultId;
  let carriedFrom: string | null = null;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    quartersRunning += 1;
    const earlier = byId.get(id);
    if (quartersRunning === 2) carriedFrom = earlier ? (labels.get(earlier.cycleId) ?? null) : null;
    id = earlier?.carriedFromKeyResultId ?? null;
  }
  const running = `${formatOrdinal(quartersRunning)} quarter running`;
  return {
    carriedFrom,
    quartersRunning,
    text: carriedFrom === null ? running : `${running} (carried from ${carriedFrom})`,
  };
}
