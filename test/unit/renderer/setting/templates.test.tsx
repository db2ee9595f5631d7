import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyResultSchema, objectiveSchema, templateSchema } from '@shared/domain';
import { BUILT_IN_TEMPLATES } from '@shared/domain/templates';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { getDb } from '../../../../renderer/src/db/database';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import {
  createKeyResult,
  listKeyResults,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  listObjectives,
} from '../../../../renderer/src/db/repositories/objectives';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  deleteTemplate,
  insertTemplate,
  listTemplates,
  restoreTemplate,
  saveObjectiveAsTemplate,
} from '../../../../renderer/src/db/repositories/templates';
import { TemplatePicker } from '../../../../renderer/src/features/setting/templates/TemplatePicker';
import {
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  teamInput,
} from '../db/builders';
import { renderScreen } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  useToastStore.setState({ toasts: [] });
});

async function seedQuarter(fn: 'platform' | 'product' | 'other' = 'platform') {
  const team = await createTeam({ ...teamInput(), function: fn });
  const cycle = await createCycle(team.id, quarterInput());
  return { team, cycle };
}

function builtIn(id: string) {
  const seed = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!seed) throw new Error(`No built-in template ${id}`);
  return seed;
}

describe('inserting a template', () => {
  it('writes the objective after the existing ones, with its key results, targets and no baselines', async () => {
    const { cycle } = await seedQuarter();
    await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const template = builtIn('builtin:reliability:trust');

    const objective = await insertTemplate(cycle.id, template);

    const objectives = await listObjectives(cycle.id);
    expect(objectives.map((o) => o.title)).toEqual(['Fast checkout', 'Customers can rely on us']);
    expect(objectiveSchema.parse(objectives[1])).toEqual(objective);
    expect(objective).toMatchObject({ order: 1, kind: 'committed', parentObjectiveId: null });

    const krs = (await listKeyResults(cycle.id)).filter((k) => k.objectiveId === objective.id);
    expect(krs.map((k) => keyResultSchema.parse(k))).toHaveLength(3);
    expect(krs.map((k) => [k.metric, k.unit, k.baseline, k.target, k.direction, k.status])).toEqual(
      [
        ['P1 incidents per quarter', 'incidents', null, 2, 'decrease', 'draft'],
        ['MTTR', 'min', null, 30, 'decrease', 'draft'],
        ['Uptime measured by external monitoring', '%', null, 99.95, 'increase', 'draft'],
      ],
    );
    expect(krs.map((k) => k.order)).toEqual([0, 1, 2]);
    expect(krs[2]?.measuredBy).toBe('External uptime monitoring');
  });

  it('writes nothing when the quarter is gone', async () => {
    const { cycle } = await seedQuarter();
    await getDb().cycles.delete(cycle.id);
    const before = await dumpDb();

    const error = await rejectionOf(insertTemplate(cycle.id, builtIn('builtin:delivery:flow')));

    expect(error.message).toBe('That quarter no longer exists.');
    expect(await dumpDb()).toEqual(before);
  });

  it('writes nothing when one key result fails halfway through', async () => {
    const { cycle } = await seedQuarter();
    const before = await dumpDb();
    let created = 0;
    getDb().keyResults.hook('creating', () => {
      created += 1;
      if (created === 2) throw new Error('Disk full');
    });

    const error = await rejectionOf(insertTemplate(cycle.id, builtIn('builtin:reliability:trust')));

    expect(error.message).toBe('Disk full');
    expect(await dumpDb()).toEqual(before);
  });
});

describe('saving an objective as a template', () => {
  it('keeps titles, metrics and targets, drops baselines, and lists it after the built-ins', async () => {
    const { cycle } = await seedQuarter();
    const objective = await createObjective(cycle.id, objectiveInput('Checkout feels instant'));
    await createKeyResult(
      objective.id,
      keyResultInput('Cut checkout LCP', { baseline: 3.2, target: 1.5 }),
    );
    await createKeyResult(
      objective.id,
      keyResultInput('Checkout success up', {
        metric: 'Checkout success',
        unit: '%',
        baseline: 94,
        target: 98,
        direction: 'increase',
      }),
    );

    const saved = await saveObjectiveAsTemplate(objective.id);

    expect(templateSchema.parse(saved)).toEqual(saved);
    expect(saved).toMatchObject({
      family: 'custom',
      isBuiltIn: false,
      title: 'Checkout feels instant',
    });
    expect(saved.keyResults).toEqual([
      {
        title: 'Cut checkout LCP',
        metric: 'p75 LCP',
        unit: 's',
        target: 1.5,
        direction: 'decrease',
        measuredBy: 'Real-user monitoring',
      },
      {
        title: 'Checkout success up',
        metric: 'Checkout success',
        unit: '%',
        target: 98,
        direction: 'increase',
        measuredBy: 'Real-user monitoring',
      },
    ]);
    expect(JSON.stringify(saved)).not.toContain('baseline');

    const all = await listTemplates();
    expect(all).toHaveLength(BUILT_IN_TEMPLATES.length + 1);
    expect(all.at(-1)).toEqual(saved);
    expect(all.slice(0, BUILT_IN_TEMPLATES.length).every((t) => t.isBuiltIn)).toBe(true);
  });

  it('round-trips: a saved template inserts into another quarter without baselines', async () => {
    const { team, cycle } = await seedQuarter();
    const objective = await createObjective(cycle.id, objectiveInput('Checkout feels instant'));
    await createKeyResult(objective.id, keyResultInput('Cut checkout LCP'));
    const saved = await saveObjectiveAsTemplate(objective.id, 'product');
    const next = await createCycle(team.id, quarterInput(2027, 2));

    const inserted = await insertTemplate(next.id, saved);

    expect(inserted.cycleId).toBe(next.id);
    const [kr] = await listKeyResults(next.id);
    expect(kr).toMatchObject({ title: 'Cut checkout LCP', baseline: null, target: 1.5, owner: '' });
  });

  it('deletes only the team’s own templates, and Undo puts one back', async () => {
    const { cycle } = await seedQuarter();
    const objective = await createObjective(cycle.id, objectiveInput('Checkout feels instant'));
    const saved = await saveObjectiveAsTemplate(objective.id);

    const removed = await deleteTemplate(saved.id);
    expect(removed).toEqual(saved);
    expect(await listTemplates()).toHaveLength(BUILT_IN_TEMPLATES.length);
    await restoreTemplate(removed);
    expect((await listTemplates()).at(-1)).toEqual(saved);

    const error = await rejectionOf(deleteTemplate('builtin:reliability:trust'));
    expect(error.message).toBe('Built-in templates cannot be deleted.');
    expect((await rejectionOf(deleteTemplate(saved.id + '-gone'))).message).toBe(
      'That template no longer exists.',
    );
  });
});

describe('the template picker', () => {
  function renderPicker(cycleId: string, teamFunction: 'platform' | 'product' | 'other') {
    const onClose = vi.fn();
    const { user } = renderScreen(
      <TemplatePicker cycleId={cycleId} teamFunction={teamFunction} onClose={onClose} />,
    );
    return { onClose, user };
  }

  it('starts on the team’s function, filters by function and inserts the chosen template', async () => {
    const { cycle } = await seedQuarter('product');
    const { onClose, user } = renderPicker(cycle.id, 'product');

    const dialog = await screen.findByRole('dialog', { name: 'Insert a template' });
    const fn = within(dialog).getByLabelText('Function');
    expect(fn).toHaveValue('product');
    await within(dialog).findByRole('button', {
      name: 'Insert template: Customers feel the difference in what we ship',
    });
    expect(
      within(dialog).queryByRole('button', { name: 'Insert template: Customers can rely on us' }),
    ).toBeNull();

    await user.selectOptions(fn, 'Reliability');
    const card = within(dialog).getByRole('article', { name: 'Customers can rely on us' });
    expect(
      within(card).getByRole('list', { name: 'Key results of Customers can rely on us' }),
    ).toHaveTextContent('99.95%');
    await user.click(
      within(card).getByRole('button', { name: 'Insert template: Customers can rely on us' }),
    );

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual([
      'Inserted “Customers can rely on us”. Fill in the baselines.',
    ]);
    expect((await listObjectives(cycle.id)).map((o) => o.title)).toEqual([
      'Customers can rely on us',
    ]);
    expect(await getDb().keyResults.count()).toBe(3);
  });

  it('shows every function for "other" teams, and the team’s own templates with a delete button', async () => {
    const { cycle } = await seedQuarter('other');
    const objective = await createObjective(cycle.id, objectiveInput('Checkout feels instant'));
    await saveObjectiveAsTemplate(objective.id);
    const { user } = renderPicker(cycle.id, 'other');

    const dialog = await screen.findByRole('dialog', { name: 'Insert a template' });
    expect(within(dialog).getByLabelText('Function')).toHaveValue('all');
    const own = await within(dialog).findByRole('region', { name: 'Your templates' });
    expect(within(dialog).getAllByRole('button', { name: /^Insert template: / })).toHaveLength(
      BUILT_IN_TEMPLATES.length + 1,
    );

    await user.click(
      within(own).getByRole('button', { name: 'Delete template: Checkout feels instant' }),
    );
    await waitFor(() =>
      expect(within(dialog).queryByRole('region', { name: 'Your templates' })).toBeNull(),
    );
    const toast = useToastStore.getState().toasts.at(-1);
    expect(toast?.message).toBe('Template “Checkout feels instant” deleted.');
    await toast?.undo?.();
    expect(
      await within(dialog).findByRole('region', { name: 'Your templates' }),
    ).toBeInTheDocument();
  });
});
