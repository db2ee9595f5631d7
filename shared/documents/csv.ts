import { formatScore } from '../domain/format';
import { PLAN_CSV_COLUMNS } from '../domain/planCsv';
import { isolateBidi } from './sanitize';
import type { ReviewDocument } from './types';

/** A cell: text is guarded against formula injection, numbers are written as they are. */
type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`; numbers we write ourselves are left
 * alone so that -2 stays a number. Bidirectional controls are isolated (see `sanitize.ts`).
 * Fields with a comma, quote, CR or LF are quoted.
 */
export function csvField(value: Cell): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = isolateBidi(FORMULA_START.test(value) ? `'${value}` : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV with CRLF line ends, ending with a CRLF. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The key-result CSV's columns: the plan-import columns, so it imports back, then the outcome:
 * the final value, the score that counts, the computed score, the override and its reason, the
 * band, the verdict for the objective's kind, the last confidence, whether it is a milestone,
 * the quarter it was carried from and whether it carries forward; last, the objective's score,
 * saying when it stands on only some of its key results (`0.6 (from 2 of 3 key results)`).
 */
export const KEY_RESULT_CSV_COLUMNS = [
  ...PLAN_CSV_COLUMNS,
  'final_value',
  'score',
  'computed_score',
  'overridden',
  'override_reason',
  'band',
  'verdict',
  'last_confidence',
  'milestone',
  'carried_from',
  'carried_forward',
  'objective_score',
] as const;

export const CHECK_IN_CSV_COLUMNS = [
  'team',
  'quarter',
  'objective',
  'key_result',
  'date',
  'value',
  'confidence',
  'changed',
  'blockers',
  'corrected',
] as const;

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/**
 * The quarter's key results as CSV, one row per key result (an objective without key results
 * gets a row of its own). The columns are the plan-import columns, so the file can seed another
 * quarter's plan, then the outcome (see {@link KEY_RESULT_CSV_COLUMNS}); scores keep one decimal.
 */
export function toKeyResultsCsv(doc: ReviewDocument): string {
  const { teamName, quarter } = doc.cover;
  const outcomeWidth = KEY_RESULT_CSV_COLUMNS.length - PLAN_CSV_COLUMNS.length;
  const rows = doc.objectives.flatMap((o) => {
    const head: Cell[] = [teamName, quarter, o.title, o.kind, o.parentTitle];
    if (o.keyResults.length === 0) {
      return [
        [...head, ...Array<Cell>(PLAN_CSV_COLUMNS.length - head.length + outcomeWidth).fill(null)],
      ];
    }
    return o.keyResults.map((kr): Cell[] => [
      ...head,
      kr.title,
      kr.metric,
      kr.unit,
      kr.baseline,
      kr.target,
      kr.direction,
      kr.measuredBy,
      kr.owner,
      kr.proposedBy,
      kr.finalValue,
      kr.score === null ? null : formatScore(kr.score),
      kr.computedScore === null ? null : formatScore(kr.computedScore),
      yesNo(kr.isOverridden),
      kr.overrideReason,
      kr.band,
      kr.score === null ? null : kr.verdict,
      kr.lastConfidence,
      yesNo(kr.isMilestone),
      kr.lineage ? (kr.lineage.carriedFrom ?? 'earlier quarter') : null,
      yesNo(kr.isCarriedForward),
      o.score === null ? null : o.scoreText,
    ]);
  });
  return toCsv(KEY_RESULT_CSV_COLUMNS, rows);
}

/** Every effective check-in of the quarter as CSV, oldest first within each key result. */
export function toCheckInsCsv(doc: ReviewDocument): string {
  const { teamName, quarter } = doc.cover;
  const rows = doc.objectives.flatMap((o) =>
    o.keyResults.flatMap((kr) =>
      kr.checkIns.map((c): Cell[] => [
        teamName,
        quarter,
        o.title,
        kr.title,
        c.date,
        c.value,
        c.confidence,
        c.changed,
        c.blockers,
        c.isCorrection ? 'yes' : 'no',
      ]),
    ),
  );
  return toCsv(CHECK_IN_CSV_COLUMNS, rows);
}
