import type { Level, Team } from '../entities';
import { LEVEL_KIND_LABELS, type LevelKind } from '../enums';
import { isAbove, LEVEL_RANK } from './rank';

export { isAbove, LEVEL_RANK } from './rank';

/** An owner of objectives (a row of `teams`) with where it sits. */
export type Owner = {
  id: string;
  name: string;
  kind: LevelKind;
  /** For a team, the group it belongs to; null when none, or when that group is gone. */
  groupId: string | null;
};

/** Owners highest level first, then by name. */
export function compareOwners(a: Owner, b: Owner): number {
  return LEVEL_RANK[a.kind] - LEVEL_RANK[b.kind] || a.name.localeCompare(b.name);
}

/**
 * Every owner of the workspace with its level: a team without a level row is a team; a level row
 * for a team that no longer exists is ignored, and a team's group counts only while that group
 * exists. Sorted highest level first, then by name.
 */
export function ownersOf(
  teams: readonly Pick<Team, 'id' | 'name'>[],
  levels: readonly Pick<Level, 'teamId' | 'kind' | 'groupId'>[],
): Owner[] {
  const byTeam = new Map<string, Pick<Level, 'kind' | 'groupId'>>();
  for (const level of levels) if (!byTeam.has(level.teamId)) byTeam.set(level.teamId, level);
  const kindOf = (id: string): LevelKind => byTeam.get(id)?.kind ?? 'team';
  const known = new Set(teams.map((t) => t.id));
  return teams
    .map((team): Owner => {
      const kind = kindOf(team.id);
      const groupId = byTeam.get(team.id)?.groupId ?? null;
      const hasGroup =
        kind === 'team' && groupId !== null && known.has(groupId) && kindOf(groupId) === 'group';
      return { id: team.id, name: team.name, kind, groupId: hasGroup ? groupId : null };
    })
    .sort(compareOwners);
}

/** How an owner is named where levels mix: `Organisation: Acme`, `Group: Platform`, `Team: Search`. */
export function ownerTitle(owner: Pick<Owner, 'kind' | 'name'>): string {
  return `${LEVEL_KIND_LABELS[owner.kind]}: ${owner.name}`;
}

/** What an objective is, for alignment: whose it is and which quarter it sits in. */
export type Placed = {
  id: string;
  title: string;
  ownerKind: LevelKind;
  ownerName: string;
  label: string;
};

/**
 * Why `child` cannot align to `parent`, in a sentence, or null when it can: the parent must be
 * another objective, in a quarter with the same label, owned at a strictly higher level.
 */
export function alignmentProblem(child: Placed, parent: Placed): string | null {
  if (child.id === parent.id) return 'An objective cannot align to itself.';
  if (child.label !== parent.label) {
    return `“${parent.title}” is in ${parent.label}, not ${child.label}: an objective aligns to a parent in its own quarter.`;
  }
  if (!isAbove(parent.ownerKind, child.ownerKind)) {
    const level = (kind: LevelKind) => LEVEL_KIND_LABELS[kind].toLowerCase();
    return `“${parent.title}” belongs to ${parent.ownerName} (${level(parent.ownerKind)} level), which is not above ${child.ownerName} (${level(child.ownerKind)} level): align to an objective of a higher level.`;
  }
  return null;
}
