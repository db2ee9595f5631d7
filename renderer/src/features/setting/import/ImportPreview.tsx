import { useId } from 'react';
import type { Objective } from '@shared/domain';
import type { PlanCsvIssue } from '@shared/domain/planCsv';
import { formatCount, formatValue } from '@shared/domain/format';
import type { ImportItem } from '@shared/domain/planImport';
import { FindingList } from '../coach/FindingList';
import type { PlanPreview } from '@shared/domain/planPreview';
import {
  titleFillOf,
  titleFillsOf,
  type TitleFill,
  type TitleFills,
} from '@shared/domain/planTitleFill';
import { rowErrorSummary } from './planPreview';

type OkPreview = Extract<PlanPreview, { ok: true }>;

/**
 * How many objectives, issues and findings the preview lists: a file of thousands of rows shows
 * its first ones and how many more there are, so drawing the preview never freezes the window.
 */
const SHOWN = 200;

/** "…and 3 more notes": `what` is the singular noun, made plural by `formatCount`. */
function More({ total, what }: { total: number; what: string }) {
  return total > SHOWN ? (
    <p className="muted">
      …and {formatCount(total - SHOWN, `more ${what}`)} (the first {SHOWN} are shown).
    </p>
  ) : null;
}

type ImportPreviewProps = {
  preview: OkPreview;
  quarterLabel: string;
  parents: readonly Pick<Objective, 'id' | 'title'>[];
  /** Key results filled from their titles before importing, by row. */
  filledRows: TitleFills;
  /** Fills key results from their titles (the coach's "numbers only in the title" fix). */
  onFill: (fills: readonly TitleFill[]) => void;
  /** Takes one key result's fill back. */
  onUnfill: (row: number) => void;
};

/** What a plan file would import: its errors, what is worth knowing, the plan and the coach's view. */
export function ImportPreview({
  preview,
  quarterLabel,
  parents,
  filledRows,
  onFill,
  onUnfill,
}: ImportPreviewProps) {
  const { prepared, errors, warnings, findings } = preview;
  const fillable = titleFillsOf(findings);
  const planId = useId();
  const coachId = useId();
  const mustFix = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="import-preview">
      <p className="import-preview__summary">
        <strong>
          {formatCount(prepared.items.length, 'objective')},{' '}
          {formatCount(prepared.keyResultCount, 'key result')}
        </strong>{' '}
        to import into {quarterLabel}.
      </p>

      {errors.length > 0 && (
        <section className="import-preview__errors">
          <p className="import-preview__alert" role="alert">
            {rowErrorSummary(errors)}
          </p>
          <IssueTable issues={errors.slice(0, SHOWN)} caption="Rows with errors" />
          <More total={errors.length} what="error" />
        </section>
      )}

      {warnings.length > 0 && (
        <section className="import-preview__warnings" aria-label="Worth knowing">
          <h3 className="import-preview__heading">Worth knowing</h3>
          <ul className="import-issues">
            {warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>
                <span className="import-issues__where">
                  {w.row === 1 ? 'Header' : `Row ${w.row}`}
                  {w.column ? ` · ${w.column}` : ''}
                </span>{' '}
                {w.message}
              </li>
            ))}
          </ul>
          <More total={warnings.length} what="note" />
        </section>
      )}

      <div className="import-preview__columns">
        <section aria-labelledby={planId}>
          <h3 id={planId} className="import-preview__heading">
            The plan
          </h3>
          {prepared.items.length === 0 ? (
            <p className="muted">The file has no objectives.</p>
          ) : (
            <ol className="import-plan">
              {prepared.items.slice(0, SHOWN).map((item, i) => (
                <PlanItem
                  key={item.row}
                  item={item}
                  keyResultRows={preview.plan.objectives[i]?.keyResults.map((k) => k.row) ?? []}
                  parents={parents}
                  filledRows={filledRows}
                  onUnfill={onUnfill}
                />
              ))}
            </ol>
          )}
          <More total={prepared.items.length} what="objective" />
        </section>
        <section aria-labelledby={coachId} className="import-preview__coach">
          <h3 id={coachId} className="import-preview__heading">
            Coach{' '}
            <span className="muted">
              {findings.length === 0
                ? '· nothing to point out'
                : `· ${formatCount(findings.length, 'finding')}${mustFix > 0 ? `, ${formatCount(mustFix, 'must fix', 'must fix')}` : ''}`}
            </span>
          </h3>
          {fillable.length > 1 && (
            <p className="import-preview__fill-all">
              <button
                type="button"
                className="button button--small"
                onClick={() => onFill(fillable)}
              >
                Fill all {formatCount(fillable.length, 'key result')} from their titles
              </button>
            </p>
          )}
          {findings.length > 0 && (
            <FindingList
              findings={findings.slice(0, SHOWN)}
              showTarget
              renderActions={(f) => {
                const fill = titleFillOf(f);
                return fill ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onFill([fill])}
                    aria-label={`Fill from the title: ${fill.title}`}
                  >
                    Fill from the title
                  </button>
                ) : null;
              }}
            />
          )}
          <More total={findings.length} what="finding" />
        </section>
      </div>
    </div>
  );
}

function IssueTable({ issues, caption }: { issues: PlanCsvIssue[]; caption: string }) {
  return (
    <table className="table import-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((e, i) => (
          <tr key={i}>
            <td className="import-table__number">{e.row}</td>
            <td>{e.column ? <code>{e.column}</code> : '—'}</td>
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type PlanItemProps = Pick<ImportPreviewProps, 'parents' | 'filledRows' | 'onUnfill'> & {
  item: ImportItem;
  /** The file row of each of the item's key results, in order. */
  keyResultRows: readonly number[];
};

function PlanItem({ item, keyResultRows, parents, filledRows, onUnfill }: PlanItemProps) {
  const o = item.objective;
  const parent = parents.find((p) => p.id === o.parentObjectiveId);
  const range = (baseline: number | null, target: number | null, unit: string) => (
    <>
      {baseline == null ? <em>no baseline</em> : formatValue(baseline, unit)}
      {' → '}
      {target == null ? <em>no target</em> : formatValue(target, unit)}
    </>
  );
  return (
    <li className="import-plan__objective">
      <p className="import-plan__title">
        <strong>{o.title}</strong>{' '}
        <span className={`badge badge--${o.kind}`}>
          {o.kind === 'committed' ? 'Committed' : 'Aspirational'}
        </span>
      </p>
      {parent && <p className="import-plan__parent muted">Aligned to “{parent.title}”</p>}
      {item.keyResults.length === 0 ? (
        <p className="muted">No key results</p>
      ) : (
        <table className="table import-table import-table--krs">
          <caption className="visually-hidden">Key results of {o.title}</caption>
          <thead>
            <tr>
              <th scope="col">Key result</th>
              <th scope="col">Baseline → target</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {item.keyResults.map((k, i) => {
              const row = keyResultRows[i];
              const isFilled = row !== undefined && filledRows[row] !== undefined;
              return (
                <tr key={i}>
                  <td>
                    {k.title}
                    {k.owner && <span className="import-table__sub">Owner: {k.owner}</span>}
                  </td>
                  <td className="kr__range">
                    {range(k.baseline, k.target, k.unit)}
                    {isFilled && (
                      <span className="import-table__sub import-table__filled">
                        Filled from the title{' '}
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          onClick={() => onUnfill(row)}
                          aria-label={`Undo the fill: ${k.title}`}
                        >
                          Undo
                        </button>
                      </span>
                    )}
                  </td>
                  <td>{k.direction}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </li>
  );
}
