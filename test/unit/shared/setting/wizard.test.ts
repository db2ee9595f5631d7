import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../../../../shared/domain';
import type { Finding } from '../../../../shared/domain/coach/types';
import {
  blockingFindings,
  clampStep,
  describeTally,
  findingTally,
  startBlockers,
  stepTodo,
  unagreedNote,
} from '../../../../shared/domain/setting/wizard';

const at = '2027-01-01T00:00:00.000Z';

function objective(
  id: string,
  title: string,
  acknowledgements: Objective['acknowledgements'] = [],
): Objective {
  return {
    id,
    cycleId: 'c1',
    teamId: 't1',
    title,
    description: '',
    kind: 'committed',
    businessNeed: '',
    engineeringLever: '',
    parentObjectiveId: null,
    order: 0,
    acknowledgements,
    createdAt: at,
    updatedAt: at,
  };
}

function keyResult(
  id: string,
  objectiveId: string,
  acknowledgements: KeyResult['acknowledgements'] = [],
): KeyResult {
  return {
    id,
    objectiveId,
    cycleId: 'c1',
    title: `KR ${id}`,
    metric: 'm',
    unit: '%',
    baseline: 1,
    target: 2,
    direction: 'increase',
    measuredBy: '',
    owner: '',
    proposedBy: '',
    status: 'draft',
    order: 0,
    weight: 1,
    isMilestone: false,
    reflection: null,
    reflectionNote: '',
    acknowledgements,
    finalValue: null,
    scoreOverride: null,
    scoreOverrideReason: '',
    carriedFromKeyResultId: null,
    createdAt: at,
    updatedAt: at,
  };
}

function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  objectiveId: string,
  keyResultId?: string,
): Finding {
  return {
    rule,
    severity,
    objective: { id: objectiveId, title: 'O' },
    ...(keyResultId ? { keyResult: { id: keyResultId, title: 'K' } } : {}),
    message: 'm',
    why: 'w',
  };
}

describe('setting wizard rules', () => {
  it('keeps a remembered step inside the five steps', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(2)).toBe(2);
    expect(clampStep(12)).toBe(4);
  });

  it('lists objectives that still lack key results', () => {
    const plan = {
      businessNeed: 'Grow revenue',
      engineeringLever: '',
      objectives: [objective('o1', 'Fast checkout'), objective('o2', 'Trusted data')],
      keyResults: [keyResult('k1', 'o1')],
    };
    expect(stepTodo('key-results', plan)).toEqual(['Add key results to “Trusted data”.']);
    expect(stepTodo('chain', plan)).toEqual(['Name the engineering lever that moves it.']);
    expect(stepTodo('objectives', { ...plan, objectives: [] })).toEqual([
      'Add at least one objective.',
    ]);
  });

  it('blocks the start on unacknowledged errors only', () => {
    const o1 = objective('o1', 'Fast checkout');
    const acked = keyResult('k1', 'o1', [
      { rule: 'missing-baseline', reason: 'measured in week 1', at },
    ]);
    const plain = keyResult('k2', 'o1');
    const plan = { objectives: [o1], keyResults: [acked, plain] };
    const findings = [
      finding('missing-baseline', 'error', 'o1', 'k1'),
      finding('output-not-outcome', 'error', 'o1', 'k2'),
      finding('gameable-metric', 'warning', 'o1', 'k2'),
    ];
    expect(blockingFindings(findings, plan).map((f) => f.rule)).toEqual(['output-not-outcome']);
    expect(startBlockers(findings, plan)).toEqual([
      '1 error-level finding needs fixing or acknowledging with a reason.',
    ]);
    expect(startBlockers(findings.slice(0, 1), plan)).toEqual([]);
  });

  it('counts an objective-level acknowledgement for objective-level findings', () => {
    const o1 = objective('o1', 'Ship v2', [
      { rule: 'objective-is-metric', reason: 'agreed with the director', at },
    ]);
    const plan = { objectives: [o1], keyResults: [keyResult('k1', 'o1')] };
    expect(blockingFindings([finding('objective-is-metric', 'error', 'o1')], plan)).toEqual([]);
  });

  it('refuses to start an empty quarter', () => {
    expect(startBlockers([], { objectives: [], keyResults: [] })).toEqual([
      'The quarter has no objectives.',
      'The quarter has no key results.',
    ]);
  });
});

describe("the review step's counts", () => {
  it('counts a finding kept with a reason as kept, not as open', () => {
    const o1 = objective('o1', 'Fast checkout');
    const acked = keyResult('k1', 'o1', [{ rule: 'missing-baseline', reason: 'week 1', at }]);
    const plan = { objectives: [o1], keyResults: [acked, keyResult('k2', 'o1')] };
    const findings = [
      finding('missing-baseline', 'error', 'o1', 'k1'),
      finding('output-not-outcome', 'error', 'o1', 'k2'),
      finding('gameable-metric', 'warning', 'o1', 'k2'),
    ];
    const tally = findingTally(findings, plan);
    expect(tally).toEqual({ error: 1, warning: 1, info: 0, kept: 1 });
    expect(describeTally(tally)).toBe('1 must fix, 1 worth a look, 0 notes; 1 kept on purpose');
    expect(describeTally(findingTally(findings.slice(2), plan))).toBe(
      '0 must fix, 1 worth a look, 0 notes',
    );
  });
});

describe('unagreedNote', () => {
  it('says how many key results are still Draft or Proposed, and nothing when all are agreed', () => {
    const kr = (status: KeyResult['status']) => ({ ...keyResult('k', 'o1'), status });
    expect(unagreedNote([kr('agreed'), kr('agreed')])).toBeNull();
    expect(unagreedNote([kr('draft'), kr('proposed'), kr('draft'), kr('agreed')])).toMatch(
      /^3 key results are not agreed yet \(2 in Draft and 1 Proposed\)\. Agreed key results are the norm/,
    );
    expect(unagreedNote([kr('proposed')])).toMatch(
      /^1 key result is not agreed yet \(1 Proposed\)/,
    );
  });
});
