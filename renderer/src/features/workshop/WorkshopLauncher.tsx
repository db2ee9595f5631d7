import { useId } from 'react';
import type { Cycle } from '@shared/domain';
import { WORKSHOP_KIND_LABELS } from '@shared/domain/workshop';
import { useWorkshop } from '../../db/workshopHooks';
import { suggestedKind } from './WorkshopsHome';
import { useWorkshopUi } from '../../state/workshopUiStore';
import './workshopBar.css';

/**
 * A quiet offer at the top of a phase: run this part of the cycle as a workshop in a room.
 * Out of the way once a workshop is running (its bar takes over).
 */
export function WorkshopLauncher({ cycle }: { cycle: Cycle }) {
  const openId = useWorkshopUi((s) => s.openWorkshopIds[cycle.id] ?? null);
  const showScreen = useWorkshopUi((s) => s.showScreen);
  const workshop = useWorkshop(openId);
  const explanationId = useId();
  if (workshop === undefined || workshop?.status === 'running' || cycle.phase === 'closed') {
    return null;
  }
  const isPreparing = workshop?.status === 'preparing';
  return (
    <aside className="workshop-launcher" aria-label="Workshop">
      <p id={explanationId}>
        {isPreparing
          ? `“${workshop.title}” is being prepared.`
          : `With the team in a room? Run it as a ${WORKSHOP_KIND_LABELS[suggestedKind(cycle)].toLowerCase()}: a timed agenda, a projector view, private votes.`}
      </p>
      <button
        type="button"
        className="button"
        onClick={showScreen}
        aria-describedby={explanationId}
      >
        {isPreparing ? 'Open the workshop' : 'Plan a workshop'}
      </button>
    </aside>
  );
}
