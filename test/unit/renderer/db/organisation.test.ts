import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../../renderer/src/db/database';
import { linkBlocker } from '../../../../renderer/src/db/repositories/checkIns';
import { restoreSnapshot } from '../../../../renderer/src/db/repositories/common';
import { createCycle, listParentGroups } from '../../../../renderer/src/db/repositories/cycles';
import { createDependency } from '../../../../renderer/src/db/repositories/dependencies';
import {
  createLevelOwner,
  listOwners,
  placeOwner,
  previewPlacement,
} from '../../../../renderer/src/db/repositories/levels';
import {
  createObjective,
  updateObjective,
} from '../../../../renderer/src/db/repositories/objectives';
import {
  listQuarterLabels,
  loadOrganisationQuarter,
} from '../../../../renderer/src/db/repositories/organisation';
import { deleteTeam, createTeam } from '../../../../renderer/src/db/repositories/teams';
import { restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { createBackup } from '@shared/backup';
import { acmeWorkspace } from '../../../support/organisation';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import {
  addCheckIn,
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

async function restoreAcme() {
  const acme = acmeWorkspace();
  await restoreBackup(await createBackup(acme.data, '0.0.0-test'), 'replace');
  return acme;
}

describe('levels', () => {
  it('sets up the organisation and groups as owners of their own quarters', async () => {
    const org = await createLevelOwner({
      name: 'Acme Engineering',
      function: 'other',
      kind: 'organisation',
    });
    const group = await createLevelOwner({
      name: 'Core Platform',
      function: 'platform',
      kind: 'group',
    });
    const team = await createTeam(teamInput('Payments'));
    await placeOwner(team.id, { kind: 'team', groupId: group.id });
    expect((await listOwners()).map((o) => [o.name, o.kind, o.groupId])).toEqual([
      ['Acme Engineering', 'organisation', null],
      ['Core Platform', 'group', null],
      ['Payments', 'team', group.id],
    ]);
    expect(await createCycle(org.id, quarterInput())).toMatchObject({ teamId: org.id });
    const error = await rejectionOf(placeOwner(team.id, { kind: 'team', groupId: org.id }));
    expect(error.message).toBe('A team can only join a group of this workspace.');
  });

  it('lets only a higher level be a parent, in the same quarter, grouped by owner', async () => {
    const { quarters, objectives } = await restoreAcme();
    const groups = await listParentGroups(quarters.paymentsQ);
    expect(groups.map((g) => [g.owner.name, g.objectives.map((o) => o.title)])).toEqual([
      ['Acme Engineering', ['Customers can rely on us', 'Decisions run on fresh data']],
      ['Core Platform', ['Payments never fail']],
    ]);
    expect(await listParentGroups(quarters.acmeQ)).toEqual([]);

    const peer = await rejectionOf(
      createObjective(quarters.paymentsQ.id, {
        ...objectiveInput('Aligned to a peer'),
        parentObjectiveId: objectives.up.id,
      }),
    );
    expect(peer.message).toContain('which is not above Payments (team level)');
    const aligned = await createObjective(quarters.dataQ.id, {
      ...objectiveInput('Lineage for every table'),
      parentObjectiveId: objectives.fresh.id,
    });
    expect(aligned.parentObjectiveId).toBe(objectives.fresh.id);
    const up = await rejectionOf(
      updateObjective(objectives.rely.id, {
        ...objectiveInput(objectives.rely.title),
        parentObjectiveId: objectives.checkout.id,
      }),
    );
    expect(up.message).toContain('not above');
  });

  it('turns a team into the organisation, detaching what no longer points up; undo puts it back', async () => {
    const { owners } = await restoreAcme();
    const before = await dumpDb();
    // Payments' objectives align to Acme and Core Platform, which would then sit below it.
    const effect = await previewPlacement(owners.payments.id, {
      kind: 'organisation',
      groupId: null,
    });
    expect(effect.detached.map((o) => o.title).sort()).toEqual([
      'Checkout always works',
      'Refunds are quick',
    ]);
    const snapshot = await placeOwner(owners.payments.id, { kind: 'organisation', groupId: null });
    const payments = (await listOwners()).find((o) => o.id === owners.payments.id);
    expect(payments).toMatchObject({ kind: 'organisation', groupId: null });
    expect(
      (await getDb().objectives.where('teamId').equals(owners.payments.id).toArray()).map(
        (o) => o.parentObjectiveId,
      ),
    ).toEqual([null, null]);
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });

  it('frees a deleted group’s teams, and undo brings the group and its teams back', async () => {
    const { owners } = await restoreAcme();
    const before = await dumpDb();
    const snapshot = await deleteTeam(owners.core.id);
    const after = await listOwners();
    expect(after.find((o) => o.id === owners.payments.id)?.groupId).toBeNull();
    expect(after.some((o) => o.id === owners.core.id)).toBe(false);
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('dependencies between teams', () => {
  it('names a workspace team by its name, keeps free text for others, and refuses its own team', async () => {
    const { owners, quarters } = await restoreAcme();
    const input = { need: 'Events', byDate: null, status: 'open' as const, objectiveId: null };
    const named = await createDependency(quarters.searchQ.id, {
      ...input,
      team: 'whatever was typed',
      teamId: owners.dataTeam.id,
    });
    expect(named).toMatchObject({ team: 'Data', teamId: owners.dataTeam.id });
    const outside = await createDependency(quarters.searchQ.id, {
      ...input,
      team: 'Legal',
      teamId: null,
    });
    expect(outside).toMatchObject({ team: 'Legal', teamId: null });
    const self = await rejectionOf(
      createDependency(quarters.searchQ.id, { ...input, team: 'Search', teamId: owners.search.id }),
    );
    expect(self.message).toBe('A team does not depend on itself.');
  });

  it('links a check-in’s blocker to a dependency of its own quarter only', async () => {
    const { team, cycle } = await seedCycle();
    const other = await createCycle(team.id, quarterInput(2027, 2));
    const objective = await createObjective(cycle.id, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Cut checkout LCP'));
    const checkIn = await addCheckIn(kr);
    const input = {
      team: 'Edge',
      teamId: null,
      need: 'CDN',
      byDate: null,
      status: 'open' as const,
      objectiveId: null,
    };
    const dep = await createDependency(cycle.id, input);
    const elsewhere = await createDependency(other.id, input);
    await linkBlocker(checkIn.id, dep.id);
    expect((await getDb().checkIns.get(checkIn.id))?.dependencyId).toBe(dep.id);
    const error = await rejectionOf(linkBlocker(checkIn.id, elsewhere.id));
    expect(error.message).toBe('That dependency is not one of this quarter’s.');
    await linkBlocker(checkIn.id, null);
    expect((await getDb().checkIns.get(checkIn.id))?.dependencyId).toBeNull();
  });
});

describe('the organisation quarter', () => {
  it('reads one quarter label across every owner', async () => {
    const { owners } = await restoreAcme();
    await createCycle(owners.search.id, quarterInput(2027, 2));
    expect(await listQuarterLabels()).toEqual(['2027-Q2', '2027-Q1']);
    const quarter = await loadOrganisationQuarter('2027-Q1');
    expect(quarter.cycles).toHaveLength(5);
    expect(quarter.objectives).toHaveLength(8);
    expect(quarter.owners.map((o) => o.name)[0]).toBe('Acme Engineering');
    const next = await loadOrganisationQuarter('2027-Q2');
    expect(next.cycles.map((c) => c.teamId)).toEqual([owners.search.id]);
    expect(next.objectives).toEqual([]);
  });
});
