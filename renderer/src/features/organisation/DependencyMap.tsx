import { formatDate } from '@shared/domain/format';
import type { DependencyMapRow } from '@shared/domain/alignment/dependencyMap';
import { EmptyState } from '../../components/EmptyState';
import { useQuarterAcross } from './useOrganisation';

/**
 * The quarter's dependency map: who needs what from whom, by when, and where it stands, at-risk
 * dependencies first.
 */
export function DependencyMap({ label }: { label: string }) {
  const across = useQuarterAcross(label);
  if (!across) return <p className="loading">Loading the dependency map…</p>;
  const rows = across.dependencies;
  if (rows.length === 0) {
    return (
      <EmptyState title={`No dependencies in ${label}`}>
        <p>
          Teams record what they need from each other in Setting, step 4 (Dependencies). Each one
          shows here with who needs it, from whom, by when and where it stands.
        </p>
      </EmptyState>
    );
  }
  const atRisk = rows.filter((r) => r.isAtRisk).length;
  return (
    <section aria-labelledby="map-heading" className="org-screen">
      <h2 id="map-heading" className="org-screen__summary">
        {rows.length} {rows.length === 1 ? 'dependency' : 'dependencies'}
        {atRisk > 0 ? `, ${atRisk} at risk` : ', none at risk'}
      </h2>
      <table className="table org-map">
        <caption className="visually-hidden">Dependencies between teams in {label}</caption>
        <thead>
          <tr>
            <th scope="col">Team in need</th>
            <th scope="col">Asked of</th>
            <th scope="col">What is needed</th>
            <th scope="col">For</th>
            <th scope="col">Needed by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <MapRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MapRow({ row }: { row: DependencyMapRow }) {
  return (
    <tr className={row.isAtRisk ? 'org-map__row is-at-risk' : 'org-map__row'}>
      <th scope="row">{row.from.name}</th>
      <td>
        {row.to.name}
        {row.to.id === null && <span className="muted"> (outside)</span>}
      </td>
      <td>{row.need}</td>
      <td>
        {row.forTitle || <span className="muted">Whole quarter</span>}
        {row.blocking.length > 0 && (
          <span className="org-map__blocking">
            Blocks {row.blocking.map((b) => `“${b.title}”`).join(', ')}
          </span>
        )}
      </td>
      <td>{row.byDate ? formatDate(row.byDate) : '—'}</td>
      <td>
        <span className={`org-status org-status--${row.isAtRisk ? 'at-risk' : row.outcome}`}>
          {row.riskLabel}
        </span>
      </td>
    </tr>
  );
}
