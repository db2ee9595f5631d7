import { atRiskReasons } from '../checkins/atRisk';
import { effectiveCheckIns } from '../checkins/history';
import { clamp01, progressOf } from '../checkins/progress';
import type { CheckIn, Cycle, KeyResult } from '../entities';
import type { Phase } from '../enums';
import { keyResultScore } from '../scoring/score';
import { effectiveWeight } from '../weight';
import { descendantsOf, type ObjectiveNode, type TreeKeyResult, type TreeObjective } from './tree';

/**
 * What the tree shows a quarter by: `scores` once every owner's quarter is in Scoring or later
 * (the end of the quarter), `progress` (with confidence) during it.
 */
export type TreeMode = 'scores' | 'progress';

const SCORED_PHASES: ReadonlySet<Phase> = new Set(['scoring', 'retrospective', 'closed']);

/** The mode for a quarter's owners' cycles: scores when all are scored, else progress. */
export function treeMode(cycles: readonly Pick<Cycle, 'phase'>[]): TreeMode {
  return cycles.length > 0 && cycles.every((c) => SCORED_PHASES.has(c.phase))
    ? 'scores'
    : 'progress';
}

/** A key result's or objective's figures, each a fraction 0..1, or null when not known yet. */
export type Measures = { score: number | null; progress: number | null; confidence: number | null };

export type MeasureName = keyof Measures;
export const MEASURE_NAMES: readonly MeasureName[] = ['score', 'progress', 'confidence'];

/** What the figures read from a key result. */
export type MeasuredKeyResult = TreeKeyResult &
  Pick<
    KeyResult,
    | 'baseline'
    | 'target'
    | 'direction'
    | 'isMilestone'
    | 'finalValue'
    | 'scoreOverride'
    | 'scoreOverrideReason'
    | 'weight'
    | 'title'
    | 'unit'
  >;

/** Whether a key result is at risk (during the quarter), on track, or has nothing to go on. */
export type KeyResultHealth = 'at-risk' | 'on-track' | 'no-data';

/** A key result's figures in the tree. */
export type KeyResultFigures = Measures & { health: KeyResultHealth; atRiskReasons: string[] };

/**
 * A key result's figures from its own check-ins (superseded versions are ignored): its score
 * (the override when there is one), its progress from baseline to target at its latest measured
 * value (clamped to 0..1), and its latest confidence as a fraction.
 */
export function keyResultFigures(
  kr: MeasuredKeyResult,
  own: readonly CheckIn[],
  cycle: Pick<Cycle, 'startDate' | 'endDate'>,
  today: string,
): KeyResultFigures {
  const history = effectiveCheckIns(own);
  const latest = history.at(-1) ?? null;
  const measured = history.findLast((c) => c.value !== null) ?? null;
  const progress = progressOf(kr, measured?.value ?? null);
  const reasons = atRiskReasons(kr, cycle, history, today).map((r) => r.message);
  return {
    score: keyResultScore(kr, history).score,
    progress: progress === null ? null : clamp01(progress),
    confidence: latest ? clamp01(latest.confidence / 100) : null,
    health: reasons.length > 0 ? 'at-risk' : latest ? 'on-track' : 'no-data',
    atRiskReasons: reasons,
  };
}

/**
 * An objective's own figures: for each measure, the weighted mean over its key results that have
 * it (weights as in its score; see `effectiveWeight`), unrounded; null when none has it.
 */
export function objectiveFigures(
  krs: readonly (Pick<KeyResult, 'id' | 'weight'> & Measures)[],
): Measures {
  const mean = (name: MeasureName): number | null => {
    let sum = 0;
    let weights = 0;
    for (const kr of krs) {
      const value = kr[name];
      if (value === null || !Number.isFinite(value)) continue;
      const weight = effectiveWeight(kr.weight);
      sum += weight * clamp01(value);
      weights += weight;
    }
    return weights > 0 ? clamp01(sum / weights) : null;
  };
  return { score: mean('score'), progress: mean('progress'), confidence: mean('confidence') };
}

/** One measure rolled up over the objectives aligned below a parent. */
export type RolledMeasure = {
  /** The mean of the aligned objectives' own figures; null when none has one yet. */
  value: number | null;
  /** How many aligned objectives had a figure and counted. */
  objectiveCount: number;
  /** The key results behind those figures, each once. */
  keyResultIds: string[];
};

/** A parent's roll-up: what its aligned objectives add up to, never its own key results. */
export type RollUp = Record<MeasureName, RolledMeasure> & {
  /** Every objective aligned below, at any depth. */
  alignedCount: number;
};

/**
 * The roll-up of `node`: for each measure, the mean of the own figures (see
 * {@link objectiveFigures}) of every objective aligned below it, at any depth, each counted once
 * and equally (so a team with more key results does not outweigh one with fewer); within each
 * objective the key results weigh as in its score. The node's own key results are not part of it:
 * they are shown beside it. Null for a node with nothing aligned to it. Numbers are never copied
 * down: a roll-up only ever reads upwards.
 */
export function rollUp<O extends TreeObjective, K extends MeasuredKeyResult>(
  node: ObjectiveNode<O, K>,
  figures: (objectiveId: string) => Measures,
  counted: (objectiveId: string, measure: MeasureName) => string[],
): RollUp | null {
  const below = descendantsOf(node).slice(1);
  if (below.length === 0) return null;
  const measure = (name: MeasureName): RolledMeasure => {
    let sum = 0;
    let objectiveCount = 0;
    const keyResultIds: string[] = [];
    for (const child of below) {
      const value = figures(child.objective.id)[name];
      if (value === null) continue;
      sum += value;
      objectiveCount += 1;
      keyResultIds.push(...counted(child.objective.id, name));
    }
    return {
      value: objectiveCount > 0 ? clamp01(sum / objectiveCount) : null,
      objectiveCount,
      keyResultIds,
    };
  };
  return {
    score: measure('score'),
    progress: measure('progress'),
    confidence: measure('confidence'),
    alignedCount: below.length,
  };
}
