import { wizardDraftSchema, type WizardDraft } from '@shared/domain';
import { db, nowIso } from './common';

/** The id of a wizard's draft for one quarter. */
export function draftId(wizard: string, cycleId: string): string {
  return `${wizard}:${cycleId}`;
}

/** A wizard's remembered place and unsaved draft; null when none or unreadable. */
export async function loadWizardDraft(
  wizard: string,
  cycleId: string,
): Promise<WizardDraft | null> {
  const row = await db().wizardDrafts.get(draftId(wizard, cycleId));
  const parsed = wizardDraftSchema.safeParse(row);
  // A draft from a build with another shape is dropped rather than crashing the wizard.
  return parsed.success ? parsed.data : null;
}

export async function saveWizardDraft(
  wizard: string,
  cycleId: string,
  step: number,
  draft: Record<string, unknown>,
): Promise<void> {
  const row = wizardDraftSchema.parse({
    id: draftId(wizard, cycleId),
    wizard,
    cycleId,
    step,
    draft,
    updatedAt: nowIso(),
  });
  await db().wizardDrafts.put(row);
}

/** Forgets a wizard's draft, e.g. when a check-in meeting is finished. */
export async function deleteWizardDraft(wizard: string, cycleId: string): Promise<void> {
  await db().wizardDrafts.delete(draftId(wizard, cycleId));
}
