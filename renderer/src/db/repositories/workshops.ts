import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import {
  WORKSHOP_KIND_LABELS,
  agendaItemTitle,
  agendaItemVersion,
  insertAgendaItem,
  newAgendaItem,
  proposeAgenda,
  updateAgendaItem,
  workshopSchema,
  type AgendaItemKind,
  type Workshop,
  type WorkshopKind,
} from '@shared/domain/workshop';
import type { Table } from 'dexie';
import type { QuarterdeckDb } from '../schema';
import { type DeletionSnapshot, type WorkshopTable, db, newId, nowIso } from './common';
import { compareDayText } from '@shared/domain/calendar/days';

/** The moment an action happens: epoch ms for timers, ISO for rows. */
export type Clock = { now: number; at: string };

/** Now, in both units. */
export function clockNow(): Clock {
  const now = Date.now();
  return { now, at: new Date(now).toISOString() };
}

/** A quarter's workshops, newest first. */
export async function listWorkshops(cycleId: string): Promise<Workshop[]> {
  const rows = await db().workshops.where('cycleId').equals(cycleId).toArray();
  return rows.sort((a, b) => compareDayText(b.createdAt, a.createdAt));
}

export function getWorkshop(id: string): Promise<Workshop | undefined> {
  return db().workshops.get(id);
}

/** Creates a workshop for a quarter with the agenda Quarterdeck proposes for its kind. */
export async function createWorkshop(cycleId: string, kind: WorkshopKind): Promise<Workshop> {
  const d = db();
  return d.transaction('rw', d.cycles, d.workshops, async () => {
    const cycle = await d.cycles.get(cycleId);
    if (!cycle) throw new Error('That quarter no longer exists.');
    const at = nowIso();
    const workshop = workshopSchema.parse({
      id: newId(),
      cycleId,
      teamId: cycle.teamId,
      kind,
      title: `${WORKSHOP_KIND_LABELS[kind]} · ${cycle.label}`,
      status: 'preparing',
      agenda: proposeAgenda(kind, newId),
      currentItemId: null,
      theme: 'light',
      isChimeOn: true,
      decisions: [],
      openQuestions: [],
      actions: [],
      startedAt: null,
      endedAt: null,
      createdAt: at,
      updatedAt: at,
      revision: 0,
    } satisfies Workshop);
    await d.workshops.add(workshop);
    return workshop;
  });
}

/**
 * Changes a workshop through a pure step (see `shared/domain/workshop`), in one transaction:
 * the step sees the stored row (with the time of the write), and its result is checked against
 * the schema before it is kept as the workshop's next revision. A step applied to the stored row
 * overwrites nothing; a step that saves what a person saw checks its version itself.
 */
export async function changeWorkshop(
  id: string,
  change: (workshop: Workshop, at: string) => Workshop,
): Promise<Workshop> {
  const d = db();
  return d.transaction('rw', d.workshops, async () => {
    const existing = await d.workshops.get(id);
    if (!existing) throw new Error('That workshop no longer exists.');
    const at = nowIso();
    const next = workshopSchema.parse({ ...change(existing, at), ...nextVersion(existing, at) });
    await d.workshops.put(next);
    return next;
  });
}

/** What a facilitator types for an agenda item; a blank title takes the kind's name. */
export type AgendaItemFields = {
  kind: AgendaItemKind;
  title: string;
  minutes: number;
  notes: string;
  dotsPerParticipant: number;
};

/** Adds an item at the end of the agenda. */
export function addAgendaItem(workshopId: string, fields: AgendaItemFields): Promise<Workshop> {
  const { kind, title, minutes, notes, dotsPerParticipant } = fields;
  return changeWorkshop(workshopId, (w, at) => {
    const item = {
      ...newAgendaItem(newId(), kind, agendaItemTitle(kind, title), minutes),
      notes,
      dotsPerParticipant,
      ...nextVersion(undefined, at),
    };
    return { ...w, agenda: insertAgendaItem(w.agenda, item) };
  });
}

/**
 * Saves what the facilitator changed about an agenda item, as the item's next revision. The
 * item must still be the version the form was based on (`expected`): an edit saved in another
 * window meanwhile is refused with a `RevisionConflictError` carrying the item as it is now.
 */
export function editAgendaItem(
  workshopId: string,
  itemId: string,
  fields: AgendaItemFields,
  expected?: ExpectedVersion,
): Promise<Workshop> {
  const patch = { ...fields, title: agendaItemTitle(fields.kind, fields.title) };
  return changeWorkshop(workshopId, (w, at) => {
    const stored = w.agenda.find((i) => i.id === itemId);
    const current = stored && agendaItemVersion(w, stored);
    assertExpectedVersion('agendaItem', current, expected);
    if (!current) throw new Error('That agenda item is no longer on the agenda.');
    return { ...w, agenda: updateAgendaItem(w.agenda, itemId, patch, nextVersion(current, at)) };
  });
}

/** Adds "who owns what" to the hand-out. */
export function addWorkshopAction(
  workshopId: string,
  text: string,
  owner: string,
): Promise<Workshop> {
  return changeWorkshop(workshopId, (w) => ({
    ...w,
    actions: [...w.actions, { id: newId(), text, owner }],
  }));
}

/** Every table holding a workshop's own rows, children first. */
function workshopTables(d: QuarterdeckDb) {
  return [
    d.confidenceVotes,
    d.confidenceRounds,
    d.workshopBallots,
    d.workshopCards,
    d.workshopClusters,
    d.workshopParticipants,
    d.workshops,
  ];
}

/** The rows of the given workshops in every workshop table, by table. */
export async function workshopRows(
  d: QuarterdeckDb,
  workshopIds: readonly string[],
): Promise<Partial<Record<WorkshopTable, unknown[]>>> {
  const of = <T>(table: Table<T>) => table.where('workshopId').anyOf(workshopIds).toArray();
  const workshops = await d.workshops.bulkGet([...workshopIds]);
  return {
    workshops: workshops.filter((w) => w !== undefined),
    workshopParticipants: await of(d.workshopParticipants),
    workshopClusters: await of(d.workshopClusters),
    workshopCards: await of(d.workshopCards),
    workshopBallots: await of(d.workshopBallots),
    confidenceRounds: await of(d.confidenceRounds),
    confidenceVotes: await of(d.confidenceVotes),
  };
}

/** Deletes workshops and everything in them (not the effort they recorded). Call inside a transaction. */
export async function deleteWorkshopRows(
  d: QuarterdeckDb,
  rows: Partial<Record<WorkshopTable, unknown[]>>,
): Promise<void> {
  for (const [table, list] of Object.entries(rows)) {
    const ids = (list as { id: string }[]).map((r) => r.id);
    await d.table(table).bulkDelete(ids);
  }
}

/** Deletes a workshop with its cards, clusters, participants and votes; returns what Undo needs. */
export async function deleteWorkshop(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction('rw', workshopTables(d), async () => {
    const workshop = await d.workshops.get(id);
    if (!workshop) throw new Error('That workshop no longer exists.');
    const rows = await workshopRows(d, [id]);
    await deleteWorkshopRows(d, rows);
    return {
      label: `Workshop “${workshop.title}”`,
      went: [
        { count: rows.workshopCards?.length ?? 0, singular: 'card' },
        { count: rows.workshopParticipants?.length ?? 0, singular: 'participant' },
      ],
      rows,
    };
  });
}

/** The tables a deletion of whole quarters must also clear (for a team's deletion). */
export function workshopTablesOf(d: QuarterdeckDb) {
  return [...workshopTables(d), d.effortEntries];
}

/** A quarter's workshop rows and effort records, by table: what a team deletion takes with it. */
export async function quarterWorkshopRows(
  d: QuarterdeckDb,
  cycleIds: readonly string[],
): Promise<Partial<Record<WorkshopTable, unknown[]>>> {
  const workshopIds = await d.workshops.where('cycleId').anyOf(cycleIds).primaryKeys();
  return {
    ...(await workshopRows(d, workshopIds)),
    effortEntries: await d.effortEntries.where('cycleId').anyOf(cycleIds).toArray(),
  };
}
