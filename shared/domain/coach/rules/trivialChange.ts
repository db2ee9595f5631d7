import type { KeyResultAnalysis, ResolvedValue } from '../analyze';
import { PHYSICAL_UNIT } from '../text/units';
import type { CoachKeyResult } from '../types';

/**
 * A target within 5 % of the baseline (relative to the baseline's magnitude) is trivial.
 * For percentages the headroom to 100 % must also move by at most a quarter: 99.7 % → 99.95 %
 * uptime is a 0.25 % change in value but cuts downtime by 83 %, so it is not trivial;
 * 99.1 % → 99.2 % (downtime cut by 11 %), 99.95 % → 99.96 % (by 20 %: the same uptime written
 * without the % sign is trivial by the 5 % rule) and a change failure rate of 15 % → 14.8 % are.
 */
export const TRIVIAL_TOLERANCE = 0.05;
/** How much of the headroom to 100 % a percentage target may take and still be trivial. */
export const TRIVIAL_HEADROOM_TOLERANCE = 0.25;

/**
 * A score on a fixed scale (NPS runs from −100 to 100) is trivial when it moves by at most
 * this share of the scale, however small the baseline: NPS 12 → 13 is noise, not a result.
 */
export const TRIVIAL_SCALE_TOLERANCE = 0.015;

/**
 * A whole-number count (incidents, escaped bugs) moving by no more than this share, and by no
 * more than its counting noise (√n: 14 incidents a quarter is 14 ± 4), is trivial: one fewer
 * P1 in fourteen is a quiet quarter, not a result. A large count is held to the 5 % above.
 */
export const TRIVIAL_COUNT_TOLERANCE = 0.1;

// A physical reading (text/units.ts) is a level read off an instrument, not things counted, so
// counting noise (√n) says nothing about it.
const PHYSICAL_FIELD = new RegExp(`^${PHYSICAL_UNIT}(?:\\s*(?:/|per)\\b.*)?$`);
const PHYSICAL_IN_TEXT = new RegExp(`«\\d+»\\s*${PHYSICAL_UNIT}(?![\\w/])`);

/** True when the KR's numbers are readings in a physical unit (the unit column or the title's). */
export function isPhysicalMeasure(unitField: string, masked: string): boolean {
  return PHYSICAL_FIELD.test(unitField.trim().toLowerCase()) || PHYSICAL_IN_TEXT.test(masked);
}

const SCALES: readonly { pattern: RegExp; range: number }[] = [
  { pattern: /\b(?:e?nps|net promoter(?: score)?)\b/, range: 200 },
];

/**
 * A score out of 100 (a cupping, tasting, audit or mock-test score) moves by whole points of its
 * scale: a point or more is a real step however high the score stands (84.1 → 85.5 is a grade
 * up), and less than a point is noise (88.6 → 88.8). The 5 % and headroom rules of percentages
 * do not apply to it: they would call any step under four points near the top trivial.
 */
export const HUNDRED_POINT_STEP = 1;

/**
 * A share in the middle of its range moves by whole percentage points: two points or more is a
 * real step however large the share ("head rice yield from 61.5% to 64%" is 2.5 points more of
 * every tonne), though it is under 5 % of the baseline. Near 100 % the headroom rule decides.
 * (Only a step the way the KR asks: a target behind today's value needs no work at all.)
 */
export const PERCENT_POINT_STEP = 2;
const SCORE_WORD = /\bscores?\b|\/\s*100\b|\bout of 100\b/;

/** The range of the fixed scale a metric is scored on, if it is a known one. */
export function scaleRangeOf(text: string, baseline?: number, target?: number): number | null {
  const known = SCALES.find((s) => s.pattern.test(text))?.range ?? null;
  if (known !== null || baseline === undefined || target === undefined) return known;
  const onHundred = (v: number): boolean => v >= 0 && v <= 100;
  return SCORE_WORD.test(text) &&
    onHundred(baseline) &&
    onHundred(target) &&
    Math.max(baseline, target) > 10
    ? 100
    : null;
}

/**
 * A step of no more than one unit of the last digit the coarser figure is written to ("1.9 % →
 * 1.8 %", "1.5 → 1.4 deductions a routine", "0.9 % → 0.85 %", "19 → 18 days") is the smallest
 * change the writer's own figures can show: each is only good to half that unit, so the change
 * may be nothing. Up to twice the 5 % tolerance such a step is trivial; a larger share of the
 * baseline ("2 → 1", "0.9 → 0.8") is a real cut however coarsely it is written. Only a step the
 * way the KR asks: one the other way ("error from 18 % to 19 %") is a direction mismatch.
 */
export const LAST_DIGIT_TOLERANCE = 2 * TRIVIAL_TOLERANCE;

/** Digits after the decimal point in a figure as it would be written (1.9 → 1, 0.85 → 2). */
function decimalsOf(n: number): number {
  const text = String(n);
  const point = text.indexOf('.');
  return text.includes('e') || point < 0 ? 0 : text.length - point - 1;
}

/**
 * The two figures as written, when both are in the same unit ("19 days to 18", not 19 and 18
 * turned into seconds, where the last digit written is lost), else the compared values.
 */
export function writtenFigures(
  from: ResolvedValue,
  to: ResolvedValue,
  compared: readonly [number, number],
): readonly [number, number] {
  const factor = (v: ResolvedValue): number => (v.value === 0 ? NaN : v.base / v.value);
  const same =
    from.dimension === to.dimension &&
    from.per === to.per &&
    Math.abs(factor(from) - factor(to)) <= 1e-9 * Math.abs(factor(from));
  return same ? [from.value, to.value] : compared;
}

function isLastDigitStep([baseline, target]: readonly [number, number]): boolean {
  const [from, to] = [decimalsOf(baseline), decimalsOf(target)];
  // A whole number beside a decimal one may have lost its trailing zeros ("8.2 → 9.0" is read as
  // 8.2 → 9), so it is taken to be written to the other's places, not to the unit.
  const places = from === 0 || to === 0 ? Math.max(from, to) : Math.min(from, to);
  const unit = 10 ** -places;
  return Math.abs(target - baseline) <= unit + 1e-9;
}

/** True when a baseline → target change is too small to mean anything. */
export function isTrivialChange(
  baseline: number,
  target: number,
  isPercent: boolean,
  scaleRange: number | null = null,
  isCount = false,
  forward = true,
  written: readonly [number, number] = [baseline, target],
): boolean {
  if (baseline === target) return true;
  if (scaleRange === 100) return Math.abs(target - baseline) < HUNDRED_POINT_STEP - 1e-9;
  if (scaleRange !== null && Math.abs(target - baseline) <= scaleRange * TRIVIAL_SCALE_TOLERANCE) {
    return true;
  }
  const diff = Math.abs(target - baseline);
  const scale = Math.abs(baseline) || Math.abs(target);
  if (
    isCount &&
    Number.isInteger(baseline) &&
    Number.isInteger(target) &&
    diff / scale <= TRIVIAL_COUNT_TOLERANCE &&
    diff <= Math.sqrt(Math.max(Math.abs(baseline), Math.abs(target)))
  ) {
    return true;
  }
  // (Within a rounding error: 2.0 → 1.9 is 5 % of 2.0, though 0.1 / 2 is a hair over in floats.)
  const tolerance = forward && isLastDigitStep(written) ? LAST_DIGIT_TOLERANCE : TRIVIAL_TOLERANCE;
  if (diff / scale > tolerance + 1e-9) return false;
  const inRange = (v: number): boolean => v >= 0 && v <= 100;
  if (isPercent && inRange(baseline) && inRange(target)) {
    if (forward && diff >= PERCENT_POINT_STEP - 1e-9) return false;
    const headroom = Math.max(100 - baseline, 100 - target);
    if (headroom > 0 && diff / headroom > TRIVIAL_HEADROOM_TOLERANCE) return false;
  }
  return true;
}

/**
 * A step the wrong way that is a direction mismatch, not a target too close to need work. With
 * the level to reach stated in the objective ("Rating from 4.2 to 4.0" under "Reach a 4.5-star
 * rating"), or with the title's own verb saying which way ("Raise policy renewal rate from 83%
 * to 79%"), the numbers contradict what the KR says it wants: that rule says so. (Without
 * either, a tiny change either way stays trivial, as the corpus has it.)
 */
export function isWrongWayStep(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  b: number,
  t: number,
  objectiveTitle: string,
): boolean {
  const numeric = a.numericDirection;
  if (b === t || numeric === null || numeric === undefined) return false;
  const stated = kr.direction ?? null;
  if (stated !== null && stated !== numeric && /\d/.test(objectiveTitle)) return true;
  const verb = a.verbDirection ?? null;
  return verb !== null && verb !== numeric && (stated === null || stated === verb);
}
