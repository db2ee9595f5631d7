import type { ParentObjectiveRef } from '@shared/domain/coach/types';
import { ownerTitle } from '@shared/domain/alignment/levels';
import type { ParentGroup } from '../../db/repositories/cycles';

/** The parents on offer as the coach names them: each with its owner, e.g. “Organisation: Acme”. */
export function parentRefs(groups: readonly ParentGroup[]): ParentObjectiveRef[] {
  return groups.flatMap((g) =>
    g.objectives.map((o) => ({ id: o.id, title: o.title, owner: ownerTitle(g.owner) })),
  );
}
