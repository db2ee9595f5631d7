import type { Level } from '../entities';
import type { LevelKind } from '../enums';
import { isAbove } from './rank';

/** What repairing older alignments reads: plain rows, as a database upgrade or a backup holds them. */
export type LegacyAlignmentRows = {
  teams: readonly { id: string; createdAt: string; updatedAt: string }[];
  cycles: readonly { id: string; teamId: string; label: string }[];
  objectives: readonly {
    id: string;
    cycleId: string;
    teamId: string;
    parentObjectiveId: string | null;
  }[];
};

export type AlignmentRepair = {
  /** Level rows to add (one per owner found above the team level, and teams in a group). */
  levels: Level[];
  /** Objectives whose parent link cannot stand under levels, to detach (their parent becomes null). */
  detach: string[];
};

/**
 * Levels for a workspace written before levels existed, from how its teams aligned, and the links
 * that still cannot stand. Then any objective could align to any other team's in the same
 * quarter, and a facilitator kept company objectives in a "team" of their own: a team others
 * align to and that aligns to none becomes the organisation level when there is one such team or
 * the alignments run three deep (a team aligned to both then becomes a group); several such
 * teams and no deeper chain become groups. A team aligned only to one group joins it. Whatever
 * still does not point up a level in the same quarter (a link to a team's own objective, to
 * another quarter's, or a longer chain) is detached; a link to an objective that is gone stays, as
 * it always has. Pure: the database upgrade and the backup upgrade share it.
 */
export function repairAlignment(rows: LegacyAlignmentRows): AlignmentRepair {
  const labels = new Map(rows.cycles.map((c) => [c.id, c.label] as const));
  const objectives = new Map(rows.objectives.map((o) => [o.id, o] as const));
  const links = rows.objectives.flatMap((child) => {
    const parent = child.parentObjectiveId ? objectives.get(child.parentObjectiveId) : undefined;
    return parent ? [{ child, parent }] : [];
  });
  const inQuarter = links.filter(
    ({ child, parent }) =>
      labels.get(child.cycleId) !== undefined &&
      labels.get(child.cycleId) === labels.get(parent.cycleId) &&
      child.teamId !== parent.teamId,
  );

  const upwards = new Map<string, Set<string>>();
  const alignedTo = new Set<string>();
  for (const { child, parent } of inQuarter) {
    upwards.set(child.teamId, (upwards.get(child.teamId) ?? new Set()).add(parent.teamId));
    alignedTo.add(parent.teamId);
  }
  const tops = [...alignedTo].filter((t) => !upwards.has(t));
  const mids = [...alignedTo].filter((t) => upwards.has(t));
  const kinds = new Map<string, LevelKind>();
  const isOrganisation = mids.length > 0 || tops.length === 1;
  for (const t of tops) kinds.set(t, isOrganisation ? 'organisation' : 'group');
  if (isOrganisation) for (const t of mids) kinds.set(t, 'group');
  const kindOf = (teamId: string): LevelKind => kinds.get(teamId) ?? 'team';

  const teams = new Map(rows.teams.map((t) => [t.id, t] as const));
  const levels: Level[] = [];
  for (const team of rows.teams) {
    const kind = kindOf(team.id);
    const parents = [...(upwards.get(team.id) ?? [])];
    const groups = parents.filter((p) => kindOf(p) === 'group');
    const groupId =
      kind === 'team' && groups.length === 1 && parents.length === 1 ? groups[0]! : null;
    if (kind === 'team' && groupId === null) continue;
    levels.push({
      id: team.id,
      teamId: team.id,
      kind,
      groupId,
      createdAt: team.createdAt,
      updatedAt: team.updatedAt,
      revision: 0,
    });
  }
  const kept = new Set(inQuarter.map((l) => l.child.id));
  const detach = links
    .filter(
      ({ child, parent }) =>
        !kept.has(child.id) ||
        !teams.has(parent.teamId) ||
        !isAbove(kindOf(parent.teamId), kindOf(child.teamId)),
    )
    .map(({ child }) => child.id);
  return { levels, detach };
}
