import { keyResultSchema, type KeyResult } from '@shared/domain';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { scoringProblem } from '@shared/domain/scoring/score';
import { db, nowIso } from './common';

type ScoringPatch = Partial<
  Pick<KeyResult, 'finalValue' | 'scoreOverride' | 'scoreOverrideReason' | 'weight'>
>;

/**
 * Records a KR's final value, override (with its reason) or weight; validated before writing.
 * With `expected`, a key result changed since the row was loaded is not overwritten.
 */
export async function updateScoring(
  keyResultId: string,
  patch: ScoringPatch,
  expected?: ExpectedVersion,
): Promise<KeyResult> {
  const d = db();
  return d.transaction('rw', d.keyResults, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
    assertExpectedVersion('keyResult', kr, expected);
    const problem = scoringProblem({ ...kr, ...patch });
    if (problem) throw new Error(problem);
    const next = keyResultSchema.parse({ ...kr, ...patch, ...nextVersion(kr, nowIso()) });
    await d.keyResults.put(next);
    return next;
  });
}
