import { toCheckInsCsv, toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument, reviewFileName, type QuarterData } from '@shared/documents/model';
import type { RequestOf } from '@shared/ipc/contract';
import { bytesToBase64 } from '../../lib/base64';
import { desktopApi, unwrap } from '../../lib/desktopApi';

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

type SaveRequest = RequestOf<'file:save'>;
type Filter = SaveRequest['filters'][number];

/** What was written: the path on the desktop, null in a browser; `printed` when a print dialog took over. */
export type ExportOutcome = {
  saved: boolean;
  path: string | null;
  printed: boolean;
  fileName: string;
};

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
  const save = async (
    content: string,
    encoding: SaveRequest['encoding'],
  ): Promise<ExportOutcome> => {
    const result = await unwrap(
      desktopApi.fileSave({ suggestedName: fileName, content, encoding, filters }),
    );
    return { ...result, printed: false, fileName };
  };

  switch (format) {
    case 'md':
      return save(toMarkdown(doc), 'utf8');
    case 'html':
      return save(toHtml(doc), 'utf8');
    case 'csv-krs':
      return save(toKeyResultsCsv(doc), 'utf8');
    case 'csv-checkins':
      return save(toCheckInsCsv(doc), 'utf8');
    case 'docx':
      return save(bytesToBase64(await toDocx(doc)), 'base64');
    case 'pdf': {
      const { pdfBase64 } = await unwrap(desktopApi.exportPdf({ html: toHtml(doc) }));
      // The browser has no silent PDF printer: its print dialog (Save as PDF) took over.
      if (pdfBase64 === null) return { saved: false, path: null, printed: true, fileName };
      return save(pdfBase64, 'base64');
    }
  }
}
