import type { DesktopApi, RequestOf } from '@shared/ipc/contract';

/**
 * The desktop API for a plain browser (`npm run web`, the Chromium e2e suite): files go through
 * downloads and file pickers instead of native dialogs.
 */
export function createBrowserHost(doc: Document = document): DesktopApi {
  return {
    appGetInfo: async () => ({
      ok: true,
      data: {
        name: 'Quarterdeck',
        version: __APP_VERSION__,
        platform: navigator.platform,
        host: 'browser',
      },
    }),
    fileSave: async (request) => {
      download(doc, request);
      // A browser cannot tell whether the user kept the download or where it went.
      return { ok: true, data: { saved: true, path: null } };
    },
    // A browser keeps downloads in its own list; there is no folder to show or file to launch.
    fileReveal: async () => ({ ok: false, error: 'The browser keeps downloads in its own list.' }),
    fileOpenSaved: async () => ({
      ok: false,
      error: 'Open the file from the browser’s downloads.',
    }),
    exportPdf: async ({ html }) => {
      printInFrame(doc, html);
      return { ok: true, data: { pdfBase64: null } };
    },
    fileOpenText: async ({ filters }) => {
      const file = await pickFile(
        doc,
        filters.flatMap((f) => f.extensions.map((e) => `.${e}`)),
      );
      if (!file) return { ok: true, data: null };
      return { ok: true, data: { name: file.name, content: await file.text() } };
    },
  };
}

function download(doc: Document, request: RequestOf<'file:save'>): void {
  const bytes =
    request.encoding === 'base64'
      ? Uint8Array.from(atob(request.content), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(request.content);
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFile(doc: Document, accept: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** The browser's own print dialog (which can save as PDF) for a document in a hidden frame. */
function printInFrame(doc: Document, html: string): void {
  const frame = doc.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.setAttribute('aria-hidden', 'true');
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  doc.body.append(frame);
}
