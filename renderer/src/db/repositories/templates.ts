import { templateSchema, type Objective, type Template, type TemplateFamily } from '@shared/domain';
import { BUILT_IN_TEMPLATES, templateFromSeed, templateToPlan } from '@shared/domain/templates';
import { db, newId, nowIso } from './common';
import { createKeyResult } from './keyResults';
import { createObjective } from './objectives';

/** The most key results a template holds (the template schema's limit). */
export const MAX_TEMPLATE_KEY_RESULTS = 10;

/** The built-in templates followed by the team's own, newest own template first. */
export async function listTemplates(): Promise<Template[]> {
  const own = await listOwnTemplates();
  return [...BUILT_IN_TEMPLATES.map(templateFromSeed), ...own];
}

/** Templates the team saved from its own objectives, newest first. */
export async function listOwnTemplates(): Promise<Template[]> {
  const rows = await db().templates.toArray();
  return rows
    .filter((t) => !t.isBuiltIn)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title));
}

/**
 * Adds a template's objective and its key results to a quarter in one transaction, after the
 * existing objectives. Key results keep the template's targets; baselines are left empty.
 */
export async function insertTemplate(
  cycleId: string,
  template: Pick<Template, 'title' | 'description' | 'keyResults'>,
): Promise<Objective> {
  const d = db();
  const plan = templateToPlan(template);
  // The repository calls below join this transaction, so all rows land together or none do.
  return d.transaction(
    'rw',
    [d.teams, d.levels, d.cycles, d.objectives, d.keyResults],
    async () => {
      const objective = await createObjective(cycleId, plan.objective);
      for (const kr of plan.keyResults) await createKeyResult(objective.id, kr);
      return objective;
    },
  );
}

/** Saves an objective and its key results as one of the team's own templates; baselines are dropped. */
export async function saveObjectiveAsTemplate(
  objectiveId: string,
  family: TemplateFamily = 'custom',
): Promise<Template> {
  const d = db();
  return d.transaction('rw', d.objectives, d.keyResults, d.templates, async () => {
    const objective = await d.objectives.get(objectiveId);
    if (!objective) throw new Error('That objective no longer exists.');
    const keyResults = (await d.keyResults.where('objectiveId').equals(objectiveId).toArray()).sort(
      (a, b) => a.order - b.order,
    );
    if (keyResults.length > MAX_TEMPLATE_KEY_RESULTS) {
      throw new Error(`A template holds at most ${MAX_TEMPLATE_KEY_RESULTS} key results.`);
    }
    const at = nowIso();
    const template = templateSchema.parse({
      id: newId(),
      family,
      title: objective.title,
      description: objective.description,
      keyResults: keyResults.map((k) => ({
        title: k.title,
        metric: k.metric,
        unit: k.unit,
        target: k.target,
        direction: k.direction,
        measuredBy: k.measuredBy,
      })),
      isBuiltIn: false,
      createdAt: at,
      updatedAt: at,
    });
    await d.templates.add(template);
    return template;
  });
}

/** Deletes one of the team's own templates and returns it, so Undo can put it back. */
export async function deleteTemplate(id: string): Promise<Template> {
  const d = db();
  return d.transaction('rw', d.templates, async () => {
    const template = await d.templates.get(id);
    const isBuiltIn = template?.isBuiltIn ?? BUILT_IN_TEMPLATES.some((t) => t.id === id);
    if (isBuiltIn) throw new Error('Built-in templates cannot be deleted.');
    if (!template) throw new Error('That template no longer exists.');
    await d.templates.delete(id);
    return template;
  });
}

/** Puts a deleted template back exactly as it was (the Undo of {@link deleteTemplate}). */
export async function restoreTemplate(template: Template): Promise<void> {
  await db().templates.put(templateSchema.parse(template));
}
