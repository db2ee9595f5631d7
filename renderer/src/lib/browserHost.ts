import { decodeTextFile, MAX_FILE_BYTES, sizeProblem } from '@shared/files/textFile';
import { commandForKeyPress } from '@shared/ipc/commands';
import type { Channel, DesktopApi, IpcResult, RequestOf, ResponseOf } from '@shared/ipc/contract';
import { lazyBrowserFolder } from './lazyBrowserFolder';
import type { HandleStore } from './browserFolder';

/** Where a browser keeps automatic backups; `db/browserAutoBackups.ts` is the one the app uses. */
export type BrowserAutoBackups = {
  save: (request: RequestOf<'backup:save-auto'>) => Promise<ResponseOf<'backup:save-auto'>>;
  list: () => Promise<ResponseOf<'backup:list-auto'>>;
  read: (id: string) => Promise<ResponseOf<'backup:read-auto'> | null>;
};

/**
 * The desktop API for a plain browser (`npm run web`, the Chromium e2e suite): files go through
 * downloads and file pickers instead of native dialogs.
 */
export function createBrowserHost(
  doc: Document,
  autoBackups: BrowserAutoBackups,
  folderHandles: HandleStore = { load: async () => undefined, save: async () => undefined },
): DesktopApi {
  return {
    ...lazyBrowserFolder(doc.defaultView ?? window, folderHandles),
    appGetInfo: async () => ({
      ok: true,
      data: {
        name: 'Quarterdeck',
        version: __APP_VERSION__,
        platform: navigator.platform,
        host: 'browser',
      },
    }),
    exportSaveDocument: async ({ suggestedName, document }) => {
      // The browser has no silent PDF printer: its print dialog (Save as PDF) takes over.
      if (document.kind === 'pdf') {
        printInFrame(doc, document.html);
        return { ok: true, data: { saved: false, path: null, printed: true } };
      }
      const bytes =
        document.kind === 'bytes' ? document.bytes : new TextEncoder().encode(document.text);
      download(doc, suggestedName, bytes);
      // A browser cannot tell whether the user kept the download or where it went.
      return { ok: true, data: { saved: true, path: null, printed: false } };
    },
    // A browser keeps downloads in its own list; there is no folder to show or file to launch.
    fileReveal: async () => ({ ok: false, error: 'The browser keeps downloads in its own list.' }),
    fileOpenSaved: async () => ({
      ok: false,
      error: 'Open the file from the browser’s downloads.',
    }),
    fileOpenText: async ({ filters, maxBytes = MAX_FILE_BYTES }) => {
      const file = await pickFile(
        doc,
        filters.flatMap((f) => f.extensions.map((e) => `.${e}`)),
      );
      if (!file) return { ok: true, data: null };
      return readPickedFile(file, maxBytes);
    },
    backupSaveAuto: async (request) => ({ ok: true, data: await autoBackups.save(request) }),
    backupListAuto: async () => ({ ok: true, data: await autoBackups.list() }),
    windowOpenPresentation: async ({ workshopId }) => {
      // A named tab: opening again reuses it, switching it to this workshop.
      const view = doc.defaultView ?? window;
      const base = view.location.href.split('#')[0] ?? '';
      const tab = view.open(
        `${base}#/present/${encodeURIComponent(workshopId)}`,
        'quarterdeck-presentation',
      );
      if (!tab) {
        return {
          ok: false,
          error: 'The browser blocked the new tab: allow pop-ups for Quarterdeck and try again.',
        };
      }
      tab.focus();
      return { ok: true, data: { isOnSecondDisplay: false } };
    },
    // The room runs in the server that serves the page (`npm run web`), on 127.0.0.1 only.
    roomListAddresses: () => callRoomHost('room:list-addresses'),
    roomOpen: (request) => callRoomHost('room:open', request),
    roomStatus: () => callRoomHost('room:status'),
    roomClose: () => callRoomHost('room:close'),
    roomPublish: (request) => callRoomHost('room:publish', request),
    roomTakeEvents: () => callRoomHost('room:take-events'),
    roomRemoveParticipant: (request) => callRoomHost('room:remove-participant', request),
    backupReadAuto: async ({ id }) => {
      const backup = await autoBackups.read(id);
      if (!backup) return { ok: false, error: 'That automatic backup no longer exists.' };
      return { ok: true, data: backup };
    },
    // A browser tab has no application menu: the menu's shortcuts are answered here instead.
    onMenuCommand: (listener) => {
      const isMac = /^Mac/i.test(navigator.platform);
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.defaultPrevented || event.repeat || event.isComposing) return;
        const command = commandForKeyPress(event, isMac);
        if (!command) return;
        event.preventDefault();
        listener({ command });
      };
      doc.addEventListener('keydown', onKeyDown);
      return () => doc.removeEventListener('keydown', onKeyDown);
    },
  };
}

/** Calls a room channel on the page's own server (`scripts/roomWebHost.ts`). */
async function callRoomHost<C extends Channel>(
  channel: C,
  request?: RequestOf<C>,
): Promise<IpcResult<ResponseOf<C>>> {
  const unavailable =
    'The room needs Quarterdeck’s own web server (`npm run web`) or the desktop app.';
  try {
    const res = await fetch(new URL(`__host/${channel}`, document.baseURI), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request }),
    });
    if (!res.ok) return { ok: false, error: unavailable };
    // The server validated the request with the same contract and answers an IpcResult.
    return (await res.json()) as IpcResult<ResponseOf<C>>;
  } catch {
    return { ok: false, error: unavailable };
  }
}

/**
 * A file the person picked, read as every door reads files: the size first, then the bytes
 * (never `file.text()`, which would turn UTF-16 or invalid bytes into text silently).
 */
export async function readPickedFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<IpcResult<{ name: string; content: string }>> {
  const tooLarge = sizeProblem(file.size, maxBytes);
  if (tooLarge) return { ok: false, error: `${file.name}: ${tooLarge}` };
  const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()), maxBytes);
  if (!decoded.ok) return { ok: false, error: `${file.name}: ${decoded.problem}` };
  return { ok: true, data: { name: file.name, content: decoded.text } };
}

function download(doc: Document, fileName: string, bytes: Uint8Array): void {
  // A Blob takes no view of a shared buffer: those are copied to a plain one first. A backup's
  // bytes (tens of megabytes) are on a plain one, and the Blob's own copy is the only one.
  const part =
    bytes.buffer instanceof ArrayBuffer
      ? (bytes as Uint8Array<ArrayBuffer>)
      : new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([part]));
  {
    const T0 = (globalThis as unknown as { __bkT0?: number }).__bkT0;
    if (T0) console.log();
  }
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
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
