import {
  LEGEND_SWATCH_WIDTH,
  chartFrame,
  isZeroLine,
  legendLayout,
  xTickAnchor,
} from '../charts/geometry';
import { CHART_THEME, drawsMarkers, SERIES_STROKES } from '../charts/theme';
import type { ChartModel, SeriesStyle } from '../charts/types';
import {
  type Raster,
  type Stroke,
  createRaster,
  drawText,
  encodePng,
  fillDot,
  strokePolyline,
} from './raster';

/** Pixels per chart unit: twice the chart's size, so lines and labels stay crisp in print. */
const SCALE = 2;

function strokeOf(style: SeriesStyle): Stroke {
  const s = SERIES_STROKES[style];
  return {
    colour: s.stroke,
    width: s.strokeWidth * SCALE,
    opacity: s.opacity,
    dash: s.dash?.split(/\s+/).map((n) => Number(n) * SCALE),
  };
}

/**
 * A chart model drawn as a PNG, the way `chartToSvg` draws it: grid, axes with their values and
 * labels, every series, the secondary (confidence) axis, the today marker and the legend under
 * the plot. Word shows the SVG; this is the image it falls back to, and what LibreOffice and
 * Google Docs show, so it must say as much. Pure: model in, bytes out, in Node and the browser.
 */
export function chartToPng(model: ChartModel): Uint8Array {
  const legend = legendLayout(model);
  const raster = createRaster(
    model.width * SCALE,
    (model.height + legend.height) * SCALE,
    CHART_THEME.paper,
  );
  const at = (n: number) => n * SCALE;
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: Stroke) =>
    strokePolyline(
      raster,
      [
        [at(x1), at(y1)],
        [at(x2), at(y2)],
      ],
      stroke,
    );
  const label = (
    text: string,
    x: number,
    y: number,
    size: number,
    anchor: 'start' | 'middle' | 'end' = 'start',
  ) => drawText(raster, text, at(x), at(y), { colour: CHART_THEME.text, size: at(size), anchor });
  // Labels are drawn at the tick size: the glyphs are made for it, and scaling blurs them.
  const { tickFontSize } = CHART_THEME;
  const labelFontSize = tickFontSize;

  const { plot } = model;
  const frame = chartFrame(model);
  for (const tick of model.yTicks) {
    const colour = isZeroLine(model, tick) ? CHART_THEME.zero : CHART_THEME.grid;
    line(plot.x, tick.y, plot.x + plot.width, tick.y, { colour, width: SCALE });
    label(tick.label, frame.yTickLabelX, tick.y + frame.yTickLabelDy, tickFontSize, 'end');
  }
  const { xAxis } = frame;
  const axis = { colour: CHART_THEME.axis, width: SCALE };
  line(xAxis.x1, xAxis.y, xAxis.x2, xAxis.y, axis);
  for (const tick of model.xTicks) {
    line(tick.x, xAxis.y, tick.x, xAxis.y + frame.tickLength, axis);
    label(tick.label, tick.x, frame.xTickLabelY, tickFontSize, xTickAnchor(model, tick));
  }
  label(model.yAxisLabel, frame.yAxisLabel.x, frame.yAxisLabel.y, labelFontSize);
  if (model.secondary && frame.secondary) {
    for (const tick of model.secondary.ticks) {
      label(tick.label, frame.secondary.tickLabelX, tick.y + frame.yTickLabelDy, tickFontSize);
    }
    const { x, y } = frame.secondary.label;
    label(model.secondary.label, x, y, labelFontSize, 'end');
  }
  if (frame.today) {
    const { today } = frame;
    line(today.x, today.y1, today.x, today.y2, { ...axis, dash: [SCALE, 3 * SCALE] });
    label('Today', today.label.x, today.label.y, tickFontSize, today.label.anchor);
  }
  for (const s of model.series) {
    if (s.points.length === 0) continue;
    strokePolyline(
      raster,
      s.points.map((p) => [at(p.x), at(p.y)]),
      strokeOf(s.style),
    );
    if (drawsMarkers(s.style, s.points.length)) {
      for (const p of s.points) markerAt(raster, at(p.x), at(p.y), s.style);
    }
  }
  for (const item of legend.items) {
    const midY = item.y - labelFontSize / 3;
    line(item.x, midY, item.x + LEGEND_SWATCH_WIDTH, midY, strokeOf(item.style));
    if (SERIES_STROKES[item.style].hasMarkers) {
      markerAt(raster, at(item.x + LEGEND_SWATCH_WIDTH / 2), at(midY), item.style);
    }
    label(item.label, item.x + LEGEND_SWATCH_WIDTH + 6, item.y, labelFontSize);
  }
  return encodePng(raster);
}

/** A point marker: a dot in the series colour with a paper-coloured ring, as in the SVG. */
function markerAt(raster: Raster, x: number, y: number, style: SeriesStyle): void {
  const r = CHART_THEME.markerRadius * SCALE;
  fillDot(raster, x, y, r + 0.75 * SCALE, CHART_THEME.paper);
  fillDot(raster, x, y, r, SERIES_STROKES[style].stroke);
}
