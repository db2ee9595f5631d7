import { useMutation } from '@tanstack/react-query';
import { localDayOf } from '@shared/domain/calendar';
import { versionOf } from '@shared/domain/revisions';
import {
  WORKSHOP_PHASE,
  agendaItemVersion,
  endWorkshop,
  type VersionedAgendaItem,
  type Participant,
  type Workshop,
  type WorkshopKind,
} from '@shared/domain/workshop';
import { recordEffort } from '../../db/repositories/effort';
import { addCard } from '../../db/repositories/workshopBoard';
import { addParticipant, renameParticipant } from '../../db/repositories/workshopParticipants';
import {
  addAgendaItem,
  addWorkshopAction,
  changeWorkshop,
  clockNow,
  createWorkshop,
  editAgendaItem,
  type AgendaItemFields,
} from '../../db/repositories/workshops';
import { desktopApi, unwrap } from '../../lib/desktopApi';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { type FieldSaveOptions, useFieldSave } from '../../lib/forms/useFieldSave';
import { useToastStore } from '../../state/toastStore';
import { useErrorToast } from './useErrorToast';
import { exportWorkshopSummary, type SummaryFormat, type SummaryOutcome } from './exportSummary';

/** Creates a workshop with the proposed agenda for its kind, then opens it. */
export function useCreateWorkshop(cycleId: string, onCreated: (workshop: Workshop) => void) {
  return useMutation({
    mutationFn: (kind: WorkshopKind) => createWorkshop(cycleId, kind),
    onSuccess: onCreated,
  });
}

/** Any pure change to a workshop (see `shared/domain/workshop`), with failures in a toast. */
export function useChangeWorkshop(workshopId: string) {
  const onError = useErrorToast();
  return useMutation({
    mutationFn: (step: (workshop: Workshop) => Workshop) => changeWorkshop(workshopId, step),
    onError,
  });
}

/**
 * Adds an agenda item, or saves the one the form was opened on if it is still that version (an
 * edit saved in another window meanwhile is a conflict the form asks about). An edit answers with
 * the item as saved, the form's next base.
 */
export function useSaveAgendaItem(workshopId: string) {
  return savesRecord(
    'agendaItem',
    useMutation({
      mutationFn: async ({
        record,
        input,
      }: SaveRequest<VersionedAgendaItem, AgendaItemFields>): Promise<
        Workshop | VersionedAgendaItem
      > => {
        if (!record) return addAgendaItem(workshopId, input);
        const saved = await editAgendaItem(workshopId, record.id, input, versionOf(record));
        const item = saved.agenda.find((i) => i.id === record.id);
        return item ? agendaItemVersion(saved, item) : saved;
      },
    }),
  );
}

/** Adds "who owns what" to the hand-out. */
export function useAddAction(workshopId: string) {
  const onError = useErrorToast();
  return useMutation({
    mutationFn: ({ text, owner }: { text: string; owner: string }) =>
      addWorkshopAction(workshopId, text, owner),
    onError,
  });
}

/** Opens the projector's view: a second window in the desktop app, a second tab in a browser. */
export function useOpenPresentation(workshopId: string) {
  const show = useToastStore((s) => s.show);
  const onError = useErrorToast();
  return useMutation({
    mutationFn: () => unwrap(desktopApi().windowOpenPresentation({ workshopId })),
    onSuccess: ({ isOnSecondDisplay }) =>
      show({
        tone: 'info',
        message: isOnSecondDisplay
          ? 'The presentation is open on the second display.'
          : 'The presentation is open: move it to the projector and make it full screen (F).',
      }),
    onError,
  });
}

/** The workshop's time and attendees, recorded as it ends. */
export type EndWorkshopInput = { minutes: number; attendees: number };

/**
 * Ends the workshop and records what it cost against the quarter's person-day budget (again
 * replaces the earlier record).
 */
export function useEndWorkshop() {
  return useMutation({
    mutationFn: async ({ record, input }: SaveRequest<Workshop, EndWorkshopInput>) => {
      if (!record) throw new Error('That workshop no longer exists.');
      const clock = clockNow();
      await recordEffort(
        record.cycleId,
        {
          phase: WORKSHOP_PHASE[record.kind],
          activity: 'workshop',
          label: record.title,
          date: localDayOf(new Date(clock.now)),
          minutes: input.minutes,
          attendees: input.attendees,
        },
        record.id,
      );
      return changeWorkshop(record.id, (w) => endWorkshop(w, clock));
    },
  });
}

/** Exports the hand-out and says where it went. */
export function useExportSummary(workshopId: string, onExported: () => void) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (format: SummaryFormat) => exportWorkshopSummary(workshopId, format),
    onSuccess: (outcome: SummaryOutcome) => {
      onExported();
      if (outcome.printed) {
        show({ tone: 'info', message: 'The print dialog is open: choose “Save as PDF”.' });
        return;
      }
      if (!outcome.saved) return;
      const { path } = outcome;
      show({
        tone: 'info',
        message: path ? `Saved ${outcome.fileName}.` : `Downloaded ${outcome.fileName}.`,
        // The desktop app knows where the file went; a browser only has its downloads list.
        ...(path
          ? {
              actions: [
                { label: 'Open', run: () => void desktopApi().fileOpenSaved({ path }) },
                { label: 'Show in folder', run: () => void desktopApi().fileReveal({ path }) },
              ],
            }
          : {}),
      });
    },
  });
}

/** Adds a participant; a failure puts the name back (when the field is still empty). */
export function useAddParticipant(workshopId: string, onFailed: (name: string) => void) {
  const onError = useErrorToast();
  return useMutation({
    mutationFn: (name: string) => addParticipant(workshopId, name),
    onError: (error, name) => {
      onFailed(name);
      onError(error);
    },
  });
}

/**
 * Renames a participant; a rename saved elsewhere meanwhile opens the conflict dialog, and going
 * back to editing from it hands the typed name to `onBackToEditing`.
 */
export function useRenameParticipant({
  onBackToEditing,
}: Pick<FieldSaveOptions<Participant, string>, 'onBackToEditing'>) {
  const onError = useErrorToast();
  return useFieldSave({
    entity: 'participant',
    field: 'name',
    write: (name: string, base: Participant) => renameParticipant(base.id, name, versionOf(base)),
    onBackToEditing,
    onError,
  });
}

/** Adds an idea card; a card that could not be saved comes back to `onFailed`. */
export function useAddCard(workshopId: string, onFailed: (text: string) => void) {
  return useMutation({
    mutationFn: ({ text, author }: { text: string; author: string | null }) =>
      addCard(workshopId, text, author),
    onError: (_, { text }) => onFailed(text),
  });
}
