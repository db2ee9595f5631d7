import { toCheckInsCsv, toKeyResultsCsv } from '@shared/documents/csv';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument, reviewFileName, type QuarterData } from '@shared/documents/model';
import type { ReviewDocument } from '@shared/documents/types';
import type { RequestOf, SavedDocument } from '@shared/ipc/contract';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { recoverableImport } from '../../lib/recoverableImport';

/** The Word writer (a third of the app's code) loads with the first Word export. */
const importDocxWriter = recoverableImport(() => import('@shared/documents/docx'));

/** The formats the quarterly review exports to, in the order people are offered them. */
export const EXPORT_FORMATS = {
  pdf: {
    label: 'PDF',
    hint: 'To read and forward; page numbers, charts',
    ext: 'pdf',
    filter: 'PDF document',
  },
  docx: {
    label: 'Word (.docx)',
    hint: 'To edit: real headings, tables and charts',
    ext: 'docx',
    filter: 'Word document',
  },
  html: {
    label: 'HTML',
    hint: 'One self-contained page with charts',
    ext: 'html',
    filter: 'Web page',
  },
  md: { label: 'Markdown', hint: 'For a wiki or a repository', ext: 'md', filter: 'Markdown' },
  'csv-krs': {
    label: 'CSV: key results',
    hint: 'One row per key result, with final values and scores',
    ext: 'csv',
    filter: 'CSV',
  },
  'csv-checkins': {
    label: 'CSV: check-ins',
    hint: 'One row per check-in',
    ext: 'csv',
    filter: 'CSV',
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

type Filter = RequestOf<'export:save-document'>['filters'][number];

/** What was written: the path on the desktop, null in a browser; `printed` when a print dialog took over. */
export type ExportOutcome = {
  saved: boolean;
  path: string | null;
  printed: boolean;
  fileName: string;
};

/** The review in `format`, as the host saves it. Word's library loads only when it is asked for. */
async function documentFor(doc: ReviewDocument, format: ExportFormat): Promise<SavedDocument> {
  switch (format) {
    case 'md':
      return { kind: 'text', text: toMarkdown(doc) };
    case 'html':
      return { kind: 'text', text: toHtml(doc) };
    case 'csv-krs':
      return { kind: 'text', text: toKeyResultsCsv(doc) };
    case 'csv-checkins':
      return { kind: 'text', text: toCheckInsCsv(doc) };
    case 'pdf':
      return { kind: 'pdf', html: toHtml(doc) };
    case 'docx': {
      const { toDocx } = await importDocxWriter();
      return { kind: 'bytes', bytes: await toDocx(doc) };
    }
  }
}

/** Builds the review in `format` from a quarter's data and hands it to the host to save. */
export async function exportReview(
  data: QuarterData,
  format: ExportFormat,
): Promise<ExportOutcome> {
  const doc = buildReviewDocument(data);
  const spec = EXPORT_FORMATS[format];
  let fileName = reviewFileName(doc, spec.ext);
  if (format === 'csv-krs') fileName = fileName.replace(/-review\.csv$/, '-key-results.csv');
  if (format === 'csv-checkins') fileName = fileName.replace(/-review\.csv$/, '-check-ins.csv');
  const filters: Filter[] = [{ name: spec.filter, extensions: [spec.ext] }];
  const result = await unwrap(
    desktopApi().exportSaveDocument({
      suggestedName: fileName,
      filters,
      document: await documentFor(doc, format),
    }),
  );
  return { ...result, fileName };
}
