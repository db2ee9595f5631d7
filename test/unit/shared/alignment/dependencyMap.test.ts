import { describe, expect, it } from 'vitest';
import { dependencyMap, overviewRows, ownersOf } from '../../../../shared/domain/alignment';
import { acmeWorkspace, Workspace } from '../../../support/organisation';

function mapOf(data: Workspace['data'], today: string) {
  const owners = ownersOf(data.teams, data.levels);
  return dependencyMap({ owners, ...data, today });
}

describe('dependencyMap', () => {
  it('says who needs what from whom, with a blocked key result making it at risk', () => {
    const { data, owners } = acmeWorkspace();
    const rows = mapOf(data, '2027-01-20');
    expect(rows.map((r) => [r.from.name, r.to.name, r.need, r.riskLabel, r.isAtRisk])).toEqual([
      ['Payments', 'Data', 'Refund events in the warehouse', 'Blocking a key result', true],
      ['Search', 'Cloud vendor', 'A bigger index cluster', 'Open', false],
    ]);
    expect(rows[0]!.to.id).toBe(owners.dataTeam.id);
    expect(rows[0]!.forTitle).toBe('Refunds are quick');
    expect(rows[0]!.blocking.map((k) => k.title)).toEqual(['Refunds paid within a day']);
    expect(rows[1]!.to.id).toBeNull();
  });

  it('puts failed and at-risk dependencies first, then by date, resolved last', () => {
    const w = new Workspace();
    const [a, b] = [w.owner('Payments'), w.owner('Search')];
    const q = w.quarter(a);
    w.dependency(q, b, 'Resolved early', { status: 'resolved', byDate: '2027-01-10' });
    w.dependency(q, b, 'Open later', { byDate: '2027-03-01' });
    w.dependency(q, b, 'Marked at risk', { status: 'at-risk', byDate: '2027-03-10' });
    w.dependency(q, b, 'Past its date', { status: 'agreed', byDate: '2027-02-01' });
    w.dependency(q, b, 'Open sooner', { byDate: '2027-02-20' });
    // An older dependency that names a workspace team in words finds it.
    w.dependency(q, 'search ', 'Named in words', { byDate: null });
    const rows = mapOf(w.data, '2027-02-10');
    expect(rows.map((r) => [r.need, r.riskLabel])).toEqual([
      ['Past its date', 'Failed: not resolved by 1 Feb 2027'],
      ['Marked at risk', 'At risk'],
      ['Open sooner', 'Open'],
      ['Open later', 'Open'],
      ['Named in words', 'Open'],
      ['Resolved early', 'Resolved'],
    ]);
    expect(rows.find((r) => r.need === 'Named in words')!.to).toEqual({ id: b.id, name: 'Search' });
  });
});

describe('overviewRows', () => {
  it('gives every owner its phase, schedule, risks, blockers and dependencies at risk', () => {
    const { data, owners } = acmeWorkspace();
    const deps = mapOf(data, '2027-01-20');
    const rows = overviewRows({
      ...data,
      owners: ownersOf(data.teams, data.levels),
      dependencies: deps,
      today: '2027-01-20',
    });
    expect(rows.map((r) => r.owner.name)).toEqual([
      'Acme Engineering',
      'Core Platform',
      'Data',
      'Payments',
      'Search',
    ]);
    const payments = rows.find((r) => r.owner.id === owners.payments.id)!;
    expect(payments).toMatchObject({
      atRiskCount: 1,
      openBlockers: 1,
      dependenciesAtRisk: 1,
      mustFix: null,
    });
    expect(payments.due?.state).toBe('upcoming');
    // The team asked counts the dependency too.
    expect(rows.find((r) => r.owner.id === owners.dataTeam.id)!.dependenciesAtRisk).toBe(1);
    expect(rows.find((r) => r.owner.id === owners.search.id)!.atRiskCount).toBe(0);
  });

  it('counts the coach’s must-fix findings while a quarter is being set, and shows owners without one', () => {
    const w = new Workspace();
    const team = w.owner('Payments');
    w.owner('Search');
    const q = w.quarter(team, { phase: 'setting' });
    const o = w.objective(q, 'Checkout always works');
    w.keyResult(o, 'Migrate the checkout to the new provider', { baseline: null, target: null });
    const rows = overviewRows({
      ...w.data,
      owners: ownersOf(w.data.teams, w.data.levels),
      dependencies: [],
      today: '2027-01-20',
    });
    expect(rows[0]!.mustFix).toBeGreaterThan(0);
    // Not started, so no check-in is due or overdue yet, whatever the date.
    expect(rows[0]!.due).toBeNull();
    expect(rows[1]).toMatchObject({ cycle: null, due: null, mustFix: null });
  });
});
