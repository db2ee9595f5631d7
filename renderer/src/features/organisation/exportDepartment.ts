import { localDayOf } from '@shared/domain/calendar/days';
import { departmentToHtml } from '@shared/documents/department/html';
import { departmentToMarkdown } from '@shared/documents/department/markdown';
import { buildDepartmentReview, departmentFileName } from '@shared/documents/department/model';
import type { SavedDocument } from '@shared/ipc/contract';
import type { loadDepartmentData } from '../../db/repositories/organisation';
import { desktopApi, unwrap } from '../../lib/desktopApi';

/** The formats the department review is offered in. */
export const DEPARTMENT_FORMATS = {
  pdf: { label: 'PDF', ext: 'pdf', filter: 'PDF document' },
  html: { label: 'HTML', ext: 'html', filter: 'Web page' },
  md: { label: 'Markdown', ext: 'md', filter: 'Markdown' },
} as const;
export type DepartmentFormat = keyof typeof DEPARTMENT_FORMATS;

/** Builds the department review of a quarter and hands it to the host to save (or print). */
export async function exportDepartmentReview(
  label: string,
  sources: Awaited<ReturnType<typeof loadDepartmentData>>,
  format: DepartmentFormat,
  now: Date = new Date(),
) {
  const review = buildDepartmentReview({
    ...sources.quarter,
    label,
    reviews: sources.reviews,
    today: localDayOf(now),
    generatedAt: now.toISOString(),
  });
  const spec = DEPARTMENT_FORMATS[format];
  const document: SavedDocument =
    format === 'md'
      ? { kind: 'text', text: departmentToMarkdown(review) }
      : format === 'html'
        ? { kind: 'text', text: departmentToHtml(review) }
        : { kind: 'pdf', html: departmentToHtml(review) };
  const fileName = departmentFileName(review, spec.ext);
  const result = await unwrap(
    desktopApi().exportSaveDocument({
      suggestedName: fileName,
      filters: [{ name: spec.filter, extensions: [spec.ext] }],
      document,
    }),
  );
  return { ...result, fileName };
}
