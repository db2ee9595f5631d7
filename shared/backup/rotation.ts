import * as z from 'zod';
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
 * An automatic backup's id, which is also its file name: `auto-2027-01-04T09-00-00Z-scheduled.json`,
 * or `auto-2027-01-04T09-00-00Z-scheduled-2.json` for the second one taken in the same second
 * (a backup is never overwritten). Strict on purpose: an id can never be a path.
 */
export const AUTO_BACKUP_ID =
  /^auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(scheduled|before-restore|before-import|on-quit)(?:-([2-9]|[1-9]\d{1,3}))?\.json$/;

export const autoBackupIdSchema = z
  .string()
  .max(100)
  .regex(AUTO_BACKUP_ID, 'An automatic backup id, not a path');

/** One automatic backup as the rotation sees it. */
export type AutoBackupRef = { id: string; createdAt: string; reason: AutoBackupReason };

/**
 * The id for a backup taken at `takenAt` (by the clock of the host that keeps it, never a time a
 * page sent) for `reason`; `sequence` 2, 3, … when that name is taken already.
 */
export function autoBackupId(
  takenAt: Date | string,
  reason: AutoBackupReason,
  sequence = 1,
): string {
  const stamp = new Date(takenAt).toISOString().slice(0, 19).replace(/:/g, '-');
  return `auto-${stamp}Z-${reason}${sequence > 1 ? `-${sequence}` : ''}.json`;
}

/** The time and reason an id records, or null for any other name (temporary files, strays). */
export function parseAutoBackupId(id: string): AutoBackupRef | null {
  const match = AUTO_BACKUP_ID.exec(id);
  if (!match) return null;
  const [, day, h, m, s, reason] = match;
  const createdAt = new Date(`${day}T${h}:${m}:${s}.000Z`);
  if (Number.isNaN(createdAt.getTime()) || !createdAt.toISOString().startsWith(day ?? '')) {
    return null;
  }
  return { id, createdAt: createdAt.toISOString(), reason: autoBackupReasonSchema.parse(reason) };
}

/** The same-second sequence an id carries: 1 for the first backup of that second. */
function sequenceOf(id: string): number {
  return Number(AUTO_BACKUP_ID.exec(id)?.[6] ?? 1);
}

/** Newest first: by time, then by the same-second sequence, then by id. */
export function newestFirst(a: AutoBackupRef, b: AutoBackupRef): number {
  return (
    b.createdAt.localeCompare(a.createdAt) ||
    sequenceOf(b.id) - sequenceOf(a.id) ||
    b.id.localeCompare(a.id)
  );
}

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const DAILY = 7;
const WEEKLY = 4;

/** How far ahead of the clock a backup may be dated and still count as taken now (clock drift). */
const CLOCK_SLACK_MS = 5 * MINUTE_MS;

/** A scheduled backup is due once the newest automatic backup is this old. */
export const AUTO_BACKUP_INTERVAL_MS = DAY_MS;

/** Whether a backup is dated after `now`: taken while the clock was ahead, so its time is wrong. */
function isFutureDated(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + CLOCK_SLACK_MS;
}

/**
 * Whether a scheduled backup is due at `now`: there is no backup dated up to now, or the newest
 * one is {@link AUTO_BACKUP_INTERVAL_MS} old. Backups dated in the future (the clock was ahead
 * once, then put right) do not count, so they cannot stop the daily backup.
 */
export function isScheduledBackupDue(backups: readonly AutoBackupRef[], now: Date): boolean {
  const times = backups
    .map((b) => new Date(b.createdAt))
    .filter((at) => !Number.isNaN(at.getTime()) && !isFutureDated(at, now));
  const newest = Math.max(...times.map((at) => at.getTime()));
  return times.length === 0 || now.getTime() - newest >= AUTO_BACKUP_INTERVAL_MS;
}

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
 * - every before-restore and before-import backup from the 7 days before `now`, and the newest
 *   of each of those two reasons whatever its age: safety nets a person may still need to undo a
 *   restore or an import, even after the clock jumped ahead.
 *
 * `now` is the keeper's own clock. A backup dated after it was taken while the clock was ahead;
 * it counts as taken at the start of today, so it loses its day to any backup really taken today
 * and is pruned like any other, instead of holding the newest slots forever.
 */
export function selectBackupsToKeep(backups: readonly AutoBackupRef[], now: Date): Set<string> {
  const startOfToday = new Date(`${utcDayOf(now)}T00:00:00.000Z`);
  const dated = backups
    .map((b) => ({ ...b, at: new Date(b.createdAt) }))
    .filter((b) => !Number.isNaN(b.at.getTime()))
    .map((b) =>
      isFutureDated(b.at, now)
        ? { ...b, at: startOfToday, isFuture: true }
        : { ...b, isFuture: false },
    )
    .sort(
      (a, b) =>
        b.at.getTime() - a.at.getTime() ||
        Number(a.isFuture) - Number(b.isFuture) ||
        newestFirst(a, b),
    );

  const daily = newestPerBucket(dated, utcDayOf, DAILY);
  const dailyWeeks = new Set(
    dated.filter((b) => daily.keys.has(utcDayOf(b.at))).map((b) => isoWeekKey(b.at)),
  );
  const older = dated.filter((b) => !dailyWeeks.has(isoWeekKey(b.at)));
  const weekly = newestPerBucket(older, isoWeekKey, WEEKLY);

  const safetySince = now.getTime() - DAILY * DAY_MS;
  const safety = dated.filter((b) => SAFETY_REASONS.has(b.reason));
  const recentSafety = safety.filter((b) => !b.isFuture && b.at.getTime() >= safetySince);
  const newestSafety = [...SAFETY_REASONS].flatMap((r) => safety.find((b) => b.reason === r) ?? []);

  return new Set([
    ...daily.ids,
    ...weekly.ids,
    ...recentSafety.map((b) => b.id),
    ...newestSafety.map((b) => b.id),
  ]);
}
