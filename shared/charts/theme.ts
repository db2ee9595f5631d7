import type { SeriesStyle } from './types';

/** How one series style is stroked; SVG presentation attribute values. */
export type SeriesStroke = {
  stroke: string;
  strokeWidth: number;
  /** `stroke-dasharray`, or `undefined` for a solid line. */
  dash?: string;
  opacity: number;
  /** Whether each point gets a circle marker. */
  hasMarkers: boolean;
};

/** Series strokes, shared by the SVG writer and the React component so both draw alike. */
export const SERIES_STROKES: Record<SeriesStyle, SeriesStroke> = {
  actual: { stroke: '#2359c4', strokeWidth: 2.5, opacity: 1, hasMarkers: true },
  expected: { stroke: '#8a94a6', strokeWidth: 2, dash: '6 4', opacity: 1, hasMarkers: false },
  target: { stroke: '#1c7c4d', strokeWidth: 2, dash: '2 3', opacity: 1, hasMarkers: false },
  threshold: { stroke: '#b3261e', strokeWidth: 1.5, dash: '4 3', opacity: 0.45, hasMarkers: false },
  confidence: { stroke: '#c26d00', strokeWidth: 1.5, opacity: 0.85, hasMarkers: false },
};

/**
 * Whether a series draws a dot at each of its points: a style with markers always, and any
 * series with a single point, whose line has no length and would show nothing (one confidence
 * reading, say, listed in the legend but not on the chart).
 */
export function drawsMarkers(style: SeriesStyle, pointCount: number): boolean {
  return SERIES_STROKES[style].hasMarkers || pointCount === 1;
}

/** Draw order, back to front: reference lines first, check-ins on top. */
export const SERIES_ORDER: Record<SeriesStyle, number> = {
  threshold: 0,
  confidence: 1,
  target: 2,
  expected: 3,
  actual: 4,
};

/** Colours and sizes of everything that is not a series. */
export const CHART_THEME = {
  axis: '#55617a',
  grid: '#e3e7ee',
  /** The zero line, when the y axis crosses zero. */
  zero: '#b7bfcc',
  today: '#55617a',
  text: '#55617a',
  paper: '#ffffff',
  fontFamily: 'system-ui, sans-serif',
  tickFontSize: 11,
  labelFontSize: 12,
  markerRadius: 3.5,
} as const;

/** Rough width of `text` in px at `fontSize`; good enough to keep labels from colliding. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}
