import type { KeyResult } from '@shared/domain';
import { RULE_LABEL } from '@shared/domain/coach/catalog';
import type { Finding } from '@shared/domain/coach/types';
import { fixKeyOf, useAppliedFix } from './useAppliedFix';

type InlineFindingsProps = {
  findings: Finding[];
  about: string;
  /** The saved key result the findings are about: numbers only in its title can be filled here. */
  keyResult?: KeyResult;
};

/** The coach's findings on one objective or key result, one line each, under it in a list. */
export function InlineFindings({ findings, about, keyResult }: InlineFindingsProps) {
  const fix = useAppliedFix();
  // The note outlives the finding it fixed, which leaves the list.
  const note = keyResult ? fix.note([keyResult]) : null;
  if (findings.length === 0) return note;
  return (
    <>
      {note}
      <ul className="kr__findings" aria-label={`Coach findings for ${about}`}>
        {findings.map((f) => {
          // Numbers typed only in the title are the one finding with a sure fix: say what it sets.
          const fill = keyResult && f.rule === 'numbers-only-in-text' ? f.rewrite : undefined;
          return (
            <li key={f.rule} className={`kr__finding kr__finding--${f.severity}`}>
              <span className="kr__finding-rule">{RULE_LABEL[f.rule]}:</span> {f.message}
              {fill && (
                <span className="kr__fill">
                  {' '}
                  {f.suggestion}{' '}
                  <button
                    type="button"
                    className="button button--small"
                    disabled={fix.isPending}
                    data-fix={fixKeyOf(f)}
                    aria-label={`Fill the fields from the title: ${about}`}
                    onClick={() => fix.apply(f, fill)}
                  >
                    Fill the fields
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
