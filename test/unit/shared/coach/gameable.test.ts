import { describe, expect, it } from 'vitest';
import { isGameableMetricName } from '../../../../shared/domain/coach';
import { findingOf, rulesOf } from './helpers';

describe('gameable-metric', () => {
  it.each([
    ['Increase test coverage to 80%', /escaped/],
    ['Reach 90% branch coverage on the payments module', /escaped/],
    ['Release 4x more often', /merge to production/],
    ['Increase deployment frequency from weekly to daily', /merge to production/],
    ['Double the number of production deployments per week', /merge to production/],
    ['Pay down 40% of the tech debt backlog', /build time/],
    ['Cut ESLint violations by 60%', /escaped bugs/],
    ['Bring ESLint warnings down from 1200 to 100', /escaped bugs/],
    ['Conduct 10 architecture reviews', /change failure rate/],
    ['Hold monthly security training for engineers', /change failure rate/],
    ['Improve developer happiness score from 6.2 to 7.5', /lead time|MTTR/],
    ['Raise story points completed per sprint from 35 to 55', /lead time/],
    ['Raise team velocity by 25%', /lead time/],
    ['Close 250 Jira issues', /lead time/],
    ['Reduce the number of open bugs in Jira from 450 to 150', /lead time/],
    ['Fix 150 bugs from the backlog', /escaped/],
    ['Merge 400 pull requests this quarter', /lead time/],
    ['Increase commits per engineer per week from 8 to 15', /lead time/],
    ['Reduce lines of code in the monolith by 30%', /lead time/],
    ['Publish 40 new documentation pages', /first change/],
    ['Engineers log 6 hours of deep work daily', /lead time/],
    ['Write 500 new unit tests', /escaped/],
    ['Ship 12 features this quarter', /adoption|NPS/],
  ])('fires for %j and names the ungameable alternative', (title, alternative) => {
    const f = findingOf('gameable-metric', title);
    expect(f).toBeDefined();
    expect(f?.suggestion).toMatch(alternative);
    expect(f?.severity).toBe('warning');
  });

  it('reads the metric field too', () => {
    expect(rulesOf('Improve quality', { metric: 'test coverage' })).toContain('gameable-metric');
  });

  it.each([
    'Reduce escaped bugs per month from 12 to 4',
    'Shrink merge-to-production time from 36 hours to 3 hours',
    'Lower the failed-deploy rate from 9% to 2%',
    'Bring build time from 28 minutes to 9 minutes',
    'Reduce code review turnaround from 2 days to 4 hours',
    'Cut time from PR opened to merged from 30 hours to 6 hours',
    'Reduce flaky test rate from 6% to 1%',
    'Reduce support tickets per 1000 orders from 9 to 4',
    'Raise customer satisfaction (CSAT) from 4.1 to 4.5',
    'Reduce runtime type errors in production from 300 to 50 per day',
    'Cut p95 CI duration from 42 min to under 15 min',
    'Increase sessions per user from 3 to 5',
  ])('stays quiet for %j', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });

  it('patches the KR to the alternative and clears numbers that measured the old metric', () => {
    const f = findingOf('gameable-metric', 'Increase test coverage to 80%', { target: 80 });
    expect(f?.rewrite).toMatchObject({
      metric: 'escaped bugs',
      direction: 'decrease',
      baseline: null,
      target: null,
    });
  });

  it('checks bare metric names', () => {
    expect(isGameableMetricName('story points')).toBe(true);
    expect(isGameableMetricName('escaped bugs')).toBe(false);
  });
});
