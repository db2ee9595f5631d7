import { describe, expect, it } from 'vitest';
import { confidenceChart, keyResultChartData, keyResultValueChart } from '@shared/charts/krCharts';
import { LOW_CONFIDENCE } from '@shared/domain/checkins/atRisk';
import type { ChartModel } from '@shared/charts/types';
import { checkIn } from '../checkins/helpers';
import { LCP, pathNumbers } from './fixtures';

function series(model: ChartModel, id: string) {
  const found = model.series.find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

function expectFinitePaths(model: ChartModel) {
  for (const s of model.series) {
    if (s.points.length === 0) continue;
    expect(s.path, s.id).not.toBe('');
    expect(s.path, s.id).not.toMatch(/NaN|Infinity|undefined/);
    for (const n of pathNumbers(s.path)) expect(Number.isFinite(n), s.path).toBe(true);
  }
}

describe('keyResultValueChart', () => {
  it('says what is measured, how many check-ins, the latest, the expected path and the target', () => {
    const model = keyResultValueChart(LCP);
    expect(model.description).toBe(
      'Checkout p75 LCP (s) from 4 Jan to 28 Mar: 4 check-ins, latest 2.1 s on 28 Feb; ' +
        'expected path from 3.2 to 1.5 s; target 1.5 s.',
    );
    expect(model.title).toBe('Checkout p75 LCP');
    expect(model.yAxisLabel).toBe('Value (s)');
    expect(model.legend).toEqual([
      { label: 'Check-ins', style: 'actual' },
      { label: 'Expected path', style: 'expected' },
      { label: 'Target 1.5 s', style: 'target' },
    ]);
    expectFinitePaths(model);
  });

  it('draws check-ins as straight segments, the expected path from baseline to target, a flat target', () => {
    const model = keyResultValueChart(LCP);
    const actual = series(model, 'actual');
    expect(actual.points.map((p) => p.label)).toEqual([
      '11 Jan: 3.1 s',
      '25 Jan: 2.9 s',
      '14 Feb: 2.4 s',
      '28 Feb: 2.1 s',
    ]);
    expect(actual.path).toMatch(/^M[^CQA]*$/); // lines only, no curves
    expect(actual.path.match(/L/g)).toHaveLength(3);

    const expected = series(model, 'expected');
    expect(expected.points.map((p) => p.x)).toEqual([
      model.plot.x,
      model.plot.x + model.plot.width,
    ]);
    const target = series(model, 'target');
    expect(target.points[0]?.y).toBe(target.points[1]?.y);
    expect(expected.points[1]?.y).toBe(target.points[0]?.y);
  });

  it('keeps baseline, target and every check-in on the y axis', () => {
    const model = keyResultValueChart({
      ...LCP,
      points: [...LCP.points, { date: '2027-03-07', value: 4.4 }],
    });
    const values = model.yTicks.map((t) => t.value);
    expect(Math.min(...values)).toBeLessThanOrEqual(1.5);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(4.4);
  });

  it('draws a decrease key result going down: the target below the baseline', () => {
    const model = keyResultValueChart(LCP);
    const [start, end] = series(model, 'expected').points;
    // SVG y grows downwards: a lower value sits lower on screen.
    expect(end!.y).toBeGreaterThan(start!.y);
    // The target stays clear of the x axis.
    expect(end!.y).toBeLessThan(model.plot.y + model.plot.height);
  });

  it('still draws axes and the expected path with no check-ins', () => {
    const model = keyResultValueChart({ ...LCP, points: [] });
    expect(series(model, 'actual').path).toBe('');
    expect(series(model, 'expected').path).not.toBe('');
    expect(model.xTicks.length).toBeGreaterThan(1);
    expect(model.yTicks.length).toBeGreaterThan(1);
    expect(model.description).toContain('no check-ins yet');
    expect(model.legend.map((l) => l.style)).toEqual(['expected', 'target']);
    expectFinitePaths(model);
  });

  it('draws one check-in as a single marker', () => {
    const model = keyResultValueChart({ ...LCP, points: [{ date: '2027-01-18', value: 3 }] });
    const actual = series(model, 'actual');
    expect(actual.points).toHaveLength(1);
    expect(actual.path).toMatch(/^M/);
    expect(model.description).toContain('1 check-in, 3 s on 18 Jan');
    expectFinitePaths(model);
  });

  it('copes without baseline or target, with equal values and with negatives', () => {
    const none = keyResultValueChart({
      ...LCP,
      baseline: null,
      target: null,
      points: [
        { date: '2027-01-11', value: 2 },
        { date: '2027-02-11', value: 2 },
      ],
    });
    expect(none.series.map((s) => s.id)).toEqual(['actual']);
    expect(none.description).not.toContain('target');
    expectFinitePaths(none);

    const negative = keyResultValueChart({
      ...LCP,
      unit: 'pp',
      baseline: -2.5,
      target: 1,
      points: [{ date: '2027-01-20', value: -1.25 }],
    });
    expect(negative.description).toContain('expected path from -2.5 to 1 pp; target 1 pp');
    expectFinitePaths(negative);
  });

  it('passes size and today through', () => {
    const model = keyResultValueChart({ ...LCP, width: 1280, height: 500, today: '2027-03-01' });
    expect([model.width, model.height]).toEqual([1280, 500]);
    expect(model.todayX).toBeDefined();
  });
});

describe('confidenceChart', () => {
  const model = confidenceChart({
    title: 'Checkout LCP confidence',
    start: '2027-01-04',
    end: '2027-03-28',
    points: [
      { date: '2027-01-11', value: 70 },
      { date: '2027-02-14', value: 30 },
    ],
  });

  it('spans 0–100 % with a faint at-risk line at 40 %', () => {
    const values = model.yTicks.map((t) => t.value);
    expect([Math.min(...values), Math.max(...values)]).toEqual([0, 100]);
    expect(model.yAxisLabel).toBe('Confidence (%)');
    const risk = series(model, 'at-risk');
    expect(risk.style).toBe('threshold');
    expect(risk.label).toBe('At risk below 40%');
    const forty = model.yTicks.find((t) => t.value === LOW_CONFIDENCE);
    expect(risk.points.every((p) => p.y === forty?.y)).toBe(true);
    expectFinitePaths(model);
  });

  it('describes the check-ins and the threshold', () => {
    expect(model.description).toBe(
      'Checkout LCP confidence (%) from 4 Jan to 28 Mar: 2 check-ins, latest 30% on 14 Feb; ' +
        'at risk below 40%.',
    );
  });
});

describe('keyResultChartData', () => {
  const kr = {
    id: 'kr1',
    title: 'Checkout feels instant',
    metric: 'p75 LCP',
    unit: 's',
    baseline: 3.2,
    target: 1.5,
  };
  const quarter = { startDate: '2027-01-01', endDate: '2027-03-31' };

  it('charts the metric over the quarter with the values of effective check-ins only', () => {
    const checkIns = [
      checkIn({ id: 'typo', date: '2027-01-15', value: 21 }),
      checkIn({ date: '2027-01-15', value: 2.1, supersedesId: 'typo' }),
      checkIn({ date: '2027-02-01', value: null }),
      checkIn({ keyResultId: 'other', date: '2027-02-01', value: 9 }),
      checkIn({ date: '2027-02-15', value: 1.9 }),
    ];
    expect(keyResultChartData(kr, quarter, checkIns)).toEqual({
      title: 'p75 LCP',
      unit: 's',
      baseline: 3.2,
      target: 1.5,
      start: '2027-01-01',
      end: '2027-03-31',
      points: [
        { date: '2027-01-15', value: 2.1 },
        { date: '2027-02-15', value: 1.9 },
      ],
    });
  });

  it('is named after the key result when it has no metric', () => {
    expect(keyResultChartData({ ...kr, metric: '' }, quarter, []).title).toBe(
      'Checkout feels instant',
    );
  });
});

describe('keyResultValueChart with confidence', () => {
  const confidence = [
    { date: '2027-01-11', value: 80 },
    { date: '2027-02-28', value: 40 },
  ];
  const model = keyResultValueChart({ ...LCP, confidence });

  it('draws confidence on a 0–100 % axis on the right, apart from the values', () => {
    const line = series(model, 'confidence');
    expect(line.style).toBe('confidence');
    const bottom = model.plot.y + model.plot.height;
    // 80% sits 80% of the way up the plot, whatever the values' scale.
    expect(line.points[0]!.y).toBeCloseTo(bottom - 0.8 * model.plot.height, 1);
    expect(line.points.map((p) => p.valueLabel)).toEqual(['80%', '40%']);
    expect(model.secondary?.label).toBe('Confidence');
    expect(model.secondary?.ticks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
    // The value axis is not stretched to 100 by the confidence.
    expect(Math.max(...model.yTicks.map((t) => t.value))).toBeLessThan(10);
  });

  it('says so in the legend and the description, so falling confidence is read too', () => {
    expect(model.legend.at(-1)).toEqual({ label: 'Confidence', style: 'confidence' });
    expect(model.description).toContain('confidence from 80% to 40%');
    expect(model.plot.x + model.plot.width).toBeLessThan(model.width - 40);
  });

  it('has no secondary axis without confidence', () => {
    expect(keyResultValueChart(LCP).secondary).toBeUndefined();
  });
});
