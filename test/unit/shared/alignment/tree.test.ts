import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allNodes,
  buildAlignmentTree,
  descendantsOf,
  LEVEL_RANK,
  ownersOf,
  type ObjectiveNode,
} from '../../../../shared/domain/alignment';
import { acmeWorkspace, Workspace } from '../../../support/organisation';

function treeOf(data: ReturnType<typeof acmeWorkspace>['data'], label = '2027-Q1') {
  const cycles = data.cycles.filter((c) => c.label === label);
  const ids = new Set(cycles.map((c) => c.id));
  return buildAlignmentTree({
    owners: ownersOf(data.teams, data.levels),
    cycles,
    objectives: data.objectives.filter((o) => ids.has(o.cycleId)),
    keyResults: data.keyResults.filter((k) => ids.has(k.cycleId)),
  });
}

const titles = (nodes: readonly ObjectiveNode[]) => nodes.map((n) => n.objective.title);

describe('buildAlignmentTree', () => {
  it('puts the organisation on top and each objective under the parent it aligns to', () => {
    const { data } = acmeWorkspace();
    const tree = treeOf(data);
    expect(tree.topKind).toBe('organisation');
    expect(titles(tree.roots)).toEqual(['Customers can rely on us', 'Decisions run on fresh data']);
    const [rely, fresh] = tree.roots;
    // The group's objective first (a higher level), then the team's.
    expect(titles(rely!.children)).toEqual(['Payments never fail', 'Refunds are quick']);
    expect(titles(rely!.children[0]!.children)).toEqual([
      'Checkout always works',
      'Search is always up',
    ]);
    expect(titles(fresh!.children)).toEqual(['Dashboards are fresh']);
    expect(rely!.keyResults.map((k) => k.title)).toEqual(['Support tickets about outages']);
    expect(titles(tree.unaligned)).toEqual(['Pipelines are cheap']);
    expect(tree.unaligned[0]!.owner).toMatchObject({ name: 'Data', kind: 'team' });
  });

  it('shows a single team as the top of its own tree, with nothing unaligned', () => {
    const w = new Workspace();
    const team = w.owner('Payments');
    const q = w.quarter(team);
    w.keyResult(w.objective(q, 'Checkout always works'), 'Checkout success');
    w.objective(q, 'Refunds are quick');
    const tree = treeOf(w.data);
    expect(tree.topKind).toBe('team');
    expect(titles(tree.roots)).toEqual(['Checkout always works', 'Refunds are quick']);
    expect(tree.unaligned).toEqual([]);
  });

  it('lists apart an objective whose parent is in another quarter, not higher up, or gone', () => {
    const w = new Workspace();
    const org = w.owner('Acme', 'organisation');
    const a = w.owner('Payments');
    const b = w.owner('Search');
    const orgQ1 = w.quarter(org);
    const orgQ2 = w.quarter(org, {
      label: '2027-Q2',
      startDate: '2027-04-01',
      endDate: '2027-06-30',
    });
    const [aQ, bQ] = [w.quarter(a), w.quarter(b)];
    w.objective(orgQ1, 'Grow revenue');
    const later = w.objective(orgQ2, 'Next quarter’s goal');
    const peer = w.objective(bQ, 'Search is fast');
    w.objective(aQ, 'Aligned to next quarter', later);
    w.objective(aQ, 'Aligned to a peer', peer);
    const gone = w.objective(aQ, 'Aligned to a deleted objective');
    gone.parentObjectiveId = 'objective-deleted';
    const tree = treeOf(w.data);
    expect(titles(tree.roots)).toEqual(['Grow revenue']);
    expect(titles(tree.unaligned)).toEqual([
      'Aligned to next quarter',
      'Aligned to a peer',
      'Aligned to a deleted objective',
      'Search is fast',
    ]);
  });
});

const kinds = fc.constantFrom('organisation', 'group', 'team') as fc.Arbitrary<
  'organisation' | 'group' | 'team'
>;

/** A quarter of owners at random levels, objectives pointing at random parents (loops included). */
const randomQuarter = fc
  .record({
    owners: fc.array(kinds, { minLength: 1, maxLength: 6 }),
    objectives: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null })), {
      maxLength: 30,
    }),
    keyResults: fc.array(fc.nat(), { maxLength: 60 }),
  })
  .map(({ owners, objectives, keyResults }) => {
    const w = new Workspace();
    const teams = owners.map((kind, i) => w.owner(`Owner ${i}`, kind));
    const cycles = teams.map((t) => w.quarter(t));
    const made = objectives.map(([owner], i) =>
      w.objective(cycles[owner % cycles.length]!, `O${i}`),
    );
    // Parents are set afterwards, so any objective can point at any other, itself included.
    objectives.forEach(([, parent], i) => {
      if (parent !== null && made.length > 0)
        made[i]!.parentObjectiveId = made[parent % made.length]!.id;
    });
    if (made.length > 0)
      for (const pick of keyResults) w.keyResult(made[pick % made.length]!, 'KR');
    return w.data;
  });

describe('buildAlignmentTree on generated quarters', () => {
  it('shows every objective and every key result exactly once, and never a loop', () => {
    fc.assert(
      fc.property(randomQuarter, (data) => {
        const tree = treeOf(data);
        const nodes = allNodes(tree);
        expect(nodes.map((n) => n.objective.id).sort()).toEqual(
          data.objectives.map((o) => o.id).sort(),
        );
        expect(nodes.flatMap((n) => n.keyResults.map((k) => k.id)).sort()).toEqual(
          data.keyResults.map((k) => k.id).sort(),
        );
        for (const node of nodes) {
          // No node is below itself, and each step down goes strictly down a level.
          expect(descendantsOf(node).slice(1)).not.toContain(node);
          for (const child of node.children) {
            expect(LEVEL_RANK[child.owner.kind]).toBeGreaterThan(LEVEL_RANK[node.owner.kind]);
            expect(child.objective.parentObjectiveId).toBe(node.objective.id);
          }
        }
        for (const root of tree.roots) expect(root.owner.kind).toBe(tree.topKind);
        for (const apart of tree.unaligned) {
          expect(LEVEL_RANK[apart.owner.kind]).toBeGreaterThan(LEVEL_RANK[tree.topKind!]);
        }
      }),
    );
  });
});
