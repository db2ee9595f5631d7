import {
  cycleRetroSchema,
  keyResultRetroSchema,
  type CycleRetro,
  type CycleRetroInput,
  type KeyResultRetro,
  type KeyResultRetroInput,
} from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { db, newId, nowIso } from './common';

export function listKeyResultRetros(cycleId: string): Promise<KeyResultRetro[]> {
  return db().keyResultRetros.where('cycleId').equals(cycleId).toArray();
}

export function getCycleRetro(cycleId: string): Promise<CycleRetro | undefined> {
  return db().cycleRetros.where('cycleId').equals(cycleId).first();
}

/**
 * Saves a KR's retrospective answers, creating the record on first save. With `expected` (the
 * version the form was opened on, or null when it had none), answers saved meanwhile elsewhere
 * are not overwritten: a `RevisionConflictError` carries them.
 */
export async function saveKeyResultRetro(
  keyResultId: string,
  input: KeyResultRetroInput,
  expected?: ExpectedVersion,
): Promise<KeyResultRetro> {
  const d = db();
  return d.transaction('rw', d.keyResults, d.keyResultRetros, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
    const existing = await d.keyResultRetros.where('keyResultId').equals(keyResultId).first();
    assertExpectedVersion('keyResultRetro', existing, expected);
    const at = nowIso();
    const retro = keyResultRetroSchema.parse({
      ...existing,
      ...input,
      id: existing?.id ?? newId(),
      keyResultId,
      cycleId: kr.cycleId,
      createdAt: existing?.createdAt ?? at,
      ...nextVersion(existing, at),
    });
    await d.keyResultRetros.put(retro);
    return retro;
  });
}

/**
 * Saves the quarter's retrospective, creating it on first save. With `expected` (the version the
 * form was opened on, or null when it had none), a retrospective saved meanwhile elsewhere is not
 * overwritten: a `RevisionConflictError` carries it.
 */
export async function saveCycleRetro(
  cycleId: string,
  input: CycleRetroInput,
  expected?: ExpectedVersion,
): Promise<CycleRetro> {
  const d = db();
  return d.transaction('rw', d.cycles, d.cycleRetros, async () => {
    if (!(await d.cycles.get(cycleId))) throw new Error('That quarter no longer exists.');
    const existing = await d.cycleRetros.where('cycleId').equals(cycleId).first();
    assertExpectedVersion('cycleRetro', existing, expected);
    const at = nowIso();
    const retro = cycleRetroSchema.parse({
      ...existing,
      ...input,
      id: existing?.id ?? newId(),
      cycleId,
      createdAt: existing?.createdAt ?? at,
      ...nextVersion(existing, at),
    });
    await d.cycleRetros.put(retro);
    return retro;
  });
}
