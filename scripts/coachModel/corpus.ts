import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CoachRule } from '../../shared/domain/coach';
import { modelFeatures } from '../../shared/domain/coach/model/features';
import type { Example } from '../../shared/domain/coach/model/linear';
import { readPlanRows, type PlanCsvRow } from '../../shared/domain/planCsv';

/** The rules the model learns: the ones about wording, not structure. */
export const MODEL_RULES = ['output-not-outcome', 'gameable-metric', 'external-commitment'] as const;
export type ModelRule = (typeof MODEL_RULES)[number] & CoachRule;

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
  return new Set((row.extra[column] ?? '').split(';').map((s) => s.trim()).filter(Boolean));
}

/** One rule's examples: expected → 1, neither expected nor acceptable → 0, acceptable → left out. */
export function examplesFor(rule: ModelRule, rows: readonly PlanCsvRow[]): Example[] {
  return rows.flatMap((row) => {
    const expected = cell(row, 'expected_rules');
    if (!expected.has(rule) && cell(row, 'also_ok').has(rule)) return [];
    return [
      {
        features: modelFeatures({
          title: row.keyResult,
          metric: row.metric,
          baseline: row.baseline,
          target: row.target,
        }),
        label: expected.has(rule) ? 1 : 0,
      },
    ];
  });
}
