import { useMemo } from 'react';
import { LEVEL_KIND_LABELS, PHASE_LABELS } from '@shared/domain';
import { overviewRows, type OverviewRow } from '@shared/domain/alignment/overview';
import { screenPhaseOf } from '@shared/domain/alignment/search';
import { formatDate } from '@shared/domain/format';
import { useUiStore } from '../../state/uiStore';
import { useQuarterAcross } from './useOrganisation';
import { TableScroll } from '../../components/TableScroll';

/**
 * The facilitator's overview of one quarter: a line per team with its phase, the next check-in,
 * key results at risk, open blockers, dependencies at risk and, while setting, the coach's
 * must-fix count; one click opens the team's quarter.
 */
export function Overview({ label }: { label: string }) {
  const across = useQuarterAcross(label);
  const rows = useMemo(
    () =>
      across &&
      overviewRows({ ...across.quarter, dependencies: across.dependencies, today: across.today }),
    [across],
  );
  if (!rows) return <p className="loading">Loading the overview…</p>;
  return (
    <section aria-labelledby="overview-heading" className="org-screen">
      <h2 id="overview-heading" className="visually-hidden">
        Overview of {label}
      </h2>
      <TableScroll label={`Every team in ${label}`}>
        <table className="table org-overview">
          <caption className="visually-hidden">Every team in {label}</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Phase</th>
              <th scope="col">Next check-in</th>
              <th scope="col">At risk</th>
              <th scope="col">Open blockers</th>
              <th scope="col">Dependencies at risk</th>
              <th scope="col">Must fix</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <OverviewLine key={row.owner.id} row={row} label={label} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function OverviewLine({ row, label }: { row: OverviewRow; label: string }) {
  const openQuarter = useUiStore((s) => s.openQuarter);
  const { owner, cycle, due } = row;
  return (
    <tr>
      <th scope="row">
        {cycle ? (
          <button
            type="button"
            className="link-button"
            onClick={() => openQuarter(owner.id, cycle.id, screenPhaseOf(cycle.phase))}
            aria-label={`Open ${owner.name} · ${cycle.label}`}
          >
            {owner.name}
          </button>
        ) : (
          <span>{owner.name}</span>
        )}
        {owner.kind !== 'team' && (
          <span className="org-kind"> {LEVEL_KIND_LABELS[owner.kind]}</span>
        )}
      </th>
      {cycle ? (
        <>
          <td>
            <span className="badge badge--phase">{PHASE_LABELS[cycle.phase]}</span>
          </td>
          <td className={due && due.state === 'overdue' ? 'org-alert' : undefined}>
            {!due || due.nextDue === null
              ? '—'
              : due.state === 'overdue'
                ? `Overdue since ${formatDate(due.nextDue)}`
                : formatDate(due.nextDue)}
          </td>
          <Count value={row.atRiskCount} />
          <Count value={row.openBlockers} />
          <Count value={row.dependenciesAtRisk} />
          <td>{row.mustFix === null ? '—' : <CountText value={row.mustFix} />}</td>
        </>
      ) : (
        <>
          <td colSpan={4} className="muted">
            No {label} quarter yet
          </td>
          <Count value={row.dependenciesAtRisk} />
          <td>—</td>
        </>
      )}
    </tr>
  );
}

function CountText({ value }: { value: number }) {
  return <span className={value > 0 ? 'org-alert' : 'muted'}>{value}</span>;
}

function Count({ value }: { value: number }) {
  return (
    <td className="org-count">
      <CountText value={value} />
    </td>
  );
}
