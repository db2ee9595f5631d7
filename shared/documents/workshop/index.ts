export {
  buildWorkshopSummary,
  formatMinutes,
  workshopSummaryFileName,
  type WorkshopSummary,
  type WorkshopSummaryData,
} from './model';
export { workshopSummaryToMarkdown } from './markdown';
export { workshopSummaryToHtml } from './html';
