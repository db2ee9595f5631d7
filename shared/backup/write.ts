import { canonicalJson, sha256HexOfBytes } from './checksum';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  FILE_END,
  headerPrefix,
  type BackupData,
  type BackupHeader,
} from './fileFormat';

/** A backup file written in one pass: the text the checksum was taken of is the file's own. */
export interface WrittenBackup {
  header: BackupHeader & { formatVersion: typeof BACKUP_VERSION };
  /** The whole file's text (what `serializeBackup` gives for the same file). */
  text: string;
  /** The file's size in UTF-8 bytes. */
  byteLength: number;
  /** `data`'s canonical JSON in UTF-8: the bytes the checksum is taken of. */
  dataBytes: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Writes all data as a backup file of the current format. `data` is turned into its canonical
 * JSON once: that text is hashed for the checksum and is also the file's `data`, so a backup of
 * a large workspace costs one serialisation, one encoding and one hash, with nothing
 * pretty-printed. `dataJson`, when the caller has already written it, must be
 * `canonicalJson(data)` (see `canonicalJsonWithDigests`).
 */
export async function writeBackup(
  data: BackupData,
  appVersion: string,
  now: Date = new Date(),
  dataJson: string = canonicalJson(data),
): Promise<WrittenBackup> {
  const dataBytes = encoder.encode(dataJson);
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    checksum: await sha256HexOfBytes(dataBytes),
  } as const;
  const prefix = headerPrefix(header);
  return {
    header,
    text: `${prefix}${dataJson}${FILE_END}`,
    // The header and the end are ASCII but for the app version.
    byteLength: encoder.encode(prefix).length + dataBytes.length + FILE_END.length,
    dataBytes,
  };
}

/** The whole file of a {@link WrittenBackup} as UTF-8 bytes, ready to save. */
export function backupFileBytes(written: WrittenBackup): Uint8Array {
  const head = encoder.encode(headerPrefix(written.header));
  const end = encoder.encode(FILE_END);
  const bytes = new Uint8Array(head.length + written.dataBytes.length + end.length);
  bytes.set(head, 0);
  bytes.set(written.dataBytes, head.length);
  bytes.set(end, head.length + written.dataBytes.length);
  return bytes;
}

/** Where `data` lies in a file's text, as `text.slice(start, end)`. */
export interface DataSection {
  start: number;
  end: number;
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Where `data` lies in the text of a file laid out as this build writes it: exactly
 * {@link headerPrefix} of the file's own header, then `data`, then the closing brace and
 * whitespace. Null for any other layout (a pretty-printed file of an earlier build, a file
 * edited by hand), whose checksum is then checked on the parsed data instead.
 */
export function dataSectionOf(text: string, header: BackupHeader): DataSection | null {
  const prefix = headerPrefix(header);
  if (!text.startsWith(prefix)) return null;
  let end = text.length;
  while (end > prefix.length && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end <= prefix.length || text.charCodeAt(end - 1) !== 0x7d /* } */) return null;
  return { start: prefix.length, end: end - 1 };
}
