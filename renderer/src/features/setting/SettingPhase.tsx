import { useState } from 'react';
import type { Cycle } from '@shared/domain';
import { WorkshopLauncher } from '../workshop/WorkshopLauncher';
import { SettingWizardContext, createSettingWizardStore } from './wizard/store';
import { SettingWizard } from './wizard/SettingWizard';
import { useDraftPersistence } from './wizard/useDraftPersistence';

/** The Setting phase: the guided wizard for one quarter, with its own remembered state. */
export function SettingPhase({ cycle }: { cycle: Cycle }) {
  return <SettingForCycle key={cycle.id} cycle={cycle} />;
}

function SettingForCycle({ cycle }: { cycle: Cycle }) {
  const [store] = useState(createSettingWizardStore);
  useDraftPersistence(store, cycle.id);
  return (
    <SettingWizardContext.Provider value={store}>
      <SettingWizard cycle={cycle} launcher={<WorkshopLauncher cycle={cycle} />} />
    </SettingWizardContext.Provider>
  );
}
