import { BrowserWindow, session } from 'electron';
import { handle } from './ipc';

/** Footer on every PDF page: "3 / 12", in the document's quiet grey. */
export const PDF_FOOTER =
  '<div style="width:100%;font:8px system-ui,sans-serif;color:#55617a;text-align:center">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Options for Chromium's printer: A4, backgrounds kept, page numbers in the footer. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<div></div>',
  footerTemplate: PDF_FOOTER,
  margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
  preferCSSPageSize: false,
} as const;

/**
 * Prints HTML to PDF in a hidden window of its own: its own session (so the app's session keeps
 * its strict request filter), JavaScript off, sandboxed, nothing loaded but the document.
 */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const printSession = session.fromPartition('quarterdeck-print');
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') }),
  );
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
    },
  });
  try {
    await win.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
    );
    return await win.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    win.destroy();
  }
}

/** Registers `export:pdf`. */
export function registerPdfHandlers(): void {
  handle('export:pdf', async (request) => ({
    pdfBase64: (await printHtmlToPdf(request.html)).toString('base64'),
  }));
}
