import { useMutation } from '@tanstack/react-query';
import type { CheckIn, CheckInValues } from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import {
  correctCheckIn,
  linkBlocker,
  newMeetingId,
  recordCheckIn,
} from '../../db/repositories/checkIns';
import { errorMessage } from '../../lib/formErrors';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { endMeeting, type Meeting, saveMeeting } from './meeting/meetingDraft';

/** Opens a check-in meeting over the quarter's key results, dated today. */
export function useStartMeeting(cycleId: string) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  return useMutation({
    mutationFn: ({ keyResultIds, date }: { keyResultIds: string[]; date: string }) =>
      saveMeeting(cycleId, {
        sessionId: newMeetingId(),
        date,
        keyResultIds,
        index: 0,
        answer: null,
      }),
    onSuccess: () => showCheckIns({ kind: 'meeting' }),
  });
}

/**
 * Records the answer for the meeting's key result on screen, then moves the meeting on to the
 * next one, or ends it after the last.
 */
export function useRecordCheckIn(
  cycleId: string,
  meeting: Meeting,
  keyResultId: string,
  /** How many key results the meeting has on screen (deleted ones are skipped). */
  total: number,
) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  return useMutation({
    mutationFn: async ({ input }: SaveRequest<undefined, CheckInValues>) => {
      const checkIn = await recordCheckIn(keyResultId, meeting.sessionId, meeting.date, input);
      const isLast = meeting.index + 1 >= total;
      if (isLast) await endMeeting(cycleId);
      else await saveMeeting(cycleId, { ...meeting, index: meeting.index + 1, answer: null });
      return { checkIn, isLast };
    },
    onSuccess: ({ isLast }) => {
      if (isLast) showCheckIns({ kind: 'home' });
    },
  });
}

/**
 * Corrects a past check-in with a new version; the one it replaces stays in the history. A
 * check-in corrected meanwhile elsewhere is not corrected again unseen.
 */
export function useCorrectCheckIn() {
  return savesRecord(
    'checkIn',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<CheckIn, CheckInValues>) => {
        if (!record) throw new Error('Only a recorded check-in can be corrected.');
        return correctCheckIn(record.id, input, versionOf(record));
      },
    }),
  );
}

/** Links a check-in's blocker to the dependency it waits on, or unlinks it (null). */
export function useLinkBlocker() {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: ({ checkInId, dependencyId }: { checkInId: string; dependencyId: string | null }) =>
      linkBlocker(checkInId, dependencyId),
    onError: (error) => show({ tone: 'error', message: `Could not link: ${errorMessage(error)}` }),
  });
}
