import {
  DEFAULT_WEIGHT,
  keyResultInputSchema,
  keyResultSchema,
  type KeyResult,
  type KeyResultInput,
} from '@shared/domain';
import type { KeyResultPatch } from '@shared/domain/coach/types';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso, renumbered, swapOrder } from './common';
import { recoverableImport } from '../../lib/recoverableImport';

// The coach's text rules load with the first suggestion, not with the first screen.
const importConsistency = recoverableImport(() => import('@shared/domain/coach/rules/consistency'));

/** All key results of a quarter, in order within each objective. */
export async function listKeyResults(cycleId: string): Promise<KeyResult[]> {
  const rows = await db().keyResults.where('cycleId').equals(cycleId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** Adds a key result at the end of its objective's list. */
export async function createKeyResult(
  objectiveId: string,
  input: KeyResultInput,
): Promise<KeyResult> {
  const d = db();
  const parsed = keyResultInputSchema.parse(input);
  return d.transaction('rw', d.objectives, d.keyResults, async () => {
    const objective = await d.objectives.get(objectiveId);
    if (!objective) throw new Error('That objective no longer exists.');
    const siblings = await d.keyResults.where('objectiveId').equals(objectiveId).toArray();
    const at = nowIso();
    const keyResult = keyResultSchema.parse({
      reflection: null,
      reflectionNote: '',
      ...parsed,
      id: newId(),
      objectiveId,
      cycleId: objective.cycleId,
      order: siblings.reduce((max, k) => Math.max(max, k.order + 1), 0),
      weight: DEFAULT_WEIGHT,
      isMilestone: false,
      acknowledgements: [],
      finalValue: null,
      scoreOverride: null,
      scoreOverrideReason: '',
      carriedFromKeyResultId: null,
      createdAt: at,
      updatedAt: at,
    });
    await d.keyResults.add(keyResult);
    return keyResult;
  });
}

/**
 * Saves a key result's fields. With `expected` (the version the form was opened on), a key result
 * changed since then is not overwritten: a `RevisionConflictError` carries it as it is now.
 */
export async function updateKeyResult(
  id: string,
  input: KeyResultInput,
  expected?: ExpectedVersion,
): Promise<KeyResult> {
  const d = db();
  const parsed = keyResultInputSchema.parse(input);
  return d.transaction('rw', d.keyResults, async () => {
    const existing = await d.keyResults.get(id);
    if (!existing) throw new Error('That key result no longer exists.');
    assertExpectedVersion('keyResult', existing, expected);
    const keyResult = keyResultSchema.parse({
      ...existing,
      ...parsed,
      ...nextVersion(existing, nowIso()),
    });
    await d.keyResults.put(keyResult);
    return keyResult;
  });
}

/** Moves a key result one place up (-1) or down (+1) within its objective. */
export async function moveKeyResult(id: string, delta: -1 | 1): Promise<void> {
  const d = db();
  await d.transaction('rw', d.keyResults, async () => {
    const self = await d.keyResults.get(id);
    if (!self) throw new Error('That key result no longer exists.');
    const siblings = (
      await d.keyResults.where('objectiveId').equals(self.objectiveId).toArray()
    ).sort((a, b) => a.order - b.order);
    const before = siblings.map((k) => k.order);
    siblings.forEach((k, i) => (k.order = i));
    const pair = swapOrder(siblings, id, delta);
    if (pair) [pair[0].order, pair[1].order] = [pair[1].order, pair[0].order];
    await d.keyResults.bulkPut(renumbered(siblings, before));
  });
}

/** Deletes a key result with its check-ins and retro; returns what Undo needs. */
export async function deleteKeyResult(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction(
    'rw',
    [d.keyResults, d.checkIns, d.keyResultRetros, d.dependencies],
    async () => {
      const keyResult = await d.keyResults.get(id);
      if (!keyResult) throw new Error('That key result no longer exists.');
      const checkIns = await d.checkIns.where('keyResultId').equals(id).toArray();
      const keyResultRetros = await d.keyResultRetros.where('keyResultId').equals(id).toArray();
      const dependencies = await d.dependencies.where('keyResultId').equals(id).toArray();
      await d.keyResults.delete(id);
      await d.checkIns.bulkDelete(checkIns.map((c) => c.id));
      await d.keyResultRetros.bulkDelete(keyResultRetros.map((r) => r.id));
      // A dependency outlives its KR, detached, so the need is not silently forgotten.
      await d.dependencies.bulkPut(
        dependencies.map((dep) => ({ ...dep, keyResultId: null, ...nextVersion(dep, nowIso()) })),
      );
      return {
        label: `Key result “${keyResult.title}”`,
        rows: { keyResults: [keyResult], checkIns, keyResultRetros, dependencies },
      };
    },
  );
}

/** A key result changed by a coach suggestion, with what it was before (for Undo). */
export type AppliedSuggestion = { before: KeyResult; after: KeyResult };

/**
 * Applies a coach suggestion to a saved key result, kept consistent first: a patch that changes
 * a number also rewrites it in the title (or fills the other field from it), as in the editor.
 */
export async function applyKeyResultSuggestion(
  id: string,
  patch: KeyResultPatch,
): Promise<AppliedSuggestion> {
  // Before the transaction, which must not wait on anything but the database.
  const { consistentPatch } = await importConsistency();
  const d = db();
  return d.transaction('rw', d.keyResults, async () => {
    const before = await d.keyResults.get(id);
    if (!before) throw new Error('That key result no longer exists.');
    const consistent = consistentPatch(before, patch) ?? patch;
    const after = keyResultSchema.parse({
      ...before,
      ...consistent,
      ...nextVersion(before, nowIso()),
    });
    await d.keyResults.put(after);
    return { before, after };
  });
}

/** Puts back a key result as it was before a suggestion, unless it was deleted since. */
export async function revertKeyResultSuggestion(applied: AppliedSuggestion): Promise<void> {
  const d = db();
  await d.transaction('rw', d.keyResults, async () => {
    const current = await d.keyResults.get(applied.before.id);
    if (!current) throw new Error('That key result no longer exists.');
    // The old values come back as a new revision, so a form open on the suggestion sees it.
    await d.keyResults.put({ ...applied.before, ...nextVersion(current, nowIso()) });
  });
}
