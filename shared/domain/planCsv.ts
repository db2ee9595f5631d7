import * as z from 'zod';
import { parseCsv } from './csv';
import { directionSchema, objectiveKindSchema } from './enums';
import { optionalNumberSchema } from './primitives';
import {
  parseNumberCell,
  parseObjectiveType,
  parsePlanDirection,
  type Parsed,
} from './planCsvCells';

/** The columns a plan CSV may have, in any order and any case. Only `objective` is required. */
export const PLAN_CSV_COLUMNS = [
  'team',
  'quarter',
  'objective',
  'objective_type',
  'parent_objective',
  'key_result',
  'metric',
  'unit',
  'baseline',
  'target',
  'direction',
  'measured_by',
  'owner',
  'proposed_by',
] as const;
export type PlanCsvColumn = (typeof PLAN_CSV_COLUMNS)[number];

/** A problem with one cell or row. `row` counts like a spreadsheet: the header is row 1. */
export const planCsvIssueSchema = z.object({
  row: z.number().int().positive(),
  column: z.string().nullable(),
  message: z.string(),
});
export type PlanCsvIssue = z.infer<typeof planCsvIssueSchema>;

/** The text cells of a plan row, as written (trimmed). */
const text = z.string();

/** One data row, with its values checked and typed; `row` as in {@link PlanCsvIssue}. */
export const planCsvRowSchema = z.object({
  row: z.number().int().positive(),
  team: text,
  quarter: text,
  objective: text,
  objectiveType: objectiveKindSchema.nullable(),
  parentObjective: text,
  keyResult: text,
  metric: text,
  unit: text,
  baseline: optionalNumberSchema,
  target: optionalNumberSchema,
  direction: directionSchema.nullable(),
  measuredBy: text,
  owner: text,
  proposedBy: text,
  /** Values of columns the plan format does not know, by header name. */
  extra: z.record(z.string(), z.string()),
});
export type PlanCsvRow = z.infer<typeof planCsvRowSchema>;

/** A key result of a plan file: its row's key-result cells. */
export const csvKeyResultSchema = planCsvRowSchema
  .omit({
    team: true,
    quarter: true,
    objective: true,
    objectiveType: true,
    parentObjective: true,
    keyResult: true,
    extra: true,
  })
  .extend({ title: text });
export type CsvKeyResult = z.infer<typeof csvKeyResultSchema>;

/** An objective of a plan file, from the row it first appears on, with its key results. */
export const csvObjectiveSchema = planCsvRowSchema
  .pick({ row: true, team: true, quarter: true, parentObjective: true })
  .extend({
    title: text,
    kind: objectiveKindSchema.nullable(),
    keyResults: z.array(csvKeyResultSchema),
  });
export type CsvObjective = z.infer<typeof csvObjectiveSchema>;

export const csvPlanSchema = z.object({ objectives: z.array(csvObjectiveSchema) });
export type CsvPlan = z.infer<typeof csvPlanSchema>;

export type PlanCsvRowsResult =
  | { ok: true; rows: PlanCsvRow[]; errors: PlanCsvIssue[]; warnings: PlanCsvIssue[] }
  | { ok: false; error: PlanCsvIssue };

export type PlanCsvResult =
  | { ok: true; plan: CsvPlan; errors: PlanCsvIssue[]; warnings: PlanCsvIssue[] }
  | { ok: false; error: PlanCsvIssue };

function headerKey(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function isKnown(key: string): key is PlanCsvColumn {
  return (PLAN_CSV_COLUMNS as readonly string[]).includes(key);
}

/**
 * Parses a plan CSV into checked rows, with an issue per bad cell; fails only on bad structure.
 * `onProgress` hears the share of the text read.
 */
export function readPlanRows(
  text: string,
  onProgress?: (fraction: number) => void,
): PlanCsvRowsResult {
  const csv = parseCsv(text, onProgress);
  if (!csv.ok) return { ok: false, error: { row: csv.line, column: null, message: csv.error } };
  const [header, ...body] = csv.records;
  if (!header || header.fields.every((f) => f.trim() === '')) {
    return { ok: false, error: { row: 1, column: null, message: 'the file is empty' } };
  }
  if (header.problem) {
    return { ok: false, error: { row: 1, column: null, message: header.problem.message } };
  }
  const errors: PlanCsvIssue[] = [];
  const warnings: PlanCsvIssue[] = [];
  const index = new Map<PlanCsvColumn, number>();
  const extras: Array<[string, number]> = [];
  header.fields.forEach((raw, i) => {
    const key = headerKey(raw);
    if (key === '') return;
    if (!isKnown(key)) {
      extras.push([raw.trim(), i]);
      warnings.push({
        row: 1,
        column: raw.trim(),
        message: `unknown column "${raw.trim()}" is ignored`,
      });
    } else if (index.has(key)) {
      warnings.push({
        row: 1,
        column: key,
        message: `column "${key}" appears twice; the first is used`,
      });
    } else index.set(key, i);
  });
  if (!index.has('objective')) {
    return {
      ok: false,
      error: { row: 1, column: 'objective', message: 'the header has no "objective" column' },
    };
  }
  const rows: PlanCsvRow[] = [];
  body.forEach((record, n) => {
    const row = n + 2;
    if (record.problem) {
      const column = headerKey(header.fields[record.problem.field] ?? '');
      errors.push({ row, column: column || null, message: record.problem.message });
      return;
    }
    if (record.fields.every((f) => f.trim() === '')) return;
    const get = (c: PlanCsvColumn): string => {
      const i = index.get(c);
      return i === undefined ? '' : (record.fields[i] ?? '').trim();
    };
    const take = <T>(column: PlanCsvColumn, parsed: Parsed<T>, fallback: T): T => {
      if (parsed.ok) return parsed.value;
      errors.push({ row, column, message: parsed.message });
      return fallback;
    };
    if (get('objective') === '') {
      errors.push({ row, column: 'objective', message: 'the objective is missing' });
      return;
    }
    const extra: Record<string, string> = {};
    for (const [name, i] of extras) extra[name] = (record.fields[i] ?? '').trim();
    rows.push({
      row,
      team: get('team'),
      quarter: get('quarter'),
      objective: get('objective'),
      objectiveType: take('objective_type', parseObjectiveType(get('objective_type')), null),
      parentObjective: get('parent_objective'),
      keyResult: get('key_result'),
      metric: get('metric'),
      unit: get('unit'),
      baseline: take('baseline', parseNumberCell(get('baseline')), null),
      target: take('target', parseNumberCell(get('target')), null),
      direction: take('direction', parsePlanDirection(get('direction')), null),
      measuredBy: get('measured_by'),
      owner: get('owner'),
      proposedBy: get('proposed_by'),
      extra,
    });
  });
  return { ok: true, rows, errors, warnings };
}

/** Groups rows into objectives (same team, quarter and objective title); a row with no key result is objective-only. */
export function groupPlanRows(rows: readonly PlanCsvRow[]): {
  plan: CsvPlan;
  warnings: PlanCsvIssue[];
} {
  const warnings: PlanCsvIssue[] = [];
  const byKey = new Map<string, CsvObjective>();
  for (const r of rows) {
    const key = [r.team, r.quarter, r.objective]
      .map((s) => s.toLowerCase().replace(/\s+/g, ' '))
      .join('\u0000');
    let o = byKey.get(key);
    if (!o) {
      o = {
        row: r.row,
        team: r.team,
        quarter: r.quarter,
        title: r.objective,
        kind: r.objectiveType,
        parentObjective: r.parentObjective,
        keyResults: [],
      };
      byKey.set(key, o);
    } else {
      if (r.objectiveType && o.kind && r.objectiveType !== o.kind) {
        warnings.push({
          row: r.row,
          column: 'objective_type',
          message: `differs from row ${o.row}; "${o.kind}" is used`,
        });
      }
      if (r.parentObjective && o.parentObjective && r.parentObjective !== o.parentObjective) {
        warnings.push({
          row: r.row,
          column: 'parent_objective',
          message: `differs from row ${o.row}; "${o.parentObjective}" is used`,
        });
      }
      o.kind ??= r.objectiveType;
      o.parentObjective ||= r.parentObjective;
    }
    if (r.keyResult === '') {
      if (r.metric !== '' || r.unit !== '' || r.baseline !== null || r.target !== null) {
        warnings.push({
          row: r.row,
          column: 'key_result',
          message: 'key-result values on a row with no key_result are ignored',
        });
      }
      continue;
    }
    o.keyResults.push({
      row: r.row,
      title: r.keyResult,
      metric: r.metric,
      unit: r.unit,
      baseline: r.baseline,
      target: r.target,
      direction: r.direction,
      measuredBy: r.measuredBy,
      owner: r.owner,
      proposedBy: r.proposedBy,
    });
  }
  return { plan: { objectives: [...byKey.values()] }, warnings };
}

/** Parses a plan CSV (string in) into objectives with their key results, plus per-cell issues. */
export function parsePlanCsv(text: string, onProgress?: (fraction: number) => void): PlanCsvResult {
  const read = readPlanRows(text, onProgress);
  if (!read.ok) return read;
  const grouped = groupPlanRows(read.rows);
  return {
    ok: true,
    plan: grouped.plan,
    errors: read.errors,
    warnings: [...read.warnings, ...grouped.warnings],
  };
}
