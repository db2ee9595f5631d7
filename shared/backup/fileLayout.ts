import { byCodeUnits } from './checksum';
import type { BackupFile } from './fileFormat';

/*
 * The backup file's marker, version, tables and header layout, with the tables' unique fields,
 * apart from the zod schemas that validate a file (`fileFormat.ts`, which re-exports all but the
 * unique fields): writing a file needs no schema, and the backup worker, which only writes,
 * loads this instead of zod and every domain schema (issue 18: the worker's code loads while
 * the backup dialog's click waits on it).
 */

/** The marker every Quarterdeck backup file carries in its `format` field. */
export const BACKUP_FORMAT = 'quarterdeck-backup';

/**
 * The format version this build writes. Bump it when the shape of `data` changes, and add
 * a step to `migrations.ts` that upgrades the previous version, with a fixture.
 */
export const BACKUP_VERSION = 3;

/** Every table a backup holds, parents before children (the order a restore writes them). */
export const BACKUP_TABLES = [
  'teams',
  'levels',
  'cycles',
  'objectives',
  'keyResults',
  'checkIns',
  'keyResultRetros',
  'cycleRetros',
  'dependencies',
  'templates',
  'wizardDrafts',
  // Format 2: the workshop kit.
  'workshops',
  'workshopParticipants',
  'workshopClusters',
  'workshopCards',
  'workshopBallots',
  'confidenceRounds',
  'confidenceVotes',
  'effortEntries',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Fields the database indexes as unique besides the id (`&keyResultId`, `&cycleId`). */
export const UNIQUE_FIELDS: Readonly<Partial<Record<BackupTable, string>>> = {
  levels: 'teamId',
  keyResultRetros: 'keyResultId',
  cycleRetros: 'cycleId',
};

/** The order a backup's `data` holds its tables: canonical JSON sorts an object's keys. */
export const FILE_TABLE_ORDER: readonly BackupTable[] = [...BACKUP_TABLES].sort(byCodeUnits);

/** A backup file's fields before its `data` (of any format version). */
export type BackupHeader = Omit<BackupFile, 'data' | 'formatVersion'> & { formatVersion: number };

/**
 * The start of a file's text, up to where `data` begins: the header fields in this order,
 * compact. A reader that finds exactly this before `data` knows where `data` starts and ends
 * (`dataSectionOf`), so it can check the checksum against the file's own text.
 */
export function headerPrefix(header: BackupHeader): string {
  return (
    `{"format":${JSON.stringify(header.format)},"formatVersion":${header.formatVersion},` +
    `"appVersion":${JSON.stringify(header.appVersion)},"createdAt":${JSON.stringify(header.createdAt)},` +
    `"checksum":${JSON.stringify(header.checksum)},"data":`
  );
}

/** What follows `data` in a file this build writes. */
export const FILE_END = '}\n';
