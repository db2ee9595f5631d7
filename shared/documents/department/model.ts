import {
  buildAlignmentTree,
  measuresText,
  NODE_STATUS_LABELS,
  rollUpText,
  treeFigures,
  type NodeStatus,
  type ObjectiveNode,
  type TreeMode,
} from '../../domain/alignment';
import { dependencyMap } from '../../domain/alignment/dependencyMap';
import { ownerTitle, type Owner } from '../../domain/alignment/levels';
import type { CheckIn, Cycle, Dependency, KeyResult, Objective } from '../../domain/entities';
import { formatDate } from '../../domain/format';
import { buildReviewDocument, reviewFileName, type QuarterData } from '../model';
import type { BandCount } from '../types';

/** One line of the tree in the department review: an objective or a key result, at a depth. */
export type DepartmentTreeLine = {
  kind: 'objective' | 'keyResult';
  /** 0 for the top level. */
  depth: number;
  title: string;
  /** `Team: Payments`; empty for a key result (it is its objective's). */
  owner: string;
  figures: string;
  /** The roll-up of what aligns below, in words; empty when nothing does. */
  rollUp: string;
  status: NodeStatus;
  statusLabel: string;
};

/** A team's line: its own review's summary and where that review is. */
export type DepartmentTeam = {
  owner: Owner;
  ownerLabel: string;
  overallScoreText: string;
  /** The team's headline from its retro, or empty. */
  headline: string;
  distribution: BandCount[];
  /** The file names its own review gets, by extension: for links and references. */
  reviewFiles: { md: string; html: string; docx: string; pdf: string };
};

export type DepartmentFailedDependency = {
  from: string;
  to: string;
  need: string;
  byDate: string;
  label: string;
};

/** The organisation-level review of one quarter label, across every owner. */
export type DepartmentReview = {
  quarter: string;
  generatedAt: string;
  mode: TreeMode;
  tree: DepartmentTreeLine[];
  unaligned: DepartmentTreeLine[];
  teams: DepartmentTeam[];
  failedDependencies: DepartmentFailedDependency[];
};

/** What the department review reads: the quarter across the workspace and each team's review data. */
export type DepartmentInput = {
  label: string;
  owners: readonly Owner[];
  cycles: readonly Cycle[];
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  checkIns: readonly CheckIn[];
  dependencies: readonly Dependency[];
  reviews: readonly QuarterData[];
  /** `YYYY-MM-DD`. */
  today: string;
  generatedAt: string;
};

/**
 * The department review: the alignment tree with the same figures and roll-ups as the app's
 * tree, a line per team from its own review (overall score, headline, band distribution, where
 * its review is), and the dependencies that failed.
 */
export function buildDepartmentReview(input: DepartmentInput): DepartmentReview {
  const tree = buildAlignmentTree(input);
  const figures = treeFigures(tree, {
    cycles: input.cycles,
    checkIns: input.checkIns,
    today: input.today,
  });
  const lines = (roots: readonly ObjectiveNode<Objective, KeyResult>[]): DepartmentTreeLine[] => {
    const out: DepartmentTreeLine[] = [];
    const walk = (node: ObjectiveNode<Objective, KeyResult>, depth: number) => {
      const view = figures.objectives.get(node.objective.id);
      const status = view?.status ?? 'no-data';
      out.push({
        kind: 'objective',
        depth,
        title: node.objective.title,
        owner: ownerTitle(node.owner),
        figures:
          view && node.keyResults.length > 0
            ? measuresText(view.own, figures.mode)
            : 'No key results',
        rollUp: view?.rollUp ? rollUpText(view.rollUp, figures.mode) : '',
        status,
        statusLabel: NODE_STATUS_LABELS[status],
      });
      for (const kr of node.keyResults) {
        const krView = figures.keyResults.get(kr.id);
        const krStatus = krView?.status ?? 'no-data';
        out.push({
          kind: 'keyResult',
          depth: depth + 1,
          title: kr.title,
          owner: '',
          figures: krView ? measuresText(krView, figures.mode) : '',
          rollUp: '',
          status: krStatus,
          statusLabel: NODE_STATUS_LABELS[krStatus],
        });
      }
      for (const child of node.children) walk(child, depth + 1);
    };
    for (const root of roots) walk(root, 0);
    return out;
  };

  const ownerOf = new Map(input.owners.map((o) => [o.id, o] as const));
  const teams = input.reviews.flatMap((data): DepartmentTeam[] => {
    const owner = ownerOf.get(data.team.id);
    if (!owner) return [];
    const doc = buildReviewDocument(data);
    return [
      {
        owner,
        ownerLabel: ownerTitle(owner),
        overallScoreText: doc.executive.overallScoreText,
        headline: doc.executive.headline,
        distribution: doc.executive.distribution,
        reviewFiles: {
          md: reviewFileName(doc, 'md'),
          html: reviewFileName(doc, 'html'),
          docx: reviewFileName(doc, 'docx'),
          pdf: reviewFileName(doc, 'pdf'),
        },
      },
    ];
  });
  const order = new Map(input.owners.map((o, i) => [o.id, i] as const));
  teams.sort((a, b) => (order.get(a.owner.id) ?? 0) - (order.get(b.owner.id) ?? 0));

  const failedDependencies = dependencyMap({ ...input, today: input.today })
    .filter((row) => row.outcome === 'failed')
    .map((row) => ({
      from: row.from.name,
      to: row.to.name,
      need: row.need,
      byDate: row.byDate ? formatDate(row.byDate) : 'the end of the quarter',
      label: row.riskLabel,
    }));

  return {
    quarter: input.label,
    generatedAt: input.generatedAt,
    mode: figures.mode,
    tree: lines(tree.roots),
    unaligned: lines(tree.unaligned),
    teams,
    failedDependencies,
  };
}

/** `Department-2027-Q1-review.md`: the department review's file name. */
export function departmentFileName(review: Pick<DepartmentReview, 'quarter'>, ext: string): string {
  const quarter =
    review.quarter.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '') || 'quarter';
  return `Department-${quarter}-review.${ext.replace(/[^A-Za-z0-9]/g, '') || 'txt'}`;
}
