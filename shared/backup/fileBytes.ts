import { sha256HexOfBytes } from './checksum';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  FILE_END,
  FILE_TABLE_ORDER,
  headerPrefix,
  type BackupHeader,
  type BackupTable,
} from './fileLayout';

/** A backup file written as it was read: its UTF-8 bytes, and its text when asked for. */
export interface StreamedBackup {
  header: BackupHeader & { formatVersion: typeof BACKUP_VERSION };
  /** The whole file: exactly its bytes. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The whole file's text, when the writer was asked to keep it. */
  text: string | null;
}

const encoder = new TextEncoder();

/** Bytes written so far into a buffer that grows as needed. */
class ByteSink {
  bytes: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends `text` as UTF-8, growing the buffer (at least doubling it) when it is full. */
  write(text: string): void {
    let from = 0;
    for (;;) {
      const rest = from === 0 ? text : text.slice(from);
      const { read, written } = encoder.encodeInto(rest, this.bytes.subarray(this.length));
      this.length += written;
      from += read;
      if (from >= text.length) return;
      // At most three bytes a UTF-16 unit: room for all of what is left, and then some.
      const needed = this.length + 3 * (text.length - from);
      const grown = new Uint8Array(Math.max(needed, 2 * this.bytes.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
  }

  /** Exactly the bytes written: the buffer cut to them (moved where the engine can, else copied). */
  written(): Uint8Array<ArrayBuffer> {
    if (this.length === this.bytes.length) return this.bytes;
    // ES2024's `ArrayBuffer.prototype.transfer` (browsers; Node 21+).
    const buffer = this.bytes.buffer as ArrayBuffer & {
      transfer?: (length: number) => ArrayBuffer;
    };
    return buffer.transfer
      ? new Uint8Array(buffer.transfer(this.length))
      : this.bytes.slice(0, this.length);
  }
}

/** A checksum's place in the header before it is known: as long as any SHA-256 in hex. */
const NO_CHECKSUM = '0'.repeat(64);

/**
 * Writes a backup file as the rows are read: each table's rows, given as canonical JSON
 * (`canonicalRowsJson` of a part of the table), are encoded into one growing buffer of UTF-8
 * right away, so the file is never joined into one string, encoded whole, or copied behind its
 * header. The header's room is kept first (a checksum in hex is always 64 ASCII characters); at
 * the end the data's bytes are hashed in place and the header written over its room. The file
 * is byte for byte what `writeBackup` writes for the same data.
 *
 * Tables come in {@link FILE_TABLE_ORDER}, each table's parts in the order of its rows; a table
 * never given is written as empty.
 */
export class BackupFileWriter {
  private readonly sink: ByteSink;
  private readonly draft: StreamedBackup['header'];
  private readonly dataStart: number;
  /** The file's text so far, piece by piece, when it is kept. */
  private readonly pieces: string[] | null;
  /** The position in {@link FILE_TABLE_ORDER} of the table being written (-1 before any). */
  private at = -1;
  private rowsInTable = false;

  constructor(
    appVersion: string,
    now: Date,
    options: { keepText?: boolean; capacity?: number } = {},
  ) {
    this.draft = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_VERSION,
      appVersion,
      createdAt: now.toISOString(),
      checksum: NO_CHECKSUM,
    };
    this.pieces = options.keepText ? [] : null;
    this.sink = new ByteSink(Math.max(options.capacity ?? 1 << 16, 1));
    this.sink.write(headerPrefix(this.draft));
    this.dataStart = this.sink.length;
  }

  private put(text: string): void {
    this.sink.write(text);
    this.pieces?.push(text);
  }

  /** Opens the tables up to `table`, writing those skipped as empty. */
  private advanceTo(position: number): void {
    while (this.at < position) {
      if (this.at >= 0) this.put(']');
      this.at += 1;
      this.put(`${this.at === 0 ? '{' : ','}${JSON.stringify(FILE_TABLE_ORDER[this.at])}:[`);
      this.rowsInTable = false;
    }
  }

  /** Appends rows of `table`: `json` is their canonical JSON, an array (`[]` for none). */
  writeRows(table: BackupTable, json: string): void {
    const position = FILE_TABLE_ORDER.indexOf(table);
    if (position < this.at) throw new Error(`${table} came after ${FILE_TABLE_ORDER[this.at]}.`);
    this.advanceTo(position);
    if (json.length <= 2) return;
    // The array's items without its brackets (a slice, not a copy, of a long text).
    if (this.rowsInTable) this.put(',');
    this.put(json.slice(1, -1));
    this.rowsInTable = true;
  }

  /** Ends the data, hashes it and writes the header: the finished file. */
  async finish(): Promise<StreamedBackup> {
    this.advanceTo(FILE_TABLE_ORDER.length - 1);
    this.put(']}');
    const dataEnd = this.sink.length;
    this.sink.write(FILE_END);
    const checksum = await sha256HexOfBytes(this.sink.bytes.subarray(this.dataStart, dataEnd));
    const header = { ...this.draft, checksum };
    const prefix = headerPrefix(header);
    // The same length as the draft's: only the checksum's 64 hex digits differ.
    encoder.encodeInto(prefix, this.sink.bytes.subarray(0, this.dataStart));
    const text = this.pieces ? `${prefix}${this.pieces.join('')}${FILE_END}` : null;
    return { header, bytes: this.sink.written(), text };
  }
}
