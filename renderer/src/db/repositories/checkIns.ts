import { checkInSchema, type CheckIn, type CheckInValues } from '@shared/domain';
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
 * Records a KR's answer in a check-in meeting. Answering the same KR again in the same, still
 * open meeting replaces that answer: the meeting is not over, so nothing is being rewritten.
 */
export async function recordCheckIn(
  keyResultId: string,
  sessionId: string,
  date: string,
  values: CheckInValues,
): Promise<CheckIn> {
  const d = db();
  return d.transaction('rw', d.keyResults, d.checkIns, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
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
      date,
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
