import { useMemo } from 'react';
import {
  allNodes,
  buildAlignmentTree,
  treeFigures,
  type AlignmentTree,
  type ObjectiveNode,
  type TreeFigures,
} from '@shared/domain/alignment';
import type { KeyResult, Objective } from '@shared/domain';
import type { QuarterAcross } from './useOrganisation';

export type Node = ObjectiveNode<Objective, KeyResult>;

/** The quarter's tree with every figure it shows, and lookups by id for its rows. */
export type Alignment = {
  tree: AlignmentTree<Objective, KeyResult>;
  figures: TreeFigures;
  nodes: Map<string, Node>;
  keyResults: Map<string, KeyResult>;
};

/** Builds the tree and its figures once per change of the quarter's rows. */
export function useAlignment(across: QuarterAcross | undefined): Alignment | undefined {
  return useMemo(() => {
    if (!across) return undefined;
    const { quarter, today } = across;
    const tree = buildAlignmentTree(quarter);
    const figures = treeFigures(tree, {
      cycles: quarter.cycles,
      checkIns: quarter.checkIns,
      today,
    });
    const nodes = new Map(allNodes(tree).map((n) => [n.objective.id, n] as const));
    const keyResults = new Map(quarter.keyResults.map((k) => [k.id, k] as const));
    return { tree, figures, nodes, keyResults };
  }, [across]);
}
