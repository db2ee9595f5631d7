import type { Cycle, KeyResult, Objective } from '../entities';
import type { LevelKind } from '../enums';
import { compareOwners, isAbove, LEVEL_RANK, type Owner } from './levels';

/** What the tree reads from a quarter's rows. */
export type TreeObjective = Pick<
  Objective,
  'id' | 'cycleId' | 'teamId' | 'title' | 'parentObjectiveId' | 'order' | 'kind'
>;
export type TreeKeyResult = Pick<KeyResult, 'id' | 'objectiveId' | 'order'>;

/** One quarter label across the workspace: every owner's quarter with that label and its plan. */
export type AlignmentInput<O extends TreeObjective, K extends TreeKeyResult> = {
  owners: readonly Owner[];
  cycles: readonly Pick<Cycle, 'id' | 'teamId' | 'label'>[];
  objectives: readonly O[];
  keyResults: readonly K[];
};

/** An objective in the tree: its owner, its own key results and the objectives aligned to it. */
export type ObjectiveNode<
  O extends TreeObjective = TreeObjective,
  K extends TreeKeyResult = TreeKeyResult,
> = {
  objective: O;
  owner: Owner;
  keyResults: K[];
  children: ObjectiveNode<O, K>[];
};

export type AlignmentTree<
  O extends TreeObjective = TreeObjective,
  K extends TreeKeyResult = TreeKeyResult,
> = {
  /** Objectives at the highest level that has any this quarter, with everything aligned below. */
  roots: ObjectiveNode<O, K>[];
  /**
   * Objectives below that level aligned to nothing (no parent, or one that is gone, in another
   * quarter or not higher up), each with what is aligned to it: listed apart.
   */
  unaligned: ObjectiveNode<O, K>[];
  /** The highest level with objectives this quarter; null when there are none. */
  topKind: LevelKind | null;
};

const UNKNOWN_OWNER = (id: string): Owner => ({
  id,
  name: 'Unknown team',
  kind: 'team',
  groupId: null,
});

/**
 * Builds the alignment tree of one quarter: each objective sits under the parent it aligns to
 * when that parent is in a quarter with the same label and owned at a strictly higher level;
 * otherwise it is a root (at the top level) or unaligned (below it). Every objective appears
 * exactly once and every key result once, under its own objective; a parent chain can never
 * loop, because each step goes strictly up a level. Siblings are ordered by level, owner name
 * and the owner's own order.
 */
export function buildAlignmentTree<O extends TreeObjective, K extends TreeKeyResult>(
  input: AlignmentInput<O, K>,
): AlignmentTree<O, K> {
  const owners = new Map(input.owners.map((o) => [o.id, o] as const));
  const labels = new Map(input.cycles.map((c) => [c.id, c.label] as const));
  const ownerOf = (o: O) => owners.get(o.teamId) ?? UNKNOWN_OWNER(o.teamId);
  const krsOf = new Map<string, K[]>();
  for (const kr of input.keyResults) {
    const list = krsOf.get(kr.objectiveId);
    if (list) list.push(kr);
    else krsOf.set(kr.objectiveId, [kr]);
  }
  const nodes = new Map<string, ObjectiveNode<O, K>>();
  for (const objective of input.objectives) {
    if (nodes.has(objective.id)) continue;
    const keyResults = (krsOf.get(objective.id) ?? []).sort((a, b) => a.order - b.order);
    nodes.set(objective.id, { objective, owner: ownerOf(objective), keyResults, children: [] });
  }

  const parentOf = (node: ObjectiveNode<O, K>): ObjectiveNode<O, K> | null => {
    const id = node.objective.parentObjectiveId;
    const parent = id ? nodes.get(id) : undefined;
    if (!parent || parent === node) return null;
    const sameQuarter =
      labels.get(parent.objective.cycleId) !== undefined &&
      labels.get(parent.objective.cycleId) === labels.get(node.objective.cycleId);
    return sameQuarter && isAbove(parent.owner.kind, node.owner.kind) ? parent : null;
  };

  const topRank = Math.min(...[...nodes.values()].map((n) => LEVEL_RANK[n.owner.kind]));
  const roots: ObjectiveNode<O, K>[] = [];
  const unaligned: ObjectiveNode<O, K>[] = [];
  for (const node of nodes.values()) {
    const parent = parentOf(node);
    if (parent) parent.children.push(node);
    else if (LEVEL_RANK[node.owner.kind] === topRank) roots.push(node);
    else unaligned.push(node);
  }
  const bySibling = (a: ObjectiveNode<O, K>, b: ObjectiveNode<O, K>) =>
    compareOwners(a.owner, b.owner) ||
    a.owner.id.localeCompare(b.owner.id) ||
    a.objective.order - b.objective.order;
  for (const node of nodes.values()) node.children.sort(bySibling);
  roots.sort(bySibling);
  unaligned.sort(bySibling);
  const top = roots[0]?.owner.kind ?? null;
  return { roots, unaligned, topKind: top };
}

/** Every objective node of a subtree, the node itself first, depth first. */
export function descendantsOf<O extends TreeObjective, K extends TreeKeyResult>(
  node: ObjectiveNode<O, K>,
): ObjectiveNode<O, K>[] {
  const out: ObjectiveNode<O, K>[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i]!);
  }
  return out;
}

/** Every objective node of the tree, roots and unaligned alike. */
export function allNodes<O extends TreeObjective, K extends TreeKeyResult>(
  tree: AlignmentTree<O, K>,
): ObjectiveNode<O, K>[] {
  return [...tree.roots, ...tree.unaligned].flatMap(descendantsOf);
}
