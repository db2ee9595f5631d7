import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelFeatures } from '../../shared/domain/coach/model/features';
import type { Example } from '../../shared/domain/coach/model/linear';
import { MODEL_RULES, type ModelRule } from '../../shared/domain/coach/model/opinion';
import { readPlanRows, type PlanCsvRow } from '../../shared/domain/planCsv';

/**
 * The labelled rows the model learns from, relative to the repository root. A development
 * split joins this list only after the rules were measured on it (see
 * test/fixtures/coach/README.md), so the split that is being measured is never trained on.
 */
export const TRAINING_FILES = [
  'test/fixtures/plans/coach-cases.csv',
  'test/fixtures/coach/train-1.csv',
  'test/fixtures/coach/dev-0.csv',
  'test/fixtures/coach/dev-1.csv',
] as const;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads labelled rows from files relative to the repository root. */
export function readLabelled(files: readonly string[]): PlanCsvRow[] {
  return files.flatMap((file) => {
    const read = readPlanRows(readFileSync(`${ROOT}${file}`, 'utf8'));
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

/** One rule's examples: expected → 1, neither expected nor acceptable → 0, acceptable → left out. */
export function examplesFor(rule: ModelRule, rows: readonly PlanCsvRow[]): Example[] {
  return rows.flatMap((row) => {
    const expected = cell(row, 'expected_rules');
    if (!expected.has(rule) && cell(row, 'also_ok').has(rule)) return [];
    const features = modelFeatures({
      title: row.keyResult,
      metric: row.metric,
      baseline: row.baseline,
      target: row.target,
    });
    return [{ features, label: expected.has(rule) ? 1 : 0 }];
  });
}

export { MODEL_RULES };
