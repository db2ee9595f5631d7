import { utcDayOf } from '../domain/calendar/days';
import { datedWithinQuarter } from '../domain/checkins/checkInDate';
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
import { withRetroDefaults } from '../domain/entities';
import { dependencyOutcome, type DependencyOutcome } from '../domain/dependencyOutcome';
import { TEAM_FUNCTION_LABELS } from '../domain/enums';
import type { CalibrationVerdict, DependencyStatus, ObjectiveKind, Phase } from '../domain/enums';
import { formatDate, formatValue } from '../domain/format';
import type { QuarterHistory } from '../domain/lineage';
import { expectationFor } from '../domain/scoring/bands';
import { formatObjectiveScore, objectiveScoreSummary } from '../domain/scoring/coverage';
import { executiveSummary } from './executiveSummary';
import { keyResultSection, scoreInfo } from './keyResultSection';
import type { EffortEntry } from '../domain/workshop';
import { effortSection } from './effort';
import { fileNamePart } from '../files/fileNames';
import type {
  CycleRetroSection,
  DependencyRow,
  DocumentKind,
  ObjectiveSection,
  ReviewDocument,
  ScoreInfo,
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
  /** The team's quarters and their key results, to trace where carried key results came from. */
  history: QuarterHistory;
  /** Time recorded for the quarter's meetings; none when left out. */
  effortEntries?: EffortEntry[];
  /** When the document was made, ISO. */
  generatedAt: string;
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
const KIND_OF_PHASE: Record<Phase, DocumentKind> = {
  setting: 'plan',
  checkins: 'progress',
  scoring: 'review',
  retrospective: 'review',
  closed: 'review',
};
const TITLES: Record<DocumentKind, string> = {
  plan: 'plan',
  progress: 'progress review',
  review: 'quarterly review',
};

/**
 * What a quarter's document is: a plan while it is being set and nothing has been checked in
 * (check-ins may start before the phase moves on), a progress review until scoring, then the
 * quarterly review.
 */
export function documentKind(phase: Phase, hasCheckIns: boolean): DocumentKind {
  const kind = KIND_OF_PHASE[phase];
  return kind === 'plan' && hasCheckIns ? 'progress' : kind;
}

/** About how many key results' details share a printed page: a plan's have no chart yet. */
const KEY_RESULTS_PER_PAGE: Record<DocumentKind, number> = { plan: 8, progress: 3, review: 3 };

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/**
 * An objective's score and verdict, its text saying when it stands on only some of its key
 * results (`0.6 (from 2 of 3 key results)`), so every format tells the reader alike.
 */
function objectiveScoreInfo(
  krs: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  kind: ObjectiveKind,
): ScoreInfo {
  const summary = objectiveScoreSummary(krs, checkIns);
  return { ...scoreInfo(summary.score, kind), scoreText: formatObjectiveScore(summary) };
}

function objectiveSections(data: QuarterData, charts: boolean): ObjectiveSection[] {
  const titles = new Map(data.objectives.map((o) => [o.id, o.title] as const));
  const retros = new Map(data.keyResultRetros.map((r) => [r.keyResultId, r] as const));
  return byOrder(data.objectives).map((o, i) => {
    const krs = byOrder(data.keyResults.filter((kr) => kr.objectiveId === o.id));
    return {
      id: o.id,
      number: i + 1,
      title: o.title,
      description: o.description,
      kind: o.kind,
      kindLabel: o.kind === 'committed' ? 'Committed' : 'Aspirational',
      expectation: expectationFor(o.kind).label,
      parentTitle: o.parentObjectiveId === null ? '' : (titles.get(o.parentObjectiveId) ?? ''),
      ...objectiveScoreInfo(krs, data.checkIns, o.kind),
      keyResults: krs.map((kr, k) =>
        keyResultSection(kr, {
          ref: `${i + 1}.${k + 1}`,
          kind: o.kind,
          cycle: data.cycle,
          checkIns: data.checkIns,
          retro: retros.get(kr.id) ?? null,
          history: data.history,
          charts,
        }),
      ),
    };
  });
}

function outcomeLabel(outcome: DependencyOutcome, byDate: string | null): string {
  switch (outcome) {
    case 'failed':
      return byDate === null
        ? 'Failed: not resolved in the quarter'
        : `Failed: not resolved by ${formatDate(byDate)}`;
    case 'at-risk':
      return 'At risk';
    case 'resolved':
      return 'Resolved';
    case 'open':
      return 'Open';
  }
}

function dependencyRows(data: QuarterData, titleOf: (id: string | null) => string | undefined) {
  const today = utcDayOf(new Date(data.generatedAt));
  return data.dependencies.map((d): DependencyRow => {
    const outcome = dependencyOutcome(d, { today, quarterEnd: data.cycle.endDate });
    return {
      team: d.team,
      need: d.need,
      forTitle: titleOf(d.keyResultId) ?? titleOf(d.objectiveId) ?? '',
      byDate: d.byDate,
      byDateText: d.byDate === null ? '–' : formatDate(d.byDate),
      status: d.status,
      statusLabel: STATUS_LABELS[d.status],
      outcome,
      outcomeLabel: outcomeLabel(outcome, d.byDate),
    };
  });
}

function cycleRetroSection(
  stored: CycleRetro | null,
  titleOf: (id: string | null) => string | undefined,
): CycleRetroSection | null {
  if (!stored) return null;
  const retro = withRetroDefaults(stored);
  return {
    headline: retro.headline,
    asks: retro.asks,
    calibration: retro.calibration.flatMap((c) => {
      const title = titleOf(c.keyResultId);
      return title === undefined
        ? []
        : [{ keyResultTitle: title, verdict: c.verdict, verdictLabel: VERDICT_LABELS[c.verdict] }];
    }),
    objectivesMatteredLess: retro.objectivesMatteredLess.flatMap((id) => titleOf(id) ?? []),
    wrongAssumptions: retro.wrongAssumptions,
    notes: retro.notes,
  };
}

/** What a document written in one format needs of {@link buildReviewDocument}. */
export interface ReviewDocumentOptions {
  /**
   * Whether each key result's chart is modelled (the default). Formats that draw no chart
   * (Markdown, CSV) ask for none, and every key result's `chart` is then null.
   */
  charts?: boolean;
}

/**
 * Builds the quarterly review from one quarter's data: the cover, the executive summary, each
 * objective with its key results (scores judged by kind, lineage, check-ins, chart model, retro
 * answers), the cycle retrospective, dependencies and the carry-forward list. Objectives and
 * key results follow their `order`; only effective check-ins are listed. A quarter still in
 * Setting is a plan; during check-ins, a progress review.
 */
export function buildReviewDocument(
  quarter: QuarterData,
  options: ReviewDocumentOptions = {},
): ReviewDocument {
  // Every log, chart and figure of the review reads check-ins dated within the quarter.
  const data = {
    ...quarter,
    checkIns: datedWithinQuarter(quarter.cycle, quarter.checkIns),
  };
  const { team, cycle } = data;
  const kind = documentKind(cycle.phase, data.checkIns.length > 0);
  const objectives = objectiveSections(data, options.charts ?? true);
  const krs = objectives.flatMap((o) => o.keyResults.map((kr) => ({ kr, objective: o })));
  const titles = new Map<string, string>([
    ...objectives.map((o) => [o.id, o.title] as const),
    ...krs.map(({ kr }) => [kr.id, kr.title] as const),
  ]);
  const titleOf = (id: string | null) => (id === null ? undefined : titles.get(id));
  const dependencies = dependencyRows(data, titleOf);
  const retro = cycleRetroSection(data.cycleRetro, titleOf);
  // Page one, the scorecard and the closing sections (a plan has little of these), then the
  // details page by page.
  const estimatedPages =
    (kind === 'plan' ? 1 : 3) + Math.ceil(krs.length / KEY_RESULTS_PER_PAGE[kind]);
  return {
    kind,
    title: `${cycle.label} ${TITLES[kind]}`,
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
    executive: executiveSummary(objectives, dependencies, retro),
    objectives,
    cycleRetro: retro,
    dependencies,
    carryForward: krs
      .filter(({ kr }) => kr.isCarriedForward)
      .map(({ kr, objective }) => ({
        title: kr.title,
        objectiveTitle: objective.title,
        lastValue: kr.finalValue,
        lastValueText: kr.finalValue === null ? '–' : formatValue(kr.finalValue, kr.unit),
      })),
    isLong: estimatedPages > 4,
    effort: effortSection(data.effortEntries ?? []),
  };
}

/**
 * A file name for an exported review: `Payments-Platform-2027-Q1-review.md`, with `-plan` for a
 * quarter still being set, or another `suffix` (`key-results`). Only letters, digits, `-` and `_`
 * survive from the team name, so the name is safe on every file system.
 */
export function reviewFileName(
  doc: ReviewDocument,
  ext: string,
  suffix: string = doc.kind === 'plan' ? 'plan' : 'review',
): string {
  const team = fileNamePart(doc.cover.teamName) || 'Team';
  const quarter = fileNamePart(doc.cover.quarter) || 'quarter';
  const extension = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '') || 'txt';
  return `${team}-${quarter}-${suffix}.${extension}`;
}
