import { formatCount } from '@shared/domain/format';
import type { PlanCsvIssue } from '@shared/domain/planCsv';
import { MAX_PLAN_FILE_BYTES } from '@shared/files/textFile';
import type { DesktopApi } from '@shared/ipc/contract';
import { desktopApi } from '../../../lib/desktopApi';

/** A chosen file: its name for people, its text for the parser. */
export type PlanFile = { name: string; content: string };

/** Shows the host's open dialog; injectable so tests need no host. */
export type OpenTextFile = DesktopApi['fileOpenText'];

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];

/**
 * Asks for a plan CSV, read as every door reads plan files (UTF-8 only, at most
 * `MAX_PLAN_FILE_BYTES`); null when the person cancels, a thrown Error when the host refuses or
 * fails.
 */
export async function choosePlanFile(
  open: OpenTextFile = desktopApi().fileOpenText,
): Promise<PlanFile | null> {
  const result = await open({ filters: CSV_FILTERS, maxBytes: MAX_PLAN_FILE_BYTES });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** The alert over the error table: how many rows need fixing, and what to do. */
export function rowErrorSummary(errors: readonly PlanCsvIssue[]): string {
  const rows = new Set(errors.map((e) => e.row)).size;
  return `${formatCount(rows, 'row')} ${rows === 1 ? 'has an error' : 'have errors'}. Fix the file and choose it again.`;
}
