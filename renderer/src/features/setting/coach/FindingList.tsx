import type { ReactNode } from 'react';
import type { Finding, KeyResultPatch } from '@shared/domain/coach/types';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Must fix',
  warning: 'Worth a look',
  info: 'Note',
};

type FindingListProps = {
  findings: Finding[];
  /** Applies a finding's rewrite to the form; the person can edit it afterwards. */
  onApply?: (patch: KeyResultPatch, finding: Finding) => void;
  /** Extra controls per finding (acknowledge in the review step). */
  renderActions?: (finding: Finding) => ReactNode;
  /** Shows which objective and key result each finding is about. */
  showTarget?: boolean;
};

/** The coach's findings: what is wrong, why it matters, and a better form. */
export function FindingList({ findings, onApply, renderActions, showTarget }: FindingListProps) {
  return (
    <ul className="findings">
      {findings.map((f) => {
        const rewrite = f.rewrite;
        return (
          <li
            key={`${f.rule}:${f.objective.id}:${f.keyResult?.id ?? ''}`}
            className={`finding finding--${f.severity}`}
          >
            <div className="finding__head">
              <span className={`severity severity--${f.severity}`}>
                {SEVERITY_LABEL[f.severity]}
              </span>
              <code className="finding__rule">{f.rule}</code>
              {showTarget && (
                <span className="finding__target">
                  {f.keyResult ? f.keyResult.title : f.objective.title}
                </span>
              )}
            </div>
            <p className="finding__message">{f.message}</p>
            <p className="finding__why">{f.why}</p>
            {f.suggestion && (
              <p className="finding__suggestion">
                <strong>Better: </strong>
                {f.suggestion}
              </p>
            )}
            {(onApply && rewrite) || renderActions ? (
              <div className="finding__actions">
                {onApply && rewrite && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onApply(rewrite, f)}
                  >
                    Apply suggestion
                  </button>
                )}
                {renderActions?.(f)}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
