import { countsTheMeans } from './purposeAndAims';
import {
  intervalFlip,
  isPlainBound,
  namedMeasureGoesBack,
  raisesABadThing,
  verbAgainstItsMeasure,
  fieldAgainstItsMeasure,
} from './directionReadings';
import type { Direction } from '../../enums';
import { comparable, type KeyResultAnalysis, type ResolvedValue } from '../analyze';
import { makeFinding } from '../catalog';
import { improveMeansHigher } from '../text/statedMove';
import type { Finding, FindingRef, CoachKeyResult } from '../types';
import { inFieldUnits } from '../text/fields';
import { metricInSentence } from '../wording';
import { stockOutcomeFor } from './outcomeHints';
import { boundIsUpTo, metBound } from './targetMet';
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

const SWAP: Readonly<Record<Direction, string>> = { increase: 'Increase', decrease: 'Reduce' };
const VERB_WORD =
  /^(\s*)(reduce|cut|lower|decrease|shrink|drop|shorten|increase|raise|grow|boost|lift)\b/i;

function swapVerb(title: string, to: Direction): string | undefined {
  const m = VERB_WORD.exec(title);
  if (!m) return undefined;
  const word = m[2] ?? '';
  const replacement = word[0] === word[0]?.toLowerCase() ? SWAP[to].toLowerCase() : SWAP[to];
  return `${m[1] ?? ''}${replacement}${title.slice(m[0].length)}`;
}

// ("Speed up search: p95 from 650 ms to 1.1 s" asks for the better way as "improve" does.)
const IMPROVE = /^(?:improve|better|optimi[sz]e|speed up|quicken)\b/;

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
    const wrongWay = isWrongWayStep(kr, a, b, t, objective.title);
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

function directionMismatch(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  objective: FindingRef,
): Finding | null {
  const keyResult = { id: kr.id, title: kr.title };
  const numeric = a.numericDirection;
  const stated = kr.direction;
  const verb = a.verbDirection;
  if (numeric) {
    const fieldWrong = stated !== null && stated !== numeric;
    // ("Cut cleaning frequency from every 21 days to every 45 days": intervals, so fewer cleans.)
    const verbWrong = verb !== null && verb !== intervalFlip(a, numeric) && !countsTheMeans(a.lead);
    const range = `${a.baseline?.value} → ${a.target?.value}`;
    const natural = a.naturalDirection;
    // (A time the KR names as such, "login time", is better shorter even where the lexicon is
    // silent about the measure.)
    const betterWay =
      natural ??
      (a.target?.dimension === 'time' &&
      (/\b(?:time|latency|duration|wait)\b/.test(a.text) || /^(?:speed up|quicken)\b/.test(a.text))
        ? 'decrease'
        : IMPROVE.test(a.text) && improveMeansHigher(`${a.metricText} ${a.text}`, a.isPercent)
          ? 'increase'
          : null);
    // "Improve median login time from 19 s to 31 s": with no direction set, "improve" means
    // the metric's better way, and a time that grows is not an improvement.
    if (
      !fieldWrong &&
      !verbWrong &&
      stated === null &&
      verb === null &&
      betterWay !== null &&
      betterWay !== numeric &&
      IMPROVE.test(a.text)
    ) {
      return makeFinding({
        rule: 'direction-mismatch',
        objective,
        keyResult,
        message: `The KR says "improve" but baseline → target (${range}) goes the wrong way for this metric.`,
        suggestion: `This metric should ${betterWay}: check the baseline and target; they may be swapped.`,
      });
    }
    if (!fieldWrong && !verbWrong) {
      const better = namedMeasureGoesBack(a, stated, verb);
      if (better !== null) {
        return makeFinding({
          rule: 'direction-mismatch',
          objective,
          keyResult,
          message: `Baseline → target (${range}) goes the wrong way for this measure: success would score as progress.`,
          suggestion: `This measure should ${better}: check the baseline and target; they may be swapped.`,
        });
      }
      if (!raisesABadThing(a, stated, verb)) return null;
      return makeFinding({
        rule: 'direction-mismatch',
        objective,
        keyResult,
        message: `The KR asks for more of something that goes wrong (${range}): success would score as progress.`,
        suggestion:
          'Measure the good side and raise it, or set this one to decrease: check the baseline and target.',
        rewrite: { direction: 'decrease' },
      });
    }
    const said = verbWrong ? `says "${verb}"` : `has direction "${stated ?? ''}"`;
    if (natural && natural !== numeric && (verb ?? stated) === natural) {
      return makeFinding({
        rule: 'direction-mismatch',
        objective,
        keyResult,
        message: `The KR ${said} but baseline → target (${range}) goes the other way.`,
        suggestion: `This metric should ${natural}: check the baseline and target; they may be swapped.`,
      });
    }
    const title = verbWrong ? swapVerb(kr.title, numeric) : undefined;
    return makeFinding({
      rule: 'direction-mismatch',
      objective,
      keyResult,
      message: `The KR ${said} but baseline → target (${range}) is ${numeric === 'increase' ? 'an' : 'a'} ${numeric}.`,
      suggestion: title
        ? `Make the wording and direction match the numbers: "${title}".`
        : `Make the direction match the numbers: ${numeric}.`,
      rewrite: {
        ...(stated !== numeric ? { direction: numeric } : {}),
        ...(title ? { title } : {}),
      },
    });
  }
  const better = verbAgainstItsMeasure(a, verb);
  if (better !== null && (stated ?? verb) === verb) {
    // ("Increase mean time to detect …" → "Reduce mean time to detect …", direction with it.)
    const title = swapVerb(kr.title, better);
    return makeFinding({
      rule: 'direction-mismatch',
      objective,
      keyResult,
      message: `The KR asks to ${verb} a measure that is better when it goes the other way.`,
      suggestion: title
        ? `Make the wording match the measure: "${title}".`
        : `This measure should ${better}: check the verb and the target.`,
      rewrite: title ? { title, ...(stated !== null ? { direction: better } : {}) } : undefined,
    });
  }
  const sure = fieldAgainstItsMeasure(a, stated, verb);
  if (sure !== null) {
    return makeFinding({
      rule: 'direction-mismatch',
      objective,
      keyResult,
      message: `The direction is set to "${stated ?? ''}" but this measure is better when it goes the other way.`,
      suggestion: `Set the direction to "${sure}" so progress is scored the right way round.`,
      rewrite: { direction: sure },
    });
  }
  if (stated && verb && stated !== verb) {
    return makeFinding({
      rule: 'direction-mismatch',
      objective,
      keyResult,
      message: `The wording asks to ${verb} but the direction is set to "${stated}".`,
      suggestion: `Set the direction to "${verb}" so progress is scored the right way round.`,
      rewrite: { direction: verb },
    });
  }
  // "p95 under 3 s" with direction "increase": a ceiling is reached by going down, a floor ("at
  // least 99.9%") by going up ("up to 99.95%" says where a rise goes, no ceiling). Only with the
  // bound's one number and a word of more or less: "within 24 hours for 95% of tickets" is a
  // window on a share, and the share's direction is its own.
  const bound = a.numbers.targetBound;
  if (stated && !verb && bound && !boundIsUpTo(a) && isPlainBound(a)) {
    const implied: Direction = bound === 'at-most' ? 'decrease' : 'increase';
    if (implied !== stated) {
      return makeFinding({
        rule: 'direction-mismatch',
        objective,
        keyResult,
        message: `The target is ${bound === 'at-most' ? 'a ceiling' : 'a floor'} but the direction is set to "${stated}".`,
        suggestion: `Set the direction to "${implied}" so progress is scored the right way round.`,
        rewrite: { direction: implied },
      });
    }
  }
  return null;
}
