import type { CheckIn, Cycle } from '../entities';
import { formatShortDate } from '../format';
import { effectiveCheckIns } from './history';
import { type Measurable, paceOf } from './progress';

/** Confidence below this (in %) puts a key result at risk; exactly this is not low. */
export const LOW_CONFIDENCE = 40;

/** A fall of at least this many points between two check-ins puts a key result at risk. */
export const CONFIDENCE_DROP = 20;

/** Why a key result is at risk, with a sentence a person reads in the at-risk list. */
export type AtRiskReason = {
  kind: 'low-confidence' | 'confidence-drop' | 'behind-path';
  message: string;
};

/** A key result that is at risk, with every reason that applies. */
export type AtRiskItem = { keyResultId: string; reasons: AtRiskReason[] };

type CycleDates = Pick<Cycle, 'startDate' | 'endDate'>;

function percent(fraction: number): number {
  // `|| 0` turns −0 into 0 so a sentence never shows "-0%".
  return Math.round(fraction * 100) || 0;
}

function behindMessage(kr: Measurable, progress: number, expected: number, date: string): string {
  const day = formatShortDate(date);
  if (kr.isMilestone) return `Not done by the end of the quarter (${day}).`;
  if (kr.baseline !== null && kr.baseline === kr.target) {
    return `Off target on ${day}, when it was expected to hold all quarter.`;
  }
  const worse = progress < 0 ? ' (worse than the baseline)' : '';
  return `At ${percent(progress)}% of the way to target${worse} when ${percent(expected)}% was expected by ${day}.`;
}

/**
 * Why one key result is at risk, from its check-ins (superseded ones are ignored), in
 * this order:
 * - low-confidence: the latest confidence is below {@link LOW_CONFIDENCE};
 * - confidence-drop: it fell by {@link CONFIDENCE_DROP} points or more since the previous
 *   check-in;
 * - behind-path: the latest recorded value is well behind the straight path from
 *   baseline to target (see `paceOf`), judged on the date that value was recorded.
 *
 * Empty when the key result has no check-ins yet.
 */
export function atRiskReasons(
  kr: Measurable,
  cycle: CycleDates,
  krCheckIns: readonly CheckIn[],
  today: string,
): AtRiskReason[] {
  const history = effectiveCheckIns(krCheckIns);
  const latest = history.at(-1);
  if (!latest) return [];
  const reasons: AtRiskReason[] = [];

  if (latest.confidence < LOW_CONFIDENCE) {
    reasons.push({
      kind: 'low-confidence',
      message: `Confidence is ${latest.confidence}%, below ${LOW_CONFIDENCE}%.`,
    });
  }

  const previous = history.at(-2);
  if (previous && previous.confidence - latest.confidence >= CONFIDENCE_DROP) {
    const fall = previous.confidence - latest.confidence;
    reasons.push({
      kind: 'confidence-drop',
      message: `Confidence fell ${fall} points since the last check-in (from ${previous.confidence}% to ${latest.confidence}%).`,
    });
  }

  // A confidence-only check-in must not hide a value that is behind: use the last value.
  const measured = history.findLast((c) => c.value !== null) ?? null;
  const pace = paceOf(kr, cycle, measured, today);
  if (measured && pace.status === 'behind' && pace.progress !== null) {
    reasons.push({
      kind: 'behind-path',
      message: behindMessage(kr, pace.progress, pace.expected, measured.date),
    });
  }
  return reasons;
}

/**
 * The key results at risk, in input order, each with its reasons; key results with no
 * reason are left out.
 */
export function atRiskList(
  krs: readonly (Measurable & { id: string })[],
  cycle: CycleDates,
  checkIns: readonly CheckIn[],
  today: string,
): AtRiskItem[] {
  const effective = effectiveCheckIns(checkIns);
  const items: AtRiskItem[] = [];
  for (const kr of krs) {
    const own = effective.filter((c) => c.keyResultId === kr.id);
    const reasons = atRiskReasons(kr, cycle, own, today);
    if (reasons.length > 0) items.push({ keyResultId: kr.id, reasons });
  }
  return items;
}
