import { beforeEach, describe, expect, it } from 'vitest';
import { RevisionConflictError, versionOf, type RecordVersion } from '@shared/domain/revisions';
import { getDb } from '../../../../renderer/src/db/database';
import { correctCheckIn, recordCheckIn } from '../../../../renderer/src/db/repositories/checkIns';
import {
  acknowledgeFinding,
  setReflection,
} from '../../../../renderer/src/db/repositories/coachNotes';
import {
  setCyclePhase,
  updateCycle,
  updateCycleChain,
} from '../../../../renderer/src/db/repositories/cycles';
import { updateDependency } from '../../../../renderer/src/db/repositories/dependencies';
import {
  createKeyResult,
  moveKeyResult,
  updateKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  moveObjective,
  updateObjective,
} from '../../../../renderer/src/db/repositories/objectives';
import {
  closeQuarter,
  reopenQuarter,
} from '../../../../renderer/src/db/repositories/quarterLifecycle';
import {
  saveCycleRetro,
  saveKeyResultRetro,
} from '../../../../renderer/src/db/repositories/retros';
import { updateScoring } from '../../../../renderer/src/db/repositories/scoring';
import { updateTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  addCheckIn,
  addDependency,
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  seedQuarter,
} from './builders';

beforeEach(() => {
  openFreshDb();
});

const RETRO = {
  worked: 'Image budget',
  didNotWork: '',
  learned: 'Measure first',
  carryForward: false,
};
const QUARTER_RETRO = {
  calibration: [],
  objectivesMatteredLess: [],
  wrongAssumptions: '',
  notes: 'Calm',
  headline: '',
  asks: '',
};
const CHECK_IN = { value: 2.6, confidence: 70, changed: 'CDN', blockers: '' };

const db = () => getDb();

/** A version no write ever had: what a form opened long ago would send. */
const stale = (version: RecordVersion): RecordVersion => ({
  revision: version.revision,
  updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('every write moves a record on to its next revision', () => {
  it('counts edits of teams, quarters, objectives and key results', async () => {
    const { team, cycle, objective, keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    for (const created of [team, cycle, objective, kr]) expect(created.revision).toBe(0);

    expect((await updateTeam(team.id, { name: 'Payments', function: 'platform' })).revision).toBe(
      1,
    );
    expect((await updateCycle(cycle.id, quarterInput())).revision).toBe(1);
    const chain = { businessNeed: 'Grow revenue', engineeringLever: 'Conversion' };
    expect((await updateCycleChain(cycle.id, chain)).revision).toBe(2);
    await setCyclePhase(cycle.id, 'checkins');
    await closeQuarter(cycle.id);
    await reopenQuarter(cycle.id);
    expect((await db().cycles.get(cycle.id))?.revision).toBe(5);

    expect((await updateObjective(objective.id, objectiveInput('Checkout'))).revision).toBe(1);
    expect((await updateKeyResult(kr.id, keyResultInput('Cut LCP'))).revision).toBe(1);
    expect((await updateScoring(kr.id, { weight: 2 })).revision).toBe(2);
    await acknowledgeFinding(
      { rule: 'no-baseline', objectiveId: objective.id, keyResultId: kr.id },
      'On purpose',
    );
    await setReflection(kr.id, 'no', '');
    expect((await db().keyResults.get(kr.id))?.revision).toBe(4);
  });

  it('counts a move for the rows whose place changed, and only for those', async () => {
    const { cycle, objective, keyResults } = await seedQuarter({
      keyResults: [keyResultInput('First'), keyResultInput('Second'), keyResultInput('Third')],
    });
    const [first, second, third] = keyResults;
    if (!first || !second || !third) throw new Error('seed');
    await moveKeyResult(second.id, -1);
    const after = await db().keyResults.bulkGet([first.id, second.id, third.id]);
    expect(after.map((k) => k?.revision)).toEqual([1, 1, 0]);

    const other = await createObjective(cycle.id, objectiveInput('Reliable'));
    await moveObjective(other.id, -1);
    expect((await db().objectives.get(objective.id))?.revision).toBe(1);
    expect((await db().objectives.get(other.id))?.revision).toBe(1);
  });

  it('counts answers: retrospectives, dependencies and a check-in answered again', async () => {
    const { cycle, keyResults } = await seedQuarter({ phase: 'retrospective' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    expect((await saveKeyResultRetro(kr.id, RETRO)).revision).toBe(0);
    expect((await saveKeyResultRetro(kr.id, { ...RETRO, learned: 'More' })).revision).toBe(1);
    expect((await saveCycleRetro(cycle.id, QUARTER_RETRO)).revision).toBe(0);
    expect((await saveCycleRetro(cycle.id, { ...QUARTER_RETRO, notes: 'Busy' })).revision).toBe(1);

    const dependency = await addDependency(cycle, { objectiveId: null, keyResultId: null });
    const input = {
      team: 'Edge',
      need: 'A CDN rule',
      byDate: null,
      status: 'agreed' as const,
      objectiveId: null,
    };
    expect((await updateDependency(dependency.id, input)).revision).toBe(1);

    const first = await recordCheckIn(kr.id, 'meeting-1', '2027-01-15', CHECK_IN);
    const again = await recordCheckIn(kr.id, 'meeting-1', '2027-01-15', {
      ...CHECK_IN,
      value: 2.5,
    });
    expect([first.revision, again.revision, again.id]).toEqual([0, 1, first.id]);
  });
});

describe('a save based on an old version does not overwrite', () => {
  /**
   * Each editable record's save, given the version it was based on, and how to read the record
   * as it is now (cases share records, so each reads its version when its turn comes).
   */
  async function cases() {
    const { team, cycle, objective, keyResults } = await seedQuarter({ phase: 'retrospective' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const dependency = await addDependency(cycle, { objectiveId: null, keyResultId: null });
    const krRetro = await saveKeyResultRetro(kr.id, RETRO);
    const cycleRetro = await saveCycleRetro(cycle.id, QUARTER_RETRO);
    const checkIn = await addCheckIn(kr);
    return [
      {
        name: 'team',
        read: () => db().teams.get(team.id),
        save: (v: RecordVersion) => updateTeam(team.id, { name: 'Renamed', function: 'data' }, v),
      },
      {
        name: 'quarter',
        read: () => db().cycles.get(cycle.id),
        save: (v: RecordVersion) =>
          updateCycle(cycle.id, { ...quarterInput(), cadence: 'weekly' }, v),
      },
      {
        name: 'quarter chain',
        read: () => db().cycles.get(cycle.id),
        save: (v: RecordVersion) =>
          updateCycleChain(cycle.id, { businessNeed: 'Save cost', engineeringLever: 'Infra' }, v),
      },
      {
        name: 'objective',
        read: () => db().objectives.get(objective.id),
        save: (v: RecordVersion) => updateObjective(objective.id, objectiveInput('Other'), v),
      },
      {
        name: 'key result',
        read: () => db().keyResults.get(kr.id),
        save: (v: RecordVersion) => updateKeyResult(kr.id, keyResultInput('Other'), v),
      },
      {
        name: 'key result score',
        read: () => db().keyResults.get(kr.id),
        save: (v: RecordVersion) => updateScoring(kr.id, { finalValue: 1.4 }, v),
      },
      {
        name: 'dependency',
        read: () => db().dependencies.get(dependency.id),
        save: (v: RecordVersion) =>
          updateDependency(
            dependency.id,
            { team: 'Edge', need: 'Other', byDate: null, status: 'open', objectiveId: null },
            v,
          ),
      },
      {
        name: 'key result retro',
        read: () => db().keyResultRetros.get(krRetro.id),
        save: (v: RecordVersion) => saveKeyResultRetro(kr.id, { ...RETRO, worked: 'Other' }, v),
      },
      {
        name: 'quarter retro',
        read: () => db().cycleRetros.get(cycleRetro.id),
        save: (v: RecordVersion) =>
          saveCycleRetro(cycle.id, { ...QUARTER_RETRO, notes: 'Other' }, v),
      },
      {
        name: 'check-in correction',
        read: () => db().checkIns.get(checkIn.id),
        save: (v: RecordVersion) => correctCheckIn(checkIn.id, { ...CHECK_IN, value: 9 }, v),
      },
    ];
  }

  it('refuses a stale version with a conflict carrying the record as it is now, changing nothing', async () => {
    for (const { name, read, save } of await cases()) {
      const stored = await read();
      if (!stored) throw new Error(name);
      const version = versionOf(stored);
      const before = await dumpDb();
      const error = await rejectionOf(save(stale(version)));
      expect(error, name).toBeInstanceOf(RevisionConflictError);
      const current = (error as RevisionConflictError).current as { id: string };
      expect(current, name).toMatchObject({ revision: version.revision });
      expect(await dumpDb(), name).toEqual(before);
      // Based on the version as it is, the same save goes through.
      await expect(save(version), name).resolves.toBeDefined();
    }
  });

  it('lets exactly one of two saves from the same version through, in either order', async () => {
    const { keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const base = versionOf(kr);
    const results = await Promise.allSettled([
      updateKeyResult(kr.id, keyResultInput('Title from A'), base),
      updateKeyResult(kr.id, keyResultInput('Cut LCP', { owner: 'Ben' }), base),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    const stored = await db().keyResults.get(kr.id);
    const [winner] = won;
    expect(stored).toEqual(winner?.value);
    const [loser] = lost;
    expect(loser?.reason).toBeInstanceOf(RevisionConflictError);
    expect((loser?.reason as RevisionConflictError).current).toEqual(stored);
  });

  it('keeps working on rows written before revisions existed', async () => {
    const { keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    // As an older build stored it: no revision field at all.
    const { revision: _revision, ...old } = kr;
    await db().keyResults.put(old);
    const stored = await db().keyResults.get(kr.id);
    expect(stored && 'revision' in stored).toBe(false);

    const saved = await updateKeyResult(kr.id, keyResultInput('Renamed'), versionOf(old));
    expect(saved.revision).toBe(1);
    const error = await rejectionOf(
      updateKeyResult(kr.id, keyResultInput('Again'), versionOf(old)),
    );
    expect(error).toBeInstanceOf(RevisionConflictError);
  });

  it('refuses to create answers that another window created meanwhile', async () => {
    const { cycle, keyResults } = await seedQuarter({ phase: 'retrospective' });
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const theirs = await saveKeyResultRetro(kr.id, RETRO, null);
    const error = await rejectionOf(saveKeyResultRetro(kr.id, { ...RETRO, worked: 'Mine' }, null));
    expect((error as RevisionConflictError).current).toEqual(theirs);
    const theirRetro = await saveCycleRetro(cycle.id, QUARTER_RETRO, null);
    const again = await rejectionOf(saveCycleRetro(cycle.id, QUARTER_RETRO, null));
    expect((again as RevisionConflictError).current).toEqual(theirRetro);
  });

  it('shows the newest correction of a check-in corrected meanwhile, twice over', async () => {
    const { keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seed');
    const original = await addCheckIn(kr);
    const first = await correctCheckIn(
      original.id,
      { ...CHECK_IN, value: 2.7 },
      versionOf(original),
    );
    const second = await correctCheckIn(first.id, { ...CHECK_IN, value: 2.6 }, versionOf(first));

    const error = await rejectionOf(
      correctCheckIn(original.id, { ...CHECK_IN, value: 3 }, versionOf(original)),
    );
    expect((error as RevisionConflictError).current).toEqual(second);
    // Without a version to compare (not a form's save), the old plain refusal stands.
    const plain = await rejectionOf(correctCheckIn(original.id, CHECK_IN));
    expect(plain.message).toBe(
      'That check-in has already been corrected; correct the newest version.',
    );
    // Corrected on top of the newest version, it goes through.
    const third = await correctCheckIn(second.id, { ...CHECK_IN, value: 3 }, versionOf(second));
    expect(third.supersedesId).toBe(second.id);
  });

  it('creates key results with revision 0 and takes no version to create one', async () => {
    const { objective } = await seedQuarter({ keyResults: [] });
    const kr = await createKeyResult(objective.id, keyResultInput('New'));
    expect(kr.revision).toBe(0);
  });
});
