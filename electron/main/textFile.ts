import { isAscii, isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  decodeTextFile,
  MAX_FILE_BYTES,
  sizeProblem,
  type ByteRoutines,
} from '../../shared/files/textFile';

/*
 * Reading a text file from disk, for main (the open dialog, automatic backups) and the command
 * line alike: plain Node, no Electron, so both doors read files the same way.
 */

/** A file's name and text, or why it cannot be read: one sentence, without the file's name. */
export type ReadTextResult =
  | { ok: true; name: string; text: string; bytes: Uint8Array }
  | { ok: false; name: string; problem: string };

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'a parent is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EBUSY: 'the file is in use',
};

/** A file-system error as a few words (`no such file`, `permission denied`), for any door. */
export function describeFsError(error: unknown, missing = 'no such file'): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return missing;
  return FS_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Node's native byte routines: on a 48 MB backup the portable NUL search and strict decoder
 * take tens of milliseconds, these one or two. ASCII text (a backup mostly is) is copied as
 * Latin-1, the quickest decoding, which gives the same text for ASCII bytes.
 */
const NODE_ROUTINES: ByteRoutines = {
  hasNul: (bytes) => asBuffer(bytes).indexOf(0) >= 0,
  decodeUtf8: (bytes) => {
    const buffer = asBuffer(bytes);
    if (isAscii(buffer)) return buffer.toString('latin1');
    return isUtf8(buffer) ? buffer.toString('utf8') : null;
  },
};

function sentence(words: string): string {
  return `Cannot read the file: ${words}.`;
}

/**
 * Reads a text file as every door does: refuses a folder, a file over `maxBytes` (before reading
 * it) and anything {@link decodeTextFile} refuses; drops a UTF-8 byte-order mark.
 */
export async function readTextFile(
  filePath: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<ReadTextResult> {
  const name = basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    return { ok: false, name, problem: sentence(describeFsError(error)) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, name, problem: sentence('it is a folder') };
    const tooLarge = sizeProblem(info.size, maxBytes);
    if (tooLarge) return { ok: false, name, problem: tooLarge };
    const decoded = decodeTextFile(await handle.readFile(), maxBytes, NODE_ROUTINES);
    return decoded.ok
      ? { ok: true, name, text: decoded.text, bytes: decoded.bytes }
      : { ok: false, name, problem: decoded.problem };
  } catch (error) {
    return { ok: false, name, problem: sentence(describeFsError(error)) };
  } finally {
    await handle.close();
  }
}
