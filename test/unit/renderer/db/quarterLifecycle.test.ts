import { beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { correctCheckIn, recordCheckIn } from '../../../../renderer/src/db/repositories/checkIns';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import {
  reopenQuarter,
  startNextQuarter,
  undoStartNextQuarter,
} from '../../../../renderer/src/db/repositories/quarterLifecycle';
import { loadQuarterData } from '../../../../renderer/src/db/repositories/quarterData';
import {
  saveCycleRetro,
  saveKeyResultRetro,
} from '../../../../renderer/src/db/repositories/retros';
import { updateScoring } from '../../../../renderer/src/db/repositories/scoring';
import { getDb } from '../../../../renderer/src/db/database';
import type { CycleRetro } from '@shared/domain/entities';
import { buildReviewDocument } from '@shared/documents/model';
import {
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  seedCycle,
} from './builders';

const answer = { worked: '', didNotWork: '', learned: '' };

async function scoredQuarter() {
  const { team, cycle } = await seedCycle(2026, 4);
  const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
  const lcp = await createKeyResult(objective.id, keyResultInput('LCP from 3.2 s to 1.5 s'));
  const errors = await createKeyResult(
    objective.id,
    keyResultInput('Errors from 4% to 1%', { unit: '%', baseline: 4, target: 1 }),
  );
  const dropped = await createKeyResult(
    objective.id,
    keyResultInput('Bundle from 900 to 400 kB', { unit: 'kB', baseline: 900, target: 400 }),
  );
  return { team, cycle, objective, lcp, errors, dropped };
}

describe('closing a quarter and carrying key results forward', () => {
  beforeEach(() => {
    openFreshDb();
  });

  it('copies only carried KRs, with their last value as the new baseline (in the title too) and a link back', async () => {
    const { cycle, lcp, errors, dropped } = await scoredQuarter();
    // LCP: a final value; errors: only a corrected check-in; bundle: not carried.
    await updateScoring(lcp.id, { finalValue: 1.9 });
    const first = await recordCheckIn(errors.id, 's1', '2026-11-01', {
      value: 2.5,
      confidence: 60,
      changed: '',
      blockers: '',
    });
    await correctCheckIn(first.id, { value: 2.2, confidence: 60, changed: '', blockers: '' });
    await saveKeyResultRetro(lcp.id, { ...answer, carryForward: true });
    await saveKeyResultRetro(errors.id, { ...answer, carryForward: true });
    await saveKeyResultRetro(dropped.id, { ...answer, carryForward: false });

    const { created: next } = await startNextQuarter(cycle.id);

    expect(next).toMatchObject({
      label: '2027-Q1',
      phase: 'setting',
      previousCycleId: cycle.id,
      cadence: cycle.cadence,
    });
    const carried = await getDb().keyResults.where('cycleId').equals(next.id).sortBy('order');
    expect(
      carried.map((kr) => [kr.title, kr.baseline, kr.target, kr.carriedFromKeyResultId]),
    ).toEqual([
      ['LCP from 1.9 s to 1.5 s', 1.9, 1.5, lcp.id],
      ['Errors from 2.2% to 1%', 2.2, 1, errors.id],
    ]);
    expect(carried.every((kr) => kr.finalValue === null && kr.status === 'draft')).toBe(true);
    const objectives = await getDb().objectives.where('cycleId').equals(next.id).toArray();
    expect(objectives.map((o) => o.title)).toEqual(['Fast checkout']);
    expect(carried.every((kr) => kr.objectiveId === objectives[0]?.id)).toBe(true);
    // The old quarter is closed, with nothing of it lost.
    const old = await getDb().cycles.get(cycle.id);
    expect(old?.phase).toBe('closed');
    expect(await getDb().keyResults.where('cycleId').equals(cycle.id).count()).toBe(3);
  });

  it('traces carried KRs in the next quarter’s plan and puts the retro headline on the review', async () => {
    const { cycle, lcp } = await scoredQuarter();
    await saveKeyResultRetro(lcp.id, { ...answer, carryForward: true });
    await saveCycleRetro(cycle.id, {
      calibration: [],
      objectivesMatteredLess: [],
      wrongAssumptions: '',
      notes: '',
      headline: 'Checkout got faster, not fast enough.',
      asks: 'A DBA two days a week',
    });
    const { created: next } = await startNextQuarter(cycle.id);

    const plan = buildReviewDocument(await loadQuarterData(next.id));
    expect(plan.title).toBe('2027-Q1 plan');
    expect(plan.objectives[0]?.keyResults[0]?.lineage?.text).toBe(
      'second quarter running (carried from 2026-Q4)',
    );
    const review = buildReviewDocument(await loadQuarterData(cycle.id));
    expect(review.title).toBe('2026-Q4 quarterly review');
    expect(review.executive.headline).toBe('Checkout got faster, not fast enough.');
    expect(review.executive.asks).toEqual(['A DBA two days a week']);
  });

  it('reads a quarter retro saved before the headline existed as having none', async () => {
    const { cycle } = await scoredQuarter();
    await getDb().cycleRetros.add({
      id: 'old-retro',
      cycleId: cycle.id,
      calibration: [],
      objectivesMatteredLess: [],
      wrongAssumptions: 'Old',
      notes: '',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    } as unknown as CycleRetro);
    const review = buildReviewDocument(await loadQuarterData(cycle.id));
    expect(review.executive.headline).toBe('');
    expect(review.cycleRetro?.wrongAssumptions).toBe('Old');
  });

  it('writes nothing when the next quarter already exists', async () => {
    const { team, cycle, lcp } = await scoredQuarter();
    await createCycle(team.id, quarterInput(2027, 1));
    await saveKeyResultRetro(lcp.id, { ...answer, carryForward: true });
    const before = await dumpDb();
    const error = await rejectionOf(startNextQuarter(cycle.id));
    expect(error.message).toBe('This team already has a quarter called 2027-Q1.');
    expect(await dumpDb()).toEqual(before);
  });

  it('undoes starting the next quarter: the new one goes, the old one is open as it was', async () => {
    const { cycle, lcp } = await scoredQuarter();
    await getDb().cycles.update(cycle.id, { phase: 'retrospective' });
    await saveKeyResultRetro(lcp.id, { ...answer, worked: 'Runbooks', carryForward: true });
    const before = await dumpDb();
    const started = await startNextQuarter(cycle.id);
    expect(await getDb().cycles.count()).toBe(2);
    await undoStartNextQuarter(started);
    const after = await dumpDb();
    const withoutTimes = (rows: unknown[] = []) =>
      rows.map((r) => ({ ...(r as object), updatedAt: undefined, revision: undefined }));
    expect(withoutTimes(after.cycles)).toEqual(withoutTimes(before.cycles));
    expect(after.keyResults).toEqual(before.keyResults);
    expect(after.objectives).toEqual(before.objectives);
    expect(after.keyResultRetros).toEqual(before.keyResultRetros);
  });

  it('reopens a closed quarter at its retrospective', async () => {
    const { cycle } = await scoredQuarter();
    await startNextQuarter(cycle.id);
    await reopenQuarter(cycle.id);
    expect(await getDb().cycles.get(cycle.id)).toMatchObject({
      phase: 'retrospective',
      closedAt: null,
    });
  });

  it('refuses an override without a reason and keeps the KR as it was', async () => {
    const { lcp } = await scoredQuarter();
    const error = await rejectionOf(
      updateScoring(lcp.id, { scoreOverride: 0.4, scoreOverrideReason: ' ' }),
    );
    expect(error.message).toBe('Say why the score is overridden.');
    expect((await getDb().keyResults.get(lcp.id))?.scoreOverride).toBeNull();
  });
});
