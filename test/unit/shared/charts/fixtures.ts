import type { KeyResultValueChartInput } from '@shared/charts/krCharts';

/** The README's key result: checkout p75 LCP from 3.2 s down to 1.5 s over a 12-week quarter. */
export const LCP: KeyResultValueChartInput = {
  title: 'Checkout p75 LCP',
  unit: 's',
  baseline: 3.2,
  target: 1.5,
  start: '2027-01-04',
  end: '2027-03-28',
  points: [
    { date: '2027-01-25', value: 2.9 },
    { date: '2027-01-11', value: 3.1 },
    { date: '2027-02-14', value: 2.4 },
    { date: '2027-02-28', value: 2.1 },
  ],
};

/** Every number in an SVG path `d`. */
export function pathNumbers(d: string): number[] {
  return (d.match(/-?[\d.]+(?:e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);
}
