import { useMutation } from '@tanstack/react-query';
import {
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { CheckIn, KeyResult, Objective } from '@shared/domain';
import { clampConfidence } from '@shared/domain/checkins/confidence';
import { latestCheckIn } from '@shared/domain/checkins/history';
import { numberOrNull, parseNumber } from '@shared/domain/numbers';
import { formatValue } from '@shared/domain/format';
import { useUiStore } from '../../../state/uiStore';
import { recordCheckIn } from '../../../db/repositories/checkIns';
import { errorMessage } from '../../../lib/formErrors';
import { type Answer, type Meeting, endMeeting, saveMeeting } from './meetingDraft';

type CheckInMeetingProps = {
  cycleId: string;
  meeting: Meeting;
  keyResults: KeyResult[];
  objectives: Objective[];
  checkIns: CheckIn[];
};

const SAVE_DELAY_MS = 250;

/** The answer a KR starts with: its last value and confidence, so an unchanged KR is one Enter. */
function prefill(kr: KeyResult, checkIns: CheckIn[]): Answer {
  const last = latestCheckIn(kr.id, checkIns);
  const value = last?.value ?? kr.baseline;
  return {
    value: value == null ? '' : String(value),
    confidence: last?.confidence ?? 50,
    changed: '',
    blockers: '',
  };
}

/** The check-in meeting: one key result per screen, keyboard first, Enter saves and moves on. */
export function CheckInMeeting({
  cycleId,
  meeting,
  keyResults,
  objectives,
  checkIns,
}: CheckInMeetingProps) {
  const queue = meeting.keyResultIds
    .map((id) => keyResults.find((kr) => kr.id === id))
    .filter((kr): kr is KeyResult => Boolean(kr));
  const index = Math.min(meeting.index, queue.length - 1);
  const kr = queue[index];
  if (!kr) return <p className="loading">Opening the check-in…</p>;
  // A fresh step per KR: its answer starts from the remembered draft or from the last check-in.
  return (
    <MeetingStep
      key={`${kr.id}:${index}`}
      cycleId={cycleId}
      meeting={meeting}
      keyResult={kr}
      index={index}
      total={queue.length}
      objective={objectives.find((o) => o.id === kr.objectiveId)}
      checkIns={checkIns}
    />
  );
}

type MeetingStepProps = {
  cycleId: string;
  meeting: Meeting;
  keyResult: KeyResult;
  index: number;
  total: number;
  objective: Objective | undefined;
  checkIns: CheckIn[];
};

function MeetingStep({
  cycleId,
  meeting,
  keyResult: kr,
  index,
  total,
  objective,
  checkIns,
}: MeetingStepProps) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  const [answer, setAnswer] = useState<Answer>(() => meeting.answer ?? prefill(kr, checkIns));
  const [error, setError] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const ids = {
    value: useId(),
    confidence: useId(),
    changed: useId(),
    blockers: useId(),
    help: useId(),
  };

  // Before the step is painted, the value is selected: typing replaces it, Enter keeps it.
  useLayoutEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.select();
  }, []);

  // Typed answers are kept in the draft, so a pause or a crash does not lose them.
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelPendingSave = () => clearTimeout(pendingSave.current);
  const isFirstAnswer = useRef(true);
  useEffect(() => {
    if (isFirstAnswer.current) {
      isFirstAnswer.current = false;
      return;
    }
    pendingSave.current = setTimeout(
      () => void saveMeeting(cycleId, { ...meeting, answer }),
      SAVE_DELAY_MS,
    );
    return cancelPendingSave;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer]);

  const save = useMutation({
    mutationFn: async (value: number | null) => {
      // The draft moves on to the next KR: a late save of this answer must not move it back.
      cancelPendingSave();
      await recordCheckIn(kr.id, meeting.sessionId, meeting.date, {
        value,
        confidence: answer.confidence,
        changed: answer.changed,
        blockers: answer.blockers,
      });
      if (index + 1 >= total) {
        await endMeeting(cycleId);
        showCheckIns({ kind: 'home' });
      } else {
        await saveMeeting(cycleId, { ...meeting, index: index + 1, answer: null });
      }
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const last = latestCheckIn(
    kr.id,
    checkIns.filter((c) => c.sessionId !== meeting.sessionId),
  );

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const value = parseNumber(answer.value);
    if (!value.ok) {
      setError(`The current value must be a number${kr.unit ? ` in ${kr.unit}` : ''}, like 3.5.`);
      valueRef.current?.focus();
      return;
    }
    save.mutate(value.value);
  };
  const goBack = () => {
    cancelPendingSave();
    if (index > 0) void saveMeeting(cycleId, { ...meeting, index: index - 1, answer: null });
  };
  const pause = () => {
    cancelPendingSave();
    void saveMeeting(cycleId, { ...meeting, answer }).then(() => showCheckIns({ kind: 'home' }));
  };
  // Enter saves from anywhere in the form; Shift+Enter keeps a new line in the notes.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      submit();
    }
  };
  const setConfidence = (text: string) => {
    setAnswer({ ...answer, confidence: clampConfidence(numberOrNull(text) ?? 0) });
  };

  return (
    <section className="meeting" aria-labelledby="meeting-heading">
      <header className="meeting__header">
        <div>
          <p className="meeting__eyebrow">Check-in · {objective?.title}</p>
          <h2 id="meeting-heading">{kr.title}</h2>
          <p className="meeting__range">
            {kr.baseline == null ? 'No baseline' : formatValue(kr.baseline, kr.unit)} →{' '}
            {kr.target == null ? 'no target' : formatValue(kr.target, kr.unit)}
            {last && (
              <span className="muted">
                {' '}
                · last check-in{' '}
                {last.value == null ? 'had no value' : formatValue(last.value, kr.unit)},{' '}
                {last.confidence}% confident
              </span>
            )}
          </p>
        </div>
        <div className="meeting__progress">
          <span>
            {index + 1} of {total}
          </span>
          <progress max={total} value={index} aria-label={`${total - index} key results left`} />
          <span className="muted">{total - index} left</span>
        </div>
      </header>

      <form
        className="meeting__form"
        onSubmit={submit}
        onKeyDown={onKeyDown}
        aria-describedby={ids.help}
        noValidate
      >
        <div className="meeting__row">
          <div className="field">
            <label htmlFor={ids.value}>Current value{kr.unit ? ` (${kr.unit})` : ''}</label>
            <input
              id={ids.value}
              ref={valueRef}
              inputMode="decimal"
              className="meeting__value"
              value={answer.value}
              onChange={(e) => setAnswer({ ...answer, value: e.target.value })}
              aria-invalid={Boolean(error)}
            />
          </div>
          <div className="field meeting__confidence">
            <label htmlFor={ids.confidence}>Confidence it will be met (%)</label>
            <div className="meeting__confidence-row">
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={answer.confidence}
                onChange={(e) => setConfidence(e.target.value)}
                aria-label="Confidence slider"
              />
              <input
                id={ids.confidence}
                type="number"
                min={0}
                max={100}
                value={answer.confidence}
                onChange={(e) => setConfidence(e.target.value)}
              />
            </div>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.changed}>What changed since the last check-in?</label>
          <textarea
            id={ids.changed}
            rows={2}
            value={answer.changed}
            onChange={(e) => setAnswer({ ...answer, changed: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.blockers}>What is blocking?</label>
          <textarea
            id={ids.blockers}
            rows={2}
            value={answer.blockers}
            onChange={(e) => setAnswer({ ...answer, blockers: e.target.value })}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <footer className="meeting__footer">
          <button type="button" className="button" onClick={goBack} disabled={index === 0}>
            ← Previous
          </button>
          <button type="button" className="button" onClick={pause}>
            Pause
          </button>
          <p id={ids.help} className="meeting__keys">
            <kbd>Enter</kbd> save and next · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line
          </p>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={save.isPending}
          >
            {index + 1 >= total ? 'Save and finish' : 'Save and next'}
          </button>
        </footer>
      </form>
    </section>
  );
}
