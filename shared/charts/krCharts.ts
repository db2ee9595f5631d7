import { LOW_CONFIDENCE } from '../domain/checkins/atRisk';
import { checkInsFor } from '../domain/checkins/history';
import type { CheckIn, Cycle, KeyResult } from '../domain/entities';
import { formatValue } from '../domain/format';
import { buildLineChart } from './lineChart';
import type { ChartModel, ChartPoint, ChartSeriesDescription } from './types';

/** What `keyResultValueChart` needs: a key result's numbers over its quarter. */
export type KeyResultValueChartInput = {
  title: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  start: string;
  end: string;
  /** Check-in values. */
  points: ChartPoint[];
  /** Check-in confidence, 0–100: drawn as a second line against a 0–100 % axis on the right. */
  confidence?: ChartPoint[];
  today?: string;
  width?: number;
  height?: number;
};

/** What `confidenceChart` needs: confidence check-ins, 0–100, over a quarter. */
export type ConfidenceChartInput = {
  title: string;
  start: string;
  end: string;
  points: ChartPoint[];
  today?: string;
  width?: number;
  height?: number;
};

/** What a key result's charts show, the same in every view: the values of its effective check-ins. */
export type KeyResultChartData = Pick<
  KeyResultValueChartInput,
  'title' | 'unit' | 'baseline' | 'target' | 'start' | 'end' | 'points'
>;

/**
 * A key result's value chart data: named after its metric (its title when it has none), over
 * its quarter, with the value of each effective check-in that recorded one (see `checkInsFor`).
 */
export function keyResultChartData(
  kr: Pick<KeyResult, 'id' | 'title' | 'metric' | 'unit' | 'baseline' | 'target'>,
  cycle: Pick<Cycle, 'startDate' | 'endDate'>,
  checkIns: readonly CheckIn[],
): KeyResultChartData {
  return {
    title: kr.metric || kr.title,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    start: cycle.startDate,
    end: cycle.endDate,
    points: checkInsFor(kr.id, checkIns).flatMap((c) =>
      c.value === null ? [] : [{ date: c.date, value: c.value }],
    ),
  };
}

/** A key result's confidence at each effective check-in, for its chart's confidence line. */
export function keyResultConfidencePoints(
  keyResultId: string,
  checkIns: readonly CheckIn[],
): ChartPoint[] {
  return checkInsFor(keyResultId, checkIns).map((c) => ({ date: c.date, value: c.confidence }));
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/**
 * A key result's value chart: check-ins against the expected path (a straight line from the
 * baseline at the start to the target at the end) and the target. Works for decrease key results
 * (target below baseline) and without baseline, target or check-ins.
 */
export function keyResultValueChart(input: KeyResultValueChartInput): ChartModel {
  const { baseline, target, start, end, unit } = input;
  const series: ChartSeriesDescription[] = [
    { id: 'actual', label: 'Check-ins', style: 'actual', points: input.points },
  ];
  if (isNumber(baseline) && isNumber(target)) {
    series.push({
      id: 'expected',
      label: 'Expected path',
      style: 'expected',
      points: [
        { date: start, value: baseline },
        { date: end, value: target },
      ],
    });
  }
  if (isNumber(target)) {
    series.push({
      id: 'target',
      label: `Target ${formatValue(target, unit)}`,
      style: 'target',
      points: [
        { date: start, value: target },
        { date: end, value: target },
      ],
    });
  }
  const { confidence } = input;
  if (confidence !== undefined) {
    series.push({
      id: 'confidence',
      label: 'Confidence',
      style: 'confidence',
      axis: 'secondary',
      points: confidence,
    });
  }
  const hint = [baseline, target].filter(isNumber);
  return buildLineChart({
    ...(confidence !== undefined ? { secondaryAxis: { label: 'Confidence' } } : {}),
    title: input.title,
    unit,
    start,
    end,
    series,
    ...(hint.length > 0 ? { yDomainHint: [Math.min(...hint), Math.max(...hint)] } : {}),
    today: input.today,
    width: input.width,
    height: input.height,
  });
}

/**
 * A confidence chart: confidence check-ins on a 0–100 % axis, with a faint line where a key
 * result becomes at risk.
 */
export function confidenceChart(input: ConfidenceChartInput): ChartModel {
  const { start, end } = input;
  return buildLineChart({
    title: input.title,
    unit: '%',
    yLabel: 'Confidence',
    yFormat: 'percent-0-100',
    start,
    end,
    series: [
      { id: 'confidence', label: 'Confidence', style: 'actual', points: input.points },
      {
        id: 'at-risk',
        label: `At risk below ${LOW_CONFIDENCE}%`,
        style: 'threshold',
        points: [
          { date: start, value: LOW_CONFIDENCE },
          { date: end, value: LOW_CONFIDENCE },
        ],
      },
    ],
    today: input.today,
    width: input.width,
    height: input.height,
  });
}
