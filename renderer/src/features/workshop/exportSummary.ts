import {
  buildWorkshopSummary,
  workshopSummaryFileName,
  workshopSummaryToHtml,
  workshopSummaryToMarkdown,
} from '@shared/documents/workshop';
import type { SavedDocument } from '@shared/ipc/contract';
import { loadWorkshopSummaryData } from '../../db/repositories/workshopSummary';
import { desktopApi, unwrap } from '../../lib/desktopApi';

/** The formats the workshop hand-out exports to, in the order people are offered them. */
export const SUMMARY_FORMATS = {
  pdf: {
    label: 'PDF',
    hint: 'To print and hand out: one page',
    ext: 'pdf',
    filter: 'PDF document',
  },
  html: { label: 'HTML', hint: 'One self-contained page', ext: 'html', filter: 'Web page' },
  md: { label: 'Markdown', hint: 'For a wiki or a repository', ext: 'md', filter: 'Markdown' },
} as const;

export type SummaryFormat = keyof typeof SUMMARY_FORMATS;

/** What was written, as the review export reports it. */
export type SummaryOutcome = {
  saved: boolean;
  path: string | null;
  printed: boolean;
  fileName: string;
};

/**
 * Builds the workshop's one-page hand-out and hands it to the host through the same
 * `export:save-document` channel as the quarterly review (main prints PDF from the HTML).
 */
export async function exportWorkshopSummary(
  workshopId: string,
  format: SummaryFormat,
): Promise<SummaryOutcome> {
  const summary = buildWorkshopSummary(await loadWorkshopSummaryData(workshopId));
  const spec = SUMMARY_FORMATS[format];
  const fileName = workshopSummaryFileName(summary, spec.ext);
  const document: SavedDocument =
    format === 'md'
      ? { kind: 'text', text: workshopSummaryToMarkdown(summary) }
      : format === 'html'
        ? { kind: 'text', text: workshopSummaryToHtml(summary) }
        : { kind: 'pdf', html: workshopSummaryToHtml(summary) };
  const result = await unwrap(
    desktopApi().exportSaveDocument({
      suggestedName: fileName,
      filters: [{ name: spec.filter, extensions: [spec.ext] }],
      document,
    }),
  );
  return { ...result, fileName };
}
