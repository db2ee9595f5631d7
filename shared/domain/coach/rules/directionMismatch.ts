import { countsTheMeans } from './purposeAndAims';
import {
  fieldAgainstItsMeasure,
  intervalFlip,
  isPlainBound,
  namedMeasureGoesBack,
  raisesABadThing,
  verbAgainstItsMeasure,
} from './directionReadings';
import type { Direction } from '../../enums';
import type { KeyResultAnalysis } from '../analyze';
import { makeFinding } from '../catalog';
import { improveMeansHigher } from '../text/statedMove';
import type { Finding, FindingRef, CoachKeyResult } from '../types';
import { boundIsUpTo } from './targetMet';

/**
 * direction-mismatch: baseline → target, the verb, the direction field and the measure's own
 * word disagree about which way the KR asks its measure to go (the readings of what a measure's
 * words say are in directionReadings.ts). numberRules calls it once the target is not already met.
 */

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

/** The direction-mismatch finding for one KR, if any. */
export function directionMismatch(
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
      // ("… to drop from 22% to 30%", direction increase: only the wording disagrees.)
      suggestion: title
        ? `Make the wording and direction match the numbers: "${title}".`
        : stated === numeric
          ? `Reword the KR to ask for ${numeric === 'increase' ? 'an' : 'a'} ${numeric}, or check the baseline and target: they may be swapped.`
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
