/**
 * How the review document is printed to PDF, by Electron in the app and by Playwright's Chromium
 * in the tests. Page size, margins and the "3 / 12" page numbers come from the document's own
 * `@page` rules, so a browser's "Save as PDF" gives the same pages.
 */
export const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;
