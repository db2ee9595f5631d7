import {
  acknowledgementSchema,
  keyResultSchema,
  objectiveSchema,
  type ReflectionAnswer,
} from '@shared/domain';
import { nextVersion } from '@shared/domain/revisions';
import { db, nowIso } from './common';

type FindingTarget = { rule: string; objectiveId: string; keyResultId?: string | undefined };

/** Records that the team keeps a finding on purpose, with its reason (replacing an older one). */
export async function acknowledgeFinding(target: FindingTarget, reason: string): Promise<void> {
  const d = db();
  const ack = acknowledgementSchema.parse({ rule: target.rule, reason, at: nowIso() });
  await d.transaction('rw', d.objectives, d.keyResults, async () => {
    if (target.keyResultId) {
      const kr = await d.keyResults.get(target.keyResultId);
      if (!kr) throw new Error('That key result no longer exists.');
      const acknowledgements = [...kr.acknowledgements.filter((a) => a.rule !== target.rule), ack];
      await d.keyResults.put(
        keyResultSchema.parse({ ...kr, acknowledgements, ...nextVersion(kr, nowIso()) }),
      );
    } else {
      const o = await d.objectives.get(target.objectiveId);
      if (!o) throw new Error('That objective no longer exists.');
      const acknowledgements = [...o.acknowledgements.filter((a) => a.rule !== target.rule), ack];
      await d.objectives.put(
        objectiveSchema.parse({ ...o, acknowledgements, ...nextVersion(o, nowIso()) }),
      );
    }
  });
}

/** Takes an acknowledgement back: the finding counts again. */
export async function withdrawAcknowledgement(target: FindingTarget): Promise<void> {
  const d = db();
  await d.transaction('rw', d.objectives, d.keyResults, async () => {
    if (target.keyResultId) {
      const kr = await d.keyResults.get(target.keyResultId);
      if (!kr) return;
      const acknowledgements = kr.acknowledgements.filter((a) => a.rule !== target.rule);
      await d.keyResults.put({ ...kr, acknowledgements, ...nextVersion(kr, nowIso()) });
    } else {
      const o = await d.objectives.get(target.objectiveId);
      if (!o) return;
      const acknowledgements = o.acknowledgements.filter((a) => a.rule !== target.rule);
      await d.objectives.put({ ...o, acknowledgements, ...nextVersion(o, nowIso()) });
    }
  });
}

/** Records the team's answer to "could this be achieved without the problem being solved?". */
export async function setReflection(
  keyResultId: string,
  reflection: ReflectionAnswer | null,
  reflectionNote: string,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.keyResults, async () => {
    const kr = await d.keyResults.get(keyResultId);
    if (!kr) throw new Error('That key result no longer exists.');
    await d.keyResults.put(
      keyResultSchema.parse({ ...kr, reflection, reflectionNote, ...nextVersion(kr, nowIso()) }),
    );
  });
}
