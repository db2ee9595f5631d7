import type { SavedDocument } from '../../shared/ipc/contract';
import { saveFile, saveWithDialog } from './files';
import { handle } from './ipc';
import { printHtmlToPdf } from './pdf';

/** The bytes to write for a document: its text as UTF-8, its bytes, or its HTML printed to PDF. */
export async function documentBytes(
  document: SavedDocument,
  print: (html: string) => Promise<Uint8Array> = printHtmlToPdf,
): Promise<Uint8Array> {
  switch (document.kind) {
    case 'text':
      return Buffer.from(document.text, 'utf8');
    case 'bytes':
      return document.bytes;
    case 'pdf':
      return print(document.html);
  }
}

/**
 * Registers `export:save-document`: the save dialog first (nothing is printed for a cancelled
 * export), then the document's bytes, written atomically where the person chose.
 */
export function registerExportHandlers(): void {
  handle('export:save-document', async (request, event) => {
    const options = { ...request, kind: request.document.kind };
    const path = await saveWithDialog(event, options, async (filePath) =>
      saveFile(filePath, await documentBytes(request.document)),
    );
    return { saved: path !== null, path, printed: false };
  });
}
