import { checkInSchema, type CheckIn, type CheckInValues } from '@shared/domain';
import { checkInDay } from '@shared/domain/checkins/checkInDate';
import {
  assertExpectedVersion,
  nextVersion,
  RevisionConflictError,
  type ExpectedVersion,
} from '@shared/domain/revisions';
import type { QuarterdeckDb } from '../schema';
import { db, newId, nowIso } from './common';

/** Every check-in of a quarter, corrections and the versions they replaced included. */
export function listCheckIns(cycleId: string): Promise<CheckIn[]> {
  return db().checkIns.where('cycleId').equals(cycleId).toArray();
}

/**
 * Records a KR's answer in a check-in meeting held on `date`. Answering the same KR again in the
 * same, still open meeting replaces that answer: the meeting is not over, so nothing is being
 * rewritten. The check-in is dated within its quarter (see `checkInDay`): refused before the
 * quarter begins, dated its last day after it ends.
 */
export async function recordCheckIn(
  keyResultId: string,
  sessionId: string,
  date: string,
  values: CheckInValues,
): Promise<CheckIn> {
  const d = db();
  return d.transaction('rw', d.cycles, d.keyResults, d.checkIns, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
    const cycle = await d.cycles.get(kr.cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const day = checkInDay(cycle, date);
    if (!day.ok) throw new Error(day.message);
    const existing = await d.checkIns
      .where('sessionId')
      .equals(sessionId)
      .filter((c) => c.keyResultId === keyResultId && c.supersedesId === null)
      .first();
    const at = nowIso();
    const checkIn = checkInSchema.parse({
      ...values,
      id: existing?.id ?? newId(),
      keyResultId,
      cycleId: kr.cycleId,
      sessionId,
      date: day.date,
      supersedesId: null,
      createdAt: existing?.createdAt ?? at,
      ...nextVersion(existing, at),
    });
    await d.checkIns.put(checkIn);
    return checkIn;
  });
}

/**
 * Corrects a past check-in by adding a new version that supersedes it; the earlier version
 * stays in the history, so numbers cannot be massaged after the fact unseen. With `expected`
 * (the version the form was opened on), a check-in corrected or re-answered meanwhile is not
 * corrected again unseen: a `RevisionConflictError` carries its newest version.
 */
export async function correctCheckIn(
  id: string,
  values: CheckInValues,
  expected?: ExpectedVersion,
): Promise<CheckIn> {
  const d = db();
  return d.transaction('rw', d.checkIns, async () => {
    const original = await d.checkIns.get(id);
    if (!original) throw new Error('That check-in no longer exists.');
    const newest = await newestVersion(d, original);
    if (newest !== original) {
      if (expected !== undefined) throw new RevisionConflictError('checkIn', newest);
      throw new Error('That check-in has already been corrected; correct the newest version.');
    }
    assertExpectedVersion('checkIn', original, expected);
    const at = nowIso();
    const correction = checkInSchema.parse({
      ...original,
      ...values,
      id: newId(),
      supersedesId: id,
      createdAt: at,
      updatedAt: at,
      revision: 0,
    });
    await d.checkIns.add(correction);
    return correction;
  });
}

/** The latest correction of a check-in (itself when it has none), following the chain. */
async function newestVersion(d: QuarterdeckDb, checkIn: CheckIn): Promise<CheckIn> {
  let newest = checkIn;
  const seen = new Set([checkIn.id]);
  for (;;) {
    const newer = await d.checkIns.where('supersedesId').equals(newest.id).first();
    // A loop in the chain (only a hand-edited backup could hold one) ends the walk.
    if (!newer || seen.has(newer.id)) return newest;
    seen.add(newer.id);
    newest = newer;
  }
}

/** A new check-in meeting's id: every check-in taken in one meeting carries it. */
export function newMeetingId(): string {
  return newId();
}

/**
 * Links a check-in's blocker to the dependency it waits on (or unlinks it with null). The link
 * says why the key result is blocked; it changes no value, so the check-in is annotated in place
 * rather than corrected. The dependency must be one of the check-in's own quarter.
 */
export async function linkBlocker(checkInId: string, dependencyId: string | null): Promise<void> {
  const d = db();
  await d.transaction('rw', d.checkIns, d.dependencies, async () => {
    const checkIn = await d.checkIns.get(checkInId);
    if (!checkIn) throw new Error('That check-in no longer exists.');
    if (dependencyId !== null) {
      const dependency = await d.dependencies.get(dependencyId);
      if (!dependency || dependency.cycleId !== checkIn.cycleId) {
        throw new Error('That dependency is not one of this quarter’s.');
      }
    }
    await d.checkIns.put(
      checkInSchema.parse({ ...checkIn, dependencyId, ...nextVersion(checkIn, nowIso()) }),
    );
  });
}
