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
