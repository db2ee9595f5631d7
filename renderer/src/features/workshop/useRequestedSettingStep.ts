import { useEffect } from 'react';
import { SETTING_STEPS } from '@shared/domain/setting/wizard';
import { useWorkshopUi } from '../../state/workshopUiStore';

/**
 * Lets a workshop's agenda move the setting wizard to a step (key results, dependencies …):
 * applied once the wizard has restored its own remembered step, so it is not overwritten.
 */
export function useRequestedSettingStep(isHydrated: boolean, goTo: (step: number) => void): void {
  const request = useWorkshopUi((s) => s.settingStepRequest);
  const clear = useWorkshopUi((s) => s.clearSettingStepRequest);
  useEffect(() => {
    if (!isHydrated || request === null) return;
    const index = SETTING_STEPS.findIndex((s) => s.id === request);
    if (index >= 0) goTo(index);
    clear();
  }, [isHydrated, request, goTo, clear]);
}
