import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { CheckIn, KeyResult, Objective } from '@shared/domain';
import { clampConfidence } from '@shared/domain/checkins/confidence';
import { latestCheckIn, latestMeasuredCheckIn } from '@shared/domain/checkins/history';
import { numberOrNull } from '@shared/domain/numbers';
import { formatDate, formatValue } from '@shared/domain/format';
import { FormField, SchemaForm } from '../../../components/SchemaForm';
import { TextField } from '../../../components/TextField';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { useDebounced } from '../../../lib/useDebounced';
import { useUiStore } from '../../../state/uiStore';
import { checkInFormSchema, type CheckInFormValues } from '../checkInForm';
import { useRecordCheckIn } from '../checkInMutations';
import { type Meeting, saveMeeting } from './meetingDraft';
import { FormError } from '../../../components/FormError';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

type CheckInMeetingProps = {
  cycleId: string;
  meeting: Meeting;
  keyResults: KeyResult[];
  objectives: Objective[];
  checkIns: CheckIn[];
};

const SAVE_DELAY_MS = 250;
const DEFAULT_CONFIDENCE = 50;

/** The answer a KR starts with: its last value and confidence, so an unchanged KR is one Enter. */
function prefill(kr: KeyResult, checkIns: CheckIn[]): CheckInFormValues {
  const last = latestCheckIn(kr.id, checkIns);
  const value = last?.value ?? kr.baseline;
  return {
    value: value == null ? '' : String(value),
    confidence: String(last?.confidence ?? DEFAULT_CONFIDENCE),
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
      meeting={{ ...meeting, index }}
      keyResult={kr}
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
  total: number;
  objective: Objective | undefined;
  checkIns: CheckIn[];
};

function MeetingStep({
  cycleId,
  meeting,
  keyResult: kr,
  total,
  objective,
  checkIns,
}: MeetingStepProps) {
  const { index } = meeting;
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  const helpId = useId();
  // Typed answers are kept in the meeting's draft, so a pause or a crash does not lose them.
  const draftSaver = useDebounced(
    (answer: CheckInFormValues) => void saveMeeting(cycleId, { ...meeting, answer }),
    SAVE_DELAY_MS,
  );
  const record = useRecordCheckIn(cycleId, meeting, kr.id, total);
  // Whether the answer on screen has changed since the step opened (see the paused answer below).
  const hasTyped = useRef(false);
  const answer = useRecordForm({
    schema: checkInFormSchema,
    record: undefined,
    toValues: () => prefill(kr, checkIns),
    draft: meeting.answer,
    onDraftChange: (values) => {
      hasTyped.current = true;
      draftSaver.schedule(values);
    },
    save: {
      ...record,
      // The draft moves on to the next KR: a late save of this answer must not move it back.
      mutateAsync: (request) => {
        draftSaver.cancel();
        return record.mutateAsync(request);
      },
    },
  });
  const { form } = answer;
  const confidence = useWatch({ control: form.control, name: 'confidence' });
  const value = useWatch({ control: form.control, name: 'value' });
  const [isLeaving, setLeaving] = useState(false);
  const skipNoteId = useId();

  // Before the step is painted, the value is selected: typing replaces it, Enter keeps it.
  useLayoutEffect(() => {
    form.setFocus('value', { shouldSelect: true });
  }, [form]);

  // A paused answer can reach the step after it opened (Resume pressed while the pause was still
  // being written): shown then, as long as nothing has been typed here yet, so it is never lost.
  const pausedAnswer = meeting.answer;
  useEffect(() => {
    if (!pausedAnswer || hasTyped.current) return;
    for (const [field, text] of Object.entries(pausedAnswer) as [
      keyof CheckInFormValues,
      string,
    ][]) {
      if (form.getValues(field) !== text) form.setValue(field, text, { shouldDirty: true });
    }
  }, [pausedAnswer, form]);

  const earlier = checkIns.filter((c) => c.sessionId !== meeting.sessionId);
  const last = latestCheckIn(kr.id, earlier);
  // An empty value is a skip: confidence and notes only, and the last measured value stands.
  const measured = latestMeasuredCheckIn(kr.id, earlier);
  const isSkip = value.trim() === '';

  const leave = () => {
    draftSaver.cancel();
    if (index > 0) void saveMeeting(cycleId, { ...meeting, index: index - 1, answer: null });
  };
  // The answer typed here would be lost going back, so that asks first.
  const goBack = () => (answer.isDirty ? setLeaving(true) : leave());
  const pause = () => {
    draftSaver.cancel();
    void saveMeeting(cycleId, { ...meeting, answer: form.getValues() }).then(() =>
      showCheckIns({ kind: 'home' }),
    );
  };
  // Enter saves from anywhere in the form; Shift+Enter keeps a new line in the notes.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      void answer.submit();
    }
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
                {last.value == null ? 'skipped measuring' : formatValue(last.value, kr.unit)},{' '}
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

      <SchemaForm
        of={answer}
        className="meeting__form"
        onKeyDown={onKeyDown}
        aria-describedby={helpId}
      >
        <div className="meeting__row">
          <div className="meeting__value-field">
            <FormField name="value" label={`Current value${kr.unit ? ` (${kr.unit})` : ''}`}>
              {(p) => (
                <input
                  {...p}
                  {...form.register('value')}
                  aria-describedby={
                    [p['aria-describedby'], isSkip ? skipNoteId : null].filter(Boolean).join(' ') ||
                    undefined
                  }
                  inputMode="decimal"
                  className="meeting__value"
                />
              )}
            </FormField>
            {isSkip && (
              <p id={skipNoteId} className="meeting__skip" role="status">
                No value: this check-in skips measuring and records confidence and notes only.{' '}
                {measured?.value != null
                  ? `The latest value stays ${formatValue(measured.value, kr.unit)} (${formatDate(measured.date)}).`
                  : 'There is no measured value yet.'}
              </p>
            )}
          </div>
          <FormField name="confidence" label="Confidence it will be met (%)">
            {(p) => (
              <div className="meeting__confidence-row">
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={clampConfidence(numberOrNull(confidence) ?? DEFAULT_CONFIDENCE)}
                  onChange={(e) =>
                    form.setValue('confidence', e.target.value, {
                      shouldDirty: true,
                      shouldValidate: form.formState.isSubmitted,
                    })
                  }
                  aria-label="Confidence slider"
                />
                {/* Text, not a number field: "-20" stays as typed and gets a sentence, never "020". */}
                <input {...p} {...form.register('confidence')} inputMode="numeric" />
              </div>
            )}
          </FormField>
        </div>
        <TextField name="changed" label="What changed since the last check-in?" rows={2} />
        <TextField name="blockers" label="What is blocking?" rows={2} />
        <FormError message={answer.saveError} />
        <footer className="meeting__footer">
          <button type="button" className="button" onClick={goBack} disabled={index === 0}>
            ← Previous
          </button>
          <button type="button" className="button" onClick={pause}>
            Pause
          </button>
          <p id={helpId} className="meeting__keys">
            <kbd>Enter</kbd> save and next · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line
          </p>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={answer.isSaving}
          >
            {index + 1 >= total ? 'Save and finish' : 'Save and next'}
          </button>
        </footer>
      </SchemaForm>
      {isLeaving && (
        <ConfirmDialog
          title="Go back without saving this answer?"
          description={`What you typed for “${kr.title}” has not been saved. Save it with Enter, or go back and lose it.`}
          cancelLabel="Keep this answer"
          confirmLabel="Discard and go back"
          onCancel={() => setLeaving(false)}
          onConfirm={() => {
            setLeaving(false);
            leave();
          }}
        />
      )}
    </section>
  );
}
