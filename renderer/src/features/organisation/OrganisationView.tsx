import { localDayOf } from '@shared/domain/calendar/days';
import { defaultQuarterLabel } from '@shared/domain/alignment/search';
import { EmptyState } from '../../components/EmptyState';
import { useQuarterLabels } from '../../db/hooks';
import { type OrganisationScreen, useUiStore } from '../../state/uiStore';
import { ORGANISATION_SCREENS } from './screens';
import { AlignmentTree } from './AlignmentTree';
import { DepartmentExport } from './DepartmentExport';
import { DependencyMap } from './DependencyMap';
import { LevelsScreen } from './LevelsScreen';
import { Overview } from './Overview';

/**
 * Every team of the workspace at once, for one quarter label: the facilitator's overview, the
 * alignment tree, the dependency map, and where each owner sits.
 */
export function OrganisationView({ screen }: { screen: OrganisationScreen }) {
  const labels = useQuarterLabels();
  const chosen = useUiStore((s) => s.organisation?.quarter ?? null);
  const showOrganisation = useUiStore((s) => s.showOrganisation);
  if (!labels) return <p className="loading">Loading the organisation…</p>;
  const label =
    chosen && labels.includes(chosen)
      ? chosen
      : defaultQuarterLabel(labels, localDayOf(new Date()));
  const title = ORGANISATION_SCREENS.find((s) => s.id === screen)?.label ?? 'Organisation';

  return (
    <>
      <header className="topbar">
        <div className="topbar__heading">
          <h1 className="topbar__title">
            <span className="topbar__team">{title}</span>
            {label && screen !== 'levels' && (
              <span className="topbar__quarter">&nbsp;· {label}</span>
            )}
          </h1>
          <p className="topbar__meta">Every team of this workspace</p>
        </div>
        {screen !== 'levels' && labels.length > 0 && (
          <div className="topbar__actions">
            <label className="org-quarter">
              Quarter
              <select
                value={label ?? ''}
                onChange={(e) => showOrganisation(screen, e.target.value)}
              >
                {labels.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            {label && <DepartmentExport label={label} />}
          </div>
        )}
      </header>
      <div className="content">
        {screen === 'levels' ? (
          <LevelsScreen />
        ) : !label ? (
          <EmptyState title="No quarters yet">
            <p>
              The organisation view shows every team&apos;s quarter side by side. Create a quarter
              for a team first; quarters with the same label (2027-Q1) line up here.
            </p>
          </EmptyState>
        ) : screen === 'overview' ? (
          <Overview label={label} />
        ) : screen === 'alignment' ? (
          <AlignmentTree key={label} label={label} />
        ) : (
          <DependencyMap label={label} />
        )}
      </div>
    </>
  );
}
