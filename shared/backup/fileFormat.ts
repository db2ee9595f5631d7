import * as z from 'zod';
import {
  checkInSchema,
  cycleRetroSchema,
  cycleSchema,
  dependencySchema,
  keyResultRetroSchema,
  keyResultSchema,
  levelSchema,
  objectiveSchema,
  teamSchema,
  templateSchema,
  wizardDraftSchema,
} from '../domain/entities';
import {
  ballotSchema,
  cardSchema,
  clusterSchema,
  confidenceRoundSchema,
  confidenceVoteSchema,
  effortEntrySchema,
  participantSchema,
  workshopSchema,
} from '../domain/workshop/schemas';
import { utcDayOf } from '../domain/calendar/days';
import { timestampSchema } from '../domain/primitives';
import { canonicalJson, checksumOf } from './checksum';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  FILE_END,
  headerPrefix,
  type BackupTable,
} from './fileLayout';

// Their home is the zod-free `fileLayout.ts` (the backup worker's); every other reader of the
// format finds them here, with the schemas.
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  FILE_END,
  headerPrefix,
  type BackupHeader,
  type BackupTable,
} from './fileLayout';

/** What one row of each table is called in messages: "Key result 3". */
export const ROW_LABELS: Readonly<Record<BackupTable, string>> = {
  teams: 'Team',
  levels: 'Level',
  cycles: 'Quarter',
  objectives: 'Objective',
  keyResults: 'Key result',
  checkIns: 'Check-in',
  keyResultRetros: 'Key result retro',
  cycleRetros: 'Quarter retro',
  dependencies: 'Dependency',
  templates: 'Template',
  wizardDrafts: 'Wizard draft',
  workshops: 'Workshop',
  workshopParticipants: 'Workshop participant',
  workshopClusters: 'Workshop cluster',
  workshopCards: 'Workshop card',
  workshopBallots: 'Dot-vote ballot',
  confidenceRounds: 'Confidence vote',
  confidenceVotes: 'Confidence ballot',
  effortEntries: 'Effort record',
};

/** All rows of all tables. Wizard drafts are included: they are work a person has not saved yet. */
export const backupDataSchema = z.object({
  teams: z.array(teamSchema),
  /** Since format 3: where owners sit above the teams, and which group a team is in. */
  levels: z.array(levelSchema),
  cycles: z.array(cycleSchema),
  objectives: z.array(objectiveSchema),
  keyResults: z.array(keyResultSchema),
  checkIns: z.array(checkInSchema),
  keyResultRetros: z.array(keyResultRetroSchema),
  cycleRetros: z.array(cycleRetroSchema),
  dependencies: z.array(dependencySchema),
  templates: z.array(templateSchema),
  wizardDrafts: z.array(wizardDraftSchema),
  workshops: z.array(workshopSchema),
  workshopParticipants: z.array(participantSchema),
  workshopClusters: z.array(clusterSchema),
  workshopCards: z.array(cardSchema),
  workshopBallots: z.array(ballotSchema),
  confidenceRounds: z.array(confidenceRoundSchema),
  confidenceVotes: z.array(confidenceVoteSchema),
  effortEntries: z.array(effortEntrySchema),
});
export type BackupData = z.infer<typeof backupDataSchema>;

/** Data with every table and no rows: the start of a backup built up by hand (benchmarks, tests). */
export function emptyBackupData(): BackupData {
  // fromEntries cannot type the keys; every table is there, each with an empty array.
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupData;
}

/** A backup file of the current format version. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_VERSION),
  appVersion: z.string().trim().min(1).max(64),
  createdAt: timestampSchema,
  /** SHA-256 hex of the canonical JSON of `data` (see `checksum.ts`). */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  data: backupDataSchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** Wraps all data in a backup file of the current version, with its checksum. */
export async function createBackup(
  data: BackupData,
  appVersion: string,
  now: Date = new Date(),
): Promise<BackupFile> {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    checksum: await checksumOf(data),
    data,
  };
}

/**
 * The file's text: compact JSON, the header first ({@link headerPrefix}), then `data` as its
 * canonical JSON, the very text the checksum is taken of; ending in a newline. (Earlier builds
 * wrote the same fields pretty-printed; readers take both.)
 */
export function serializeBackup(file: BackupFile): string {
  const { data, ...header } = file;
  return `${headerPrefix(header)}${canonicalJson(data)}${FILE_END}`;
}

/** A suggested file name, e.g. `quarterdeck-backup-2027-01-04.json`. */
export function backupFileName(now: Date = new Date()): string {
  return `${BACKUP_FORMAT}-${utcDayOf(now)}.json`;
}
