/**
 * Charts in two steps: a domain-level DESCRIPTION (what to show) goes into `buildLineChart`, which
 * returns a MODEL (where everything goes). The model is plain data, so the React component and the
 * document exporters draw the very same chart from it.
 */

/** One dated value. `date` is a calendar day, `YYYY-MM-DD`, read as UTC. */
export type ChartPoint = { date: string; value: number };

/**
 * How a series is drawn: `actual` check-ins (solid line with markers), the `expected` path from
 * baseline to target (dashed), the `target` (dotted horizontal line), a faint `threshold`, and
 * `confidence` (a thin line on the secondary 0–100 % axis).
 */
export type SeriesStyle = 'actual' | 'expected' | 'target' | 'threshold' | 'confidence';

/** One line of a chart description. */
export type ChartSeriesDescription = {
  id: string;
  label: string;
  points: ChartPoint[];
  style: SeriesStyle;
  /** `secondary`: plotted against the secondary axis (0–100 %) on the right. */
  axis?: 'primary' | 'secondary';
};

/** What a line chart shows, in domain terms: dates, values, units. */
export type LineChartDescription = {
  title: string;
  /** Unit of the values, e.g. `s`, `%`, `ms`, `incidents`; empty when there is none. */
  unit: string;
  /** First and last day of the x axis, `YYYY-MM-DD`. */
  start: string;
  end: string;
  series: ChartSeriesDescription[];
  /** Values the y axis must include even without points there (e.g. baseline and target). */
  yDomainHint?: [number, number];
  /** `percent-0-100`: values are percentages and the y axis spans 0 to 100. */
  yFormat?: 'number' | 'percent-0-100';
  /** Name of the measured quantity on the y axis; the unit is appended. Defaults to `Value`. */
  yLabel?: string;
  width?: number;
  height?: number;
  /** Today's date, `YYYY-MM-DD`; drawn as a marker when it falls inside the x axis. */
  today?: string;
  /** A second y axis on the right, 0–100 %, for series with `axis: 'secondary'` (confidence). */
  secondaryAxis?: { label: string };
};

/** A point placed on the chart, with its text for tooltips and the data table. */
export type ChartModelPoint = {
  x: number;
  y: number;
  /** Date and value, e.g. `14 Feb: 3.2 s`. */
  label: string;
  date: string;
  dateLabel: string;
  value: number;
  valueLabel: string;
};

/** A series placed on the chart: an SVG path plus its points. */
export type ChartModelSeries = {
  id: string;
  label: string;
  style: SeriesStyle;
  /** SVG path `d`; empty when the series has no points. */
  path: string;
  points: ChartModelPoint[];
};

/** A laid-out chart. Every coordinate is in the chart's own space, `0..width` × `0..height`. */
export type ChartModel = {
  width: number;
  height: number;
  title: string;
  /** The text alternative: one or two sentences built from the data. */
  description: string;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string; value: number }[];
  /** Name of the y quantity with its unit, e.g. `Value (s)`. */
  yAxisLabel: string;
  series: ChartModelSeries[];
  /** Where today falls on the x axis, when it does. */
  todayX?: number;
  /** The secondary axis on the right, when the description asked for one. */
  secondary?: { label: string; ticks: { y: number; label: string; value: number }[] };
  legend: { label: string; style: SeriesStyle }[];
};
