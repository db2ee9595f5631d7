import { keyResultChartData, keyResultValueChart } from '../charts/krCharts';
import { checkInsFor } from '../domain/checkins/history';
import type {
  CheckIn,
  Cycle,
  CycleRetro,
  Dependency,
  KeyResult,
  KeyResultRetro,
  Objective,
  Team,
} from '../domain/entities';
import { TEAM_FUNCTION_LABELS } from '../domain/enums';
import type { CalibrationVerdict, DependencyStatus, Direction } from '../domain/enums';
import {
  BAND_INFO,
  BANDS,
  bandDistribution,
  bandOf,
  expectationFor,
} from '../domain/scoring/bands';
import { finalValueOf, keyResultScore, objectiveScore } from '../domain/scoring/score';
import { formatDate, formatOptionalValue, formatScore, formatValue } from '../domain/format';
import type { EffortEntry } from '../domain/workshop';
import { effortSection } from './effort';
import type {
  CheckInRow,
  KeyResultSection,
  ObjectiveSection,
  ReviewDocument,
  ScoreInfo,
  SummaryRow,
} from './types';

/** Everything one quarter's review is built from. */
export type QuarterData = {
  team: Team;
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  keyResultRetros: KeyResultRetro[];
  cycleRetro: CycleRetro | null;
  dependencies: Dependency[];
  /** Time recorded for the quarter's meetings; none when left out. */
  effortEntries?: EffortEntry[];
  /** When the document was made, ISO. */
  generatedAt: string;
};

const CHART_WIDTH = 520;
const CHART_HEIGHT = 150;

const DIRECTION_LABELS: Record<Direction, string> = {
  increase: 'Increase',
  decrease: 'Decrease',
};
const VERDICT_LABELS: Record<CalibrationVerdict, string> = {
  'too-easy': 'Too easy',
  'too-hard': 'Too hard',
};
const STATUS_LABELS: Record<DependencyStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  'at-risk': 'At risk',
  resolved: 'Resolved',
};

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

function scoreInfo(score: number | null): ScoreInfo {
  const band = score === null ? null : bandOf(score);
  return {
    score,
    scoreText: formatScore(score),
    band,
    bandLabel: band === null ? 'Not scored' : BAND_INFO[band].label,
  };
}

function checkInRows(kr: KeyResult, checkIns: readonly CheckIn[]): CheckInRow[] {
  return checkInsFor(kr.id, checkIns).map((c) => ({
    date: c.date,
    dateText: formatDate(c.date),
    value: c.value,
    valueText: formatOptionalValue(c.value, kr.unit),
    confidence: c.confidence,
    changed: c.changed,
    blockers: c.blockers,
    isCorrection: c.supersedesId !== null,
  }));
}

function keyResultSection(kr: KeyResult, data: QuarterData): KeyResultSection {
  const { cycle, checkIns } = data;
  const krScore = keyResultScore(kr, checkIns);
  const finalValue = finalValueOf(kr, checkIns);
  const rows = checkInRows(kr, checkIns);
  const retro = data.keyResultRetros.find((r) => r.keyResultId === kr.id) ?? null;
  const chart = keyResultValueChart({
    ...keyResultChartData(kr, cycle, checkIns),
    // Sized for a printed page beside the key facts, so its labels stay readable at print scale.
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  return {
    id: kr.id,
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    baselineToTarget: `${formatOptionalValue(kr.baseline, kr.unit)} → ${formatOptionalValue(kr.target, kr.unit)}`,
    direction: kr.direction,
    directionLabel: DIRECTION_LABELS[kr.direction],
    measuredBy: kr.measuredBy,
    owner: kr.owner,
    proposedBy: kr.proposedBy,
    isMilestone: kr.isMilestone,
    finalValue,
    finalValueText: formatOptionalValue(finalValue, kr.unit),
    ...scoreInfo(krScore.score),
    isOverridden: krScore.isOverridden,
    computedScore: krScore.computed,
    computedScoreText: formatScore(krScore.computed),
    overrideReason: krScore.reason,
    checkIns: rows,
    chart,
    retro: retro && {
      worked: retro.worked,
      didNotWork: retro.didNotWork,
      learned: retro.learned,
      carryForward: retro.carryForward,
    },
  };
}

function objectiveSections(data: QuarterData): ObjectiveSection[] {
  const titles = new Map(data.objectives.map((o) => [o.id, o.title] as const));
  return byOrder(data.objectives).map((o, i) => {
    const krs = byOrder(data.keyResults.filter((kr) => kr.objectiveId === o.id));
    const expectation = expectationFor(o.kind);
    return {
      id: o.id,
      number: i + 1,
      title: o.title,
      description: o.description,
      kind: o.kind,
      kindLabel: o.kind === 'committed' ? 'Committed' : 'Aspirational',
      expectation: expectation.label,
      parentTitle: o.parentObjectiveId === null ? '' : (titles.get(o.parentObjectiveId) ?? ''),
      ...scoreInfo(objectiveScore(krs, data.checkIns)),
      keyResults: krs.map((kr) => keyResultSection(kr, data)),
    };
  });
}

function summaryOf(objectives: readonly ObjectiveSection[]): ReviewDocument['summary'] {
  const rows: SummaryRow[] = objectives.map((o) => ({
    id: o.id,
    title: o.title,
    kind: o.kind,
    kindLabel: o.kindLabel,
    expectation: o.expectation,
    score: o.score,
    scoreText: o.scoreText,
    band: o.band,
    bandLabel: o.bandLabel,
    keyResultCount: o.keyResults.length,
  }));
  const krs = objectives.flatMap((o) => o.keyResults);
  const counts = bandDistribution(krs.map((kr) => kr.score));
  return {
    objectives: rows,
    distribution: [
      ...BANDS.map((band) => ({ band, ...BAND_INFO[band], count: counts[band] })),
      {
        band: 'unscored' as const,
        label: 'Not scored',
        range: '–',
        meaning: 'No final value, or no baseline or target to score against.',
        count: counts.unscored,
      },
    ],
    keyResultCount: krs.length,
  };
}

/**
 * Builds the quarterly review from one quarter's data: cover, score summary and band
 * distribution, each objective with its key results (scores, check-in history, chart model,
 * retro answers), the cycle retrospective, dependencies and the carry-forward list.
 * Objectives and key results follow their `order`; only effective check-ins are listed.
 */
export function buildReviewDocument(data: QuarterData): ReviewDocument {
  const { team, cycle } = data;
  const objectives = objectiveSections(data);
  const krs = objectives.flatMap((o) => o.keyResults.map((kr) => ({ kr, objective: o })));
  const krTitle = new Map(krs.map(({ kr }) => [kr.id, kr.title] as const));
  const objectiveTitle = new Map(objectives.map((o) => [o.id, o.title] as const));
  const retro = data.cycleRetro;
  const carried = new Set(
    data.keyResultRetros.filter((r) => r.carryForward).map((r) => r.keyResultId),
  );
  return {
    cover: {
      teamName: team.name,
      teamFunction: TEAM_FUNCTION_LABELS[team.function],
      quarter: cycle.label,
      startDate: cycle.startDate,
      endDate: cycle.endDate,
      dateRange: `${formatDate(cycle.startDate)} – ${formatDate(cycle.endDate)}`,
      generatedAt: data.generatedAt,
      generatedOn: formatDate(data.generatedAt),
      businessNeed: cycle.businessNeed,
      engineeringLever: cycle.engineeringLever,
    },
    summary: summaryOf(objectives),
    objectives,
    cycleRetro: retro && {
      calibration: retro.calibration.flatMap((c) => {
        const title = krTitle.get(c.keyResultId);
        return title === undefined
          ? []
          : [
              {
                keyResultTitle: title,
                verdict: c.verdict,
                verdictLabel: VERDICT_LABELS[c.verdict],
              },
            ];
      }),
      objectivesMatteredLess: retro.objectivesMatteredLess.flatMap((id) => {
        const title = objectiveTitle.get(id);
        return title === undefined ? [] : [title];
      }),
      wrongAssumptions: retro.wrongAssumptions,
      notes: retro.notes,
    },
    dependencies: data.dependencies.map((d) => ({
      team: d.team,
      need: d.need,
      forTitle:
        (d.keyResultId !== null ? krTitle.get(d.keyResultId) : undefined) ??
        (d.objectiveId !== null ? objectiveTitle.get(d.objectiveId) : undefined) ??
        '',
      byDate: d.byDate,
      byDateText: d.byDate === null ? '–' : formatDate(d.byDate),
      status: d.status,
      statusLabel: STATUS_LABELS[d.status],
    })),
    carryForward: krs
      .filter(({ kr }) => carried.has(kr.id))
      .map(({ kr, objective }) => ({
        title: kr.title,
        objectiveTitle: objective.title,
        lastValue: kr.finalValue,
        lastValueText: kr.finalValue === null ? '–' : formatValue(kr.finalValue, kr.unit),
      })),
    effort: effortSection(data.effortEntries ?? []),
  };
}

/**
 * A file name for an exported review: `Payments-Platform-2027-Q1-review.md`. Only letters,
 * digits, `-` and `_` survive from the team name, so the name is safe on every file system.
 */
export function reviewFileName(doc: ReviewDocument, ext: string): string {
  const safe = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const team = safe(doc.cover.teamName) || 'Team';
  const quarter = safe(doc.cover.quarter) || 'quarter';
  const extension = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '') || 'txt';
  return `${team}-${quarter}-review.${extension}`;
}
