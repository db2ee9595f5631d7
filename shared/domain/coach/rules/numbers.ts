import { directionMismatch } from './directionMismatch';
import { namedMeasureGoesBack } from './directionReadings';
import type { Direction } from '../../enums';
import { comparable, type KeyResultAnalysis, type ResolvedValue } from '../analyze';
import { makeFinding } from '../catalog';
import type { Finding, FindingRef, CoachKeyResult } from '../types';
import { inFieldUnits } from '../text/fields';
import { metricInSentence } from '../wording';
import { stockOutcomeFor } from './outcomeHints';
import { metBound } from './targetMet';
import {
  isPhysicalMeasure,
  isTrivialChange,
  isWrongWayStep,
  scaleRangeOf,
  writtenFigures,
} from './trivialChange';

export {
  isTrivialChange,
  scaleRangeOf,
  TRIVIAL_COUNT_TOLERANCE,
  TRIVIAL_HEADROOM_TOLERANCE,
  TRIVIAL_SCALE_TOLERANCE,
  TRIVIAL_TOLERANCE,
} from './trivialChange';

function nice(n: number): number {
  const digits = Math.abs(n) >= 10 ? 0 : Math.abs(n) >= 1 ? 1 : 2;
  return Number(n.toFixed(digits));
}

function metricName(kr: CoachKeyResult): string {
  const metric = kr.metric?.trim();
  return metric ? metricInSentence(metric, kr.title) : 'the metric';
}

function show(v: ResolvedValue): string {
  return String(v.value);
}

/** A target that asks for real movement: half the distance to zero, or to 100 %. */
export function proposeTarget(
  baseline: number,
  direction: Direction,
  isPercent: boolean,
): number | null {
  if (direction === 'decrease') return baseline === 0 ? null : nice(baseline / 2);
  if (isPercent && baseline < 100) return nice(baseline + (100 - baseline) / 2);
  return baseline === 0 ? null : nice(baseline * 1.5);
}

/** missing-baseline, missing-target, missing-metric, trivial-target, direction-mismatch. */
export function numberRules(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  objective: FindingRef,
): Finding[] {
  if (kr.isMilestone) return [];
  const keyResult = { id: kr.id, title: kr.title };
  const out: Finding[] = [];
  const name = metricName(kr);
  const relative = a.numbers.relative;
  const relativeText = relative ? `"${relative.phrase}"` : '';

  if (!a.hasMetric) {
    // Not every KR without a metric is a task, so no example built from its object here.
    const hint = stockOutcomeFor(a.text);
    out.push(
      makeFinding({
        rule: 'missing-metric',
        objective,
        keyResult,
        message:
          'No metric: neither the metric field nor the wording names something you can measure.',
        suggestion: `Name the number that would move if this succeeded, and how it is measured; for example ${hint?.outcome ?? 'the share of the people it is for who use it or complete what it offers, from 40 % to 55 %'}.`,
      }),
    );
  }
  if (!a.baseline) {
    out.push(
      makeFinding({
        rule: 'missing-baseline',
        objective,
        keyResult,
        message: relative
          ? `No baseline: ${relativeText} is relative to a starting point nobody wrote down.`
          : 'No baseline: the KR does not say where you are today.',
        suggestion: `Measure ${name} now (for example the average of the last four weeks) and record it as the baseline, or write it into the KR: "from X to Y".`,
      }),
    );
  }
  // "Put 30 more merchants live": the increment is what counts as success, with no level.
  const incrementOnly = a.numbers.increment !== null && !a.baseline;
  if (!a.target && !(relative && a.baseline) && !incrementOnly) {
    out.push(
      makeFinding({
        rule: 'missing-target',
        objective,
        keyResult,
        message: relative
          ? `No absolute target: ${relativeText} cannot be checked without a baseline.`
          : 'No target: the KR does not say what value counts as success.',
        suggestion: relative
          ? `Once the baseline is measured, turn ${relativeText} into a number, e.g. "${name} from 40 to 20".`
          : `Set the level that ${name} should reach by the end of the quarter and write it into the KR, e.g. "from X to Y".`,
      }),
    );
  }
  let met: ReturnType<typeof metBound> = null;
  if (a.baseline && a.target) {
    const [b, t] = comparable(a.baseline, a.target);
    met = metBound(kr, a, b, t, objective.title);
    const isCount =
      a.baseline.dimension === 'none' &&
      a.target.dimension === 'none' &&
      !isPhysicalMeasure(kr.unit ?? '', a.numbers.masked);
    // A score out of 100 is read from the metric's words and the numbers on it, never a share.
    const scale = scaleRangeOf(`${a.metricText} ${a.text}`, ...(a.isPercent ? [] : [b, t]));
    // "Rating from 4.2 to 4.0" under "Reach a 4.5-star rating": with the level to reach stated
    // in the objective, a small step the wrong way is a direction mismatch (that rule says so),
    // not a target too close to need work. (Without one, a tiny change either way is trivial.)
    const wrongWay =
      isWrongWayStep(kr, a, b, t, objective.title) ||
      (a.numericDirection !== null &&
        namedMeasureGoesBack(a, kr.direction, a.verbDirection) !== null);
    const asked = kr.direction ?? a.verbDirection ?? a.numericDirection;
    const forward = asked === null || asked === a.numericDirection;
    if (
      met ||
      (!wrongWay &&
        isTrivialChange(
          b,
          t,
          a.isPercent,
          scale,
          isCount && !a.isPercent,
          forward,
          writtenFigures(a.baseline, a.target, [b, t]),
        ))
    ) {
      const bound = met;
      const dir =
        (bound && (bound === 'at-most' ? 'decrease' : 'increase')) ??
        kr.direction ??
        a.verbDirection ??
        a.naturalDirection ??
        // "Queue wait from 8:00 to 7:50": the tiny change still says which way is better.
        a.numericDirection ??
        'increase';
      // The proposal is a field value, so it is in the unit column's units ("2 hours" with unit
      // "min" proposes from 120); the coach then rewrites the title's number to match.
      const stated = a.baseline.source === 'text' ? a.numbers.baseline : null;
      const from = stated ? inFieldUnits(stated, kr.unit) : a.baseline.value;
      const proposal = proposeTarget(from, dir, a.isPercent);
      out.push(
        makeFinding({
          rule: 'trivial-target',
          objective,
          keyResult,
          message: met
            ? `Baseline ${show(a.baseline)} already meets the target (${bound === 'at-most' ? 'at most' : 'at least'} ${show(a.target)}): the KR is met before any work starts.`
            : `Baseline ${show(a.baseline)} and target ${show(a.target)} are ${b === t ? 'the same' : 'too close to need any change'}: the KR is met before any work starts.`,
          suggestion:
            proposal === null
              ? 'Set a target that needs real change, or drop the KR if it is a health metric to watch.'
              : `Set a target that needs real change, e.g. ${from} → ${proposal}, or move it to the health metrics you watch.`,
          rewrite: proposal !== null ? { target: proposal } : undefined,
        }),
      );
    }
  }
  // A limit already met is trivial, not reversed: its numbers only look like the wrong way.
  const mismatch = met ? null : directionMismatch(kr, a, objective);
  if (mismatch) out.push(mismatch);
  return out;
}
