import type { CheckIn, Cycle } from '../entities';
import { formatScore } from '../format';
import { bandOf, type Band } from '../scoring/bands';
import {
  keyResultFigures,
  objectiveFigures,
  rollUp,
  treeMode,
  type KeyResultFigures,
  type MeasuredKeyResult,
  type MeasureName,
  type Measures,
  type RollUp,
  type TreeMode,
} from './rollUp';
import { allNodes, descendantsOf, type AlignmentTree, type TreeObjective } from './tree';

/**
 * A node's status colour: during the quarter at risk, on track or no data yet; at its end the
 * score's band.
 */
export type NodeStatus = 'at-risk' | 'on-track' | 'no-data' | Band;

/** How each status reads next to its colour, so colour is never the only signal. */
export const NODE_STATUS_LABELS: Readonly<Record<NodeStatus, string>> = {
  'at-risk': 'At risk',
  'on-track': 'On track',
  'no-data': 'No check-in yet',
  failed: '0.0–0.3',
  short: '0.4–0.6',
  strong: '0.7–0.9',
  perfect: '1.0',
};

export type KeyResultView = KeyResultFigures & { status: NodeStatus };

export type ObjectiveView = {
  own: Measures;
  /** What the objectives aligned below add up to; null when nothing is aligned to it. */
  rollUp: RollUp | null;
  status: NodeStatus;
  /** Own key results at risk. */
  atRiskCount: number;
  /** Whether it, or anything aligned below it, has a key result at risk. */
  hasRiskBelow: boolean;
};

export type TreeFigures = {
  mode: TreeMode;
  keyResults: Map<string, KeyResultView>;
  objectives: Map<string, ObjectiveView>;
};

function statusOf(measures: Measures, mode: TreeMode, isAtRisk: boolean): NodeStatus {
  if (mode === 'scores') return measures.score === null ? 'no-data' : bandOf(measures.score);
  if (isAtRisk) return 'at-risk';
  return measures.progress !== null || measures.confidence !== null ? 'on-track' : 'no-data';
}

/**
 * Every figure the tree shows, computed once: each key result's score, progress, confidence and
 * health; each objective's own figures, its roll-up and its status colour. `mode` defaults to
 * {@link treeMode} over the quarter's cycles.
 */
export function treeFigures<O extends TreeObjective, K extends MeasuredKeyResult>(
  tree: AlignmentTree<O, K>,
  context: {
    cycles: readonly Pick<Cycle, 'id' | 'startDate' | 'endDate' | 'phase'>[];
    checkIns: readonly CheckIn[];
    today: string;
    mode?: TreeMode;
  },
): TreeFigures {
  const mode = context.mode ?? treeMode(context.cycles);
  const cycles = new Map(context.cycles.map((c) => [c.id, c] as const));
  const byKr = new Map<string, CheckIn[]>();
  for (const c of context.checkIns) {
    const list = byKr.get(c.keyResultId);
    if (list) list.push(c);
    else byKr.set(c.keyResultId, [c]);
  }
  const nodes = allNodes(tree);
  const keyResults = new Map<string, KeyResultView>();
  const own = new Map<string, Measures>();
  const counted = new Map<string, Record<MeasureName, string[]>>();
  for (const node of nodes) {
    const cycle = cycles.get(node.objective.cycleId);
    const dates = cycle ?? { startDate: context.today, endDate: context.today };
    const krs = node.keyResults.map((kr) => {
      const figures = keyResultFigures(kr, byKr.get(kr.id) ?? [], dates, context.today);
      const view = { ...figures, status: statusOf(figures, mode, figures.health === 'at-risk') };
      keyResults.set(kr.id, view);
      return { ...figures, id: kr.id, weight: kr.weight };
    });
    own.set(node.objective.id, objectiveFigures(krs));
    const ids = (name: MeasureName) => krs.filter((k) => k[name] !== null).map((k) => k.id);
    counted.set(node.objective.id, {
      score: ids('score'),
      progress: ids('progress'),
      confidence: ids('confidence'),
    });
  }
  const figuresOf = (id: string): Measures =>
    own.get(id) ?? { score: null, progress: null, confidence: null };
  const objectives = new Map<string, ObjectiveView>();
  for (const node of nodes) {
    const atRiskCount = node.keyResults.filter(
      (kr) => keyResults.get(kr.id)?.health === 'at-risk',
    ).length;
    const hasRiskBelow = descendantsOf(node).some((n) =>
      n.keyResults.some((kr) => keyResults.get(kr.id)?.health === 'at-risk'),
    );
    const rolled = rollUp(node, figuresOf, (id, name) => counted.get(id)?.[name] ?? []);
    const mine = figuresOf(node.objective.id);
    // An objective with no key results of its own is coloured by what is aligned to it.
    const shown: Measures =
      node.keyResults.length === 0 && rolled
        ? {
            score: rolled.score.value,
            progress: rolled.progress.value,
            confidence: rolled.confidence.value,
          }
        : mine;
    const isAtRisk = node.keyResults.length === 0 ? hasRiskBelow : atRiskCount > 0;
    objectives.set(node.objective.id, {
      own: mine,
      rollUp: rolled,
      status: statusOf(shown, mode, isAtRisk),
      atRiskCount,
      hasRiskBelow,
    });
  }
  return { mode, keyResults, objectives };
}

/** A fraction 0..1 as a whole percentage (`45%`), or an en dash when unknown. */
export function formatShare(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`;
}

/**
 * Figures in words for the tree and the department review: the score at the end of the quarter,
 * progress and confidence during it.
 */
export function measuresText(measures: Measures, mode: TreeMode): string {
  return mode === 'scores'
    ? `Score ${formatScore(measures.score)}`
    : `Progress ${formatShare(measures.progress)} · Confidence ${formatShare(measures.confidence)}`;
}

/** A roll-up in words, labelled so nobody mistakes it for a key result. */
export function rollUpText(rolled: RollUp, mode: TreeMode): string {
  const aligned = `${rolled.alignedCount} aligned ${rolled.alignedCount === 1 ? 'objective' : 'objectives'}`;
  const measures = {
    score: rolled.score.value,
    progress: rolled.progress.value,
    confidence: rolled.confidence.value,
  };
  return `Roll-up of ${aligned}: ${measuresText(measures, mode)}`;
}
