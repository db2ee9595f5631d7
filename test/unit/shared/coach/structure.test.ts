import { describe, expect, it } from 'vitest';
import {
  coachPlan,
  type CoachKeyResult,
  type CoachObjective,
  type PlanInput,
} from '../../../../shared/domain/coach';
import { kr } from './helpers';

const GOOD = 'Reduce escaped bugs per month from 12 to 4';
const NUMBERS = { baseline: 12, target: 4, direction: 'decrease' as const };

function objective(id: string, fields: Partial<CoachObjective> = {}): CoachObjective {
  return {
    id,
    title: `Objective ${id}`,
    keyResults: [kr(GOOD, { id: `${id}-kr`, ...NUMBERS })],
    ...fields,
  };
}

function krs(n: number, owner?: (i: number) => string): CoachKeyResult[] {
  return Array.from({ length: n }, (_x, i) =>
    kr(GOOD, { id: `kr-${i}`, owner: owner?.(i), ...NUMBERS }),
  );
}

function rules(plan: PlanInput): string[] {
  return coachPlan(plan).map((f) => f.rule);
}

describe('too-many-key-results', () => {
  it('fires above four key results', () => {
    expect(rules({ objectives: [objective('a', { keyResults: krs(5) })] })).toContain(
      'too-many-key-results',
    );
  });
  it('stays quiet at four', () => {
    expect(rules({ objectives: [objective('a', { keyResults: krs(4) })] })).toEqual([]);
  });
});

describe('too-many-objectives', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => objective(id));
  it('fires once, on the sixth objective of a team in a quarter', () => {
    const found = coachPlan({ team: 'Payments', quarter: '2027-Q1', objectives: six }).filter(
      (f) => f.rule === 'too-many-objectives',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.objective.id).toBe('f');
    expect(found[0]?.message).toMatch(/6 objectives for Payments in 2027-Q1/);
  });
  it('names the team and quarter, never their internal ids', () => {
    const ids = six.map((o) => ({
      ...o,
      team: 'ad16f4bf-3c2e-4b8a-9f7d-0c1e2a3b4c5d',
      quarter: '7f0c9e1a-2b3c-4d5e-8f9a-b0c1d2e3f4a5',
    }));
    const named = coachPlan({
      objectives: ids,
      labels: {
        teams: { 'ad16f4bf-3c2e-4b8a-9f7d-0c1e2a3b4c5d': 'Payments Platform' },
        quarters: { '7f0c9e1a-2b3c-4d5e-8f9a-b0c1d2e3f4a5': '2027-Q1' },
      },
    }).find((f) => f.rule === 'too-many-objectives');
    expect(named?.message).toMatch(/^6 objectives for Payments Platform in 2027-Q1;/);
    const unnamed = coachPlan({ objectives: ids }).find((f) => f.rule === 'too-many-objectives');
    expect(unnamed?.message).toMatch(/^6 objectives for this team this quarter;/);
    expect(unnamed?.message).not.toMatch(/ad16f4bf|7f0c9e1a/);
  });

  it('stays quiet at five, and counts teams and quarters apart', () => {
    expect(rules({ objectives: six.slice(0, 5) })).toEqual([]);
    const split = six.map((o, i) => ({ ...o, team: i < 3 ? 'A' : 'B' }));
    expect(rules({ objectives: split })).toEqual([]);
  });
});

describe('objective-is-metric', () => {
  it.each([
    'Get search p90 below 250 ms',
    '99.9% uptime for checkout',
    'Double revenue from self-serve',
    'Win 5 enterprise logos',
    'Serve 10x more traffic',
    'Seven-minute deploys',
    'Ninety-nine point nine for card payments',
    'Fifteen-second onboarding checks',
  ])('fires for %j', (title) => {
    expect(rules({ objectives: [objective('a', { title })] })).toContain('objective-is-metric');
  });
  it.each([
    'Merchants can rely on us',
    'Zero trust networking',
    'Ship v2 of the platform',
    'Modern OAuth 2.0 authentication',
    'Prepare for Black Friday 2025',
    'Tier-1 services recover fast',
    'One place to find every dataset',
    'A 24/7 desk that feels human',
    'Zero-touch releases for every squad',
    'Clinicians log in once per shift',
  ])('stays quiet for %j', (title) => {
    expect(rules({ objectives: [objective('a', { title })] })).not.toContain('objective-is-metric');
  });
});

describe('individual-checklist', () => {
  const checklist = (titles: string[], owners: string[]): CoachObjective =>
    objective('a', {
      keyResults: titles.map((title, i) => kr(title, { id: `kr-${i}`, owner: owners[i] })),
    });

  it('fires when each KR is a different person’s own task', () => {
    const o = checklist(
      [
        'Write runbooks for the payment services',
        'Migrate auth to OAuth 2.0',
        'Set up Grafana alerts',
      ],
      ['Ana', 'Ben', 'Chidi'],
    );
    expect(rules({ objectives: [o] })).toContain('individual-checklist');
  });

  it('fires when the KRs are written about their owners', () => {
    const o = checklist(
      [
        'Ana cuts checkout p95 from 900 ms to 300 ms',
        'Ben: my on-call pages from 12 to 4 a week',
        'Reduce escaped bugs per month from 12 to 4',
      ],
      ['Ana', 'Ben Okafor', 'Chidi'],
    );
    expect(rules({ objectives: [o] })).toContain('individual-checklist');
  });

  it('stays quiet on an ordinary plan where each shared outcome has a different owner', () => {
    const o = objective('a', { keyResults: krs(3, (i) => ['Ana', 'Ben', 'Chidi'][i] ?? '') });
    expect(rules({ objectives: [o] })).toEqual([]);
  });
  it.each([
    ['a shared owner', ['Ana', 'Ana', 'Ben']],
    ['a team owner', ['Ana', 'Platform team', 'Ben']],
    ['a pair', ['Ana & Ben', 'Chidi', 'Dee']],
    ['an unowned KR', ['Ana', '', 'Ben']],
  ])('stays quiet with %s', (_name, owners) => {
    const o = objective('a', { keyResults: krs(3, (i) => owners[i] ?? '') });
    expect(rules({ objectives: [o] })).toEqual([]);
  });
  it('stays quiet for a single KR', () => {
    expect(rules({ objectives: [objective('a', { keyResults: krs(1, () => 'Ana') })] })).toEqual(
      [],
    );
  });
});

describe('unaligned', () => {
  const parents = [{ id: 'p1', title: 'Grow revenue' }];
  it('fires for an objective without a parent when parents exist', () => {
    const found = coachPlan({ parentObjectives: parents, objectives: [objective('a')] });
    expect(found.map((f) => f.rule)).toEqual(['unaligned']);
    expect(found[0]?.suggestion).toContain('Grow revenue');
  });
  it('fires with the hasParentObjectives shortcut', () => {
    expect(rules({ hasParentObjectives: true, objectives: [objective('a')] })).toEqual([
      'unaligned',
    ]);
  });
  it('stays quiet when aligned, or when there are no parents', () => {
    expect(
      rules({
        parentObjectives: parents,
        objectives: [objective('a', { parentObjectiveId: 'p1' })],
      }),
    ).toEqual([]);
    expect(rules({ objectives: [objective('a')] })).toEqual([]);
  });
});

describe('coachPlan', () => {
  it('returns objective findings before their key results, with refs, why and severity', () => {
    const findings = coachPlan({
      objectives: [
        objective('a', {
          title: 'Get search p90 below 250 ms',
          keyResults: [kr('Migrate to OAuth 2.0', { id: 'k1' })],
        }),
      ],
    });
    expect(findings[0]).toMatchObject({
      rule: 'objective-is-metric',
      severity: 'warning',
      objective: { id: 'a', title: 'Get search p90 below 250 ms' },
    });
    expect(findings[0]?.keyResult).toBeUndefined();
    const output = findings.find((f) => f.rule === 'output-not-outcome');
    expect(output?.keyResult).toEqual({ id: 'k1', title: 'Migrate to OAuth 2.0' });
    expect(output?.why.length).toBeGreaterThan(20);
  });

  it('skips the numeric rules for milestone KRs but still calls them outputs', () => {
    const findings = coachPlan({
      objectives: [
        objective('a', { keyResults: [kr('Ship SSO by March', { isMilestone: true })] }),
      ],
    });
    expect(findings.map((f) => f.rule)).toEqual(['output-not-outcome']);
  });

  it('is fast enough to run on every keystroke', () => {
    const plan: PlanInput = {
      objectives: Array.from({ length: 5 }, (_x, i) =>
        objective(`o${i}`, {
          keyResults: [
            kr('Increase test coverage to 80%'),
            kr('Cut MTTR from 2 hours to 30 minutes'),
            kr('Ship the SCIM provisioning we promised Initrode Corp by April'),
            kr('Bring 5xx responses on the orders API from 1.1% to below 0.3%'),
          ],
        }),
      ),
    };
    coachPlan(plan);
    const start = performance.now();
    for (let i = 0; i < 20; i += 1) coachPlan(plan);
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});
