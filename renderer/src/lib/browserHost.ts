import Dexie, { type EntityTable } from 'dexie';
import {
  autoBackupId,
  parseAutoBackupId,
  selectBackupsToKeep,
  type AutoBackupReason,
} from '@shared/backup/rotation';
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
    fileOpenText: async ({ filters }) => {
      const file = await pickFile(
        doc,
        filters.flatMap((f) => f.extensions.map((e) => `.${e}`)),
      );
      if (!file) return { ok: true, data: null };
      return { ok: true, data: { name: file.name, content: await file.text() } };
    },
    backupSaveAuto: async (request) => ({ ok: true, data: await saveAutoBackup(request) }),
    backupListAuto: async () => ({
      ok: true,
      data: (await autoBackups().backups.orderBy('createdAt').reverse().toArray()).map(
        ({ id, createdAt, reason, bytes }) => ({ id, createdAt, reason, bytes }),
      ),
    }),
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
    backupReadAuto: async ({ id }) => {
      const backup = await autoBackups().backups.get(id);
      if (!backup) return { ok: false, error: 'That automatic backup no longer exists.' };
      return { ok: true, data: { content: backup.content } };
    },
  };
}

function download(doc: Document, fileName: string, bytes: Uint8Array): void {
  // A copy on a plain ArrayBuffer: a Blob takes no view of a shared buffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)]));
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

type StoredAutoBackup = {
  id: string;
  createdAt: string;
  reason: AutoBackupReason;
  bytes: number;
  content: string;
};

type AutoBackupDb = Dexie & { backups: EntityTable<StoredAutoBackup, 'id'> };

let autoBackupDb: AutoBackupDb | null = null;

/** Automatic backups in a browser: a database of their own, beside the app's data. */
function autoBackups(): AutoBackupDb {
  if (!autoBackupDb) {
    autoBackupDb = new Dexie('quarterdeck-auto-backups') as AutoBackupDb;
    autoBackupDb.version(1).stores({ backups: 'id, createdAt' });
  }
  return autoBackupDb;
}

/** Keeps one automatic backup and prunes the rest by the same rotation as the desktop app. */
async function saveAutoBackup(request: RequestOf<'backup:save-auto'>): Promise<{ id: string }> {
  const id = autoBackupId(request.createdAt, request.reason);
  const createdAt = new Date(request.createdAt).toISOString();
  const db = autoBackups();
  await db.transaction('rw', db.backups, async () => {
    const { reason, content } = request;
    const bytes = new TextEncoder().encode(content).length;
    await db.backups.put({ id, createdAt, reason, bytes, content });
    // Ids carry the time and reason, so pruning never loads the backups' content.
    const refs = (await db.backups.toCollection().primaryKeys()).flatMap(
      (key) => parseAutoBackupId(key) ?? [],
    );
    const kept = selectBackupsToKeep(refs, new Date());
    kept.add(id);
    await db.backups.bulkDelete(refs.filter((b) => !kept.has(b.id)).map((b) => b.id));
  });
  return { id };
}
