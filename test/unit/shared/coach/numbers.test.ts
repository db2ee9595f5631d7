import { describe, expect, it } from 'vitest';
import { isTrivialChange } from '../../../../shared/domain/coach';
import { findingOf, rulesOf } from './helpers';

describe('missing-baseline', () => {
  it.each([
    ['Increase test coverage to 80%', {}],
    ['Reduce on-call pages per engineer', { target: 6, metric: 'pages' }],
    ['Cut cold start time to under 2 s', {}],
    ['Reduce build failures by 40%', { metric: 'build failures' }],
    ['Raise NPS', { metric: 'NPS', direction: 'increase' as const }],
    ['Keep error rate below 0.5%', {}],
  ])('fires for %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('missing-baseline');
  });

  it.each([
    ['Reduce escaped bugs per month from 12 to 4', {}],
    ['Cut MTTR from 2 hours to 30 minutes', {}],
    ['Login failures 2.3 % → 0.5 %', {}],
    ['Checkout p95 latency under 400 ms (today 1.1 s)', {}],
    ['Answer 70% of reporting questions without an analyst (from 35%)', {}],
    ['Improve order completion rate', { baseline: 94, target: 98, metric: 'success rate' }],
    ['Reduce time to first byte to 300 ms from 800 ms', {}],
  ])('stays quiet for %j', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('missing-baseline');
  });

  it('quotes a relative change that has nothing to be relative to', () => {
    expect(findingOf('missing-baseline', 'Cut ESLint violations by 60%')?.message).toContain(
      'by 60%',
    );
  });
});

describe('missing-target', () => {
  it.each([
    ['Raise NPS', {}],
    ['Cut ESLint violations by 60%', {}],
    ['Release 4x more often', {}],
    ['Grow signups 30% quarter over quarter', {}],
    ['Halve the number of flaky tests', {}],
    ['Lower Sev-1 incidents each quarter', { baseline: 8 }],
  ])('fires for %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('missing-target');
  });

  it.each([
    ['Increase test coverage to 80%', {}],
    ['Reduce 5xx error rate from 0.8% to below 0.2%', {}],
    ['Reach 99.99% availability as seen by synthetic probes', {}],
    ['Cut ESLint violations by 60%', { baseline: 400 }],
    ['Fewer than 2 customer-facing outages per quarter', {}],
    ['Reduce P1 incidents', { baseline: 8, target: 2 }],
  ])('stays quiet for %j', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('missing-target');
  });
});

describe('missing-metric', () => {
  it.each([
    'Make the toolchain pleasant to use',
    'Foster a culture of ownership',
    'Reduce toil',
    'Improve search relevance',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('missing-metric');
  });

  it.each([
    ['Cut time to restore service from 3 hours to 40 minutes', {}],
    ['Grow weekly active teams on the platform from 4 to 12', {}],
    ['Lower Sev-1 incidents each quarter', {}],
    ['Make the toolchain pleasant to use', { metric: 'time to first deploy' }],
    ['Checkout p75 LCP under 2.5 s', {}],
  ])('stays quiet for %j', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('missing-metric');
  });
});

describe('trivial-target', () => {
  it.each([
    ['Lower the app crash rate', { baseline: 1.2, target: 1.2, unit: '%' }],
    ['Lower change failure rate from 12% to 11.8%', {}],
    ['Reduce MTTR from 60 minutes to 1 hour', {}],
    ['Reduce p95 latency from 300 ms to 0.29 s', {}],
    ['Raise uptime from 99.1% to 99.2%', {}],
    ['Grow monthly active users from 1.20m to 1.22m', {}],
    ['Reduce cost', { baseline: 40000, target: 39000, unit: 'USD' }],
  ])('fires for %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('trivial-target');
  });

  it.each([
    ['Reach 99.95% availability', { baseline: 99.7, target: 99.95, unit: '%' }],
    ['Improve order completion rate', { baseline: 94, target: 98, unit: '%' }],
    ['Reduce P1 incidents from 8 to 7 per quarter', {}],
    ['Cut MTTR from 2 hours to 30 minutes', {}],
    ['Raise self-serve share from 40% to 80%', {}],
  ])('stays quiet for %j', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('trivial-target');
  });

  it('offers a target that needs real change as a one-click patch', () => {
    const f = findingOf('trivial-target', 'Lower the app crash rate', {
      baseline: 1.2,
      target: 1.2,
      unit: '%',
      direction: 'decrease',
    });
    expect(f?.rewrite).toEqual({ target: 0.6 });
  });

  it('uses the headroom to 100 % for percentages', () => {
    expect(isTrivialChange(99.7, 99.95, true)).toBe(false);
    expect(isTrivialChange(99.7, 99.95, false)).toBe(true);
    expect(isTrivialChange(0, 0, false)).toBe(true);
  });
});

describe('direction-mismatch', () => {
  it.each([
    ['Increase p99 search latency from 1200 ms to 400 ms', { direction: 'increase' as const }],
    ['Grow day-3 activation', { baseline: 45, target: 38, direction: 'increase' as const }],
    ['Reduce checkout abandonment from 30% to 45%', {}],
    ['Decrease MTTR from 45 min to 3 h', {}],
    ['Reduce P1 incidents', { direction: 'increase' as const }],
    ['Cut onboarding time', { baseline: 10, target: 4, direction: 'increase' as const }],
    ['Improve page load time from 2 s to 4 s', {}],
  ])('fires for %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('direction-mismatch');
  });

  it.each([
    ['Cut MTTR from 2 hours to 30 minutes', { direction: 'decrease' as const }],
    [
      'Lower Sev-1 incidents each quarter',
      { baseline: 8, target: 2, direction: 'decrease' as const },
    ],
    ['Increase test reliability: flaky failures per 100 CI runs from 12 to 2', {}],
    ['Lower the ratio of support tickets to accounts from 1:20 to 1:50', {}],
    ['Improve order completion rate', { baseline: 94, target: 98, direction: 'increase' as const }],
  ])('stays quiet for %j', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('direction-mismatch');
  });

  it('rewrites direction and verb to match the numbers', () => {
    const f = findingOf(
      'direction-mismatch',
      'Increase p99 search latency from 1200 ms to 400 ms',
      {
        direction: 'increase',
      },
    );
    expect(f?.rewrite).toEqual({
      direction: 'decrease',
      title: 'Reduce p99 search latency from 1200 ms to 400 ms',
    });
  });

  it('suspects swapped numbers when the metric and the words agree', () => {
    const f = findingOf('direction-mismatch', 'Grow day-3 activation', {
      baseline: 45,
      target: 38,
      direction: 'increase',
    });
    expect(f?.rewrite).toBeUndefined();
    expect(f?.suggestion).toMatch(/swapped/);
  });
});

describe('a well-formed outcome KR', () => {
  it.each([
    ['Cut p95 CI duration from 42 min to under 15 min', { baseline: 42, target: 15, unit: 'min' }],
    ['Reduce escaped bugs per month from 12 to 4', { baseline: 12, target: 4 }],
    ['Cut hosting cost per active seat from $3.10 to $1.90', { baseline: 3.1, target: 1.9 }],
    ['Lift 30-day retention of new accounts from 38% to 45%', { baseline: 38, target: 45 }],
    ['Shrink the Android APK from 48 MB to 30 MB', { baseline: 48, target: 30, unit: 'MB' }],
  ])('gets no finding: %j', (title, fields) => {
    expect(rulesOf(title, fields)).toEqual([]);
  });

  it.each([
    'Cut p95 CI duration from 42 min to under 15 min',
    'Reduce escaped bugs per month from 12 to 4',
    'Lift 30-day retention of new accounts from 38% to 45%',
  ])('with empty fields gets only the offer to fill them from the title: %j', (title) => {
    expect(rulesOf(title)).toEqual(['numbers-only-in-text']);
  });
});

describe('a share written in the title, with the unit column empty', () => {
  const fields = { baseline: 96, target: 96.2, direction: 'increase' as const };

  it('proposes a target at or under 100', () => {
    const trivial = findingOf('trivial-target', 'On-time sailings from 96% to 96.2%', fields);
    expect(trivial?.rewrite?.target).toBeLessThanOrEqual(100);
  });

  it('reads a fall asked to be a rise as a direction mismatch only', () => {
    const rules = rulesOf('On-time sailings from 96% to 91%', { ...fields, target: 91 });
    expect(rules).toContain('direction-mismatch');
    expect(rules).not.toContain('trivial-target');
  });
});
