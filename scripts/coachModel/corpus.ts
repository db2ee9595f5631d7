import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPlanRows, type PlanCsvRow } from '../../shared/domain/planCsv';
import { modelFeatures } from './features';
import type { Example } from './linear';

/** The wording rules a linear model was tried on. */
export const MODEL_RULES = ['output-not-outcome', 'gameable-metric'] as const;
export type ModelRule = (typeof MODEL_RULES)[number];

/** Every labelled corpus file, relative to the repository root: the early cases and every
 * CSV in test/fixtures/coach (training rows and development splits alike). */
export const CORPUS_FILES: readonly string[] = [
  'test/fixtures/plans/coach-cases.csv',
  ...readdirSync(fileURLToPath(new URL('../../test/fixtures/coach/', import.meta.url)))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => `test/fixtures/coach/${f}`),
];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads labelled rows from files relative to the repository root (or absolute paths). */
export function readLabelled(files: readonly string[]): PlanCsvRow[] {
  return files.flatMap((file) => {
    const path = file.startsWith('/') ? file : `${ROOT}${file}`;
    const read = readPlanRows(readFileSync(path, 'utf8'));
    if (!read.ok) throw new Error(`${file}: row ${read.error.row}: ${read.error.message}`);
    return read.rows;
  });
}

function cell(row: PlanCsvRow, column: string): Set<string> {
  return new Set(
    (row.extra[column] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** Whether a row counts for a rule: expected (1), wrong (0), or acceptable either way (null). */
export function labelOf(rule: string, row: PlanCsvRow): 0 | 1 | null {
  const expected = cell(row, 'expected_rules');
  if (expected.has(rule)) return 1;
  return cell(row, 'also_ok').has(rule) ? null : 0;
}

/** One rule's examples: expected → 1, neither expected nor acceptable → 0, acceptable → left out. */
export function examplesFor(rule: ModelRule, rows: readonly PlanCsvRow[]): Example[] {
  return rows.flatMap((row) => {
    const label = labelOf(rule, row);
    if (label === null) return [];
    const features = modelFeatures({
      title: row.keyResult,
      metric: row.metric,
      baseline: row.baseline,
      target: row.target,
    });
    return [{ features, label }];
  });
}
