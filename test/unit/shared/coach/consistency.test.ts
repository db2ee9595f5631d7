import { describe, expect, it } from 'vitest';
import {
  carryForwardTitle,
  compareTextAndFields,
  proposeFieldsFromText,
  rewriteTitleNumbers,
  type KeyResultFields,
} from '../../../../shared/domain/coach';
import { textDisagreesWithFields } from '../../../../shared/domain/coach/rules/consistency';
import { check, findingOf, rulesOf } from './helpers';

function fields(title: string, patch: Partial<KeyResultFields> = {}): KeyResultFields {
  return { title, baseline: null, target: null, direction: null, ...patch };
}

describe('proposing field values from the title', () => {
  it('fills baseline, target and direction from "from 8 per quarter to 2"', () => {
    expect(
      proposeFieldsFromText(fields('Cut P1 payment incidents from 8 per quarter to 2')),
    ).toEqual({
      baseline: 8,
      target: 2,
      direction: 'decrease',
    });
  });

  it('puts mixed units into one: the unit column when set, else the target’s', () => {
    const title = 'Cut MTTR from 2 hours to 30 minutes';
    expect(proposeFieldsFromText(fields(title))).toEqual({
      unit: 'min',
      baseline: 120,
      target: 30,
      direction: 'decrease',
    });
    expect(proposeFieldsFromText(fields(title, { unit: 'hours', direction: 'decrease' }))).toEqual({
      baseline: 2,
      target: 0.5,
    });
  });

  it('proposes percentages, money and millions as people wrote them', () => {
    expect(proposeFieldsFromText(fields('Payment 5xx rate from 0.8% to below 0.2%'))).toMatchObject(
      {
        unit: '%',
        baseline: 0.8,
        target: 0.2,
      },
    );
    expect(proposeFieldsFromText(fields('Cost per user from $2.40 to $1.50'))).toMatchObject({
      unit: '$',
      baseline: 2.4,
      target: 1.5,
    });
    expect(proposeFieldsFromText(fields('Grow MAU from 1.2M to 1.8M'))).toMatchObject({
      baseline: 1_200_000,
      target: 1_800_000,
    });
  });

  it('only fills what is empty, and nothing when the title states no numbers', () => {
    expect(
      proposeFieldsFromText(
        fields('Reduce build time from 25 min to 8 min', {
          baseline: 25,
          unit: 'min',
          direction: 'decrease',
        }),
      ),
    ).toEqual({ target: 8 });
    expect(proposeFieldsFromText(fields('Reduce P1 incidents'))).toBeNull();
    expect(proposeFieldsFromText(fields('Launch in 6 more countries'))).toBeNull();
  });
});

describe('numbers-only-in-text', () => {
  it('reports a KR whose numbers are only in the title, with the fill as its rewrite', () => {
    const f = findingOf(
      'numbers-only-in-text',
      'Cut P1 payment incidents from 8 per quarter to 2',
      {
        direction: 'increase',
      },
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/cannot be scored/);
    expect(f?.suggestion).toBe(
      'Fill the fields from the title: baseline 8, target 2, direction decrease.',
    );
    expect(f?.rewrite).toEqual({ baseline: 8, target: 2, direction: 'decrease' });
  });

  it('stays quiet once the fields are filled, and for milestones', () => {
    const title = 'Cut P1 payment incidents from 8 per quarter to 2';
    expect(rulesOf(title, { baseline: 8, target: 2, direction: 'decrease' })).toEqual([]);
    expect(rulesOf(title, { isMilestone: true })).not.toContain('numbers-only-in-text');
  });

  it('counts the text as stated for the measured rules: no missing-baseline or missing-target', () => {
    const rules = rulesOf('Cut MTTR from 2 hours to 30 minutes');
    expect(rules).not.toContain('missing-baseline');
    expect(rules).not.toContain('missing-target');
  });
});

describe('text-disagrees-with-fields', () => {
  it('compares after converting units', () => {
    const title = 'Reduce time from merge to production from 48 hours to 4 hours';
    expect(compareTextAndFields(fields(title, { baseline: 25, target: 8, unit: 'min' }))).toEqual([
      { role: 'baseline', field: 25, stated: 2880, statedText: '48 hours' },
      { role: 'target', field: 8, stated: 240, statedText: '4 hours' },
    ]);
    expect(
      compareTextAndFields(fields(title, { baseline: 2880, target: 240, unit: 'min' })),
    ).toEqual([]);
  });

  it.each([
    ['Login failures from 2.3% to 0.5%', { baseline: 0.023, target: 0.005 }],
    ['Login failures from 2.3% to 0.5%', { baseline: 2.3, target: 0.5, unit: '%' }],
    ['Users from 1.2M to 1.8M', { baseline: 1_200_000, target: 1_800_000 }],
    ['Users from 1.2M to 1.8M', { baseline: 1.2, target: 1.8, unit: 'M users' }],
    ['Spend from $410k to $300k', { baseline: 410_000, target: 300_000, unit: '$' }],
    ['p95 CI duration under 15 min (from 42)', { baseline: 42, target: 14, unit: 'min' }],
  ])('finds %j agreeing with %j', (title, patch) => {
    expect(compareTextAndFields(fields(title, patch))).toEqual([]);
  });

  it('warns, says what each side says, and proposes the title that matches the fields', () => {
    const f = findingOf(
      'text-disagrees-with-fields',
      'Reduce time from merge to production from 48 hours to 4 hours',
      { baseline: 25, target: 8, unit: 'min', direction: 'decrease' },
    );
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      'The title says 48 hours → 4 hours but the fields say 25 min → 8 min; the score is computed from the fields.',
    );
    expect(f?.rewrite).toEqual({
      title: 'Reduce time from merge to production from 25 min to 8 min',
    });
    expect(f?.suggestion).toMatch(
      /set the fields from the title \(baseline 2,880 min, target 240 min\)/,
    );
  });

  it('falls back to the fields from the title when the title cannot be rewritten safely', () => {
    const f = findingOf('text-disagrees-with-fields', 'Cut incidents from eight to two', {
      baseline: 5,
      target: 2,
      direction: 'decrease',
    });
    expect(f?.rewrite).toEqual({ baseline: 8 });
  });
});

describe('rewriting the numbers in a title', () => {
  it.each([
    [
      'Cut P1 payment incidents from 8 per quarter to 2',
      { baseline: 5 },
      undefined,
      'Cut P1 payment incidents from 5 per quarter to 2',
    ],
    [
      'Reduce MTTR from 2 hours to 30 minutes',
      { baseline: 90 },
      'min',
      'Reduce MTTR from 1.5 hours to 30 minutes',
    ],
    [
      'Reduce MTTR from 2 hours to 30 minutes',
      { target: 20 },
      'min',
      'Reduce MTTR from 2 hours to 20 minutes',
    ],
    [
      'Lead time from 48 hours to 4 hours',
      { baseline: 25 },
      'min',
      'Lead time from 25 min to 4 hours',
    ],
    [
      'Cost per user from $2.40 to $1.50',
      { target: 1.2 },
      '$',
      'Cost per user from $2.40 to $1.20',
    ],
    ['Grow MAU from 1.2M to 1.8M', { target: 2_000_000 }, undefined, 'Grow MAU from 1.2M to 2M'],
    [
      'Escalations: 1,200 a month now, 300 by the end',
      { baseline: 1500 },
      undefined,
      'Escalations: 1,500 a month now, 300 by the end',
    ],
    ['p95 under 15 min (from 42)', { target: 10 }, 'min', 'p95 under 10 min (from 42)'],
  ] as const)('%j with %j (unit %s) reads %j', (title, change, unit, expected) => {
    expect(rewriteTitleNumbers(title, change, unit)).toEqual({
      ok: true,
      title: expected,
      changed: true,
    });
  });

  it('leaves a title with no such number alone, and refuses to guess at number words', () => {
    expect(rewriteTitleNumbers('Reduce P1 incidents', { target: 2 })).toEqual({
      ok: true,
      title: 'Reduce P1 incidents',
      changed: false,
    });
    expect(rewriteTitleNumbers('Cut incidents from eight to two', { baseline: 5 })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('carries a KR forward with its last value as the baseline in the title too', () => {
    expect(carryForwardTitle({ title: 'Cut P1 incidents from 8 to 2' }, 5)).toBe(
      'Cut P1 incidents from 5 to 2',
    );
    expect(carryForwardTitle({ title: 'Cut incidents from eight to two' }, 5)).toBe(
      'Cut incidents from eight to two',
    );
    expect(carryForwardTitle({ title: 'Reduce P1 incidents' }, 5)).toBe('Reduce P1 incidents');
  });
});

describe('suggested rewrites keep the title and the fields consistent', () => {
  it('a new target rewrites the number in the title', () => {
    const f = findingOf('trivial-target', 'Improve onboarding conversion from 40% to 41%', {
      baseline: 40,
      target: 41,
      unit: '%',
      direction: 'increase',
    });
    expect(f?.rewrite).toEqual({
      target: 70,
      title: 'Improve onboarding conversion from 40% to 70%',
    });
  });

  it('and fills the field it leaves alone when that is only in the title', () => {
    const f = findingOf('trivial-target', 'Improve onboarding conversion from 40% to 41%');
    expect(f?.rewrite).toEqual({
      target: 70,
      baseline: 40,
      unit: '%',
      title: 'Improve onboarding conversion from 40% to 70%',
    });
  });

  it('every rewrite the coach emits leaves no disagreement behind', () => {
    const cases: [string, Parameters<typeof check>[1]][] = [
      ['Improve onboarding conversion from 40% to 41%', { baseline: 40, target: 41, unit: '%' }],
      ['Reduce MTTR from 60 minutes to 1 hour', {}],
      ['Increase p95 API latency from 900 ms to 300 ms', { unit: 'ms', direction: 'increase' }],
      ['Cut P1 payment incidents from 8 per quarter to 2', { direction: 'increase' }],
      [
        'Reduce time from merge to production from 48 hours to 4 hours',
        { baseline: 25, target: 8, unit: 'min' },
      ],
      ['Conduct 10 architecture reviews', { baseline: 0, target: 10 }],
    ];
    for (const [title, patch] of cases) {
      const kr = { title, baseline: null, target: null, direction: null, ...patch };
      for (const f of check(title, patch)) {
        if (!f.rewrite) continue;
        const applied = { ...kr, ...f.rewrite };
        expect(compareTextAndFields(applied), `${f.rule} on "${title}"`).toEqual([]);
      }
    }
  });
});

describe('numbers in words', () => {
  it('puts a unit in the number it goes with: 1 day, not 1 days', () => {
    const f = textDisagreesWithFields(
      {
        id: 'k',
        title: 'Average bug-fix time from 5 days to 2 days',
        unit: 'days',
        baseline: 5,
        target: 1,
        direction: 'decrease',
      },
      { id: 'o', title: 'O' },
    );
    expect(f?.message).toContain('the fields say target 1 day');
  });
});
