import { CHART_THEME, estimateTextWidth } from './theme';
import type { ChartModel, SeriesStyle } from './types';

/** SVG `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** Where the parts around the plot go; shared by the SVG writer and the React component. */
export type ChartFrame = {
  /** The y axis label, above the tick labels at the top left. */
  yAxisLabel: { x: number; y: number };
  /** Right edge of the y tick labels. */
  yTickLabelX: number;
  /**
   * Added to a y tick's y for its label's baseline, so that the label is centred on the grid
   * line without `dominant-baseline`, which some document renderers ignore.
   */
  yTickLabelDy: number;
  /** Baseline of the date labels. */
  xTickLabelY: number;
  /** The x axis line along the bottom of the plot. */
  xAxis: { x1: number; x2: number; y: number };
  /** Length of the tick marks below the x axis. */
  tickLength: number;
  /** The secondary axis's label (top right, anchored at its end) and its tick labels' left edge. */
  secondary?: { label: { x: number; y: number }; tickLabelX: number };
  today?: {
    x: number;
    y1: number;
    y2: number;
    label: { x: number; y: number; anchor: 'start' | 'end' };
  };
};

/** Positions of the axis labels, the x axis and the today marker of `model`. */
export function chartFrame(model: ChartModel): ChartFrame {
  const { plot, todayX } = model;
  const bottom = plot.y + plot.height;
  const frame: ChartFrame = {
    yAxisLabel: { x: 8, y: plot.y - 14 },
    yTickLabelX: plot.x - 8,
    yTickLabelDy: Math.round(CHART_THEME.tickFontSize * 0.35 * 10) / 10,
    xTickLabelY: bottom + 19,
    xAxis: { x1: plot.x, x2: plot.x + plot.width, y: bottom },
    tickLength: 4,
    ...(model.secondary
      ? {
          secondary: {
            label: { x: model.width - 4, y: plot.y - 14 },
            tickLabelX: plot.x + plot.width + 6,
          },
        }
      : {}),
  };
  if (todayX === undefined) return frame;
  // The label sits right of the line, or left of it when the line is near the right edge.
  const labelWidth = estimateTextWidth('Today', CHART_THEME.tickFontSize);
  const isNearRight = todayX + 4 + labelWidth > plot.x + plot.width;
  return {
    ...frame,
    today: {
      x: todayX,
      y1: plot.y - 4,
      y2: bottom,
      label: {
        x: isNearRight ? todayX - 4 : todayX + 4,
        y: plot.y + 6,
        anchor: isNearRight ? 'end' : 'start',
      },
    },
  };
}

/**
 * How a date label sits on its tick: centred, unless that would run it off the chart's edge
 * (the first and last day are labelled right on the plot's edges).
 */
export function xLabelAnchor(x: number, label: string, chartWidth: number): TextAnchor {
  const half = estimateTextWidth(label, CHART_THEME.tickFontSize) / 2;
  if (x - half < 2) return 'start';
  if (x + half > chartWidth - 2) return 'end';
  return 'middle';
}

/** The horizontal extent a date label takes up, given its anchor. */
export function xLabelSpan(x: number, label: string, chartWidth: number): [number, number] {
  const width = estimateTextWidth(label, CHART_THEME.tickFontSize);
  const anchor = xLabelAnchor(x, label, chartWidth);
  if (anchor === 'start') return [x, x + width];
  if (anchor === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/** `xLabelAnchor` for one of a model's x ticks. */
export function xTickAnchor(model: ChartModel, tick: { x: number; label: string }): TextAnchor {
  return xLabelAnchor(tick.x, tick.label, model.width);
}

/** Whether a y grid line is the zero line, drawn a little darker when the axis crosses zero. */
export function isZeroLine(model: ChartModel, tick: { value: number }): boolean {
  return tick.value === 0 && model.yTicks.length > 1;
}

/** One entry of the legend drawn inside a standalone SVG. */
export type LegendItem = { label: string; style: SeriesStyle; x: number; y: number };

const LEGEND_SWATCH = 22;
const LEGEND_ROW = 20;

/**
 * The legend laid out in rows under the chart, wrapping when a row is full. Returns the items
 * with their positions (swatch start, text baseline) and how much height the legend adds.
 */
export function legendLayout(model: ChartModel): { items: LegendItem[]; height: number } {
  const fontSize = CHART_THEME.labelFontSize;
  const left = model.plot.x;
  const right = model.width - 8;
  let x = left;
  let row = 0;
  const items: LegendItem[] = [];
  for (const entry of model.legend) {
    const width = LEGEND_SWATCH + 6 + estimateTextWidth(entry.label, fontSize);
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    items.push({ ...entry, x, y: model.height + 4 + row * LEGEND_ROW + fontSize });
    x += width + 18;
  }
  return { items, height: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW + 6 };
}

/** Width of the line sample in front of a legend label. */
export const LEGEND_SWATCH_WIDTH = LEGEND_SWATCH;
