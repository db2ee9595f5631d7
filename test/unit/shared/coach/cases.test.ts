import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coachPlan, planInputFromCsv } from '../../../../shared/domain/coach';
import { groupPlanRows, readPlanRows } from '../../../../shared/domain/planCsv';

// Our own labelled cases, same columns as the coach sample sets (expected_rules, also_ok).
const FIXTURE = fileURLToPath(new URL('../../../fixtures/plans/coach-cases.csv', import.meta.url));
const MEASURED = new Set([
  'missing-baseline',
  'missing-target',
  'missing-metric',
  'trivial-target',
  'direction-mismatch',
  'output-not-outcome',
  'gameable-metric',
  'objective-is-metric',
  'external-commitment',
]);

const read = readPlanRows(readFileSync(FIXTURE, 'utf8'));
if (!read.ok) throw new Error(read.error.message);

function set(cell: string | undefined): string[] {
  return (cell ?? '').split(';').filter((s) => s !== '');
}

describe('labelled coach cases', () => {
  it.each(read.rows.map((r) => [r.row, r.keyResult, r] as const))(
    'row %i: %s',
    (_row, _title, row) => {
      const { plan } = groupPlanRows([row]);
      const predicted = new Set<string>(coachPlan(planInputFromCsv(plan)).map((f) => f.rule));
      const expected = set(row.extra['expected_rules']);
      const allowed = new Set([...expected, ...set(row.extra['also_ok'])]);
      const missed = expected.filter((r) => !predicted.has(r));
      const extra = [...predicted].filter((r) => MEASURED.has(r) && !allowed.has(r));
      expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    },
  );
});
