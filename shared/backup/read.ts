import * as z from 'zod';
import { checksumOf, sha256HexOfBytes } from './checksum';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupDataSchema,
  backupFileSchema,
  type BackupData,
  type BackupFile,
} from './fileFormat';
import { findIntegrityProblem } from './integrity';
import { OLDEST_READABLE_VERSION, migrateData } from './migrations';
import { PROBLEMS, describeZodError, formatPath, locate } from './problems';
import { summarizeBackup, type BackupSummary } from './summary';
import { dataSectionOf } from './write';

/** A readable backup (upgraded to the current format) or the one-line reason it is not. */
export type ReadBackupResult =
  { ok: true; file: BackupFile; summary: BackupSummary } | { ok: false; problem: string };

/** Data's own structure checked: schema, then ids and links. */
export type CheckDataResult = { ok: true; data: BackupData } | { ok: false; problem: string };

export type Row = Record<string, unknown>;

export const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dataInFileSchema = z.object({ data: backupDataSchema });

const omitData = () => backupFileSchema.omit({ data: true, formatVersion: true });
let headerFields: ReturnType<typeof omitData> | undefined;

/**
 * A file's header fields, checked in the current shape (`data` is checked after upgrading):
 * built when a file is first read, once.
 */
export const headerSchema = () => (headerFields ??= omitData());

/** Deeper than anything the app writes (wizard drafts included), shallow enough for recursion. */
const MAX_DEPTH = 64;

/** Whether `value` holds no `__proto__` key and no nesting deeper than {@link MAX_DEPTH}. */
function isCleanShape(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isCleanShape(item, depth + 1)) return false;
    return true;
  }
  for (const key in value) {
    if (key === '__proto__') return false;
    if (!isCleanShape((value as Row)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Whether the object `value` nests no deeper than {@link MAX_DEPTH}: {@link isCleanShape} for
 * a parse known to hold no `__proto__` key. Only objects are visited: a call for every string
 * and number made the walk a third slower.
 */
export function isShallow(value: object, depth: number): boolean {
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !isShallow(item, depth + 1)) return false;
    }
    return true;
  }
  for (const key in value) {
    const child = (value as Row)[key];
    if (typeof child === 'object' && child !== null && !isShallow(child, depth + 1)) return false;
  }
  return true;
}

/**
 * Whether JSON `text` may hold a `__proto__` key: one written as it is, or with a `\u` escape
 * (the only other way JSON can spell its letters).
 */
export const mayHoldProtoKey = (text: string): boolean =>
  text.includes('__proto__') || text.includes('\\u');

/** Where the first problem {@link isCleanShape} found is, traced again with its path. */
function describeHostileShape(value: unknown, path: PropertyKey[] = []): string | null {
  if (path.length > MAX_DEPTH) return PROBLEMS.tooDeep(formatPath(path));
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === '__proto__') return PROBLEMS.forbiddenKey(key, formatPath(at));
    const problem = describeHostileShape(child, at);
    if (problem) return problem;
  }
  return null;
}

/**
 * A problem with keys that could pollute prototypes, or absurd nesting; null when clean. A whole
 * workspace is walked without building a path for every value: the path is traced only for a
 * file that has a problem. Given the JSON `text` the value was parsed from, a text that cannot
 * hold a `__proto__` key (nearly every file) has only its depth checked.
 */
export function findHostileShape(value: unknown, text?: string): string | null {
  const isClean =
    text !== undefined && typeof value === 'object' && value !== null && !mayHoldProtoKey(text)
      ? isShallow(value, 0)
      : isCleanShape(value, 0);
  return isClean ? null : describeHostileShape(value);
}

/**
 * Checks rows against the current schemas and each other. The UI can also run it on freshly
 * exported data, to warn before writing a backup that would not restore.
 */
export function checkBackupData(data: unknown): CheckDataResult {
  // Parsed inside `{ data }` so that problems carry the path they have in the file.
  const parsed = dataInFileSchema.safeParse({ data });
  if (!parsed.success) return { ok: false, problem: describeZodError(parsed.error, { data }) };
  const problem = findIntegrityProblem(parsed.data.data);
  return problem ? { ok: false, problem } : { ok: true, data: parsed.data.data };
}

/** How {@link readBackup} may check the checksum faster. */
export interface ReadBackupOptions {
  /**
   * The UTF-8 bytes the text was decoded from (without a byte-order mark), when the caller has
   * them: the checksum is then taken of them in place, without encoding the text again.
   */
  sourceBytes?: Uint8Array;
  /**
   * SHA-256 of bytes as 64 lowercase hex digits, when the caller has a faster one than WebCrypto
   * (which copies its input: on the command line Node's own hash spares a copy of the file).
   */
  sha256Hex?: (bytes: Uint8Array) => string | Promise<string>;
}

const encoder = new TextEncoder();

/** A file's text and where its `data` lies in it (see `dataSectionOf`). */
export type SectionInText = { text: string; start: number; end: number };

/**
 * Whether the file's own text of `data` (laid out as this build writes it) hashes to `checksum`:
 * the bytes read are hashed in place when the caller has them.
 */
export async function sectionMatches(
  { text, start, end }: SectionInText,
  checksum: string,
  { sourceBytes, sha256Hex = sha256HexOfBytes }: ReadBackupOptions,
): Promise<boolean> {
  // The header and what follows `data` are ASCII but for the app version: count the header.
  const startByte = encoder.encode(text.slice(0, start)).length;
  const endByte = (sourceBytes?.length ?? 0) - (text.length - end);
  const bytes =
    sourceBytes && endByte >= startByte
      ? sourceBytes.subarray(startByte, endByte)
      : encoder.encode(text.slice(start, end));
  return (await sha256Hex(bytes)) === checksum;
}

/**
 * Whether `data` matches the header's checksum. A file laid out as this build writes it carries
 * `data` as its canonical JSON, so its own text is hashed (no re-serialising); any other file
 * (pretty-printed by an earlier build, edited by hand), or one whose text does not match, is
 * checked on the parsed data, as the checksum is defined.
 */
async function hasMatchingChecksum(
  json: Row,
  checksum: string,
  section: SectionInText | null,
  options: ReadBackupOptions,
): Promise<boolean> {
  if (section && (await sectionMatches(section, checksum, options))) return true;
  return (await checksumOf(json.data)) === checksum;
}

/** A file whose marker, version, shape, header and checksum hold, its data upgraded. */
type Opened = { ok: true; header: Omit<BackupFile, 'data'>; version: number; data: Row };

/** Everything {@link readBackup} checks of the whole file before its rows: see there. */
export async function openParsed(
  json: unknown,
  text: string,
  options: ReadBackupOptions,
): Promise<Opened | { ok: false; problem: string }> {
  if (!isRow(json) || json.format !== BACKUP_FORMAT)
    return { ok: false, problem: PROBLEMS.noMarker };
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: PROBLEMS.noVersion };
  }
  if (version > BACKUP_VERSION) return { ok: false, problem: PROBLEMS.future(version) };
  if (version < OLDEST_READABLE_VERSION) return { ok: false, problem: PROBLEMS.tooOld(version) };
  const hostile = findHostileShape(json, text);
  if (hostile) return { ok: false, problem: hostile };

  // The header is checked in the current shape; `data` is checked after upgrading.
  const header = headerSchema().safeParse(json);
  if (!header.success) return { ok: false, problem: describeZodError(header.error, json) };
  if (!isRow(json.data)) {
    return {
      ok: false,
      problem: locate(['data'], json.data === undefined ? 'is missing' : 'expected an object'),
    };
  }
  const section = dataSectionOf(text, { ...header.data, formatVersion: version });
  const sectionInText = section && { text, ...section };
  if (!(await hasMatchingChecksum(json, header.data.checksum, sectionInText, options))) {
    return { ok: false, problem: PROBLEMS.checksum };
  }

  try {
    const data = migrateData(version, BACKUP_VERSION, json.data);
    return { ok: true, header: { ...header.data, formatVersion: BACKUP_VERSION }, version, data };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: PROBLEMS.upgrade(version, reason) };
  }
}

async function readParsed(
  json: unknown,
  text: string,
  options: ReadBackupOptions,
): Promise<ReadBackupResult> {
  const opened = await openParsed(json, text, options);
  if (!opened.ok) return opened;
  const { header, version } = opened;
  const checked = checkBackupData(opened.data);
  if (!checked.ok) return checked;

  const { data } = checked;
  const file: BackupFile = {
    ...header,
    // An upgraded file describes its upgraded data, so it can be written back as is.
    checksum: version === BACKUP_VERSION ? header.checksum : await checksumOf(data),
    data,
  };
  const summary = summarizeBackup(data, {
    formatVersion: version,
    appVersion: file.appVersion,
    createdAt: file.createdAt,
  });
  return { ok: true, file, summary };
}

/** The file's text as JSON, or the problem an empty or cut-short file has. */
export function parseText(
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: string } {
  if (text.trim() === '') return { ok: false, problem: PROBLEMS.empty };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: PROBLEMS.notJson };
  }
}

/**
 * Reads a backup file's text: checks the format marker, version, checksum, every row
 * against the schemas, and the links between rows; upgrades older formats. Never throws:
 * anything wrong comes back as a one-line `problem` a person can act on.
 */
export async function readBackup(
  text: string,
  options: ReadBackupOptions = {},
): Promise<ReadBackupResult> {
  try {
    const parsed = parseText(text);
    if (!parsed.ok) return parsed;
    return await readParsed(parsed.json, text, options);
  } catch (error) {
    return {
      ok: false,
      problem: PROBLEMS.unexpected(error instanceof Error ? error.message : String(error)),
    };
  }
}
