import { useId, useMemo, useState } from 'react';
import {
  screenPhaseOf,
  searchFor,
  SEARCH_KIND_LABELS,
  type SearchTarget,
} from '@shared/domain/alignment/search';
import { Dialog } from '../../components/Dialog';
import { useSearchTargets } from '../../db/hooks';
import { useUiStore } from '../../state/uiStore';

/** Opens what a palette entry names: a team, one of its quarters, an objective or a key result. */
function useJump(): (target: SearchTarget) => void {
  const selectTeam = useUiStore((s) => s.selectTeam);
  const openQuarter = useUiStore((s) => s.openQuarter);
  return (target) => {
    if (target.kind === 'team') selectTeam(target.teamId);
    else if (target.kind === 'keyResult') {
      openQuarter(target.teamId, target.cycleId, 'checkins', {
        kind: 'keyResult',
        keyResultId: target.id,
      });
    } else openQuarter(target.teamId, target.cycleId, screenPhaseOf(target.phase));
  };
}

/** The palette's dialog: loaded the first time it is opened. */
export function Palette({ onClose }: { onClose: () => void }) {
  const targets = useSearchTargets(true);
  const jump = useJump();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => searchFor(targets ?? [], query), [targets, query]);
  const chosen = results[Math.min(active, results.length - 1)] ?? null;
  const optionId = (i: number) => `${listId}-${i}`;
  const go = (target: SearchTarget) => {
    jump(target);
    onClose();
  };

  return (
    <Dialog
      title="Go to"
      description="Teams, quarters, objectives and key results by name."
      onClose={onClose}
    >
      <div className="palette">
        <input
          type="text"
          role="combobox"
          aria-label="Search"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={chosen ? optionId(results.indexOf(chosen)) : undefined}
          aria-autocomplete="list"
          autoFocus
          value={query}
          placeholder="Type a name…"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter' && chosen) go(chosen);
            else return;
            e.preventDefault();
          }}
        />
        <ul id={listId} role="listbox" aria-label="Results" className="palette__results">
          {targets === undefined ? (
            <li className="muted">Loading…</li>
          ) : results.length === 0 ? (
            <li className="muted">Nothing matches “{query}”.</li>
          ) : (
            results.map((target, i) => (
              <li
                key={`${target.kind}:${target.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={target === chosen}
                className="palette__option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(target)}
              >
                <span className="palette__kind">{SEARCH_KIND_LABELS[target.kind]}</span>
                <span className="palette__title">{target.title}</span>
                <span className="palette__detail">{target.detail}</span>
              </li>
            ))
          )}
        </ul>
      </div>
    </Dialog>
  );
}
