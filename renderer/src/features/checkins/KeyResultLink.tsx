import type { KeyResult } from '@shared/domain';
import { useUiStore } from '../../state/uiStore';

/** A key result's title that opens its quarter: the chart, the history and corrections. */
export function KeyResultLink({ keyResult }: { keyResult: KeyResult }) {
  const showCheckIns = useUiStore((s) => s.showCheckIns);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => showCheckIns({ kind: 'keyResult', keyResultId: keyResult.id })}
    >
      {keyResult.title}
    </button>
  );
}
