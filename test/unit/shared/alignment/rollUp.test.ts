import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allNodes,
  buildAlignmentTree,
  descendantsOf,
  objectiveFigures,
  ownersOf,
  treeFigures,
  treeMode,
} from '../../../../shared/domain/alignment';
import { acmeWorkspace, Workspace } from '../../../support/organisation';

const TODAY = '2027-01-20';

function figuresOf(data: Workspace['data'], mode?: 'scores' | 'progress') {
  const tree = buildAlignmentTree({
    owners: ownersOf(data.teams, data.levels),
    cycles: data.cycles,
    objectives: data.objectives,
    keyResults: data.keyResults,
  });
  return {
    tree,
    figures: treeFigures(tree, {
      cycles: data.cycles,
      checkIns: data.checkIns,
      today: TODAY,
      mode,
    }),
  };
}

describe('roll-up during the quarter', () => {
  it('averages progress and confidence over everything aligned below, as worked out by hand', () => {
    const { data, objectives: o } = acmeWorkspace();
    const { figures } = figuresOf(data);
    expect(figures.mode).toBe('progress');
    const rely = figures.objectives.get(o.rely.id)!;
    // Its own KR stands beside the roll-up, not in it.
    expect(rely.own.progress).toBeCloseTo(0.5);
    expect(rely.rollUp!.progress.value).toBeCloseTo(0.4);
    expect(rely.rollUp!.confidence.value).toBeCloseTo(0.6);
    expect(rely.rollUp!.progress.objectiveCount).toBe(3);
    expect(rely.rollUp!.alignedCount).toBe(4);
    const neverFail = figures.objectives.get(o.neverFail.id)!;
    expect(neverFail.own.progress).toBeNull();
    expect(neverFail.rollUp!.progress.value).toBeCloseTo(0.6);
    expect(neverFail.rollUp!.confidence.value).toBeCloseTo(0.75);
    expect(figures.objectives.get(o.fresh.id)!.rollUp!.progress.value).toBeCloseTo(0.5);
    // A leaf has nothing to roll up.
    expect(figures.objectives.get(o.checkout.id)!.rollUp).toBeNull();
  });

  it('colours a node by its own key results, or by what is aligned to it when it has none', () => {
    const { data, objectives: o, keyResults: k } = acmeWorkspace();
    const { figures } = figuresOf(data);
    expect(figures.keyResults.get(k.refundsKr.id)!.status).toBe('at-risk');
    expect(figures.objectives.get(o.refunds.id)!.status).toBe('at-risk');
    expect(figures.objectives.get(o.checkout.id)!.status).toBe('on-track');
    expect(figures.objectives.get(o.neverFail.id)!.status).toBe('on-track');
    expect(figures.objectives.get(o.rely.id)!.hasRiskBelow).toBe(true);
    expect(figures.objectives.get(o.cheap.id)!.status).toBe('no-data');
  });
});

describe('roll-up at the end of the quarter', () => {
  it('is the mean of the aligned objectives’ scores, each from its weighted key results', () => {
    const w = new Workspace();
    const org = w.owner('Acme', 'organisation');
    const team = w.owner('Payments');
    const other = w.owner('Search');
    const [orgQ, teamQ, otherQ] = [org, team, other].map((t) => w.quarter(t, { phase: 'scoring' }));
    const goal = w.objective(orgQ!, 'Grow revenue');
    const a = w.objective(teamQ!, 'Checkout converts', goal);
    // Weighted 3:1 → (3 × 0.8 + 1 × 0.4) / 4 = 0.7.
    w.keyResult(a, 'Conversion', { finalValue: 8, weight: 3 });
    w.keyResult(a, 'Basket size', { finalValue: 4, weight: 1 });
    const b = w.objective(otherQ!, 'Search finds things', goal);
    // An override counts: 0.3.
    w.keyResult(b, 'Zero-result searches', {
      finalValue: 9,
      scoreOverride: 0.3,
      scoreOverrideReason: 'Measured wrong',
    });
    const { figures } = figuresOf(w.data);
    expect(figures.mode).toBe('scores');
    expect(figures.objectives.get(a.id)!.own.score).toBeCloseTo(0.7);
    expect(figures.objectives.get(goal.id)!.rollUp!.score.value).toBeCloseTo(0.5);
    expect(figures.objectives.get(goal.id)!.status).toBe('short');
    expect(figures.objectives.get(a.id)!.status).toBe('strong');
  });

  it('shows scores only once every owner’s quarter is scored', () => {
    expect(treeMode([{ phase: 'scoring' }, { phase: 'closed' }])).toBe('scores');
    expect(treeMode([{ phase: 'scoring' }, { phase: 'checkins' }])).toBe('progress');
    expect(treeMode([])).toBe('progress');
  });
});

describe('objectiveFigures', () => {
  it('leaves out key results without a figure rather than counting them as zero', () => {
    const figures = objectiveFigures([
      { id: 'a', weight: 1, score: 0.6, progress: null, confidence: 0.5 },
      { id: 'b', weight: 2, score: null, progress: null, confidence: 0.8 },
    ]);
    expect(figures.score).toBeCloseTo(0.6);
    expect(figures.progress).toBeNull();
    // (1 × 0.5 + 2 × 0.8) / 3
    expect(figures.confidence).toBeCloseTo(0.7);
  });
});

/** A quarter of random shape with random check-ins and final values. */
const randomQuarter = fc
  .record({
    owners: fc.array(
      fc.constantFrom('organisation', 'group', 'team') as fc.Arbitrary<
        'organisation' | 'group' | 'team'
      >,
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    objectives: fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null })), { maxLength: 20 }),
    keyResults: fc.array(
      fc.record({
        objective: fc.nat(),
        weight: fc.integer({ min: 1, max: 5 }),
        value: fc.option(fc.integer({ min: -20, max: 30 }), { nil: null }),
        confidence: fc.integer({ min: 0, max: 100 }),
        finalValue: fc.option(fc.integer({ min: -20, max: 30 }), { nil: null }),
      }),
      { maxLength: 40 },
    ),
    scored: fc.boolean(),
  })
  .map((g) => {
    const w = new Workspace();
    const cycles = g.owners.map((kind, i) =>
      w.quarter(w.owner(`Owner ${i}`, kind), { phase: g.scored ? 'scoring' : 'checkins' }),
    );
    const made = g.objectives.map(([owner], i) =>
      w.objective(cycles[owner % cycles.length]!, `O${i}`),
    );
    g.objectives.forEach(([, parent], i) => {
      if (parent !== null && made.length > 0)
        made[i]!.parentObjectiveId = made[parent % made.length]!.id;
    });
    if (made.length > 0) {
      for (const k of g.keyResults) {
        const kr = w.keyResult(made[k.objective % made.length]!, 'KR', {
          weight: k.weight,
          finalValue: k.finalValue,
        });
        if (k.value !== null) w.checkIn(kr, { value: k.value, confidence: k.confidence });
      }
    }
    return w.data;
  });

describe('roll-up on generated trees', () => {
  it('stays within [0, 1] and counts every key result below exactly once', () => {
    fc.assert(
      fc.property(randomQuarter, (data) => {
        const { tree, figures } = figuresOf(data);
        for (const node of allNodes(tree)) {
          const view = figures.objectives.get(node.objective.id)!;
          const below = descendantsOf(node).slice(1);
          if (below.length === 0) {
            expect(view.rollUp).toBeNull();
            continue;
          }
          const rolled = view.rollUp!;
          expect(rolled.alignedCount).toBe(below.length);
          for (const name of ['score', 'progress', 'confidence'] as const) {
            const { value, keyResultIds } = rolled[name];
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
            // Each key result below with a figure, once; none of the node's own.
            expect(new Set(keyResultIds).size).toBe(keyResultIds.length);
            const expected = below
              .flatMap((n) => n.keyResults)
              .filter((kr) => figures.keyResults.get(kr.id)![name] !== null)
              .map((kr) => kr.id);
            expect([...keyResultIds].sort()).toEqual(expected.sort());
          }
        }
      }),
    );
  });
});
