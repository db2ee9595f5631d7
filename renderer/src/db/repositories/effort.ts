import {
  effortEntrySchema,
  effortInputSchema,
  type EffortEntry,
  type EffortInput,
} from '@shared/domain/workshop';
import { type DeletionSnapshot, db, newId, nowIso } from './common';
import { compareDayText } from '@shared/domain/calendar/days';

/** A quarter's effort records, oldest first. */
export async function listEffort(cycleId: string): Promise<EffortEntry[]> {
  const rows = await db().effortEntries.where('cycleId').equals(cycleId).toArray();
  return rows.sort(
    (a, b) => compareDayText(a.date, b.date) || compareDayText(a.createdAt, b.createdAt),
  );
}

/** Records how long a meeting of the cycle took and how many people were in it. */
export async function recordEffort(
  cycleId: string,
  input: EffortInput,
  workshopId: string | null = null,
): Promise<EffortEntry> {
  const d = db();
  const parsed = effortInputSchema.parse(input);
  return d.transaction('rw', d.cycles, d.effortEntries, async () => {
    if (!(await d.cycles.get(cycleId))) throw new Error('That quarter no longer exists.');
    // A workshop records its effort once: ending it again replaces the earlier record.
    if (workshopId !== null) await d.effortEntries.where('workshopId').equals(workshopId).delete();
    const at = nowIso();
    const entry = effortEntrySchema.parse({
      ...parsed,
      id: newId(),
      cycleId,
      workshopId,
      createdAt: at,
      updatedAt: at,
    } satisfies EffortEntry);
    await d.effortEntries.add(entry);
    return entry;
  });
}

/** Deletes an effort record; returns what Undo needs. */
export async function deleteEffort(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction('rw', d.effortEntries, async () => {
    const entry = await d.effortEntries.get(id);
    if (!entry) throw new Error('That record no longer exists.');
    await d.effortEntries.delete(id);
    return { label: `Time record “${entry.label}”`, rows: { effortEntries: [entry] } };
  });
}
