import { describe, expect, it } from 'vitest';
import { buildLineChart } from '@shared/charts/lineChart';
import type { ChartModel, LineChartDescription } from '@shared/charts/types';
import { pathNumbers } from './fixtures';

function chart(overrides: Partial<LineChartDescription> = {}): ChartModel {
  return buildLineChart({
    title: 'Deploys per week',
    unit: 'deploys',
    start: '2027-01-01',
    end: '2027-03-31',
    series: [],
    ...overrides,
  });
}

/** The value range the y axis covers, read back from its ticks. */
function yRange(model: ChartModel): [number, number] {
  const values = model.yTicks.map((t) => t.value);
  return [Math.min(...values), Math.max(...values)];
}

function expectInsidePlot(model: ChartModel) {
  const { plot } = model;
  for (const s of model.series) {
    for (const n of pathNumbers(s.path))
      expect(Number.isFinite(n), `${s.id}: ${s.path}`).toBe(true);
    for (const p of s.points) {
      expect(p.x).toBeGreaterThanOrEqual(plot.x - 0.01);
      expect(p.x).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
      expect(p.y).toBeGreaterThanOrEqual(plot.y - 0.01);
      expect(p.y).toBeLessThanOrEqual(plot.y + plot.height + 0.01);
    }
  }
}

describe('buildLineChart: x axis', () => {
  it('labels a calendar quarter by its first and last day and the months between', () => {
    expect(chart().xTicks.map((t) => t.label)).toEqual(['1 Jan', '1 Feb', '1 Mar', '31 Mar']);
  });

  it('labels a 12-week quarter from 4 Jan to 28 Mar, left to right, inside the chart', () => {
    const model = chart({ start: '2027-01-04', end: '2027-03-28' });
    expect(model.xTicks.map((t) => t.label)).toEqual(['4 Jan', '1 Feb', '1 Mar', '28 Mar']);
    const xs = model.xTicks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(model.plot.x);
    expect(xs.at(-1)).toBe(model.plot.x + model.plot.width);
  });

  it('adds the year to the ends when the range crosses a new year', () => {
    const labels = chart({ start: '2026-11-02', end: '2027-01-31' }).xTicks.map((t) => t.label);
    expect(labels[0]).toBe('2 Nov 2026');
    expect(labels.at(-1)).toBe('31 Jan 2027');
  });

  it('puts more ticks on a wider chart', () => {
    expect(chart({ width: 1280, height: 500 }).xTicks.length).toBeGreaterThan(
      chart().xTicks.length,
    );
  });

  it('marks today only when it falls inside the range', () => {
    const inside = chart({ today: '2027-02-15' });
    expect(inside.todayX).toBeGreaterThan(inside.plot.x);
    expect(inside.todayX).toBeLessThan(inside.plot.x + inside.plot.width);
    expect(chart({ today: '2027-05-01' }).todayX).toBeUndefined();
    expect(chart({ today: 'not a day' }).todayX).toBeUndefined();
  });

  it('widens the range to a check-in outside it rather than drawing off the plot', () => {
    const model = chart({
      series: [
        { id: 'a', label: 'A', style: 'actual', points: [{ date: '2027-04-10', value: 3 }] },
      ],
    });
    expect(model.xTicks.at(-1)?.label).toBe('10 Apr');
    expectInsidePlot(model);
  });

  it('refuses dates that are not days, or an end before the start', () => {
    expect(() => chart({ start: '2027-13-01' })).toThrow(/start/);
    expect(() => chart({ start: '2027-03-31', end: '2027-01-01' })).toThrow(/before/);
  });
});

describe('buildLineChart: y axis', () => {
  it('covers every point and the hint, with about five readable ticks and the unit on the label', () => {
    const model = chart({
      yDomainHint: [10, 40],
      series: [
        {
          id: 'a',
          label: 'Deploys',
          style: 'actual',
          points: [
            { date: '2027-01-10', value: 12 },
            { date: '2027-02-10', value: 47 },
          ],
        },
      ],
    });
    const [lo, hi] = yRange(model);
    expect(lo).toBeLessThanOrEqual(10);
    expect(hi).toBeGreaterThanOrEqual(47);
    expect(model.yTicks.length).toBeGreaterThanOrEqual(4);
    expect(model.yTicks.length).toBeLessThanOrEqual(8);
    expect(new Set(model.yTicks.map((t) => t.label)).size).toBe(model.yTicks.length);
    expect(model.yAxisLabel).toBe('Value (deploys)');
    // Higher values sit higher on screen.
    const ys = model.yTicks.map((t) => t.y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
  });

  it('spans 0 to 100 for percentages, named by yLabel', () => {
    const model = chart({
      unit: '%',
      yLabel: 'Confidence',
      yFormat: 'percent-0-100',
      series: [
        { id: 'c', label: 'C', style: 'actual', points: [{ date: '2027-01-10', value: 60 }] },
      ],
    });
    expect(yRange(model)).toEqual([0, 100]);
    expect(model.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(model.yAxisLabel).toBe('Confidence (%)');
  });

  it('writes thousands compactly', () => {
    const model = chart({ yDomainHint: [12_000, 18_500] });
    expect(model.yTicks.map((t) => t.label)).toContain('14k');
  });

  it('gives equal values a band around them instead of a zero-high axis', () => {
    const model = chart({
      series: [
        {
          id: 'a',
          label: 'A',
          style: 'actual',
          points: [
            { date: '2027-01-10', value: 99.95 },
            { date: '2027-02-10', value: 99.95 },
          ],
        },
      ],
    });
    const [lo, hi] = yRange(model);
    expect(lo).toBeLessThan(99.95);
    expect(hi).toBeGreaterThan(99.95);
    expectInsidePlot(model);
    expect(model.series[0]?.points.map((p) => p.label)).toEqual([
      '10 Jan: 99.95 deploys',
      '10 Feb: 99.95 deploys',
    ]);
  });

  it('handles negative values with a zero line in range', () => {
    const model = chart({
      unit: 'pp',
      yDomainHint: [-2.5, 1],
      series: [
        { id: 'a', label: 'A', style: 'actual', points: [{ date: '2027-02-01', value: -1.25 }] },
      ],
    });
    const [lo, hi] = yRange(model);
    expect(lo).toBeLessThanOrEqual(-2.5);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(model.yTicks.some((t) => t.value === 0)).toBe(true);
    expectInsidePlot(model);
  });

  it('still has axes with no data at all', () => {
    const model = chart();
    expect(model.yTicks.length).toBeGreaterThan(1);
    expect(model.legend).toEqual([]);
    expect(model.description).toBe('Deploys per week (deploys) from 1 Jan to 31 Mar.');
  });
});

describe('buildLineChart: series', () => {
  it('drops points that have no date or no number, and sorts the rest by date', () => {
    const model = chart({
      series: [
        {
          id: 'a',
          label: 'A',
          style: 'actual',
          points: [
            { date: '2027-02-10', value: 5 },
            { date: '2027-02-31', value: 6 },
            { date: '2027-01-10', value: Number.NaN },
            { date: '2027-01-20', value: 4 },
          ],
        },
      ],
    });
    const points = model.series[0]?.points ?? [];
    expect(points.map((p) => p.date)).toEqual(['2027-01-20', '2027-02-10']);
    expect(points.map((p) => p.label)).toEqual(['20 Jan: 4 deploys', '10 Feb: 5 deploys']);
    expectInsidePlot(model);
  });

  it('draws reference lines first and check-ins last, but lists the legend as given', () => {
    const flat = (value: number) => [
      { date: '2027-01-01', value },
      { date: '2027-03-31', value },
    ];
    const model = chart({
      series: [
        { id: 'a', label: 'Actual', style: 'actual', points: flat(3) },
        { id: 't', label: 'Target', style: 'target', points: flat(5) },
        { id: 'r', label: 'Risk', style: 'threshold', points: flat(1) },
      ],
    });
    expect(model.series.map((s) => s.id)).toEqual(['r', 't', 'a']);
    expect(model.legend.map((l) => l.label)).toEqual(['Actual', 'Target', 'Risk']);
  });
});
