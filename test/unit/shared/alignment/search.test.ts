import { describe, expect, it } from 'vitest';
import { ownersOf, searchFor, searchTargets } from '../../../../shared/domain/alignment';
import { acmeWorkspace } from '../../../support/organisation';

const targets = () => {
  const { data } = acmeWorkspace();
  return searchTargets({ ...data, owners: ownersOf(data.teams, data.levels) });
};

describe('the command palette search', () => {
  it('finds teams, quarters, objectives and key results by any words of their name', () => {
    const found = searchFor(targets(), 'refund');
    expect(found.map((t) => [t.kind, t.title, t.detail])).toEqual([
      ['objective', 'Refunds are quick', 'Payments · 2027-Q1'],
      ['keyResult', 'Refunds paid within a day', 'Payments · 2027-Q1'],
    ]);
    expect(searchFor(targets(), 'search avail').map((t) => t.title)).toEqual([
      'Search availability',
    ]);
    expect(searchFor(targets(), '2027-q1 data').map((t) => t.title)).toEqual(['2027-Q1 · Data']);
  });

  it('ranks a title that starts with the query first, and lists the teams for no query', () => {
    expect(searchFor(targets(), 'search')[0]).toMatchObject({ kind: 'team', title: 'Search' });
    expect(searchFor(targets(), '').map((t) => t.title)).toEqual([
      'Acme Engineering',
      'Core Platform',
      'Data',
      'Payments',
      'Search',
    ]);
    expect(searchFor(targets(), 'nothing like this')).toEqual([]);
  });
});
