import { LEGEND_SWATCH_WIDTH, chartFrame, isZeroLine, legendLayout, xTickAnchor } from './geometry';
import { CHART_THEME, drawsMarkers, SERIES_STROKES } from './theme';
import type { ChartModel, SeriesStyle } from './types';

type Attrs = Record<string, string | number | undefined>;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `text` safe inside XML text and attribute values. Also drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function el(name: string, values: Attrs, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

function text(values: Attrs, content: string): string {
  return el('text', values, escapeXml(content));
}

/** Stroke attributes of a series style. */
function strokeAttrs(style: SeriesStyle): Attrs {
  const s = SERIES_STROKES[style];
  return {
    fill: 'none',
    stroke: s.stroke,
    'stroke-width': s.strokeWidth,
    'stroke-dasharray': s.dash,
    'stroke-opacity': s.opacity === 1 ? undefined : s.opacity,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
}

let nextId = 0;

/** Keeps a caller's prefix usable as an XML id. */
function safeId(prefix: string): string {
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

function axes(model: ChartModel): string {
  const { plot } = model;
  const frame = chartFrame(model);
  const { tickFontSize, labelFontSize } = CHART_THEME;
  const out: string[] = [];
  for (const tick of model.yTicks) {
    const stroke = isZeroLine(model, tick) ? CHART_THEME.zero : CHART_THEME.grid;
    out.push(el('line', { x1: plot.x, x2: plot.x + plot.width, y1: tick.y, y2: tick.y, stroke }));
    out.push(
      text(
        {
          x: frame.yTickLabelX,
          y: tick.y + frame.yTickLabelDy,
          'text-anchor': 'end',
          'font-size': tickFontSize,
        },
        tick.label,
      ),
    );
  }
  const { xAxis } = frame;
  out.push(
    el('line', { x1: xAxis.x1, x2: xAxis.x2, y1: xAxis.y, y2: xAxis.y, stroke: CHART_THEME.axis }),
  );
  for (const tick of model.xTicks) {
    out.push(
      el('line', {
        x1: tick.x,
        x2: tick.x,
        y1: xAxis.y,
        y2: xAxis.y + frame.tickLength,
        stroke: CHART_THEME.axis,
      }),
    );
    out.push(
      text(
        {
          x: tick.x,
          y: frame.xTickLabelY,
          'text-anchor': xTickAnchor(model, tick),
          'font-size': tickFontSize,
        },
        tick.label,
      ),
    );
  }
  out.push(
    text(
      {
        x: frame.yAxisLabel.x,
        y: frame.yAxisLabel.y,
        'font-size': labelFontSize,
        'font-weight': 600,
      },
      model.yAxisLabel,
    ),
  );
  if (model.secondary && frame.secondary) {
    for (const tick of model.secondary.ticks) {
      out.push(
        text(
          {
            x: frame.secondary.tickLabelX,
            y: tick.y + frame.yTickLabelDy,
            'font-size': tickFontSize,
          },
          tick.label,
        ),
      );
    }
    out.push(
      text(
        {
          x: frame.secondary.label.x,
          y: frame.secondary.label.y,
          'text-anchor': 'end',
          'font-size': labelFontSize,
          'font-weight': 600,
        },
        model.secondary.label,
      ),
    );
  }
  if (frame.today) {
    const { today } = frame;
    out.push(
      el('line', {
        x1: today.x,
        x2: today.x,
        y1: today.y1,
        y2: today.y2,
        stroke: CHART_THEME.today,
        'stroke-dasharray': '1 3',
        'stroke-linecap': 'round',
      }),
    );
    out.push(
      text(
        {
          x: today.label.x,
          y: today.label.y,
          'text-anchor': today.label.anchor,
          'font-size': tickFontSize,
        },
        'Today',
      ),
    );
  }
  return el('g', { fill: CHART_THEME.text }, out.join(''));
}

function seriesMarkup(model: ChartModel): string {
  return model.series
    .filter((s) => s.path !== '')
    .map((s) => {
      const path = el('path', { d: s.path, ...strokeAttrs(s.style) });
      if (!drawsMarkers(s.style, s.points.length)) return path;
      const markers = s.points.map((p) =>
        el(
          'circle',
          {
            cx: p.x,
            cy: p.y,
            r: CHART_THEME.markerRadius,
            fill: SERIES_STROKES[s.style].stroke,
            stroke: CHART_THEME.paper,
            'stroke-width': 1.5,
          },
          el('title', {}, escapeXml(`${s.label}, ${p.label}`)),
        ),
      );
      return path + markers.join('');
    })
    .join('');
}

function legendMarkup(model: ChartModel, items: ReturnType<typeof legendLayout>['items']): string {
  const fontSize = CHART_THEME.labelFontSize;
  return items
    .map((item) => {
      const midY = item.y - fontSize / 3;
      const swatch = el('line', {
        x1: item.x,
        x2: item.x + LEGEND_SWATCH_WIDTH,
        y1: midY,
        y2: midY,
        ...strokeAttrs(item.style),
      });
      const marker = SERIES_STROKES[item.style].hasMarkers
        ? el('circle', {
            cx: item.x + LEGEND_SWATCH_WIDTH / 2,
            cy: midY,
            r: CHART_THEME.markerRadius,
            fill: SERIES_STROKES[item.style].stroke,
          })
        : '';
      const label = text(
        { x: item.x + LEGEND_SWATCH_WIDTH + 6, y: item.y, 'font-size': fontSize },
        item.label,
      );
      return swatch + marker + label;
    })
    .join('');
}

/**
 * A chart model as a standalone SVG document for exported HTML and DOCX: presentation attributes
 * only (no CSS, no external fonts), the legend drawn under the plot, `<title>` and `<desc>` as the
 * accessible name and description. Every piece of text is XML-escaped. Ids get `idPrefix`, or a
 * fresh prefix per call, so several charts can share a document.
 */
export function chartToSvg(model: ChartModel, options: { idPrefix?: string } = {}): string {
  const prefix = safeId(options.idPrefix ?? `qd-chart-${++nextId}`);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const legend = legendLayout(model);
  const width = model.width;
  const height = model.height + legend.height;
  const body = [
    el('title', { id: titleId }, escapeXml(model.title)),
    el('desc', { id: descId }, escapeXml(model.description)),
    el('rect', { width, height, fill: CHART_THEME.paper }),
    axes(model),
    seriesMarkup(model),
    el('g', { fill: CHART_THEME.text }, legendMarkup(model, legend.items)),
  ].join('');
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'font-family': CHART_THEME.fontFamily,
    },
    body,
  );
}
