import {
  allNodes,
  descendantsOf,
  type AlignmentTree,
  type ObjectiveNode,
  type TreeKeyResult,
  type TreeObjective,
} from './tree';

/** The key of the branch that lists unaligned objectives apart. */
export const UNALIGNED_KEY = 'unaligned';

export const objectiveKey = (id: string): string => `o:${id}`;
export const keyResultKey = (id: string): string => `k:${id}`;

/** One visible line of the tree, with what a tree widget announces about it. */
export type TreeRow = {
  key: string;
  kind: 'objective' | 'keyResult' | 'unaligned';
  /** The objective shown (its own, for a key result); null for the unaligned branch. */
  objectiveId: string | null;
  keyResultId: string | null;
  /** 1 for the top. */
  level: number;
  /** 1-based position among its siblings, and how many siblings there are. */
  posinset: number;
  setsize: number;
  parentKey: string | null;
  isExpandable: boolean;
  isExpanded: boolean;
};

/** Which objectives to show: one owner's (with what they align to and what aligns to them), or by status. */
export type TreeFilter = {
  ownerId: string | null;
  status: 'all' | 'at-risk' | 'unaligned';
};

export const NO_FILTER: TreeFilter = { ownerId: null, status: 'all' };

/** How many lines the first view of a quarter may open: about two screens of the tree. */
export const FIRST_VIEW_LINES = 40;

/**
 * What is open when a quarter is first shown: the top level (and the unaligned branch), so the
 * objectives aligned to the top show and everything below the second level starts collapsed;
 * on a workspace so large that this would show more than {@link FIRST_VIEW_LINES} lines, only
 * as many top-level branches as fit are opened, in order, so the first view stays light.
 */
export function defaultExpanded(tree: AlignmentTree): Set<string> {
  const open = new Set<string>();
  let lines = tree.roots.length + (tree.unaligned.length > 0 ? 1 : 0);
  for (const root of tree.roots) {
    const size = root.keyResults.length + root.children.length;
    if (lines + size > FIRST_VIEW_LINES) break;
    open.add(objectiveKey(root.objective.id));
    lines += size;
  }
  if (tree.unaligned.length > 0 && lines + tree.unaligned.length <= FIRST_VIEW_LINES) {
    open.add(UNALIGNED_KEY);
  }
  return open;
}

type Node = ObjectiveNode<TreeObjective, TreeKeyResult>;

/** The objectives a filter keeps (null: all), and those opened to show them. */
function filtered(
  tree: AlignmentTree,
  filter: TreeFilter,
  isAtRisk: (objectiveId: string) => boolean,
): { keep: Set<string>; open: Set<string> } | null {
  if (filter.ownerId === null && filter.status === 'all') return null;
  const parents = new Map<string, Node | null>();
  const visit = (node: Node, parent: Node | null) => {
    parents.set(node.objective.id, parent);
    for (const child of node.children) visit(child, node);
  };
  for (const root of [...tree.roots, ...tree.unaligned]) visit(root, null);
  const unaligned = new Set(tree.unaligned.flatMap(descendantsOf).map((n) => n.objective.id));
  const matches = allNodes(tree).filter(
    (n) =>
      (filter.ownerId === null || n.owner.id === filter.ownerId) &&
      (filter.status !== 'at-risk' || isAtRisk(n.objective.id)) &&
      (filter.status !== 'unaligned' || tree.unaligned.includes(n)),
  );
  const keep = new Set<string>();
  const open = new Set<string>();
  for (const match of matches) {
    // An owner's (or an unaligned) objective brings what aligns to it; "at risk" shows only
    // what is at risk.
    const below = filter.status === 'at-risk' ? [match] : descendantsOf(match);
    for (const n of below) keep.add(n.objective.id);
    let up = parents.get(match.objective.id) ?? null;
    while (up) {
      keep.add(up.objective.id);
      open.add(objectiveKey(up.objective.id));
      up = parents.get(up.objective.id) ?? null;
    }
    if (unaligned.has(match.objective.id)) open.add(UNALIGNED_KEY);
  }
  return { keep, open };
}

/**
 * The tree's visible lines, in order: each objective, then (when it is open) its own key results
 * and the objectives aligned to it; the unaligned objectives last, under a branch of their own.
 * A filter hides what it does not keep and opens the way to what it does. Only open branches are
 * walked, so the work is proportional to what is shown.
 */
export function visibleRows(
  tree: AlignmentTree,
  expanded: ReadonlySet<string>,
  filter: TreeFilter = NO_FILTER,
  isAtRisk: (objectiveId: string) => boolean = () => false,
): TreeRow[] {
  const only = filtered(tree, filter, isAtRisk);
  const isOpen = (key: string) => expanded.has(key) || (only?.open.has(key) ?? false);
  const shown = (nodes: readonly Node[]) =>
    only ? nodes.filter((n) => only.keep.has(n.objective.id)) : nodes;
  const rows: TreeRow[] = [];

  const addObjectives = (
    nodes: readonly Node[],
    level: number,
    parentKey: string | null,
    offset: number,
    setsize: number,
  ) => {
    nodes.forEach((node, i) => {
      const key = objectiveKey(node.objective.id);
      const children = shown(node.children);
      const isExpandable = node.keyResults.length + children.length > 0;
      const isExpanded = isExpandable && isOpen(key);
      rows.push({
        key,
        kind: 'objective',
        objectiveId: node.objective.id,
        keyResultId: null,
        level,
        posinset: offset + i + 1,
        setsize,
        parentKey,
        isExpandable,
        isExpanded,
      });
      if (!isExpanded) return;
      const size = node.keyResults.length + children.length;
      node.keyResults.forEach((kr, k) =>
        rows.push({
          key: keyResultKey(kr.id),
          kind: 'keyResult',
          objectiveId: node.objective.id,
          keyResultId: kr.id,
          level: level + 1,
          posinset: k + 1,
          setsize: size,
          parentKey: key,
          isExpandable: false,
          isExpanded: false,
        }),
      );
      addObjectives(children, level + 1, key, node.keyResults.length, size);
    });
  };

  const roots = shown(tree.roots);
  const unaligned = shown(tree.unaligned);
  const topSize = roots.length + (unaligned.length > 0 ? 1 : 0);
  addObjectives(roots, 1, null, 0, topSize);
  if (unaligned.length > 0) {
    const isExpanded = isOpen(UNALIGNED_KEY);
    rows.push({
      key: UNALIGNED_KEY,
      kind: 'unaligned',
      objectiveId: null,
      keyResultId: null,
      level: 1,
      posinset: topSize,
      setsize: topSize,
      parentKey: null,
      isExpandable: true,
      isExpanded,
    });
    if (isExpanded) addObjectives(unaligned, 2, UNALIGNED_KEY, 0, unaligned.length);
  }
  return rows;
}
