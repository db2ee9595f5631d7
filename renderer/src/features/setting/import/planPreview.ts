import { coachPlan } from '@shared/domain/coach/coach';
import type { Finding } from '@shared/domain/coach/types';
import { parsePlanCsv, type CsvPlan, type PlanCsvIssue } from '@shared/domain/planCsv';
import type { DesktopApi } from '@shared/ipc/contract';
import {
  coachInputForImport,
  prepareImport,
  type ImportTarget,
  type PreparedImport,
} from '@shared/domain/planImport';
import { desktopApi } from '../../../lib/desktopApi';

/** A chosen file: its name for people, its text for the parser. */
export type PlanFile = { name: string; content: string };

/** Shows the host's open dialog; injectable so tests need no host. */
export type OpenTextFile = DesktopApi['fileOpenText'];

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];

/** Asks for a plan CSV; null when the person cancels, a thrown Error when the host fails. */
export async function choosePlanFile(
  open: OpenTextFile = desktopApi().fileOpenText,
): Promise<PlanFile | null> {
  const result = await open({ filters: CSV_FILTERS });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** What the preview shows for a file: why it cannot be read at all, or what it would import. */
export type PlanPreview =
  | { ok: false; message: string }
  | {
      ok: true;
      plan: CsvPlan;
      prepared: PreparedImport;
      /** Problems that block the import, by row. */
      errors: PlanCsvIssue[];
      /** Things worth knowing that do not block it. */
      warnings: PlanCsvIssue[];
      findings: Finding[];
    };

const byRow = (a: PlanCsvIssue, b: PlanCsvIssue) => a.row - b.row;

function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** Parses a plan file and checks it against the quarter it would go into. Pure. */
export function previewPlanFile(content: string, target: ImportTarget): PlanPreview {
  // A NUL byte never appears in a text CSV; binary files would otherwise parse as one odd column.
  if (content.includes('\u0000')) {
    return { ok: false, message: 'This is not a text file. Choose a CSV file saved as text.' };
  }
  const parsed = parsePlanCsv(content);
  if (!parsed.ok) {
    const where = parsed.error.row > 1 ? `Row ${parsed.error.row}: ` : '';
    return { ok: false, message: `${where}${sentence(parsed.error.message)}` };
  }
  const prepared = prepareImport(parsed.plan, target);
  return {
    ok: true,
    plan: parsed.plan,
    prepared,
    errors: [...parsed.errors, ...prepared.errors].sort(byRow),
    warnings: [...parsed.warnings, ...prepared.warnings].sort(byRow),
    findings: coachPlan(coachInputForImport(parsed.plan, prepared, target.parents)),
  };
}

/** "1 objective", "3 key results". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The alert over the error table: how many rows need fixing, and what to do. */
export function rowErrorSummary(errors: readonly PlanCsvIssue[]): string {
  const rows = new Set(errors.map((e) => e.row)).size;
  return `${rows === 1 ? '1 row has an error' : `${rows} rows have errors`}. Fix the file and choose it again.`;
}
