import { useLiveQuery } from 'dexie-react-hooks';
import * as z from 'zod';
import { lazySchema } from '@shared/domain/lazySchema';
import {
  deleteWizardDraft,
  loadWizardDraft,
  saveWizardDraft,
} from '../../../db/repositories/wizardDrafts';
import { startupKey, startupSnapshot } from '../../../db/startupSnapshots';

const WIZARD = 'checkin';

/** What is typed for the key result on screen, before Enter saves it. */
export const answerSchema = lazySchema(() =>
  z.object({
    value: z.string(),
    // Typed text, like the value; drafts from before kept the confidence as a number.
    confidence: z.union([z.string(), z.number()]).transform(String),
    changed: z.string(),
    blockers: z.string(),
  }),
);
export type Answer = z.output<typeof answerSchema>;

/** A check-in meeting in progress: which KRs, in what order, how far, and the typed answer. */
export const meetingSchema = lazySchema(() =>
  z.object({
    sessionId: z.string(),
    date: z.string(),
    keyResultIds: z.array(z.string()).min(1),
    index: z.number().int().nonnegative(),
    answer: answerSchema.nullable(),
  }),
);
export type Meeting = z.output<typeof meetingSchema>;

/** The quarter's meeting in progress (paused or not); null when none. */
export async function readMeeting(cycleId: string): Promise<Meeting | null> {
  const row = await loadWizardDraft(WIZARD, cycleId);
  if (!row) return null;
  const parsed = meetingSchema.safeParse({ ...row.draft, index: row.step });
  return parsed.success ? parsed.data : null;
}

/** The quarter's meeting in progress (paused or not); null when none, undefined while loading. */
export function useMeeting(cycleId: string): Meeting | null | undefined {
  return useLiveQuery(
    () => readMeeting(cycleId),
    [cycleId],
    startupSnapshot<Meeting | null>(startupKey.meeting(cycleId)),
  );
}

export function saveMeeting(cycleId: string, meeting: Meeting): Promise<void> {
  const { index, ...draft } = meeting;
  return saveWizardDraft(WIZARD, cycleId, index, draft);
}

export function endMeeting(cycleId: string): Promise<void> {
  return deleteWizardDraft(WIZARD, cycleId);
}
