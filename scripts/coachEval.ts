/**
 * Measures the KR coach against labelled CSVs (plan columns plus `expected_rules` and
 * `also_ok`). Usage: tsx scripts/coachEval.ts FILE.csv [FILE.csv …] [--all] [--verbose]
 *
 * Per row and per measured rule: predicted and expected is a true positive, expected and
 * not predicted a false negative, predicted and in neither column a false positive. Several
 * files are measured as one sample. `--all` lists every row; `--verbose` then lists each false
 * alarm (with what the coach said) and each miss, grouped by rule.
 */
import { readFile } from 'node:fs/promises';
import {
  MEASURED_RULES,
  scoreLabelledRows,
  type LabelledRow,
  type RowOutcome,
} from './coachEval/score';
import { readPlanRows } from '../shared/domain/planCsv';

function ratio(n: number, d: number): string {
  return d === 0 ? '  -  ' : (n / d).toFixed(2);
}

async function readRows(file: string): Promise<LabelledRow[] | string> {
  const read = readPlanRows(await readFile(file, 'utf8'));
  if (!read.ok) return `cannot parse ${file}: row ${read.error.row}: ${read.error.message}`;
  return read.rows.map((row) => ({ file, row }));
}

function rowLine(o: RowOutcome, many: boolean): string {
  const parts = [
    o.missed.length ? `missed ${o.missed.join(', ')}` : '',
    o.extra.length ? `false alarm ${o.extra.join(', ')}` : '',
  ];
  const where = many ? `${o.file} row ${o.row.row}` : `row ${o.row.row}`;
  return `${where}: "${o.row.keyResult}" ${parts.filter(Boolean).join('; ') || 'ok'}`;
}

function fieldsOf(o: RowOutcome): string {
  const r = o.row;
  const cells = [
    r.metric && `metric ${r.metric}`,
    r.unit && `unit ${r.unit}`,
    r.baseline !== null && `baseline ${r.baseline}`,
    r.target !== null && `target ${r.target}`,
    r.direction && `direction ${r.direction}`,
  ].filter(Boolean);
  return cells.length ? ` [${cells.join(', ')}]` : '';
}

function verboseReport(outcomes: readonly RowOutcome[], many: boolean): string[] {
  const out: string[] = [];
  for (const rule of MEASURED_RULES) {
    const alarms = outcomes.filter((o) => o.extra.includes(rule));
    const misses = outcomes.filter((o) => o.missed.includes(rule));
    if (alarms.length === 0 && misses.length === 0) continue;
    out.push('', `${rule}: ${alarms.length} false alarm(s), ${misses.length} miss(es)`);
    for (const o of alarms) {
      const where = many ? `${o.file} row ${o.row.row}` : `row ${o.row.row}`;
      const said = o.findings.find((f) => f.rule === rule)?.message ?? '';
      out.push(`  false alarm ${where}: "${o.row.keyResult}"${fieldsOf(o)}`);
      out.push(`    objective: "${o.row.objective}"; the coach said: ${said}`);
    }
    for (const o of misses) {
      const where = many ? `${o.file} row ${o.row.row}` : `row ${o.row.row}`;
      out.push(`  miss ${where}: "${o.row.keyResult}"${fieldsOf(o)}`);
      out.push(`    objective: "${o.row.objective}"`);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write(
      'usage: tsx scripts/coachEval.ts FILE.csv [FILE.csv …] [--all] [--verbose]\n',
    );
    return 2;
  }
  const rows: LabelledRow[] = [];
  for (const file of files) {
    const read = await readRows(file);
    if (typeof read === 'string') {
      process.stderr.write(`${read}\n`);
      return 2;
    }
    rows.push(...read);
  }
  const { tallies, outcomes } = scoreLabelledRows(rows);
  const many = files.length > 1;
  const report = outcomes
    .filter((o) => o.missed.length > 0 || o.extra.length > 0 || argv.includes('--all'))
    .map((o) => rowLine(o, many));
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
    `${rows.length} rows; ${report.length} with a miss or false alarm${report.length ? ':' : '.'}`,
    ...report,
  );
  if (argv.includes('--verbose')) out.push(...verboseReport(outcomes, many));
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
