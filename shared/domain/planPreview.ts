import { coachPlan } from './coach/coach';
import type { Finding } from './coach/types';
import { parsePlanCsv, type CsvPlan, type PlanCsvIssue } from './planCsv';
import { fillPlanFromTitles, type TitleFills } from './planTitleFill';
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
      /** What reading the file found, apart from checking it against the quarter. */
      read: { errors: PlanCsvIssue[]; warnings: PlanCsvIssue[] };
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
  const { plan, errors, warnings } = parsed;
  return previewPlan(plan, { errors, warnings }, target, onProgress);
}

/** The preview of a plan file read, so a plan changed before importing (filled) is seen anew. */
export type ReadPlanPreview = Extract<PlanPreview, { ok: true }>;

/**
 * Checks a plan read from a file (`read`: what reading it found) against the quarter it would go
 * into, and coaches it. Pure.
 */
export function previewPlan(
  plan: CsvPlan,
  read: ReadPlanPreview['read'],
  target: ImportTarget,
  onProgress: (progress: PlanPreviewProgress) => void = () => undefined,
): ReadPlanPreview {
  onProgress({ phase: 'checking', fraction: 0 });
  const prepared = prepareImport(plan, target);
  onProgress({ phase: 'coaching', fraction: 0 });
  const findings = coachPlan(coachInputForImport(plan, prepared, target));
  onProgress({ phase: 'coaching', fraction: 1 });
  return {
    ok: true,
    plan,
    read,
    prepared,
    errors: [...read.errors, ...prepared.errors].sort(byRow),
    warnings: [...read.warnings, ...prepared.warnings].sort(byRow),
    findings,
  };
}

/**
 * The preview with the chosen key results filled from their titles (see `planTitleFill`), checked
 * and coached again: the findings the fill answers are gone, and what it changes is what imports.
 */
export function previewWithFills(
  preview: ReadPlanPreview,
  fills: TitleFills,
  target: ImportTarget,
): ReadPlanPreview {
  if (Object.keys(fills).length === 0) return preview;
  return previewPlan(fillPlanFromTitles(preview.plan, fills), preview.read, target);
}
