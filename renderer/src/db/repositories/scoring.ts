import { keyResultSchema, type KeyResult } from '@shared/domain';
import { db, nowIso } from './common';

type ScoringPatch = Partial<
  Pick<KeyResult, 'finalValue' | 'scoreOverride' | 'scoreOverrideReason' | 'weight'>
>;

/** Records a KR's final value, override (with its reason) or weight; validated before writing. */
export async function updateScoring(keyResultId: string, patch: ScoringPatch): Promise<KeyResult> {
  const d = db();
  return d.transaction('rw', d.keyResults, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
    const next = keyResultSchema.parse({ ...kr, ...patch, updatedAt: nowIso() });
    if (next.scoreOverride !== null && next.scoreOverrideReason.trim() === '') {
      throw new Error('Say why the score is overridden.');
    }
    await d.keyResults.put(next);
    return next;
  });
}
