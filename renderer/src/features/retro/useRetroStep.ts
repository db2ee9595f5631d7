import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { loadWizardDraft, saveWizardDraft } from '../../db/repositories/wizardDrafts';

const WIZARD = 'retro';

/**
 * Which screen of the retrospective is open (a KR's index, or the quarter's page after them),
 * kept in the database so a restart resumes exactly there.
 */
export function useRetroStep(cycleId: string): [number | undefined, (step: number) => void] {
  const step = useLiveQuery(
    async () => (await loadWizardDraft(WIZARD, cycleId))?.step ?? 0,
    [cycleId],
  );
  const setStep = useCallback(
    (next: number) => void saveWizardDraft(WIZARD, cycleId, next, {}),
    [cycleId],
  );
  return [step, setStep];
}
