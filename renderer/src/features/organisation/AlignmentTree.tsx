import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultExpanded, NO_FILTER, visibleRows, type TreeFilter } from '@shared/domain/alignment';
import { ownerTitle } from '@shared/domain/alignment/levels';
import { screenPhaseOf } from '@shared/domain/alignment/search';
import { EmptyState } from '../../components/EmptyState';
import { useUiStore } from '../../state/uiStore';
import { TreeRowView } from './TreeRowView';
import { useAlignment } from './useAlignment';
import { useQuarterAcross } from './useOrganisation';
import { nextFocus } from './treeKeys';

const STATUS_FILTERS: readonly { id: TreeFilter['status']; label: string }[] = [
  { id: 'all', label: 'All objectives' },
  { id: 'at-risk', label: 'At risk' },
  { id: 'unaligned', label: 'Unaligned' },
];

/**
 * The quarter's alignment tree: the top level's objectives, what aligns to each, down to the
 * teams' key results, with figures, roll-ups and a status colour on every line. Only open
 * branches are rendered (give it `key={label}` so each quarter starts collapsed); arrows move, Right and Left open and close, Enter opens a key result.
 */
export function AlignmentTree({ label }: { label: string }) {
  const across = useQuarterAcross(label);
  const alignment = useAlignment(across);
  const openQuarter = useUiStore((s) => s.openQuarter);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [filter, setFilter] = useState<TreeFilter>(NO_FILTER);
  const [focused, setFocused] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const isKeyboard = useRef(false);

  const open = useMemo(
    () => expanded ?? (alignment ? defaultExpanded(alignment.tree) : new Set<string>()),
    [expanded, alignment],
  );
  const rows = useMemo(
    () =>
      alignment
        ? visibleRows(
            alignment.tree,
            open,
            filter,
            (id) => (alignment.figures.objectives.get(id)?.atRiskCount ?? 0) > 0,
          )
        : [],
    [alignment, open, filter],
  );
  const current = rows.find((r) => r.key === focused) ?? rows[0] ?? null;

  useEffect(() => {
    if (!isKeyboard.current || !current) return;
    treeRef.current?.querySelector<HTMLElement>(`[data-key="${current.key}"]`)?.focus();
  }, [current]);

  if (!across || !alignment) return <p className="loading">Loading the alignment tree…</p>;
  const owners = across.quarter.owners.filter((o) =>
    across.quarter.cycles.some((c) => c.teamId === o.id),
  );
  if (alignment.nodes.size === 0) {
    return (
      <EmptyState title={`No objectives in ${label} yet`}>
        <p>
          Objectives of every team&apos;s {label} quarter show here, each under the higher-level
          objective it aligns to, with its key results, roll-ups and status.
        </p>
      </EmptyState>
    );
  }

  const toggle = (key: string, to?: boolean) =>
    setExpanded(() => {
      const next = new Set(open);
      const shouldOpen = to ?? !next.has(key);
      if (shouldOpen) next.add(key);
      else next.delete(key);
      return next;
    });
  const activate = (key: string) => {
    const row = rows.find((r) => r.key === key);
    const node = row?.objectiveId ? alignment.nodes.get(row.objectiveId) : undefined;
    const cycle = across.quarter.cycles.find((c) => c.id === node?.objective.cycleId);
    if (!row || !node || !cycle) return;
    if (row.kind === 'keyResult' && row.keyResultId) {
      openQuarter(cycle.teamId, cycle.id, 'checkins', {
        kind: 'keyResult',
        keyResultId: row.keyResultId,
      });
    } else if (row.isExpandable) toggle(row.key);
    else openQuarter(cycle.teamId, cycle.id, screenPhaseOf(cycle.phase));
  };

  return (
    <section className="org-screen" aria-labelledby="tree-heading">
      <div className="org-toolbar">
        <h2 id="tree-heading" className="org-screen__summary">
          {alignment.figures.mode === 'scores' ? 'Scores' : 'Progress and confidence'} ·{' '}
          {alignment.nodes.size} objectives
          {alignment.tree.unaligned.length > 0 && `, ${alignment.tree.unaligned.length} unaligned`}
        </h2>
        <label>
          Team
          <select
            value={filter.ownerId ?? ''}
            onChange={(e) => setFilter({ ...filter, ownerId: e.target.value || null })}
          >
            <option value="">Every team</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {ownerTitle(o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select
            value={filter.status}
            onChange={(e) =>
              setFilter({
                ...filter,
                status: STATUS_FILTERS.find((s) => s.id === e.target.value)?.id ?? 'all',
              })
            }
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted">Nothing matches this filter in {label}.</p>
      ) : (
        <ul
          ref={treeRef}
          role="tree"
          aria-label={`Alignment tree of ${label}`}
          className="org-tree"
          onKeyDown={(event) => {
            if (!current) return;
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              activate(current.key);
              return;
            }
            const move = nextFocus(rows, current, event.key);
            if (!move) return;
            event.preventDefault();
            isKeyboard.current = true;
            if (move.toggle !== undefined) toggle(current.key, move.toggle);
            if (move.focus) setFocused(move.focus);
          }}
        >
          {rows.map((row) => (
            <TreeRowView
              key={row.key}
              row={row}
              alignment={alignment}
              isFocusable={row.key === current?.key}
              onToggle={() => toggle(row.key)}
              onFocus={() => setFocused(row.key)}
              onActivate={() => activate(row.key)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
