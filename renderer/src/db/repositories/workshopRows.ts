import { nextVersion, type Versioned } from '@shared/domain/revisions';
import { db } from './common';

/* What the workshop's repositories share about their rows. */

/** A row's next version, stamped `at`. */
export const next = <T extends Versioned>(row: T, at: string): T => ({
  ...row,
  ...nextVersion(row, at),
});

/** The order a new row takes: after every other one. */
export const nextOrder = (rows: readonly { order: number }[]) =>
  rows.reduce((max, r) => Math.max(max, r.order + 1), 0);

export async function requireWorkshop(workshopId: string): Promise<void> {
  if (!(await db().workshops.get(workshopId))) throw new Error('That workshop no longer exists.');
}
