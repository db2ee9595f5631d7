import type { BackupData } from '@shared/backup/fileFormat';
import type { Row } from '@shared/sync/workspaceMerge';

/**
 * The quarters whose files hold these rows: a quarter is its own; a team (and its level) is in
 * every one of its quarters' files; every other row names its quarter, or its workshop does.
 */
export function quartersOfRows(rows: readonly Row[], data: BackupData): Set<string> {
  const quarters = new Set<string>();
  const workshopQuarter = new Map(data.workshops.map((w) => [w.id, w.cycleId]));
  const teamQuarters = (teamId: unknown) =>
    data.cycles.filter((c) => c.teamId === teamId).forEach((c) => quarters.add(c.id));
  for (const row of rows) {
    if (typeof row.cycleId === 'string') quarters.add(row.cycleId);
    else if (typeof row.workshopId === 'string') {
      const quarter = workshopQuarter.get(row.workshopId);
      if (quarter) quarters.add(quarter);
    } else if (data.cycles.some((c) => c.id === row.id)) quarters.add(row.id);
    else if (typeof row.teamId === 'string') teamQuarters(row.teamId);
    else teamQuarters(row.id);
  }
  return quarters;
}
