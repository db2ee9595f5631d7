import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cycle } from '@shared/domain';
import { MAX_PLAN_FILE_BYTES } from '@shared/files/textFile';
import type { OpenTextFile } from '../../../../renderer/src/features/setting/import/planPreview';
import { useToastStore } from '../../../../renderer/src/state/toastStore';
import { getDb } from '../../../../renderer/src/db/database';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { importPlan } from '../../../../renderer/src/db/repositories/importPlan';
import { listKeyResults } from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  listObjectives,
} from '../../../../renderer/src/db/repositories/objectives';
import { createLevelOwner } from '../../../../renderer/src/db/repositories/levels';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { ImportPlanDialog } from '../../../../renderer/src/features/setting/import/ImportPlanDialog';
import { previewPlanFile } from '@shared/domain/planPreview';
import {
  dumpDb,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  teamInput,
} from '../db/builders';
import { renderScreen } from '../support/renderScreen';
import { PLAN_CSV as GOOD, planOf as parsed } from '../../../support/plans';

beforeEach(() => {
  openFreshDb();
  useToastStore.setState({ toasts: [] });
});

/** The same plan with a target that is not a number on row 3. */
const BAD = GOOD.replace(',94,98,', ',94,98 percent,');

/** Our quarter, plus another team's objective in the same quarter label to align to. */
async function seedQuarter(): Promise<Cycle> {
  const team = await createTeam(teamInput('Payments Platform'));
  const cycle = await createCycle(team.id, quarterInput());
  // The organisation level: its objectives are what a team's can align to.
  const company = await createLevelOwner({
    name: 'Company',
    function: 'other',
    kind: 'organisation',
  });
  const companyCycle = await createCycle(company.id, quarterInput());
  await createObjective(companyCycle.id, objectiveInput('Grow revenue'));
  await createObjective(cycle.id, objectiveInput('Already here'));
  return cycle;
}

describe('importPlan', () => {
  it('writes every objective and key result after the existing ones, with defaults and parents', async () => {
    const cycle = await seedQuarter();
    const parent = (await getDb().objectives.toArray()).find((o) => o.title === 'Grow revenue');

    const result = await importPlan(cycle.id, parsed(GOOD));

    expect(result.keyResultCount).toBe(3);
    const objectives = await listObjectives(cycle.id);
    expect(objectives.map((o) => [o.title, o.kind, o.order, o.parentObjectiveId])).toEqual([
      ['Already here', 'committed', 0, null],
      ['Checkout feels instant', 'committed', 1, parent?.id],
      // A quarter of 2026-Q4 in the file still lands in the quarter open now.
      ['Customers can rely on us', 'aspirational', 2, null],
    ]);
    const rank = new Map(objectives.map((o) => [o.id, o.order]));
    const krs = (await listKeyResults(cycle.id)).sort(
      (a, b) =>
        (rank.get(a.objectiveId) ?? 0) - (rank.get(b.objectiveId) ?? 0) || a.order - b.order,
    );
    expect(
      krs.map((k) => [
        k.title,
        k.baseline,
        k.target,
        k.direction,
        k.status,
        k.owner,
        k.proposedBy,
        k.measuredBy,
      ]),
    ).toEqual([
      ['Cut checkout LCP', 3.2, 1.5, 'decrease', 'draft', 'Payments team', 'Ana', 'RUM'],
      ['Checkout success up', 94, 98, 'increase', 'draft', 'Payments team', 'Ana', 'Funnel'],
      // No direction in the file: the target below the baseline says "decrease".
      ['P1 incidents down', 8, 2, 'decrease', 'draft', '', '', 'Incident log'],
    ]);
  });

  it('writes nothing when the quarter was deleted meanwhile', async () => {
    const cycle = await seedQuarter();
    await getDb().cycles.delete(cycle.id);
    const before = await dumpDb();

    const error = await rejectionOf(importPlan(cycle.id, parsed(GOOD)));

    expect(error.message).toBe('That quarter no longer exists.');
    expect(await dumpDb()).toEqual(before);
  });

  it('writes nothing when a write fails partway through', async () => {
    const cycle = await seedQuarter();
    const before = await dumpDb();
    let created = 0;
    getDb().keyResults.hook('creating', () => {
      created += 1;
      if (created === 3) throw new Error('Disk full');
    });

    const error = await rejectionOf(importPlan(cycle.id, parsed(GOOD)));

    expect(error.message).toBe('Disk full');
    expect(await dumpDb()).toEqual(before);
  });

  it('refuses values the app cannot store, writing nothing', async () => {
    const cycle = await seedQuarter();
    const before = await dumpDb();
    const long = GOOD.replace('Cut checkout LCP', 'x'.repeat(201));

    const error = await rejectionOf(importPlan(cycle.id, parsed(long)));

    expect(error.message).toBe('Row 2: Key result title must be at most 200 characters');
    expect(await dumpDb()).toEqual(before);
  });
});

describe('previewPlanFile', () => {
  const target = { quarterLabel: '2027-Q1', teamName: 'Payments Platform', parents: [] };

  it('gives one line for a file it cannot read at all', () => {
    expect(previewPlanFile('', target)).toEqual({ ok: false, message: 'The file is empty.' });
    expect(previewPlanFile('title,target\nA,1', target)).toEqual({
      ok: false,
      message: 'The header has no "objective" column.',
    });
  });

  it('warns when one objective title lands twice, from rows of different quarters', () => {
    const text =
      'quarter,objective,key_result\n2026-Q4,Search delights,A\n2027-Q1,search delights,B';
    const preview = previewPlanFile(text, target);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.prepared.items).toHaveLength(2);
    expect(preview.warnings.map((w) => `${w.row} ${w.column}: ${w.message}`)).toEqual([
      '2 quarter: names 2026-Q4; it is imported into 2027-Q1, the quarter open now',
      '3 objective: “search delights” is also on row 2 for another team or quarter; both are imported, as two objectives',
    ]);
  });

  it('reports malformed quoting as an error on its row, and previews the other rows', () => {
    const text = 'objective,key_result\nFast,"Cut build time"s\nFast,Cut flaky tests';
    const preview = previewPlanFile(text, target);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.errors).toEqual([
      { row: 2, column: 'key_result', message: expect.stringContaining('after a closing quote') },
    ]);
    expect(preview.prepared.items[0]?.keyResults.map((k) => k.title)).toEqual(['Cut flaky tests']);
  });

  it('runs the coach on the plan as it would land: parents as matched, one quarter', () => {
    const preview = previewPlanFile(GOOD, {
      ...target,
      parents: [{ id: 'p1', title: 'Grow revenue' }],
    });
    if (!preview.ok) throw new Error(preview.message);
    // Row 4 names a parent nobody has, so it lands unaligned; row 2's parent matched.
    expect(preview.findings.map((f) => [f.rule, f.objective.id])).toEqual([['unaligned', 'row-4']]);
    expect(preview.warnings.find((w) => w.column === 'direction')?.message).toBe(
      'is empty; “decrease” is assumed, since the target is below the baseline',
    );
  });
});

describe('the import dialog', () => {
  function renderDialog(cycle: Cycle, openFile: OpenTextFile) {
    const onClose = vi.fn();
    const { user } = renderScreen(
      <ImportPlanDialog
        cycle={cycle}
        file={{ name: 'plan.csv', content: BAD }}
        onClose={onClose}
        openFile={openFile}
      />,
    );
    return { onClose, user };
  }

  it('blocks a file with a row error, then imports the fixed file in one go', async () => {
    const cycle = await seedQuarter();
    const openFile = vi
      .fn<OpenTextFile>()
      .mockResolvedValueOnce({ ok: true, data: null })
      .mockResolvedValueOnce({ ok: true, data: { name: 'plan-fixed.csv', content: GOOD } });
    const { onClose, user } = renderDialog(cycle, openFile);

    const dialog = await screen.findByRole('dialog', { name: 'Import a plan' });
    expect(dialog).toHaveAccessibleDescription('From plan.csv');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '1 row has an error. Fix the file and choose it again.',
    );
    const rows = within(
      within(dialog).getByRole('table', { name: 'Rows with errors' }),
    ).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^3target"98 percent" is not a number/);
    expect(within(dialog).getByRole('button', { name: 'Import 2 objectives' })).toBeDisabled();
    expect(
      within(dialog).getByText(/names 2026-Q4; it is imported into 2027-Q1/),
    ).toBeInTheDocument();

    // Cancelling the file picker keeps the preview as it was.
    await user.click(within(dialog).getByRole('button', { name: 'Choose another file' }));
    expect(openFile).toHaveBeenLastCalledWith({
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      maxBytes: MAX_PLAN_FILE_BYTES,
    });
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Choose another file' }));
    await waitFor(() => expect(dialog).toHaveAccessibleDescription('From plan-fixed.csv'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByText('2 objectives, 3 key results')).toBeInTheDocument();
    const importButton = within(dialog).getByRole('button', { name: 'Import 2 objectives' });
    expect(importButton).toBeEnabled();

    await user.click(importButton);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual([
      'Imported 2 objectives and 3 key results.',
    ]);
    expect((await listObjectives(cycle.id)).map((o) => o.title)).toEqual([
      'Already here',
      'Checkout feels instant',
      'Customers can rely on us',
    ]);
    expect(await listKeyResults(cycle.id)).toHaveLength(3);
  });

  it('writes nothing on Cancel', async () => {
    const cycle = await seedQuarter();
    const before = await dumpDb();
    const { onClose, user } = renderDialog(cycle, vi.fn<OpenTextFile>());
    const dialog = await screen.findByRole('dialog', { name: 'Import a plan' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(await dumpDb()).toEqual(before);
  });
});

describe('filling key results from their titles before importing', () => {
  /** Two key results whose numbers are only in their titles. */
  const TITLES_ONLY =
    'objective,key_result\n' +
    'Checkout feels instant,Checkout p75 LCP from 3.2 s to 1.5 s\n' +
    'Checkout feels instant,Build time from 20 min to 8 min';

  async function openPreview() {
    const cycle = await seedQuarter();
    const onClose = vi.fn();
    const { user } = renderScreen(
      <ImportPlanDialog
        cycle={cycle}
        file={{ name: 'plan.csv', content: TITLES_ONLY }}
        onClose={onClose}
        openFile={vi.fn<OpenTextFile>()}
      />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import a plan' });
    await within(dialog).findByText('1 objective, 2 key results');
    const krTable = () =>
      within(dialog).getByRole('table', { name: 'Key results of Checkout feels instant' });
    return { cycle, user, dialog, krTable, onClose };
  }

  it('fills one from the coach’s finding, says so in the plan, and takes it back', async () => {
    const { user, dialog, krTable } = await openPreview();
    expect(within(krTable()).getAllByText('no baseline')).toHaveLength(2);

    await user.click(
      within(dialog).getByRole('button', {
        name: 'Fill from the title: Checkout p75 LCP from 3.2 s to 1.5 s',
      }),
    );
    const lcp = within(krTable()).getAllByRole('row')[1]!;
    expect(lcp).toHaveTextContent(/3\.2 s → 1\.5 s/);
    expect(lcp).toHaveTextContent('Filled from the title');
    // The finding it answered is gone; the other key result still offers its fill.
    expect(
      within(dialog).queryByRole('button', {
        name: 'Fill from the title: Checkout p75 LCP from 3.2 s to 1.5 s',
      }),
    ).toBeNull();
    expect(
      within(dialog).getByRole('button', {
        name: 'Fill from the title: Build time from 20 min to 8 min',
      }),
    ).toBeInTheDocument();

    await user.click(
      within(lcp).getByRole('button', {
        name: 'Undo the fill: Checkout p75 LCP from 3.2 s to 1.5 s',
      }),
    );
    expect(within(krTable()).getAllByText('no baseline')).toHaveLength(2);
  });

  it('fills them all at once, undoes from the toast, and imports what the preview shows', async () => {
    const { cycle, user, dialog, krTable, onClose } = await openPreview();
    const fillAll = () =>
      within(dialog).getByRole('button', { name: 'Fill all 2 key results from their titles' });

    await user.click(fillAll());
    expect(within(krTable()).queryByText('no baseline')).toBeNull();
    const [toast] = useToastStore.getState().toasts;
    expect(toast?.message).toBe('Filled 2 key results from their titles.');
    await toast?.undo?.();
    await waitFor(() => expect(within(krTable()).getAllByText('no baseline')).toHaveLength(2));

    await user.click(fillAll());
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 objective' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const imported = await listKeyResults(cycle.id);
    expect(imported.map((k) => [k.title, k.baseline, k.target, k.unit, k.direction])).toEqual([
      ['Checkout p75 LCP from 3.2 s to 1.5 s', 3.2, 1.5, 's', 'decrease'],
      ['Build time from 20 min to 8 min', 20, 8, 'min', 'decrease'],
    ]);
  });
});
