import {
  measuresText,
  NODE_STATUS_LABELS,
  rollUpText,
  type NodeStatus,
  type TreeRow,
} from '@shared/domain/alignment';
import { ownerTitle } from '@shared/domain/alignment/levels';
import type { Alignment } from './useAlignment';

type TreeRowViewProps = {
  row: TreeRow;
  alignment: Alignment;
  /** The one row in the tab order (roving tabindex). */
  isFocusable: boolean;
  onToggle: () => void;
  onFocus: () => void;
  onActivate: () => void;
};

function StatusPill({ status }: { status: NodeStatus }) {
  return <span className={`org-status org-status--${status}`}>{NODE_STATUS_LABELS[status]}</span>;
}

/** One line of the alignment tree: an objective, a key result, or the unaligned branch. */
export function TreeRowView({
  row,
  alignment,
  isFocusable,
  onToggle,
  onFocus,
  onActivate,
}: TreeRowViewProps) {
  const { figures, nodes, keyResults } = alignment;
  const node = row.objectiveId ? nodes.get(row.objectiveId) : undefined;
  const common = {
    role: 'treeitem',
    'data-key': row.key,
    'aria-level': row.level,
    'aria-setsize': row.setsize,
    'aria-posinset': row.posinset,
    'aria-expanded': row.isExpandable ? row.isExpanded : undefined,
    tabIndex: isFocusable ? 0 : -1,
    onFocus,
    style: { paddingLeft: `${(row.level - 1) * 24 + 8}px` },
  } as const;
  const toggle = row.isExpandable ? (
    <button
      type="button"
      tabIndex={-1}
      aria-hidden="true"
      className="org-tree__toggle"
      onClick={(e) => {
        e.stopPropagation();
        onToggle();
      }}
    >
      {row.isExpanded ? '▾' : '▸'}
    </button>
  ) : (
    <span className="org-tree__toggle" aria-hidden="true" />
  );

  if (row.kind === 'unaligned') {
    const count = alignment.tree.unaligned.length;
    return (
      <li {...common} className="org-tree__row org-tree__row--unaligned" onClick={onToggle}>
        {toggle}
        <span className="org-tree__title">Not aligned to a higher-level objective ({count})</span>
      </li>
    );
  }

  if (row.kind === 'keyResult' && row.keyResultId) {
    const kr = keyResults.get(row.keyResultId);
    const view = figures.keyResults.get(row.keyResultId);
    if (!kr || !view) return null;
    return (
      <li
        {...common}
        className="org-tree__row org-tree__row--kr"
        aria-label={`Key result: ${kr.title}`}
        onDoubleClick={onActivate}
      >
        {toggle}
        <span className="org-tree__kr-mark" aria-hidden="true">
          KR
        </span>
        <span className="org-tree__title">{kr.title}</span>
        <span className="org-tree__figures">{measuresText(view, figures.mode)}</span>
        <StatusPill status={view.status} />
      </li>
    );
  }

  if (!node) return null;
  const view = figures.objectives.get(node.objective.id);
  return (
    <li
      {...common}
      className="org-tree__row org-tree__row--objective"
      aria-label={`${node.objective.title}, ${ownerTitle(node.owner)}`}
      onClick={row.isExpandable ? onToggle : undefined}
    >
      {toggle}
      <span className="org-tree__main">
        <span className="org-tree__title">{node.objective.title}</span>
        <span className={`org-owner org-owner--${node.owner.kind}`}>{ownerTitle(node.owner)}</span>
      </span>
      {view && (
        <span className="org-tree__figures">
          {node.keyResults.length > 0 ? measuresText(view.own, figures.mode) : 'No key results'}
          {view.rollUp && (
            <span className="org-rollup">{rollUpText(view.rollUp, figures.mode)}</span>
          )}
        </span>
      )}
      {view && <StatusPill status={view.status} />}
    </li>
  );
}
