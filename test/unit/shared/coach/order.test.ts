import { describe, expect, it } from 'vitest';
import {
  coachPlan,
  FINDING_IMPORTANCE,
  orderFindings,
  type Finding,
} from '../../../../shared/domain/coach';
import { check, kr } from './helpers';

function finding(rule: Finding['rule'], severity: Finding['severity'], subject: string): Finding {
  return {
    rule,
    severity,
    objective: { id: 'o', title: 'O' },
    keyResult: subject === 'o' ? undefined : { id: subject, title: subject },
    message: rule,
    why: '',
  };
}

describe('findings in order of importance', () => {
  it('puts what a KR is before what it lacks: output-not-outcome before missing-metric', () => {
    expect(
      check('Complete migration of the auth service to OAuth 2.0 by end of quarter').map(
        (f) => f.rule,
      ),
    ).toEqual(['output-not-outcome', 'missing-metric', 'missing-baseline', 'missing-target']);
  });

  it('puts errors before warnings, then follows the importance list', () => {
    expect(check('Increase test coverage to 80%', { target: 80 }).map((f) => f.rule)).toEqual([
      'missing-baseline',
      'gameable-metric',
    ]);
    expect(check('Increase test coverage to 80%').map((f) => f.rule)).toEqual([
      'numbers-only-in-text',
      'missing-baseline',
      'gameable-metric',
    ]);
    expect(FINDING_IMPORTANCE.indexOf('numbers-only-in-text')).toBeLessThan(
      FINDING_IMPORTANCE.indexOf('missing-baseline'),
    );
  });

  it('keeps subjects in the order they came and sorts within each, stably', () => {
    const input = [
      finding('trivial-target', 'warning', 'k1'),
      finding('unaligned', 'warning', 'o'),
      finding('missing-metric', 'error', 'k1'),
      finding('gameable-metric', 'warning', 'k2'),
      finding('output-not-outcome', 'error', 'k1'),
      finding('too-many-key-results', 'warning', 'o'),
    ];
    expect(orderFindings(input).map((f) => [f.keyResult?.id ?? 'o', f.rule])).toEqual([
      ['k1', 'output-not-outcome'],
      ['k1', 'missing-metric'],
      ['k1', 'trivial-target'],
      ['o', 'too-many-key-results'],
      ['o', 'unaligned'],
      ['k2', 'gameable-metric'],
    ]);
  });

  it('coachPlan gives each objective’s own findings, then each KR’s, each ordered', () => {
    const findings = coachPlan({
      hasParentObjectives: true,
      objectives: [
        {
          id: 'o1',
          title: 'Reduce p95 latency to 200 ms',
          keyResults: [kr('Complete the migration to Kubernetes by June', { id: 'k1' })],
        },
      ],
    });
    expect(findings.map((f) => f.rule)).toEqual([
      'objective-is-metric',
      'unaligned',
      'output-not-outcome',
      'missing-metric',
      'missing-baseline',
      'missing-target',
    ]);
  });
});
