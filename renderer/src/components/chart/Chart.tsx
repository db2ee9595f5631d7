import { useId } from 'react';
import { chartFrame, isZeroLine, xTickAnchor, type ChartFrame } from '@shared/charts/geometry';
import { CHART_THEME, drawsMarkers, SERIES_STROKES } from '@shared/charts/theme';
import type { ChartModel, SeriesStyle } from '@shared/charts/types';
import './chart.css';

/** SVG stroke props of a series style, the same values `chartToSvg` writes. */
function strokeProps(style: SeriesStyle) {
  const s = SERIES_STROKES[style];
  return {
    fill: 'none',
    stroke: s.stroke,
    strokeWidth: s.strokeWidth,
    strokeDasharray: s.dash,
    strokeOpacity: s.opacity === 1 ? undefined : s.opacity,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  } as const;
}

function Axes({ model, frame }: { model: ChartModel; frame: ChartFrame }) {
  const { plot } = model;
  const { xAxis, today } = frame;
  return (
    <g className="chart__text" fill={CHART_THEME.text}>
      {model.yTicks.map((tick) => (
        <g key={`y${tick.value}`}>
          <line
            className={isZeroLine(model, tick) ? 'chart__zero' : 'chart__grid'}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={tick.y}
            y2={tick.y}
            stroke={isZeroLine(model, tick) ? CHART_THEME.zero : CHART_THEME.grid}
          />
          <text
            x={frame.yTickLabelX}
            y={tick.y + frame.yTickLabelDy}
            textAnchor="end"
            fontSize={CHART_THEME.tickFontSize}
          >
            {tick.label}
          </text>
        </g>
      ))}
      <line
        className="chart__axis"
        x1={xAxis.x1}
        x2={xAxis.x2}
        y1={xAxis.y}
        y2={xAxis.y}
        stroke={CHART_THEME.axis}
      />
      {model.xTicks.map((tick) => (
        <g key={`x${tick.x}`}>
          <line
            className="chart__axis"
            x1={tick.x}
            x2={tick.x}
            y1={xAxis.y}
            y2={xAxis.y + frame.tickLength}
            stroke={CHART_THEME.axis}
          />
          <text
            x={tick.x}
            y={frame.xTickLabelY}
            textAnchor={xTickAnchor(model, tick)}
            fontSize={CHART_THEME.tickFontSize}
          >
            {tick.label}
          </text>
        </g>
      ))}
      <text
        x={frame.yAxisLabel.x}
        y={frame.yAxisLabel.y}
        fontSize={CHART_THEME.labelFontSize}
        fontWeight={600}
      >
        {model.yAxisLabel}
      </text>
      {today && (
        <g>
          <line
            className="chart__axis"
            x1={today.x}
            x2={today.x}
            y1={today.y1}
            y2={today.y2}
            stroke={CHART_THEME.today}
            strokeDasharray="1 3"
            strokeLinecap="round"
          />
          <text
            x={today.label.x}
            y={today.label.y}
            textAnchor={today.label.anchor}
            fontSize={CHART_THEME.tickFontSize}
          >
            Today
          </text>
        </g>
      )}
    </g>
  );
}

function Series({ model }: { model: ChartModel }) {
  return (
    <g>
      {model.series
        .filter((s) => s.path !== '')
        .map((s) => (
          <g key={s.id}>
            <path d={s.path} {...strokeProps(s.style)} />
            {drawsMarkers(s.style, s.points.length) &&
              s.points.map((p, i) => (
                <circle
                  key={`${p.date}-${i}`}
                  cx={p.x}
                  cy={p.y}
                  r={CHART_THEME.markerRadius}
                  fill={SERIES_STROKES[s.style].stroke}
                  stroke={CHART_THEME.paper}
                  strokeWidth={1.5}
                >
                  <title>{`${s.label}, ${p.label}`}</title>
                </circle>
              ))}
          </g>
        ))}
    </g>
  );
}

function Legend({ legend }: { legend: ChartModel['legend'] }) {
  if (legend.length === 0) return null;
  return (
    <ul className="chart__legend">
      {legend.map((item, i) => (
        <li key={`${item.style}-${i}`} className="chart__legend-item">
          <svg className="chart__swatch" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
            <line x1={1} x2={21} y1={5} y2={5} {...strokeProps(item.style)} />
            {SERIES_STROKES[item.style].hasMarkers && (
              <circle cx={11} cy={5} r={3} fill={SERIES_STROKES[item.style].stroke} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Every point of every series as a table: the full text alternative of the chart. */
function DataTable({ model }: { model: ChartModel }) {
  const rows = model.series.flatMap((s) =>
    s.points.map((p, i) => ({ key: `${s.id}-${i}`, series: s.label, point: p })),
  );
  return (
    <table className="visually-hidden">
      <caption>{model.title}</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Date</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>No data yet</td>
          </tr>
        ) : (
          rows.map(({ key, series, point }) => (
            <tr key={key}>
              <th scope="row">{series}</th>
              <td>
                <time dateTime={point.date}>{point.dateLabel}</time>
              </td>
              <td>{point.valueLabel}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/**
 * A chart model drawn as SVG, the same drawing `chartToSvg` writes for documents. The SVG is an
 * image named by the model's title and described by its text alternative; a visually hidden table
 * lists every point, and a legend follows the chart.
 */
export function Chart({ model }: { model: ChartModel }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const frame = chartFrame(model);
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${model.width} ${model.height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{model.title}</title>
        <desc id={descId}>{model.description}</desc>
        <Axes model={model} frame={frame} />
        <Series model={model} />
      </svg>
      <Legend legend={model.legend} />
      <DataTable model={model} />
    </figure>
  );
}
