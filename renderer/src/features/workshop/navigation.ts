import type { AppTarget } from '@shared/domain/workshop';
import { useUiStore } from '../../state/uiStore';
import { useWorkshopUi } from '../../state/workshopUiStore';

/**
 * Moves the app to where an agenda item happens: the workshop screen itself, a step of the
 * setting wizard, the quarter's check-ins, scoring or the retrospective.
 */
export function goToTarget(target: AppTarget): void {
  const workshop = useWorkshopUi.getState();
  const ui = useUiStore.getState();
  switch (target.screen) {
    case 'workshop':
      workshop.showScreen();
      return;
    case 'setting':
      ui.requestSetting({ step: target.step });
      break;
    case 'checkins':
      ui.showCheckIns({ kind: 'home' });
      break;
    case 'scoring':
      ui.selectPhase('scoring');
      break;
    case 'retrospective':
      ui.selectPhase('retrospective');
      break;
  }
  workshop.closeScreen();
}
