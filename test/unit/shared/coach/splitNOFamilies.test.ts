import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../../../shared/domain/coach';
import { rulesOf } from './helpers';

// Wording families found on the outside writers' splits n and o, each checked in fresh words
// written after the fixes (train-10.csv has more), with the near misses that must keep their rules.

describe('compliance with a scheme or law someone else imposes', () => {
  it.each([
    'Become PCI DSS compliant for the new kiosk payments',
    'Pass the DSPT audit for the community nursing app',
    'Report 100% of swaps by T+1 under EMIR',
    'Meet WCAG 2.2 AA as required by the city council procurement',
    'Get Cyber Essentials Plus for the NHS diagnostics tender',
  ])('calls %j an external commitment', (title) => {
    expect(rulesOf(title, {})).toContain('external-commitment');
  });

  it.each([
    'Achieve ISO 27001 certification for the analytics platform',
    'Build the GDPR data export page',
    'DORA lead time for changes from 4 days to 1 day',
  ])('leaves %j with the team', (title) => {
    expect(rulesOf(title, {})).not.toContain('external-commitment');
  });
});

describe("last readings and counts done as today's value", () => {
  it.each([
    'Fail over the ledger in under 15 minutes (last drill: 50 minutes)',
    'Restore the catalogue in under an hour (latest test: 4 hours)',
    'Move squads onto the new CI: 6 done, 20 by end of Q2',
  ])('reads a baseline in %j', (title) => {
    expect(rulesOf(title, {})).not.toContain('missing-baseline');
  });

  it('still asks for a baseline when the last test has no reading', () => {
    expect(rulesOf('Fail over the ledger in under 15 minutes in the next drill', {})).toContain(
      'missing-baseline',
    );
  });
});

describe('limits and held levels already met', () => {
  it.each([
    ['Price feeds less than 10 minutes stale (today: 4 minutes)', { direction: 'decrease' }],
    [
      '99.9% uptime for the gold partner tier, per our partner agreement',
      { baseline: 99.97, target: 99.9, direction: 'increase', unit: '%' },
    ],
    [
      'Win the renewal by holding 99.5% delivery success',
      { baseline: 99.8, target: 99.5, direction: 'increase', unit: '%' },
    ],
  ] as const)('calls %j trivial', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('trivial-target');
  });

  it('keeps a limit not yet met a real target', () => {
    expect(
      rulesOf('Price feeds less than 10 minutes stale (today: 40 minutes)', {
        direction: 'decrease',
      }),
    ).not.toContain('trivial-target');
  });
});

describe('aims without a measure, and outcomes worded like work', () => {
  it.each([
    'Keep observability spend under control',
    'Be smarter about how we buy cloud capacity',
    'Streamline how rate changes reach the booking engine',
  ])('says %j names no metric', (title) => {
    expect(rulesOf(title, {})).toContain('missing-metric');
  });

  it.each([
    ['Revamp the volunteer sign-up experience', {}],
    ['Weekly active tutors setting quizzes in the new app from 900 to 1,600', {}],
    ['Resolve 700 Dependabot alerts', {}],
    ['Release reverts per month on the partner API', { baseline: 5, target: 1 }],
  ] as const)('does not call %j work', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('output-not-outcome');
  });

  it.each([
    'Adopt Terraform for 75% of network infrastructure, up from 20%',
    'Migrate services to GitHub Actions: 12 done, 50 by quarter end',
    'Revamp the booking portal onto the new design system',
  ])('still calls %j an output', (title) => {
    expect(rulesOf(title, {})).toContain('output-not-outcome');
  });
});

describe('objectives that name a mistake twice over', () => {
  it('does not read "No double bookings" as a doubling', () => {
    const findings = coachPlan({
      objectives: [
        {
          id: 'o',
          title: 'No double bookings',
          keyResults: [
            {
              id: 'k',
              title: 'Duplicate bookings per 10,000 from 6 to 1',
              baseline: null,
              target: null,
              direction: null,
            },
          ],
        },
      ],
    });
    expect(findings.map((f) => f.rule)).not.toContain('objective-is-metric');
  });
});
