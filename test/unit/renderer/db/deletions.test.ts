import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import { restoreSnapshot } from '../../../../renderer/src/db/repositories/common';
import {
  countQuarterContents,
  countTeamContents,
} from '../../../../renderer/src/db/repositories/contents';
import {
  createCycle,
  deleteCycle,
  setCyclePhase,
} from '../../../../renderer/src/db/repositories/cycles';
import {
  createKeyResult,
  deleteKeyResult,
  listKeyResults,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  deleteObjective,
} from '../../../../renderer/src/db/repositories/objectives';
import { createTeam, deleteTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  addCheckIn,
  addCycleRetro,
  addDependency,
  addKeyResultRetro,
  addWizardDraft,
  addWorkshopKit,
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

/** A team with two quarters, each with an objective, two KRs and rows in every child table. */
async function seedTeam(name: string) {
  const team = await createTeam(teamInput(name));
  const quarters = [];
  for (const q of [1, 2] as const) {
    const cycle = await createCycle(team.id, quarterInput(2027, q));
    const objective = await createObjective(cycle.id, objectiveInput(`${name} Q${q}`));
    const krs = [
      await createKeyResult(objective.id, keyResultInput(`${name} Q${q} KR1`)),
      await createKeyResult(objective.id, keyResultInput(`${name} Q${q} KR2`)),
    ];
    for (const kr of krs) {
      await addCheckIn(kr);
      await addKeyResultRetro(kr);
    }
    await addCycleRetro(cycle);
    await addDependency(cycle, { objectiveId: objective.id, keyResultId: krs[0]!.id });
    await addWizardDraft(cycle);
    await addWorkshopKit(cycle, krs[0]!);
    quarters.push({ cycle, objective, krs });
  }
  return { team, quarters };
}

async function countAll(): Promise<Record<string, number>> {
  const dump = await dumpDb();
  return Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, rows.length]));
}

describe('deleteObjective', () => {
  it('removes the objective with its KRs, check-ins, retros and dependencies; undo restores them exactly', async () => {
    const { cycle } = await seedCycle();
    const keep = await createObjective(cycle.id, objectiveInput('Keep me'));
    const keptKr = await createKeyResult(keep.id, keyResultInput('Kept KR'));
    await addCheckIn(keptKr);
    const doomed = await createObjective(cycle.id, objectiveInput('Delete me'));
    const krs = [
      await createKeyResult(doomed.id, keyResultInput('Doomed 1')),
      await createKeyResult(doomed.id, keyResultInput('Doomed 2')),
    ];
    for (const kr of krs) await addCheckIn(kr);
    await addKeyResultRetro(krs[0]!);
    await addDependency(cycle, { objectiveId: doomed.id, keyResultId: null });
    const before = await dumpDb();

    const snapshot = await deleteObjective(doomed.id);

    expect(snapshot.label).toBe('Objective “Delete me”');
    expect(await countAll()).toMatchObject({
      objectives: 1,
      keyResults: 1,
      checkIns: 1,
      keyResultRetros: 0,
      dependencies: 0,
    });
    expect((await listKeyResults(cycle.id)).map((k) => k.title)).toEqual(['Kept KR']);

    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });

  it('detaches a dependency filed against one of its KRs but not the objective itself', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));
    const dependency = await addDependency(cycle, { objectiveId: null, keyResultId: kr.id });
    const before = await dumpDb();

    const snapshot = await deleteObjective(objective.id);
    // Detaching is a write: the dependency's revision moves on.
    expect(await getDb().dependencies.get(dependency.id)).toEqual({
      ...dependency,
      keyResultId: null,
      revision: 1,
      updatedAt: expect.any(String),
    });

    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('deleteTeam', () => {
  it('cascades through its quarters and everything in them, leaving other teams alone', async () => {
    await seedTeam('Payments');
    const doomed = await seedTeam('Search');
    const before = await dumpDb();
    const otherTeamOnly = {
      teams: 1,
      levels: 0,
      cycles: 2,
      objectives: 2,
      keyResults: 4,
      checkIns: 4,
      keyResultRetros: 4,
      cycleRetros: 2,
      dependencies: 2,
      wizardDrafts: 2,
      templates: 0,
      workshops: 2,
      workshopParticipants: 2,
      workshopClusters: 2,
      workshopCards: 2,
      workshopBallots: 2,
      confidenceRounds: 2,
      confidenceVotes: 2,
      effortEntries: 2,
    };

    const snapshot = await deleteTeam(doomed.team.id);

    expect(snapshot.label).toBe('Team “Search”');
    expect(await countAll()).toEqual(otherTeamOnly);
    expect((await getDb().teams.toArray()).map((t) => t.name)).toEqual(['Payments']);

    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });

  it('deletes a team that has no quarters yet', async () => {
    const team = await createTeam(teamInput());
    const snapshot = await deleteTeam(team.id);
    expect(await getDb().teams.count()).toBe(0);
    await restoreSnapshot(snapshot);
    expect(await getDb().teams.get(team.id)).toEqual(team);
  });
});

describe('deleteKeyResult', () => {
  it('detaches (does not delete) a dependency on it, and undo re-attaches it', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));
    const sibling = await createKeyResult(objective.id, keyResultInput('Cut CLS'));
    await addCheckIn(kr);
    await addCheckIn(sibling);
    await addKeyResultRetro(kr);
    const dependency = await addDependency(cycle, {
      objectiveId: objective.id,
      keyResultId: kr.id,
    });
    const before = await dumpDb();

    const snapshot = await deleteKeyResult(kr.id);

    const db = getDb();
    expect(await db.keyResults.get(kr.id)).toBeUndefined();
    expect(await db.checkIns.where('keyResultId').equals(kr.id).count()).toBe(0);
    expect(await db.checkIns.where('keyResultId').equals(sibling.id).count()).toBe(1);
    expect(await db.keyResultRetros.count()).toBe(0);
    expect(await db.dependencies.get(dependency.id)).toEqual({
      ...dependency,
      keyResultId: null,
      revision: 1,
      updatedAt: expect.any(String),
    });

    await restoreSnapshot(snapshot);
    expect(await db.dependencies.get(dependency.id)).toEqual(dependency);
    expect(await dumpDb()).toEqual(before);
  });

  it('refuses to delete a key result that is already gone, changing nothing', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));
    await deleteKeyResult(kr.id);
    const before = await dumpDb();
    const error = await rejectionOf(deleteKeyResult(kr.id));
    expect(error.message).toBe('That key result no longer exists.');
    expect(await dumpDb()).toEqual(before);
  });
});

describe('restoreSnapshot', () => {
  it('restores all of a snapshot or none of it', async () => {
    const { cycle } = await seedCycle();
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut LCP'));
    const snapshot = await deleteObjective(objective.id);
    const afterDelete = await dumpDb();

    // A row without its primary key makes the second table's write fail mid-transaction.
    const { id: _id, ...keylessKr } = kr;
    await rejectionOf(
      restoreSnapshot({ ...snapshot, rows: { ...snapshot.rows, keyResults: [keylessKr] } }),
    );

    expect(await dumpDb()).toEqual(afterDelete);
    expect(await getDb().objectives.get(objective.id)).toBeUndefined();
  });
});

describe('deleting a quarter, and what a question before a deletion counts', () => {
  it("counts a team's quarters and everything in them, and one quarter's own", async () => {
    const { team, quarters } = await seedTeam('Payments');
    expect(await countTeamContents(team.id)).toEqual({
      quarters: 2,
      objectives: 2,
      keyResults: 4,
      checkIns: 4,
    });
    expect(await countQuarterContents(quarters[0]!.cycle.id)).toEqual({
      objectives: 1,
      keyResults: 2,
      checkIns: 2,
    });
  });

  it('deletes one quarter with everything in it and undoes it exactly', async () => {
    const { quarters } = await seedTeam('Payments');
    const before = await dumpDb();
    const snapshot = await deleteCycle(quarters[0]!.cycle.id);
    expect(snapshot.label).toBe('Quarter 2027-Q1');
    const counts = await countAll();
    expect(counts).toMatchObject({ cycles: 1, objectives: 1, keyResults: 2, checkIns: 2 });
    expect(counts.wizardDrafts).toBe(1);
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });

  it('moves a quarter between phases and says where it was, so the move can be undone', async () => {
    const { quarters } = await seedTeam('Payments');
    const id = quarters[0]!.cycle.id;
    expect(await setCyclePhase(id, 'checkins')).toBe('setting');
    expect(await setCyclePhase(id, 'setting')).toBe('checkins');
    expect((await getDb().cycles.get(id))?.phase).toBe('setting');
  });
});
