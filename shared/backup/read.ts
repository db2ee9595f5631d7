import { z } from 'zod';
import { checksumOf } from './checksum';
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

/** A readable backup (upgraded to the current format) or the one-line reason it is not. */
export type ReadBackupResult =
  { ok: true; file: BackupFile; summary: BackupSummary } | { ok: false; problem: string };

/** Data's own structure checked: schema, then ids and links. */
export type CheckDataResult = { ok: true; data: BackupData } | { ok: false; problem: string };

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dataInFileSchema = z.object({ data: backupDataSchema });

/** Deeper than anything the app writes (wizard drafts included), shallow enough for recursion. */
const MAX_DEPTH = 64;

/** A problem with keys that could pollute prototypes, or absurd nesting; null when clean. */
export function findHostileShape(value: unknown, path: PropertyKey[] = []): string | null {
  if (path.length > MAX_DEPTH) return PROBLEMS.tooDeep(formatPath(path));
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === '__proto__') return PROBLEMS.forbiddenKey(key, formatPath(at));
    const problem = findHostileShape(child, at);
    if (problem) return problem;
  }
  return null;
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

async function readParsed(json: unknown): Promise<ReadBackupResult> {
  if (!isRow(json) || json.format !== BACKUP_FORMAT)
    return { ok: false, problem: PROBLEMS.noMarker };
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: PROBLEMS.noVersion };
  }
  if (version > BACKUP_VERSION) return { ok: false, problem: PROBLEMS.future(version) };
  if (version < OLDEST_READABLE_VERSION) return { ok: false, problem: PROBLEMS.tooOld(version) };
  const hostile = findHostileShape(json);
  if (hostile) return { ok: false, problem: hostile };

  // The header is checked in the current shape; `data` is checked after upgrading.
  const header = backupFileSchema.omit({ data: true, formatVersion: true }).safeParse(json);
  if (!header.success) return { ok: false, problem: describeZodError(header.error, json) };
  if (!isRow(json.data)) {
    return {
      ok: false,
      problem: locate(['data'], json.data === undefined ? 'is missing' : 'expected an object'),
    };
  }
  if ((await checksumOf(json.data)) !== header.data.checksum) {
    return { ok: false, problem: PROBLEMS.checksum };
  }

  let upgraded: Row;
  try {
    upgraded = migrateData(version, BACKUP_VERSION, json.data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: PROBLEMS.upgrade(version, reason) };
  }
  const checked = checkBackupData(upgraded);
  if (!checked.ok) return checked;

  const { data } = checked;
  const file: BackupFile = {
    ...header.data,
    formatVersion: BACKUP_VERSION,
    // An upgraded file describes its upgraded data, so it can be written back as is.
    checksum: version === BACKUP_VERSION ? header.data.checksum : await checksumOf(data),
    data,
  };
  const summary = summarizeBackup(data, {
    formatVersion: version,
    appVersion: file.appVersion,
    createdAt: file.createdAt,
  });
  return { ok: true, file, summary };
}

/**
 * Reads a backup file's text: checks the format marker, version, checksum, every row
 * against the schemas, and the links between rows; upgrades older formats. Never throws:
 * anything wrong comes back as a one-line `problem` a person can act on.
 */
export async function readBackup(text: string): Promise<ReadBackupResult> {
  try {
    if (text.trim() === '') return { ok: false, problem: PROBLEMS.empty };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, problem: PROBLEMS.notJson };
    }
    return await readParsed(json);
  } catch (error) {
    return {
      ok: false,
      problem: PROBLEMS.unexpected(error instanceof Error ? error.message : String(error)),
    };
  }
}
