import type { ReactNode } from 'react';
import type { Cycle } from '@shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useKeyResults, useObjectives } from '../../db/hooks';
import { useUiStore } from '../../state/uiStore';

type NotStartedYetProps = {
  cycle: Cycle;
  /** The phase on screen, as people name it: "Scoring". */
  phase: string;
  /** What the phase will hold once the quarter gets there. */
  children: ReactNode;
};

/**
 * A later phase of a quarter still in Setting: what it will hold, that the quarter must start
 * first, and the way to what comes next: the objectives or key results of a plan not written
 * yet (a review of nothing cannot start anything), else the step that starts it.
 */
export function NotStartedYet({ cycle, phase, children }: NotStartedYetProps) {
  const requestSetting = useUiStore((s) => s.requestSetting);
  const objectives = useObjectives(cycle.id);
  const keyResults = useKeyResults(cycle.id);
  const next =
    objectives?.length === 0
      ? {
          step: 'objectives' as const,
          label: 'Go to objectives',
          text: `${cycle.label} is still in Setting and has no objectives yet: write its objectives and their key results, then start the quarter from the review.`,
        }
      : keyResults?.length === 0
        ? {
            step: 'key-results' as const,
            label: 'Go to key results',
            text: `${cycle.label} is still in Setting and its objectives have no key results yet: add them, then start the quarter from the review.`,
          }
        : {
            step: 'review' as const,
            label: 'Go to the review and start the quarter',
            text: `${cycle.label} is still in Setting: start the quarter first, from the last step of setting (Review), once its objectives and key results are agreed.`,
          };
  return (
    <EmptyState
      title={`${phase} comes later in ${cycle.label}`}
      action={
        <button
          type="button"
          className="button button--primary"
          onClick={() => requestSetting({ step: next.step })}
        >
          {next.label}
        </button>
      }
    >
      {children}
      <p>{next.text}</p>
    </EmptyState>
  );
}
