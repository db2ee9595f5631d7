import { useCallback, useEffect, useRef, useState } from 'react';
import * as z from 'zod';
import { loadWizardDraft, saveWizardDraft } from '../../db/repositories/wizardDrafts';

/** What the facilitator has typed but not yet added, per workshop: kept so nothing is lost. */
const draftSchema = z.object({
  card: z.string().max(2000).default(''),
  decision: z.string().max(2000).default(''),
  question: z.string().max(2000).default(''),
  action: z.string().max(2000).default(''),
  owner: z.string().max(500).default(''),
});
export type WorkshopDraft = z.infer<typeof draftSchema>;

const EMPTY: WorkshopDraft = { card: '', decision: '', question: '', action: '', owner: '' };
const SAVE_DELAY_MS = 250;

/**
 * The workshop's unsaved text fields, kept in the database (as a wizard draft) shortly after
 * each keystroke and at once when the window goes away, so a crash or a restart loses nothing.
 */
export function useWorkshopDraft(workshopId: string, cycleId: string) {
  const wizard = `workshop-${workshopId}`;
  const [draft, setDraft] = useState<WorkshopDraft>(EMPTY);
  const [isLoaded, setLoaded] = useState(false);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(() => {
    timer.current = undefined;
    void saveWizardDraft(wizard, cycleId, 0, latest.current);
  }, [wizard, cycleId]);

  useEffect(() => {
    let isActive = true;
    void loadWizardDraft(wizard, cycleId).then((row) => {
      if (!isActive) return;
      const parsed = draftSchema.safeParse(row?.draft ?? {});
      const loaded = parsed.success ? parsed.data : EMPTY;
      latest.current = loaded;
      setDraft(loaded);
      setLoaded(true);
    });
    const flush = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      write();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      isActive = false;
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [wizard, cycleId, write]);

  const update = useCallback(
    (patch: Partial<WorkshopDraft>) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(write, SAVE_DELAY_MS);
    },
    [write],
  );
  return { draft, update, isLoaded };
}
