import { isAbove } from '../domain/alignment/rank';
import type { LevelKind } from '../domain/enums';
import type { BackupData } from './fileFormat';
import { locate } from './problems';

/**
 * How levels and alignments must fit together: a team's group is a group; an objective's parent,
 * when it is in the backup, sits in a quarter with the same label and belongs to an owner at a
 * strictly higher level (so no chain of parents can loop). Null when they fit.
 */
export function findAlignmentProblem(data: BackupData): string | null {
  const kinds = new Map<string, LevelKind>();
  for (const level of data.levels) kinds.set(level.teamId, level.kind);
  const kindOf = (teamId: string): LevelKind => kinds.get(teamId) ?? 'team';

  for (const [index, level] of data.levels.entries()) {
    if (level.groupId === null) continue;
    const at = ['data', 'levels', index, 'groupId'];
    if (level.kind !== 'team')
      return locate(at, `only a team belongs to a group, not ${article(level.kind)}`);
    if (level.groupId === level.teamId) return locate(at, 'a team cannot be its own group');
    const groupIsHere = data.teams.some((t) => t.id === level.groupId);
    if (groupIsHere && kindOf(level.groupId) !== 'group') {
      return locate(at, `team '${level.groupId}' is not a group`);
    }
  }

  const labels = new Map(data.cycles.map((c) => [c.id, c.label] as const));
  const objectives = new Map(data.objectives.map((o) => [o.id, o] as const));
  for (const [index, child] of data.objectives.entries()) {
    const parent = child.parentObjectiveId ? objectives.get(child.parentObjectiveId) : undefined;
    // A parent that is gone was soft-linked and is simply no longer shown.
    if (!parent) continue;
    const at = ['data', 'objectives', index, 'parentObjectiveId'];
    const [own, theirs] = [labels.get(child.cycleId), labels.get(parent.cycleId)];
    if (own !== theirs) {
      return locate(
        at,
        `parent objective '${parent.id}' is in quarter ${String(theirs)}, not ${String(own)}`,
      );
    }
    const [mine, above] = [kindOf(child.teamId), kindOf(parent.teamId)];
    if (!isAbove(above, mine)) {
      return locate(
        at,
        `parent objective '${parent.id}' belongs to ${article(above)} (team '${parent.teamId}'), which is not above this objective's ${mine}`,
      );
    }
  }
  return null;
}

function article(kind: LevelKind): string {
  return kind === 'organisation' ? 'the organisation' : `a ${kind}`;
}
