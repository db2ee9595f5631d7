import {
  confidenceChart,
  keyResultChartData,
  keyResultConfidencePoints,
  keyResultValueChart,
} from '../charts/krCharts';
import type { ChartModel } from '../charts/types';
import { checkInsFor } from '../domain/checkins/history';
import { progressOf } from '../domain/checkins/progress';
import type { CheckIn, Cycle, KeyResult, KeyResultRetro } from '../domain/entities';
import type { Direction, ObjectiveKind } from '../domain/enums';
import {
  formatDate,
  formatBaselineToTarget,
  formatOptionalValue,
  formatScore,
  formatValue,
  formatValueColumn,
} from '../domain/format';
import { type QuarterHistory, lineageOf } from '../domain/lineage';
import { judgeScore } from '../domain/scoring/judgement';
import { finalValueOf, keyResultScore } from '../domain/scoring/score';
import type { CheckInRow, KeyResultSection, ScoreInfo } from './types';

/** Sized for a printed page beside the key facts, so its labels stay readable at print scale. */
const CHART_WIDTH = 560;
const CHART_HEIGHT = 120;

const DIRECTION_LABELS: Record<Direction, string> = {
  increase: 'Increase',
  decrease: 'Decrease',
};

/** A score with its verdict for `kind` (see `judgeScore`); `Not scored` without one. */
export function scoreInfo(
  score: number | null,
  kind: ObjectiveKind,
  isMilestone = false,
): ScoreInfo {
  if (score === null || !Number.isFinite(score)) {
    return {
      score: null,
      scoreText: formatScore(null),
      band: null,
      verdict: 'Not scored',
      verdictMeaning: 'No final value, or no baseline or target to score against.',
      tone: 'none',
      isMet: null,
    };
  }
  const judgement = judgeScore(score, kind, { isMilestone });
  return {
    score,
    scoreText: formatScore(score),
    band: judgement.band,
    verdict: judgement.label,
    verdictMeaning: judgement.meaning,
    tone: judgement.tone,
    isMet: judgement.isMet,
  };
}

function checkInRows(kr: KeyResult, checkIns: readonly CheckIn[]): CheckInRow[] {
  const own = checkInsFor(kr.id, checkIns);
  // A milestone's 0 and 1 read as what they mean.
  const values = kr.isMilestone
    ? own.map((c) => (c.value === null ? '–' : c.value >= 1 ? 'Done' : 'Not done'))
    : formatValueColumn(
        own.map((c) => c.value),
        kr.unit,
      );
  return own.map((c, i) => {
    const isCorrection = c.supersedesId !== null;
    return {
      date: c.date,
      dateText: formatDate(c.date),
      value: c.value,
      valueText: values[i] ?? '–',
      confidence: c.confidence,
      changed: c.changed,
      blockers: c.blockers,
      isCorrection,
      isNotable: isCorrection || c.changed.trim() !== '' || c.blockers.trim() !== '',
    };
  });
}

/** A milestone is charted by its confidence alone: its value only goes from 0 to 1. */
function chartOf(kr: KeyResult, cycle: Cycle, checkIns: readonly CheckIn[]): ChartModel | null {
  const confidence = keyResultConfidencePoints(kr.id, checkIns);
  if (confidence.length === 0) return null;
  const size = { width: CHART_WIDTH, height: CHART_HEIGHT };
  if (kr.isMilestone) {
    return confidenceChart({
      title: kr.metric || kr.title,
      start: cycle.startDate,
      end: cycle.endDate,
      points: confidence,
      ...size,
    });
  }
  return keyResultValueChart({ ...keyResultChartData(kr, cycle, checkIns), confidence, ...size });
}

function progressText(kr: KeyResult, finalValue: number | null): string {
  if (kr.isMilestone) return '';
  const progress = progressOf(kr, finalValue);
  if (progress === null) return '';
  return `${Math.round(progress * 100)}% of the way to target`;
}

/** Everything the review shows of one key result. */
export function keyResultSection(
  kr: KeyResult,
  context: {
    ref: string;
    kind: ObjectiveKind;
    cycle: Cycle;
    checkIns: readonly CheckIn[];
    retro: KeyResultRetro | null;
    history: QuarterHistory;
    /** False when the document's format draws no chart: `chart` is then null. */
    charts?: boolean;
  },
): KeyResultSection {
  const { cycle, checkIns, retro, kind } = context;
  const krScore = keyResultScore(kr, checkIns);
  const finalValue = finalValueOf(kr, checkIns);
  const rows = checkInRows(kr, checkIns);
  const last = rows.at(-1);
  const info = scoreInfo(krScore.score, kind, kr.isMilestone);
  const isDone = kr.isMilestone && finalValue !== null ? finalValue >= 1 : null;
  return {
    id: kr.id,
    ref: context.ref,
    title: kr.title,
    objectiveKind: kind,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    baselineToTarget: kr.isMilestone
      ? 'Milestone'
      : formatBaselineToTarget(kr.baseline, kr.target, kr.unit),
    direction: kr.direction,
    directionLabel: DIRECTION_LABELS[kr.direction],
    measuredBy: kr.measuredBy,
    owner: kr.owner,
    proposedBy: kr.proposedBy,
    isMilestone: kr.isMilestone,
    finalValue,
    finalValueText:
      isDone === null ? formatOptionalValue(finalValue, kr.unit) : isDone ? 'Done' : 'Not done',
    progressText: progressText(kr, finalValue),
    ...info,
    isOverridden: krScore.isOverridden,
    computedScore: krScore.computed,
    computedScoreText: formatScore(krScore.computed),
    overrideReason: krScore.reason,
    lastConfidence: last?.confidence ?? null,
    lastConfidenceText: last ? formatValue(last.confidence, '%') : '–',
    lineage: lineageOf(kr, context.history),
    isCarriedForward: retro?.carryForward ?? false,
    checkIns: rows,
    notableCheckIns: rows.filter((r) => r.isNotable),
    chart: context.charts === false ? null : chartOf(kr, cycle, checkIns),
    retro: retro && {
      worked: retro.worked,
      didNotWork: retro.didNotWork,
      learned: retro.learned,
      carryForward: retro.carryForward,
    },
  };
}
