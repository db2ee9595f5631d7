export * from './types';
export { buildReviewDocument, reviewFileName, type QuarterData } from './model';
export { toMarkdown, escapeMarkdownInline, escapeMarkdownLine } from './markdown';
export { toHtml, escapeHtml } from './html';
export {
  CHECK_IN_CSV_COLUMNS,
  KEY_RESULT_CSV_COLUMNS,
  csvField,
  toCheckInsCsv,
  toKeyResultsCsv,
} from './csv';
export { toDocx } from './docx';
export { chartToPng } from './chartPng';
