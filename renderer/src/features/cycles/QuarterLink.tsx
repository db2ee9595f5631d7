import { openingPhase } from '@shared/domain/phaseMoves';
import type { QuarterRef } from '../../db/hooks';
import { useUiStore } from '../../state/uiStore';

/**
 * "Carried from 2027-Q1" as a link that opens that quarter where it is. A link, not a button,
 * so it still works inside a closed quarter's read-only fieldset.
 */
export function QuarterLink({ quarter, children }: { quarter: QuarterRef; children: string }) {
  const selectCycle = useUiStore((s) => s.selectCycle);
  return (
    <a
      href={`#quarter-${quarter.id}`}
      className="quarter-link"
      onClick={(event) => {
        event.preventDefault();
        selectCycle(quarter.id, openingPhase(quarter));
      }}
    >
      {children}
    </a>
  );
}
