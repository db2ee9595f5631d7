import { beforeEach, describe, expect, it } from 'vitest';
import { cycleSchema, keyResultSchema, objectiveSchema, teamSchema } from '@shared/domain';
import { getDb } from '../../../../renderer/src/db/database';
import {
  createCycle,
  listCycles,
  updateCycle,
} from '../../../../renderer/src/db/repositories/cycles';
import {
  createKeyResult,
  listKeyResults,
  moveKeyResult,
  updateKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  deleteObjective,
  listObjectives,
  moveObjective,
  updateObjective,
} from '../../../../renderer/src/db/repositories/objectives';
import { createTeam, listTeams, updateTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  teamInput,
  seedCycle,
} from './builders';

beforeEach(() => {
  openFreshDb();
});

/** Creates objectives one after another, so their order is the order given. */
async function createObjectives(cycleId: string, names: string[]) {
  const made = [];
  for (const name of names) made.push(await createObjective(cycleId, objectiveInput(name)));
  return made;
}

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('creating', () => {
  it('stores a team, its quarter, an objective and key results that link up and parse', async () => {
    const { team, cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));

    expect(await listTeams()).toEqual([team]);
    expect(cycle).toMatchObject({ teamId: team.id, label: '2027-Q1', phase: 'setting' });
    expect(cycle).toMatchObject({ startDate: '2027-01-01', endDate: '2027-03-31' });
    // The objective and KR take their team and quarter from their parents, not from the caller.
    expect(objective).toMatchObject({ cycleId: cycle.id, teamId: team.id, order: 0 });
    expect(kr).toMatchObject({ objectiveId: objective.id, cycleId: cycle.id, weight: 1 });

    const db = getDb();
    expect(teamSchema.parse(await db.teams.get(team.id))).toEqual(team);
    expect(cycleSchema.parse(await db.cycles.get(cycle.id))).toEqual(cycle);
    expect(objectiveSchema.parse(await db.objectives.get(objective.id))).toEqual(objective);
    expect(keyResultSchema.parse(await db.keyResults.get(kr.id))).toEqual(kr);
  });

  it('rejects a second quarter with the same label for one team, with a readable message', async () => {
    const { team, cycle } = await seedCycle();
    const error = await rejectionOf(
      createCycle(team.id, { ...quarterInput(), label: ' 2027-Q1 ' }),
    );
    expect(error.message).toBe('This team already has a quarter called 2027-Q1.');
    expect(await listCycles(team.id)).toEqual([cycle]);

    // Renaming another quarter onto the taken label is refused the same way.
    const q2 = await createCycle(team.id, quarterInput(2027, 2));
    const renamed = await rejectionOf(updateCycle(q2.id, { ...quarterInput(), label: '2027-Q1' }));
    expect(renamed.message).toBe('This team already has a quarter called 2027-Q1.');
    expect(await getDb().cycles.get(q2.id)).toEqual(q2);
  });

  it("lists a team's quarters newest first, across years and whatever order they were made in", async () => {
    const team = await createTeam(teamInput());
    for (const [year, quarter] of [
      [2027, 2],
      [2026, 4],
      [2028, 1],
      [2027, 1],
      [2026, 1],
    ] as const) {
      await createCycle(team.id, quarterInput(year, quarter));
    }
    expect((await listCycles(team.id)).map((c) => c.label)).toEqual([
      '2028-Q1',
      '2027-Q2',
      '2027-Q1',
      '2026-Q4',
      '2026-Q1',
    ]);
  });

  it('allows the same quarter label for another team', async () => {
    await seedCycle();
    const other = await createTeam(teamInput('Data Platform'));
    const cycle = await createCycle(other.id, quarterInput());
    expect(await listCycles(other.id)).toEqual([cycle]);
    expect(await getDb().cycles.count()).toBe(2);
  });

  it('rejects a quarter that ends before (or on the day) it starts, writing nothing', async () => {
    const team = await createTeam(teamInput());
    for (const endDate of ['2026-12-31', '2027-01-01']) {
      const error = await rejectionOf(
        createCycle(team.id, { ...quarterInput(), startDate: '2027-01-01', endDate }),
      );
      expect(error.message).toContain('The quarter must end after it starts');
    }
    expect(await getDb().cycles.count()).toBe(0);
  });

  it('appends each new objective after the last one, even after a deletion', async () => {
    const { cycle } = await seedCycle();
    await createObjectives(cycle.id, ['A', 'B', 'C']);
    const [, b] = await listObjectives(cycle.id);
    await deleteObjective(b!.id);
    const d = await createObjective(cycle.id, objectiveInput('D'));

    expect(d.order).toBe(3);
    expect(titles(await listObjectives(cycle.id))).toEqual(['A', 'C', 'D']);
  });

  it('numbers key results per objective', async () => {
    const { cycle } = await seedCycle();
    const o1 = await createObjective(cycle.id, objectiveInput('One'));
    const o2 = await createObjective(cycle.id, objectiveInput('Two'));
    await createKeyResult(o1.id, keyResultInput('1a'));
    await createKeyResult(o1.id, keyResultInput('1b'));
    const first = await createKeyResult(o2.id, keyResultInput('2a'));
    expect(first.order).toBe(0);
  });
});

describe('reordering', () => {
  it('moves an objective up and down, and does nothing at either end', async () => {
    const { cycle } = await seedCycle();
    const [a, , c] = await createObjectives(cycle.id, ['A', 'B', 'C']);
    const order = async () => titles(await listObjectives(cycle.id));

    await moveObjective(c!.id, -1);
    expect(await order()).toEqual(['A', 'C', 'B']);
    await moveObjective(a!.id, 1);
    expect(await order()).toEqual(['C', 'A', 'B']);
    await moveObjective(c!.id, -1);
    expect(await order()).toEqual(['C', 'A', 'B']);
    const [, , last] = await listObjectives(cycle.id);
    await moveObjective(last!.id, 1);
    expect(await order()).toEqual(['C', 'A', 'B']);
  });

  it('still moves objectives whose stored order has gaps (older data)', async () => {
    const { cycle } = await seedCycle();
    const made = await createObjectives(cycle.id, ['A', 'B', 'C']);
    await getDb().objectives.bulkPut(made.map((o, i) => ({ ...o, order: i * 5 })));

    await moveObjective(made[2]!.id, -1);
    const rows = await listObjectives(cycle.id);
    expect(titles(rows)).toEqual(['A', 'C', 'B']);
    expect(rows.map((o) => o.order)).toEqual([0, 1, 2]);
  });

  it('moves a key result within its objective only, and does nothing at either end', async () => {
    const { cycle } = await seedCycle();
    const o1 = await createObjective(cycle.id, objectiveInput('One'));
    const o2 = await createObjective(cycle.id, objectiveInput('Two'));
    const k1 = await createKeyResult(o1.id, keyResultInput('1a'));
    const k2 = await createKeyResult(o1.id, keyResultInput('1b'));
    const other = await createKeyResult(o2.id, keyResultInput('2a'));
    const orderOf = async (objectiveId: string) =>
      titles((await listKeyResults(cycle.id)).filter((k) => k.objectiveId === objectiveId));

    await moveKeyResult(k2.id, -1);
    expect(await orderOf(o1.id)).toEqual(['1b', '1a']);
    await moveKeyResult(k2.id, -1);
    expect(await orderOf(o1.id)).toEqual(['1b', '1a']);
    await moveKeyResult(k1.id, 1);
    expect(await orderOf(o1.id)).toEqual(['1b', '1a']);
    await moveKeyResult(k1.id, -1);
    expect(await orderOf(o1.id)).toEqual(['1a', '1b']);
    expect(await getDb().keyResults.get(other.id)).toEqual(other);
  });
});

describe('updating', () => {
  it('saves a valid edit and refreshes updatedAt', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    await new Promise((r) => setTimeout(r, 5));
    const updated = await updateObjective(objective.id, {
      ...objectiveInput('Checkout never gets in the way'),
      kind: 'aspirational',
    });
    expect(await getDb().objectives.get(objective.id)).toEqual(updated);
    expect(updated).toMatchObject({ title: 'Checkout never gets in the way', order: 0 });
    expect(updated.createdAt).toBe(objective.createdAt);
    expect(updated.updatedAt > objective.updatedAt).toBe(true);
  });

  it('rejects an empty title or name and leaves the record unchanged', async () => {
    const { team, cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));
    const before = await dumpDb();

    const errors = await Promise.all([
      rejectionOf(updateTeam(team.id, teamInput('   '))),
      rejectionOf(updateObjective(objective.id, objectiveInput('   '))),
      rejectionOf(updateKeyResult(kr.id, keyResultInput(''))),
      rejectionOf(updateCycle(cycle.id, { ...quarterInput(), endDate: '2026-12-01' })),
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Team name is required'),
      expect.stringContaining('Objective title is required'),
      expect.stringContaining('Key result title is required'),
      expect.stringContaining('The quarter must end after it starts'),
    ]);
    expect(await dumpDb()).toEqual(before);
  });

  it('reports an edit of a record that is gone instead of re-creating it', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    await deleteObjective(objective.id);
    const error = await rejectionOf(updateObjective(objective.id, objectiveInput('Back?')));
    expect(error.message).toBe('That objective no longer exists.');
    expect(await getDb().objectives.count()).toBe(0);
  });
});

describe('failed writes', () => {
  it('createKeyResult for a missing objective writes nothing', async () => {
    await seedCycle();
    const before = await dumpDb();
    const error = await rejectionOf(createKeyResult('no-such-objective', keyResultInput('Lost')));
    expect(error.message).toBe('That objective no longer exists.');
    expect(await dumpDb()).toEqual(before);
  });

  it('createCycle for a missing team writes nothing', async () => {
    const error = await rejectionOf(createCycle('no-such-team', quarterInput()));
    expect(error.message).toBe('That team no longer exists.');
    expect(await getDb().cycles.count()).toBe(0);
  });
});
