import {
  coachPlan,
  planInputFromCsv,
  type CoachRule,
  type Finding,
} from '../../shared/domain/coach';
import { groupPlanRows, type PlanCsvRow } from '../../shared/domain/planCsv';

/** The rules a per-row sample can measure (the count rules need whole plans). */
export const MEASURED_RULES: readonly CoachRule[] = [
  'missing-baseline',
  'missing-target',
  'missing-metric',
  'trivial-target',
  'direction-mismatch',
  'output-not-outcome',
  'gameable-metric',
  'objective-is-metric',
  'external-commitment',
];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** One labelled row and the file it came from. */
export interface LabelledRow {
  file: string;
  row: PlanCsvRow;
}

/** What the coach said about one row, against its labels. */
export interface RowOutcome extends LabelledRow {
  findings: Finding[];
  missed: CoachRule[];
  extra: CoachRule[];
}

function split(cell: string | undefined): Set<string> {
  return new Set(
    (cell ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

/** The coach's findings for one row, as the CLI would see it in a one-row plan. */
export function coachRow(row: PlanCsvRow): Finding[] {
  const { plan } = groupPlanRows([row]);
  return coachPlan(planInputFromCsv(plan));
}

/**
 * Scores labelled rows: per measured rule, a prediction in `expected_rules` is a true
 * positive, a missing one a false negative, one in neither column a false positive.
 */
export function scoreLabelledRows(rows: readonly LabelledRow[]): {
  tallies: Map<CoachRule, Tally>;
  outcomes: RowOutcome[];
} {
  const tallies = new Map<CoachRule, Tally>(
    MEASURED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]),
  );
  const outcomes: RowOutcome[] = [];
  for (const labelled of rows) {
    const { row } = labelled;
    const expected = split(row.extra['expected_rules']);
    const alsoOk = split(row.extra['also_ok']);
    const findings = coachRow(row);
    const predicted = new Set<string>(findings.map((f) => f.rule));
    const missed: CoachRule[] = [];
    const extra: CoachRule[] = [];
    for (const rule of MEASURED_RULES) {
      const t = tallies.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      if (expected.has(rule)) {
        if (predicted.has(rule)) t.tp += 1;
        else {
          t.fn += 1;
          missed.push(rule);
        }
      } else if (predicted.has(rule) && !alsoOk.has(rule)) {
        t.fp += 1;
        extra.push(rule);
      }
    }
    outcomes.push({ ...labelled, findings, missed, extra });
  }
  return { tallies, outcomes };
}
