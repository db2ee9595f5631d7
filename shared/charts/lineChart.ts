import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { describeLineChart } from './describe';
import { dateOfDay, utcDayOf } from '../domain/calendar/days';
import { formatCompact, formatDate, formatShortDate, formatValue } from '../domain/format';
import { xLabelSpan } from './geometry';
import { CHART_THEME, SERIES_ORDER, estimateTextWidth } from './theme';
import type {
  ChartModel,
  ChartModelPoint,
  ChartModelSeries,
  ChartSeriesDescription,
  LineChartDescription,
} from './types';

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 260;
const MIN_WIDTH = 240;
const MIN_HEIGHT = 140;
/** About five ticks on each axis at the default size; more on bigger charts. */
const PX_PER_X_TICK = 115;
const PX_PER_Y_TICK = 40;
const DAY_MS = 86_400_000;
/** Least space between two date labels. */
const X_LABEL_GAP = 10;
/** Room above the plot for the y axis label, and below it for the date labels. */
const MARGIN = { top: 32, right: 28, bottom: 30, leftMin: 36 } as const;
/** Right margin with a secondary axis: room for `100%`. */
const SECONDARY_RIGHT = 44;
/** The secondary axis's values and labels: confidence, 0–100 %. */
const SECONDARY_TICKS = [0, 50, 100];

function tickCount(length: number, pxPerTick: number, max: number): number {
  return Math.min(Math.max(Math.round(length / pxPerTick), 3), max);
}

/** A day on the x axis as `4 Jan`, or `4 Jan 2027` where the axis spans two years. */
function dayLabel(date: Date, withYear: boolean): string {
  return withYear ? formatDate(utcDayOf(date)) : formatShortDate(utcDayOf(date));
}

/** Two decimals are plenty for pixels and keep the SVG short. */
function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Points with a real date and a finite value, oldest first. */
function cleanSeries(series: ChartSeriesDescription[]): ChartSeriesDescription[] {
  return series.map((s) => ({
    ...s,
    points: s.points
      .filter((p) => dateOfDay(p.date) !== null && Number.isFinite(p.value))
      .sort((a, b) => a.date.localeCompare(b.date)),
  }));
}

function requireDay(day: string, what: string, title: string): Date {
  const date = dateOfDay(day);
  if (!date) throw new Error(`Chart "${title}": ${what} "${day}" is not a YYYY-MM-DD date.`);
  return date;
}

/** The x extent: start..end, widened to any point outside it, never zero-wide. */
function dateExtent(start: Date, end: Date, series: ChartSeriesDescription[]): [Date, Date] {
  let lo = start.getTime();
  let hi = end.getTime();
  for (const s of series) {
    for (const p of s.points) {
      const t = dateOfDay(p.date)!.getTime();
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
  }
  if (lo === hi) return [new Date(lo - DAY_MS), new Date(hi + DAY_MS)];
  return [new Date(lo), new Date(hi)];
}

/** The y extent: every point, the hint, 0..100 for percentages; never zero-high. */
function valueExtent(
  desc: LineChartDescription,
  series: ChartSeriesDescription[],
): [number, number] {
  const values = series
    .filter((s) => s.axis !== 'secondary')
    .flatMap((s) => s.points.map((p) => p.value));
  for (const v of desc.yDomainHint ?? []) if (Number.isFinite(v)) values.push(v);
  if (desc.yFormat === 'percent-0-100') values.push(0, 100);
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) {
    // One value only: centre it in a band wide enough for nice ticks.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - pad, hi + pad];
  }
  if (desc.yFormat === 'percent-0-100') return [lo, hi];
  // A little air so that a target at the edge does not hide in the x axis; no sign change.
  const pad = (hi - lo) * 0.05;
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi <= 0 ? Math.min(0, hi + pad) : hi + pad];
}

/**
 * Date ticks: the first and last day always, d3's ticks in between where their labels fit
 * without touching a neighbour.
 */
function dateTicks(x: ScaleTime<number, number>, chartWidth: number, withYear: boolean) {
  const [xStart, xEnd] = x.domain() as [Date, Date];
  const tick = (d: Date, isEnd: boolean) => ({
    x: px(x(d)),
    label: dayLabel(d, withYear && isEnd),
  });
  const span = (t: { x: number; label: string }) => xLabelSpan(t.x, t.label, chartWidth);
  const last = tick(xEnd, true);
  const ticks = [tick(xStart, true)];
  const [plotLeft, plotRight] = x.range() as [number, number];
  for (const d of x.ticks(tickCount(plotRight - plotLeft, PX_PER_X_TICK, 10))) {
    const candidate = tick(d, false);
    const [lo, hi] = span(candidate);
    const hasRoom = lo - span(ticks.at(-1)!)[1] >= X_LABEL_GAP && span(last)[0] - hi >= X_LABEL_GAP;
    if (hasRoom) ticks.push(candidate);
  }
  return [...ticks, last];
}

/**
 * Lays out a line chart from its description: d3 scales for x (UTC days from start to end) and y
 * (every value and the hint, made nice), d3 line paths per series, date and value labels, and the
 * text alternative. Throws when `start` or `end` is not a date or `end` is before `start`.
 */
export function buildLineChart(desc: LineChartDescription): ChartModel {
  const width = Math.max(desc.width ?? DEFAULT_WIDTH, MIN_WIDTH);
  const height = Math.max(desc.height ?? DEFAULT_HEIGHT, MIN_HEIGHT);
  const start = requireDay(desc.start, 'start', desc.title);
  const end = requireDay(desc.end, 'end', desc.title);
  if (end < start) throw new Error(`Chart "${desc.title}": end ${desc.end} is before start.`);
  const series = cleanSeries(desc.series);
  const unit = desc.unit.trim();

  // y first: its tick labels decide how much room the left margin needs.
  const yCount = tickCount(height - MARGIN.top - MARGIN.bottom, PX_PER_Y_TICK, 8);
  const y = scaleLinear().domain(valueExtent(desc, series)).nice(yCount);
  const yTickValues = y.ticks(yCount);
  const yStep = yTickValues.length > 1 ? yTickValues[1]! - yTickValues[0]! : undefined;
  const yLabels = yTickValues.map((v) => formatCompact(v, yStep));
  const widestY = Math.max(...yLabels.map((l) => estimateTextWidth(l, CHART_THEME.tickFontSize)));
  const left = Math.ceil(Math.max(MARGIN.leftMin, widestY + 14));
  const plot = {
    x: left,
    y: MARGIN.top,
    width: Math.max(width - left - (desc.secondaryAxis ? SECONDARY_RIGHT : MARGIN.right), 10),
    height: Math.max(height - MARGIN.top - MARGIN.bottom, 10),
  };
  y.range([plot.y + plot.height, plot.y]);
  const y2 = scaleLinear()
    .domain([0, 100])
    .range([plot.y + plot.height, plot.y]);

  const [xStart, xEnd] = dateExtent(start, end, series);
  const x = scaleUtc()
    .domain([xStart, xEnd])
    .range([plot.x, plot.x + plot.width]);
  const withYear = xStart.getUTCFullYear() !== xEnd.getUTCFullYear();

  const xTicks = dateTicks(x, width, withYear);

  const toPoint = (p: { date: string; value: number }, isSecondary: boolean): ChartModelPoint => {
    const date = dateOfDay(p.date)!;
    const valueLabel = formatValue(p.value, isSecondary ? '%' : unit);
    const dateLabel = dayLabel(date, withYear);
    return {
      x: px(x(date)),
      y: px(isSecondary ? y2(p.value) : y(p.value)),
      label: `${dateLabel}: ${valueLabel}`,
      date: utcDayOf(date),
      dateLabel,
      value: p.value,
      valueLabel,
    };
  };
  const path = line<ChartModelPoint>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(2);
  const modelSeries: ChartModelSeries[] = series
    .map((s) => {
      const points = s.points.map((p) => toPoint(p, s.axis === 'secondary'));
      return { id: s.id, label: s.label, style: s.style, path: path(points) ?? '', points };
    })
    .sort((a, b) => SERIES_ORDER[a.style] - SERIES_ORDER[b.style]);

  const today = desc.today === undefined ? null : dateOfDay(desc.today);
  const isTodayShown = today !== null && today >= xStart && today <= xEnd;

  const yLabel = desc.yLabel?.trim() || 'Value';
  return {
    width,
    height,
    title: desc.title,
    description: describeLineChart({
      title: desc.title,
      unit,
      start: desc.start,
      end: desc.end,
      series,
    }),
    plot,
    xTicks,
    yTicks: yTickValues.map((v, i) => ({ y: px(y(v)), label: yLabels[i]!, value: v })),
    yAxisLabel: unit === '' ? yLabel : `${yLabel} (${unit})`,
    series: modelSeries,
    ...(isTodayShown ? { todayX: px(x(today)) } : {}),
    ...(desc.secondaryAxis
      ? {
          secondary: {
            label: desc.secondaryAxis.label,
            ticks: SECONDARY_TICKS.map((v) => ({ y: px(y2(v)), label: `${v}%`, value: v })),
          },
        }
      : {}),
    legend: series
      .filter((s) => s.points.length > 0)
      .map((s) => ({ label: s.label, style: s.style })),
  };
}
