import type { BackupData } from '../../backup/fileFormat';
import { ownersOf } from '../../domain/alignment/levels';
import { utcDayOf } from '../../domain/calendar/days';
import type { Cycle, Team } from '../../domain/entities';
import type { QuarterData } from '../model';
import { buildDepartmentReview, type DepartmentReview } from './model';

/** One owner's quarter out of a whole backup, as its own review reads it. */
export function quarterDataOf(data: BackupData, team: Team, cycle: Cycle, now: Date): QuarterData {
  const inCycle = <T extends { cycleId: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => r.cycleId === cycle.id);
  const cycles = data.cycles.filter((c) => c.teamId === team.id);
  return {
    team,
    cycle,
    objectives: inCycle(data.objectives),
    keyResults: inCycle(data.keyResults),
    checkIns: inCycle(data.checkIns),
    keyResultRetros: inCycle(data.keyResultRetros),
    cycleRetro: inCycle(data.cycleRetros)[0] ?? null,
    dependencies: inCycle(data.dependencies),
    history: {
      cycles,
      keyResults: data.keyResults.filter((kr) => cycles.some((c) => c.id === kr.cycleId)),
    },
    generatedAt: now.toISOString(),
  };
}

/**
 * The department review of quarter `label` from a whole backup, or the one-line reason there is
 * none (no owner has a quarter with that label).
 */
export function departmentFromBackup(
  data: BackupData,
  label: string,
  now: Date = new Date(),
): { ok: true; review: DepartmentReview } | { ok: false; reason: string } {
  const wanted = label.trim().toLocaleLowerCase();
  const cycles = data.cycles.filter((c) => c.label.trim().toLocaleLowerCase() === wanted);
  if (cycles.length === 0) {
    const labels = [...new Set(data.cycles.map((c) => c.label))].sort();
    return {
      ok: false,
      reason: `no team has a quarter "${label.trim()}" (quarters: ${labels.length > 0 ? labels.map((l) => `"${l}"`).join(', ') : 'none'})`,
    };
  }
  const ids = new Set(cycles.map((c) => c.id));
  const inQuarter = <T extends { cycleId: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => ids.has(r.cycleId));
  const teams = new Map(data.teams.map((t) => [t.id, t] as const));
  const reviews = cycles.flatMap((c) => {
    const team = teams.get(c.teamId);
    return team ? [quarterDataOf(data, team, c, now)] : [];
  });
  return {
    ok: true,
    review: buildDepartmentReview({
      label: cycles[0]!.label,
      owners: ownersOf(data.teams, data.levels),
      cycles,
      objectives: inQuarter(data.objectives),
      keyResults: inQuarter(data.keyResults),
      checkIns: inQuarter(data.checkIns),
      dependencies: inQuarter(data.dependencies),
      reviews,
      today: utcDayOf(now),
      generatedAt: now.toISOString(),
    }),
  };
}
