import type { ReactNode } from 'react';
import { RULE_LABEL } from '@shared/domain/coach/catalog';
import type { Finding, KeyResultPatch } from '@shared/domain/coach/types';
import { formatNumber } from '@shared/domain/format';
import { fixKeyOf } from './useAppliedFix';

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
              <span className="finding__rule">{RULE_LABEL[f.rule]}</span>
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
                  <>
                    <PatchPreview patch={rewrite} />
                    <button
                      type="button"
                      className="button button--small"
                      data-fix={fixKeyOf(f)}
                      onClick={() => onApply(rewrite, f)}
                    >
                      {f.rule === 'numbers-only-in-text'
                        ? 'Fill the fields from the title'
                        : 'Apply suggestion'}
                    </button>
                  </>
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

const number = (n: number | null) => (n === null ? 'empty' : formatNumber(n));

/** What a suggestion would change, field by field, shown before it is applied. */
function PatchPreview({ patch }: { patch: KeyResultPatch }) {
  const rows: [string, string][] = [];
  if (patch.title !== undefined) rows.push(['Title', `“${patch.title}”`]);
  if (patch.metric !== undefined) rows.push(['Metric', patch.metric]);
  if (patch.baseline !== undefined) rows.push(['Baseline', number(patch.baseline)]);
  if (patch.target !== undefined) rows.push(['Target', number(patch.target)]);
  if (patch.unit !== undefined) rows.push(['Unit', patch.unit || 'none']);
  if (patch.direction !== undefined) rows.push(['Direction', patch.direction]);
  if (rows.length === 0) return null;
  return (
    <dl className="finding__preview" aria-label="What applying it changes">
      {rows.map(([field, value]) => (
        <div key={field} className="finding__preview-row">
          <dt>{field}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
