import { describe, expect, it } from 'vitest';
import {
  buildAlignmentTree,
  defaultExpanded,
  FIRST_VIEW_LINES,
  objectiveKey,
  ownersOf,
  UNALIGNED_KEY,
  visibleRows,
} from '../../../../shared/domain/alignment';
import { acmeWorkspace, Workspace } from '../../../support/organisation';

function setUp() {
  const acme = acmeWorkspace();
  const { data } = acme;
  const tree = buildAlignmentTree({
    owners: ownersOf(data.teams, data.levels),
    cycles: data.cycles,
    objectives: data.objectives,
    keyResults: data.keyResults,
  });
  const title = new Map([
    ...data.objectives.map((o) => [o.id, o.title] as const),
    ...data.keyResults.map((k) => [k.id, k.title] as const),
  ]);
  const lines = (rows: ReturnType<typeof visibleRows>) =>
    rows.map((r) =>
      r.kind === 'unaligned'
        ? `${r.level} Unaligned`
        : `${r.level} ${title.get(r.keyResultId ?? r.objectiveId ?? '')}`,
    );
  return { ...acme, tree, lines };
}

describe('visibleRows', () => {
  it('opens the top level and leaves everything below the second level collapsed', () => {
    const { tree, lines } = setUp();
    const rows = visibleRows(tree, defaultExpanded(tree));
    expect(lines(rows)).toEqual([
      '1 Customers can rely on us',
      '2 Support tickets about outages',
      '2 Payments never fail',
      '2 Refunds are quick',
      '1 Decisions run on fresh data',
      '2 Dashboards are fresh',
      '1 Unaligned',
      '2 Pipelines are cheap',
    ]);
    const group = rows[2]!;
    expect(group).toMatchObject({ isExpandable: true, isExpanded: false, posinset: 2, setsize: 3 });
    expect(rows[0]).toMatchObject({ posinset: 1, setsize: 3, parentKey: null });
    expect(rows[6]).toMatchObject({ kind: 'unaligned', posinset: 3, setsize: 3 });
  });

  it('shows what an opened branch holds: its own key results, then what aligns to it', () => {
    const { tree, lines, objectives } = setUp();
    const open = new Set([objectiveKey(objectives.rely.id), objectiveKey(objectives.neverFail.id)]);
    expect(lines(visibleRows(tree, open))).toEqual([
      '1 Customers can rely on us',
      '2 Support tickets about outages',
      '2 Payments never fail',
      '3 Checkout always works',
      '3 Search is always up',
      '2 Refunds are quick',
      '1 Decisions run on fresh data',
      '1 Unaligned',
    ]);
  });

  it('filters by team, keeping the way up and opening it', () => {
    const { tree, lines, owners } = setUp();
    const rows = visibleRows(tree, new Set(), { ownerId: owners.search.id, status: 'all' });
    expect(lines(rows)).toEqual([
      '1 Customers can rely on us',
      '2 Support tickets about outages',
      '2 Payments never fail',
      '3 Search is always up',
    ]);
  });

  it('filters by status: at risk, or unaligned', () => {
    const { tree, lines, objectives } = setUp();
    const atRisk = (id: string) => id === objectives.refunds.id;
    expect(
      lines(visibleRows(tree, new Set(), { ownerId: null, status: 'at-risk' }, atRisk)),
    ).toEqual([
      '1 Customers can rely on us',
      '2 Support tickets about outages',
      '2 Refunds are quick',
    ]);
    expect(
      lines(visibleRows(tree, new Set([UNALIGNED_KEY]), { ownerId: null, status: 'unaligned' })),
    ).toEqual(['1 Unaligned', '2 Pipelines are cheap']);
  });
});

describe('the first view of a large quarter', () => {
  it('opens only as many top-level branches as fit in the first view', () => {
    const w = new Workspace();
    const org = w.owner('Org', 'organisation');
    const orgQ = w.quarter(org);
    const parents = Array.from({ length: 5 }, (_, i) => w.objective(orgQ, `Org objective ${i}`));
    for (let t = 0; t < 20; t += 1) {
      const q = w.quarter(w.owner(`Team ${t}`));
      for (let o = 0; o < 5; o += 1) w.objective(q, `T${t} objective ${o}`, parents[o]!);
    }
    w.objective(w.quarter(w.owner('Loose')), 'Aligned to nothing');
    const { data } = w;
    const tree = buildAlignmentTree({
      owners: ownersOf(data.teams, data.levels),
      cycles: data.cycles,
      objectives: data.objectives,
      keyResults: data.keyResults,
    });
    const rows = visibleRows(tree, defaultExpanded(tree));
    expect(rows.length).toBeLessThanOrEqual(FIRST_VIEW_LINES);
    // Five top-level objectives of 20 aligned each: the first opens, the rest wait for a click.
    expect(rows.filter((r) => r.isExpanded).map((r) => r.key)).toEqual([
      objectiveKey(parents[0]!.id),
      UNALIGNED_KEY,
    ]);
  });
});
