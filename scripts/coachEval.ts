/**
 * Measures the KR coach against a labelled CSV (plan columns plus `expected_rules` and
 * `also_ok`). Usage: tsx scripts/coachEval.ts FILE.csv [--all]
 *
 * Per row and per measured rule: predicted and expected is a true positive, expected and
 * not predicted a false negative, predicted and in neither column a false positive.
 */
import { readFile } from 'node:fs/promises';
import { coachPlan, planInputFromCsv, type CoachRule } from '../shared/domain/coach';
import { groupPlanRows, readPlanRows, type PlanCsvRow } from '../shared/domain/planCsv';

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

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function split(cell: string | undefined): Set<string> {
  return new Set(
    (cell ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

function predict(row: PlanCsvRow): Set<string> {
  const { plan } = groupPlanRows([row]);
  return new Set(coachPlan(planInputFromCsv(plan)).map((f) => f.rule));
}

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(2);
}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: tsx scripts/coachEval.ts FILE.csv [--all]\n');
    return 2;
  }
  const read = readPlanRows(await readFile(file, 'utf8'));
  if (!read.ok) {
    process.stderr.write(`cannot parse ${file}: row ${read.error.row}: ${read.error.message}\n`);
    return 2;
  }
  const tallies = new Map<CoachRule, Tally>(
    MEASURED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]),
  );
  const report: string[] = [];
  for (const row of read.rows) {
    const expected = split(row.extra['expected_rules']);
    const alsoOk = split(row.extra['also_ok']);
    const predicted = predict(row);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const rule of MEASURED_RULES) {
      const t = tallies.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      const isPredicted = predicted.has(rule);
      if (expected.has(rule)) {
        if (isPredicted) t.tp += 1;
        else {
          t.fn += 1;
          missed.push(rule);
        }
      } else if (isPredicted && !alsoOk.has(rule)) {
        t.fp += 1;
        extra.push(rule);
      }
    }
    if (missed.length > 0 || extra.length > 0 || argv.includes('--all')) {
      const parts = [
        missed.length ? `missed ${missed.join(', ')}` : '',
        extra.length ? `false alarm ${extra.join(', ')}` : '',
      ];
      report.push(`row ${row.row}: "${row.keyResult}" ${parts.filter(Boolean).join('; ') || 'ok'}`);
    }
  }
  const out = [
    `${'rule'.padEnd(22)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall`,
  ];
  for (const [rule, t] of tallies) {
    out.push(
      `${rule.padEnd(22)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${ratio(t.tp, t.tp + t.fp).padStart(9)}  ${ratio(t.tp, t.tp + t.fn).padStart(6)}`,
    );
  }
  out.push(
    '',
    `${read.rows.length} rows; ${report.length} with a miss or false alarm${report.length ? ':' : '.'}`,
    ...report,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`coachEval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
