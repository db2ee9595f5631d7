import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../shared/backup/checksum';
import { readBackup } from '../../../../shared/backup/read';
import { findIntegrityProblem } from '../../../../shared/backup/integrity';
import { alignmentProblem, repairAlignment } from '../../../../shared/domain/alignment';
import { acmeWorkspace, Workspace } from '../../../support/organisation';

/** A workspace as format 1 wrote it: no levels, and any team could align to any other. */
function legacy(build: (w: Workspace) => void) {
  const w = new Workspace();
  build(w);
  const { levels: _none, ...data } = w.data;
  return { w, data };
}

async function formatOneFile(data: object, formatVersion = 1): Promise<string> {
  return JSON.stringify({
    format: 'quarterdeck-backup',
    formatVersion,
    appVersion: '0.1.0',
    createdAt: '2027-02-01T10:00:00.000Z',
    checksum: await checksumOf(data),
    data,
  });
}

describe('repairAlignment: levels for a workspace from before levels', () => {
  it('makes the team everyone aligned to the organisation, and keeps the links', () => {
    const { w } = legacy((w) => {
      const company = w.owner('Company goals');
      const [a, b] = [w.owner('Payments'), w.owner('Search')];
      const goal = w.objective(w.quarter(company), 'Grow revenue');
      w.objective(w.quarter(a), 'Checkout converts', goal);
      w.objective(w.quarter(b), 'Search finds things', goal);
    });
    const repair = repairAlignment(w.data);
    expect(repair.levels.map((l) => [l.teamId, l.kind, l.groupId])).toEqual([
      [w.data.teams[0]!.id, 'organisation', null],
    ]);
    expect(repair.detach).toEqual([]);
  });

  it('reads a three-deep chain as organisation, group and team, with the team in its group', () => {
    const { w } = legacy((w) => {
      const [org, dept, team] = [w.owner('Acme'), w.owner('Platform dept'), w.owner('Payments')];
      const goal = w.objective(w.quarter(org), 'Grow revenue');
      const lever = w.objective(w.quarter(dept), 'Faster platform', goal);
      w.objective(w.quarter(team), 'Checkout is quick', lever);
    });
    const [org, dept, team] = w.data.teams;
    expect(repairAlignment(w.data).levels.map((l) => [l.teamId, l.kind, l.groupId])).toEqual([
      [org!.id, 'organisation', null],
      [dept!.id, 'group', null],
      [team!.id, 'team', dept!.id],
    ]);
  });

  it('detaches links within a team, across quarters and around a loop', () => {
    const { w } = legacy((w) => {
      const [a, b] = [w.owner('Payments'), w.owner('Search')];
      const aQ = w.quarter(a);
      const bQ = w.quarter(b);
      const aQ2 = w.quarter(a, {
        label: '2027-Q2',
        startDate: '2027-04-01',
        endDate: '2027-06-30',
      });
      const first = w.objective(aQ, 'First');
      w.objective(aQ, 'Within the team', first);
      w.objective(aQ2, 'Carried with its old parent', first);
      // Payments → Search and Search → Payments: a loop of teams.
      const s = w.objective(bQ, 'Search side');
      const p = w.objective(aQ, 'Payments side', s);
      s.parentObjectiveId = p.id;
    });
    const repair = repairAlignment(w.data);
    const titles = repair.detach.map((id) => w.data.objectives.find((o) => o.id === id)!.title);
    expect(titles.sort()).toEqual([
      'Carried with its old parent',
      'Payments side',
      'Search side',
      'Within the team',
    ]);
  });

  it('leaves a workspace without alignments alone', () => {
    const { data } = acmeWorkspace();
    const plain = {
      ...data,
      objectives: data.objectives.map((o) => ({ ...o, parentObjectiveId: null })),
    };
    expect(repairAlignment(plain)).toEqual({ levels: [], detach: [] });
  });

  it('always leaves links that fit the levels it infers (generated workspaces)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(2), fc.option(fc.nat(), { nil: null })), {
          maxLength: 25,
        }),
        (specs) => {
          const { w } = legacy((w) => {
            const teams = Array.from({ length: 6 }, (_, i) => w.owner(`Team ${i}`));
            const quarters = teams.map((t) => [
              w.quarter(t),
              w.quarter(t, { label: '2027-Q2', startDate: '2027-04-01', endDate: '2027-06-30' }),
            ]);
            const made = specs.map(([team, q], i) => w.objective(quarters[team]![q % 2]!, `O${i}`));
            specs.forEach(([, , parent], i) => {
              if (parent !== null) made[i]!.parentObjectiveId = made[parent % made.length]!.id;
            });
          });
          const repair = repairAlignment(w.data);
          const data = {
            ...w.data,
            levels: repair.levels,
            objectives: w.data.objectives.map((o) =>
              repair.detach.includes(o.id) ? { ...o, parentObjectiveId: null } : o,
            ),
          };
          expect(findIntegrityProblem(data)).toBeNull();
        },
      ),
    );
  });
});

describe('restoring a format-1 backup', () => {
  it('upgrades it: levels inferred, links that cannot stand detached, everything else kept', async () => {
    const { data } = legacy((w) => {
      const company = w.owner('Company goals');
      const team = w.owner('Payments');
      const goal = w.objective(w.quarter(company), 'Grow revenue');
      const teamQ = w.quarter(team);
      w.objective(teamQ, 'Checkout converts', goal);
      const first = w.objective(teamQ, 'First');
      w.objective(teamQ, 'Within the team', first);
    });
    const read = await readBackup(await formatOneFile(data));
    if (!read.ok) throw new Error(read.problem);
    expect(read.summary.formatVersion).toBe(1);
    expect(read.file.data.levels.map((l) => l.kind)).toEqual(['organisation']);
    const parents = Object.fromEntries(
      read.file.data.objectives.map((o) => [o.title, o.parentObjectiveId !== null]),
    );
    expect(parents).toEqual({
      'Grow revenue': false,
      'Checkout converts': true,
      First: false,
      'Within the team': false,
    });
  });
});

describe('restoring a format-2 backup (the workshop’s format, still without levels)', () => {
  it('infers levels too, and a format-3 file keeps the levels it has', async () => {
    const { data } = legacy((w) => {
      const company = w.owner('Company goals');
      const team = w.owner('Payments');
      const goal = w.objective(w.quarter(company), 'Grow revenue');
      w.objective(w.quarter(team), 'Checkout converts', goal);
    });
    const two = await readBackup(await formatOneFile(data, 2));
    if (!two.ok) throw new Error(two.problem);
    expect(two.summary.formatVersion).toBe(2);
    expect(two.file.formatVersion).toBe(3);
    expect(two.file.data.levels.map((l) => l.kind)).toEqual(['organisation']);

    const acme = acmeWorkspace().data;
    const three = await readBackup(await formatOneFile(acme, 3));
    if (!three.ok) throw new Error(three.problem);
    expect(three.file.data.levels).toEqual(acme.levels);
  });
});

describe('the integrity of levels and alignments in a backup', () => {
  it('accepts the organisation as built', () => {
    expect(findIntegrityProblem(acmeWorkspace().data)).toBeNull();
  });

  it('refuses a parent at the same level, in another quarter, or a group that is not one', () => {
    const peer = acmeWorkspace();
    peer.objectives.dashboards.parentObjectiveId = peer.objectives.checkout.id;
    expect(findIntegrityProblem(peer.data)).toMatch(
      /^Objective \d+ \(data\.objectives\[\d+\]\.parentObjectiveId\): parent objective '.+' belongs to a team .*not above this objective's team\.$/,
    );

    const quarter = acmeWorkspace();
    const later = quarter.workspace.quarter(quarter.owners.acme, {
      label: '2027-Q2',
      startDate: '2027-04-01',
      endDate: '2027-06-30',
    });
    const next = quarter.workspace.objective(later, 'Next quarter');
    quarter.objectives.dashboards.parentObjectiveId = next.id;
    expect(findIntegrityProblem(quarter.data)).toContain('is in quarter 2027-Q2, not 2027-Q1');

    const group = acmeWorkspace();
    group.data.levels.find((l) => l.teamId === group.owners.payments.id)!.groupId =
      group.owners.dataTeam.id;
    expect(findIntegrityProblem(group.data)).toContain('is not a group');

    const loop = acmeWorkspace();
    loop.objectives.rely.parentObjectiveId = loop.objectives.checkout.id;
    expect(findIntegrityProblem(loop.data)).toContain('not above');
  });
});

describe('alignmentProblem', () => {
  const at = (kind: 'organisation' | 'group' | 'team', label = '2027-Q1') => ({
    id: kind,
    title: `The ${kind}'s objective`,
    ownerKind: kind,
    ownerName: kind === 'team' ? 'Payments' : 'Acme',
    label,
  });
  it('allows any higher level in the same quarter and says why not otherwise', () => {
    expect(alignmentProblem(at('team'), at('organisation'))).toBeNull();
    expect(alignmentProblem(at('group'), at('organisation'))).toBeNull();
    expect(alignmentProblem(at('team'), { ...at('team'), id: 'other' })).toContain(
      'which is not above Payments (team level)',
    );
    expect(alignmentProblem(at('team'), at('organisation', '2027-Q2'))).toContain(
      'is in 2027-Q2, not 2027-Q1',
    );
    expect(alignmentProblem(at('team'), at('team'))).toBe('An objective cannot align to itself.');
  });
});
