import { useMemo } from 'react';
import { localDayOf } from '@shared/domain/calendar/days';
import { dependencyMap, type DependencyMapRow } from '@shared/domain/alignment/dependencyMap';
import { useOrganisationQuarter } from '../../db/hooks';
import type { OrganisationQuarter } from '../../db/repositories/organisation';

/** One quarter label across the workspace, with its dependency map, as of today. */
export type QuarterAcross = {
  quarter: OrganisationQuarter;
  dependencies: DependencyMapRow[];
  today: string;
};

/** The quarter `label` across every owner, live; undefined while it loads. */
export function useQuarterAcross(label: string): QuarterAcross | undefined {
  const quarter = useOrganisationQuarter(label);
  return useMemo(() => {
    if (!quarter) return undefined;
    const today = localDayOf(new Date());
    return { quarter, today, dependencies: dependencyMap({ ...quarter, today }) };
  }, [quarter]);
}
