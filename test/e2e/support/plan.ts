import type { KeyResultFields } from '../pages/AppPage';

/** An objective with three well-formed key results, shared by the later-phase suites. */
export const RELIABILITY_OBJECTIVE = 'Customers can rely on us';

export const RELIABILITY_KRS = [
  {
    title: 'P1 incidents from 8 to 2 per quarter',
    metric: 'P1 incidents',
    unit: 'count',
    baseline: '8',
    target: '2',
    direction: 'decrease',
  },
  {
    title: 'Checkout success rate from 94% to 98%',
    metric: 'Checkout success rate',
    unit: '%',
    baseline: '94',
    target: '98',
  },
  {
    title: 'MTTR from 120 to 30 minutes',
    metric: 'MTTR',
    unit: 'min',
    baseline: '120',
    target: '30',
    direction: 'decrease',
  },
] as const satisfies readonly KeyResultFields[];

/** The calendar quarter containing today (so check-ins fall inside it) and the one after. */
export function currentQuarter(now: Date = new Date()): { label: string; next: string } {
  const year = now.getFullYear();
  const q = Math.floor(now.getMonth() / 3) + 1;
  return { label: `${year}-Q${q}`, next: q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}` };
}
