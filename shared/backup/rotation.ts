import { z } from 'zod';
import { isoWeekKey, utcDayOf } from '../domain/calendar';

/** Why an automatic backup was taken. */
export const AUTO_BACKUP_REASONS = [
  'scheduled',
  'before-restore',
  'before-import',
  'on-quit',
] as const;
export const autoBackupReasonSchema = z.enum(AUTO_BACKUP_REASONS);
export type AutoBackupReason = z.infer<typeof autoBackupReasonSchema>;

/** Reasons whose backups are safety nets, kept for a week whatever the rotation says. */
const SAFETY_REASONS: ReadonlySet<AutoBackupReason> = new Set(['before-restore', 'before-import']);

/**
 * An automatic backup's id, which is also its file name: `auto-2027-01-04T09-00-00Z-scheduled.json`.
 * Strict on purpose: an id can never be a path.
 */
export const AUTO_BACKUP_ID =
  /^auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(scheduled|before-restore|before-import|on-quit)\.json$/;

export const autoBackupIdSchema = z
  .string()
  .max(100)
  .regex(AUTO_BACKUP_ID, 'An automatic backup id, not a path');

/** One automatic backup as the rotation sees it. */
export type AutoBackupRef = { id: string; createdAt: string; reason: AutoBackupReason };

/** The id for a backup taken at `createdAt` (any ISO timestamp) for `reason`. */
export function autoBackupId(createdAt: string, reason: AutoBackupReason): string {
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/:/g, '-');
  return `auto-${stamp}Z-${reason}.json`;
}

/** The time and reason an id records, or null for any other name (temporary files, strays). */
export function parseAutoBackupId(id: string): AutoBackupRef | null {
  const match = AUTO_BACKUP_ID.exec(id);
  if (!match) return null;
  const [, day, h, m, s, reason] = match;
  const createdAt = new Date(`${day}T${h}:${m}:${s}.000Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { id, createdAt: createdAt.toISOString(), reason: autoBackupReasonSchema.parse(reason) };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAILY = 7;
const WEEKLY = 4;

/** The newest backup per bucket, for the `count` most recent buckets; input newest first. */
function newestPerBucket(
  newestFirst: readonly { id: string; at: Date }[],
  keyOf: (at: Date) => string,
  count: number,
): { ids: string[]; keys: Set<string> } {
  const keys = new Set<string>();
  const ids: string[] = [];
  for (const backup of newestFirst) {
    const key = keyOf(backup.at);
    if (keys.has(key)) continue;
    if (keys.size === count) break;
    keys.add(key);
    ids.push(backup.id);
  }
  return { ids, keys };
}

/**
 * Which automatic backups to keep; everything else may be deleted. Kept are:
 * - the newest backup of each of the 7 most recent UTC calendar days that have one;
 * - the newest backup of each of the 4 most recent ISO weeks older than those days (weeks
 *   holding a kept daily backup are already covered);
 * - every before-restore and before-import backup from the 7 days before `now`: safety nets
 *   a person may still need to undo a restore or an import.
 */
export function selectBackupsToKeep(backups: readonly AutoBackupRef[], now: Date): Set<string> {
  const dated = backups
    .map((b) => ({ ...b, at: new Date(b.createdAt) }))
    .filter((b) => !Number.isNaN(b.at.getTime()))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id));

  const daily = newestPerBucket(dated, utcDayOf, DAILY);
  const dailyWeeks = new Set(
    dated.filter((b) => daily.keys.has(utcDayOf(b.at))).map((b) => isoWeekKey(b.at)),
  );
  const older = dated.filter((b) => !dailyWeeks.has(isoWeekKey(b.at)));
  const weekly = newestPerBucket(older, isoWeekKey, WEEKLY);

  const safetySince = now.getTime() - DAILY * DAY_MS;
  const safety = dated
    .filter((b) => SAFETY_REASONS.has(b.reason) && b.at.getTime() >= safetySince)
    .map((b) => b.id);

  return new Set([...daily.ids, ...weekly.ids, ...safety]);
}
