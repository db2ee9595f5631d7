import type { ReactNode } from 'react';
import type { Cycle } from '@shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useUiStore } from '../../state/uiStore';

type NotStartedYetProps = {
  cycle: Cycle;
  /** The phase on screen, as people name it: "Scoring". */
  phase: string;
  /** What the phase will hold once the quarter gets there. */
  children: ReactNode;
};

/**
 * A later phase of a quarter still in Setting: what it will hold, and that the quarter must start
 * first, with the way to the step that starts it.
 */
export function NotStartedYet({ cycle, phase, children }: NotStartedYetProps) {
  const requestSetting = useUiStore((s) => s.requestSetting);
  return (
    <EmptyState
      title={`${phase} comes later in ${cycle.label}`}
      action={
        <button
          type="button"
          className="button button--primary"
          onClick={() => requestSetting({ step: 'review' })}
        >
          Go to the review and start the quarter
        </button>
      }
    >
      {children}
      <p>
        {cycle.label} is still in Setting: start the quarter first, from the last step of setting
        (Review), once its objectives and key results are agreed.
      </p>
    </EmptyState>
  );
}
