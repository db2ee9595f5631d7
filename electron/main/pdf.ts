import { BrowserWindow, session } from 'electron';
import { PDF_OPTIONS } from '../../shared/print/pdfOptions';

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
