import { canonicalJson } from './checksum';
import type { BackupData } from './fileFormat';
// Not `fileFormat` or `integrity`: the backup worker digests rows, and those bring zod with them.
import { BACKUP_TABLES, FILE_TABLE_ORDER, UNIQUE_FIELDS, type BackupTable } from './fileLayout';

/**
 * What the restore preview needs of one row: its id, a digest of its canonical JSON (equal rows
 * have equal digests), and the few fields that tie it to a team or hold a unique key. Small, so
 * a whole workspace's digests cross between threads in a moment, where its rows would not.
 */
export interface RowDigest {
  id: string;
  digest: number;
  /** A team's name. */
  name?: string;
  teamId?: string;
  cycleId?: string;
  workshopId?: string;
  /** The value of the table's unique field ({@link UNIQUE_FIELDS}), when it has one. */
  unique?: unknown;
}

/** Every table's rows as {@link RowDigest}s. */
export type BackupDigests = Record<BackupTable, RowDigest[]>;

/**
 * A 53-bit hash of a text (cyrb53): fast in plain JavaScript, and only ever used to tell
 * whether two rows differ for the preview's counts, never to protect anything (the file's
 * checksum is SHA-256). Two different rows share a digest with odds of about 1 in 2⁵³.
 */
export function textDigest(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

type Row = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** One row's digest, given its canonical JSON. */
export function digestRow(table: BackupTable, row: Row, json: string): RowDigest {
  const digest: RowDigest = { id: String(row.id), digest: textDigest(json) };
  if (table === 'teams') digest.name = String(row.name);
  const teamId = text(row.teamId);
  if (teamId !== undefined) digest.teamId = teamId;
  const cycleId = text(row.cycleId);
  if (cycleId !== undefined) digest.cycleId = cycleId;
  const workshopId = text(row.workshopId);
  if (workshopId !== undefined) digest.workshopId = workshopId;
  const field = UNIQUE_FIELDS[table];
  if (field) digest.unique = row[field];
  return digest;
}

/** Every row of `data` digested (each row turned into its canonical JSON once). */
export function digestData(data: BackupData): BackupDigests {
  const digests = {} as BackupDigests;
  for (const table of BACKUP_TABLES) {
    const rows: readonly Row[] = data[table];
    digests[table] = rows.map((row) => digestRow(table, row, canonicalJson(row)));
  }
  return digests;
}

/**
 * One table's rows as their canonical JSON (exactly {@link canonicalJson}`(rows)`); with
 * `digests`, written a row at a time and each row digested into it, of the very text the file
 * holds.
 */
export function canonicalRowsJson(
  table: BackupTable,
  rows: readonly unknown[],
  digests?: RowDigest[],
): string {
  if (!digests) return canonicalJson(rows);
  const texts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const json = canonicalJson(row);
    texts[i] = json;
    if (row !== null && typeof row === 'object') digests.push(digestRow(table, row as Row, json));
  }
  return `[${texts.join(',')}]`;
}

/** `data`'s canonical JSON from every table's ({@link canonicalRowsJson}), keys in order. */
export function joinTablesJson(tables: Readonly<Record<BackupTable, string>>): string {
  return `{${FILE_TABLE_ORDER.map((table) => `${JSON.stringify(table)}:${tables[table]}`).join(',')}}`;
}

/**
 * `data`'s canonical JSON (exactly {@link canonicalJson}`(data)`), written a row at a time so
 * that each row's digest is taken of the text the file holds anyway: the backup and the
 * preview's digests cost one serialisation. Data with anything but the tables' lists of rows
 * is written whole, and digested apart.
 */
export function canonicalJsonWithDigests(data: BackupData): {
  json: string;
  digests: BackupDigests;
} {
  const record = data as unknown as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined);
  const isTablesOnly =
    keys.length === BACKUP_TABLES.length &&
    BACKUP_TABLES.every((table) => Array.isArray(record[table]));
  if (!isTablesOnly) return { json: canonicalJson(data), digests: digestData(data) };
  const digests = {} as BackupDigests;
  const tables = {} as Record<BackupTable, string>;
  for (const table of BACKUP_TABLES) {
    digests[table] = [];
    tables[table] = canonicalRowsJson(table, data[table], digests[table]);
  }
  return { json: joinTablesJson(tables), digests };
}
