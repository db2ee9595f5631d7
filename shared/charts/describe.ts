import { formatDate, formatNumber, formatShortDate, formatValue } from '../domain/format';
import type { ChartPoint, ChartSeriesDescription, SeriesStyle } from './types';

type DescribeInput = {
  title: string;
  unit: string;
  /** First and last day of the x axis, `YYYY-MM-DD`. */
  start: string;
  end: string;
  series: ChartSeriesDescription[];
};

/** `At risk below 40%` → `at risk below 40%`, but `P1 incidents` stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function dayLabel(day: string, withYear: boolean): string {
  return withYear ? formatDate(day) : formatShortDate(day);
}

function describeSeries(
  series: ChartSeriesDescription,
  unit: string,
  withYear: boolean,
): string | null {
  const { points } = series;
  const first = points[0];
  const last = points.at(-1);
  const value = (p: ChartPoint) => formatValue(p.value, unit);
  switch (series.style) {
    case 'actual':
      if (!first || !last) return 'no check-ins yet';
      if (points.length === 1)
        return `1 check-in, ${value(first)} on ${dayLabel(first.date, withYear)}`;
      return `${points.length} check-ins, latest ${value(last)} on ${dayLabel(last.date, withYear)}`;
    case 'expected':
      if (!first || !last) return null;
      if (points.length === 1) return `expected ${value(first)}`;
      return `expected path from ${formatNumber(first.value)} to ${value(last)}`;
    case 'target':
      return first ? `target ${value(first)}` : null;
    case 'threshold':
      return first ? lowerFirst(series.label) : null;
    case 'confidence':
      if (!first || !last) return null;
      if (points.length === 1) return `confidence ${formatValue(first.value, '%')}`;
      return `confidence from ${formatValue(first.value, '%')} to ${formatValue(last.value, '%')}`;
  }
}

/**
 * The text alternative of a line chart, from its data: what is measured over which dates, how many
 * check-ins and the latest, the expected path and the target, e.g. "Checkout p75 LCP (s) from
 * 4 Jan to 28 Mar: 4 check-ins, latest 2.1 s on 28 Feb; expected path from 3.2 to 1.5 s;
 * target 1.5 s."
 */
export function describeLineChart({ title, unit, start, end, series }: DescribeInput): string {
  const withYear = start.slice(0, 4) !== end.slice(0, 4);
  const name = title.trim() === '' ? 'Chart' : title.trim();
  const head = `${name}${unit.trim() === '' ? '' : ` (${unit.trim()})`} from ${dayLabel(
    start,
    withYear,
  )} to ${dayLabel(end, withYear)}`;
  const countByStyle = new Map<SeriesStyle, number>();
  for (const s of series) countByStyle.set(s.style, (countByStyle.get(s.style) ?? 0) + 1);
  const parts = series.flatMap((s) => {
    const text = describeSeries(s, unit, withYear);
    if (text === null) return [];
    // Two lines of the same kind need their names to be told apart.
    const isAmbiguous = (countByStyle.get(s.style) ?? 0) > 1 && s.style !== 'threshold';
    return [isAmbiguous ? `${s.label}: ${text}` : text];
  });
  return parts.length === 0 ? `${head}.` : `${head}: ${parts.join('; ')}.`;
}
