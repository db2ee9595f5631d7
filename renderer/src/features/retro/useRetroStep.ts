import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { loadWizardDraft, saveWizardDraft } from '../../db/repositories/wizardDrafts';

const WIZARD = 'retro';

/**
 * Which screen of the retrospective is open (a KR's index, or the quarter's page after them),
 * kept in the database so a restart resumes exactly there. The stored step is read once per
 * window: another window moving on must not move this one, or it would close a form with
 * answers typed here and not yet saved.
 */
export function useRetroStep(cycleId: string): [number | undefined, (step: number) => void] {
  // Tagged with its quarter: just after a switch, the hook may still hold the last quarter's.
  const stored = useLiveQuery(
    async () => ({ cycleId, step: (await loadWizardDraft(WIZARD, cycleId))?.step ?? 0 }),
    [cycleId],
  );
  const [own, setOwn] = useState<{ cycleId: string; step: number }>();
  // The first step read for this quarter becomes this window's own (state adjusted in render).
  if (stored?.cycleId === cycleId && own?.cycleId !== cycleId) setOwn(stored);
  const setStep = useCallback(
    (next: number) => {
      // The place is written before the screen moves, so a quit right after the move resumes
      // there. Should the write fail, the screen still moves: the answers are saved apart.
      void saveWizardDraft(WIZARD, cycleId, next, {})
        .catch((error: unknown) => console.warn('Could not remember the retrospective step', error))
        .finally(() => setOwn({ cycleId, step: next }));
    },
    [cycleId],
  );
  return [own?.cycleId === cycleId ? own.step : undefined, setStep];
}
