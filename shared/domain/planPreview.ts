import { coachPlan } from './coach/coach';
import type { Finding } from './coach/types';
import { parsePlanCsv, type CsvPlan, type PlanCsvIssue } from './planCsv';
import {
  coachInputForImport,
  prepareImport,
  type ImportTarget,
  type PreparedImport,
} from './planImport';

/** What the import preview shows for a file: why it cannot be read at all, or what it would import. */
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

/** How far a preview has got: reading rows (with the share of the text read), checking, coaching. */
export type PlanPreviewProgress = { phase: 'reading' | 'checking' | 'coaching'; fraction: number };

const byRow = (a: PlanCsvIssue, b: PlanCsvIssue) => a.row - b.row;

function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * Parses a plan file's text (already read by `shared/files/textFile.ts`) and checks it against
 * the quarter it would go into. Pure; `onProgress` hears how far it has got, for a preview that
 * runs off the UI thread.
 */
export function previewPlanFile(
  content: string,
  target: ImportTarget,
  onProgress: (progress: PlanPreviewProgress) => void = () => undefined,
): PlanPreview {
  const parsed = parsePlanCsv(content, (fraction) => onProgress({ phase: 'reading', fraction }));
  if (!parsed.ok) {
    const where = parsed.error.row > 1 ? `Row ${parsed.error.row}: ` : '';
    return { ok: false, message: `${where}${sentence(parsed.error.message)}` };
  }
  onProgress({ phase: 'checking', fraction: 0 });
  const prepared = prepareImport(parsed.plan, target);
  onProgress({ phase: 'coaching', fraction: 0 });
  const findings = coachPlan(coachInputForImport(parsed.plan, prepared, target));
  onProgress({ phase: 'coaching', fraction: 1 });
  return {
    ok: true,
    plan: parsed.plan,
    prepared,
    errors: [...parsed.errors, ...prepared.errors].sort(byRow),
    warnings: [...parsed.warnings, ...prepared.warnings].sort(byRow),
    findings,
  };
}
