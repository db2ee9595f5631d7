import { describe, expect, it } from 'vitest';
import { coachPlan, statedNumbers } from '../../../../shared/domain/coach';
import { kr, rulesOf } from './helpers';

function objectiveRules(title: string): string[] {
  const keyResults = [kr('Make checkout usable with a screen reader')];
  return coachPlan({ objectives: [{ id: 'o-1', title, keyResults }] }).map((f) => f.rule);
}

// Wording families found on the outside writer's split e, each checked in our own words: the
// numbers the coach reads from a title, and the rules it gives for it.

describe('numbers read from the title', () => {
  it.each([
    ['Claims reach sixty-five percent (from forty-two percent)', 42, 65],
    ['Close in twenty-five hours (from thirty-eight hours)', 38, 25],
    ['First-contact resolution from fifty-eight per cent to seventy-five per cent', 58, 75],
  ])('reads tens and units written out in %j', (title, baseline, target) => {
    const read = statedNumbers(title);
    expect([read.baseline?.value, read.target?.value]).toEqual([baseline, target]);
  });

  it.each([
    ['Get reconciliation breaks from three hundred a month to fifty', 300, 50],
    ['Cut Sev-2 incidents from a dozen a month to three', 12, 3],
    ["Merchant go-live in five days rather than today's twenty-one", 21, 5],
    ['Sev-1 outages: twelve now, four by the end of the year', 12, 4],
    ['KYC checks done in 4 minutes instead of the current twenty', 20, 4],
  ])('reads round numbers and dozens in words in %j', (title, baseline, target) => {
    const read = statedNumbers(title);
    expect([read.baseline?.value, read.target?.value]).toEqual([baseline, target]);
  });

  it.each([
    ['Keep all dashboards under 15 minutes stale (today the worst is 4 hours)', 4],
    ['Search p95 under 400 ms (currently the slowest region is 1.9 s)', 1.9],
    ['Every feed under 30 minutes late (today’s worst: 6 hours)', 6],
  ])("reads today's worst case as the baseline in %j", (title, baseline) => {
    expect(statedNumbers(title).baseline?.value).toBe(baseline);
  });

  it('does not read a goal stated for today as a baseline', () => {
    expect(statedNumbers('Keep retries under 5% (today the target is 10%)').baseline).toBeNull();
  });

  it.each([
    ['Close 95% of action items within 30 days (from 60%)', 95],
    ['Within 3 working days, pay 97% of approved claims (from 72%)', 97],
  ])('takes the share, not the window, as the target in %j', (title, target) => {
    const read = statedNumbers(title);
    expect(read.target?.value).toBe(target);
    expect(read.target?.dimension).toBe('percent');
  });

  it('reads a denied floor as a ceiling', () => {
    expect(statedNumbers('No clinic waits more than 20 minutes').targetBound).toBe('at-most');
  });

  it.each(['Improve data quality in the Customer 360 tables', 'Make Office 365 work better'])(
    'treats the number in a product name as a name in %j',
    (title) => {
      expect(statedNumbers(title).target).toBeNull();
    },
  );
});

describe('rules on the families', () => {
  it.each([
    ['Return-label creation success at 99.5% by end of quarter'],
    ['Add UI tests until coverage hits 70%'],
    ['Rewrite help articles until self-service resolution reaches 40%'],
  ])('does not call %j work to do', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });

  it.each([
    ['Close the Initech reseller deal by shipping white-label theming'],
    ['Migrate services until the share on Kubernetes reaches 90%'],
    ['PCI DSS compliance at 100% by year end'],
  ])('calls %j work to do', (title) => {
    expect(rulesOf(title)).toContain('output-not-outcome');
  });

  it('keeps a deal won by an outcome an outcome', () => {
    const rules = rulesOf('Secure the Hooli renewal by cutting their failure rate from 3% to 0.5%');
    expect(rules).toContain('external-commitment');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('counts tests added until coverage reaches a level as test coverage', () => {
    expect(rulesOf('Write contract tests until endpoint coverage reaches 90%')).toContain(
      'gameable-metric',
    );
  });

  it('does not call registering things artefacts built', () => {
    const rules = rulesOf('Register 60 datasets in the data catalogue', {
      baseline: 12,
      target: 60,
    });
    expect(rules).toContain('output-not-outcome');
    expect(rules).not.toContain('gameable-metric');
  });

  it.each(['Optimise our cloud usage', 'Improve Snowflake warehouse usage'])(
    'asks for a metric for %j',
    (title) => {
      expect(rulesOf(title)).toContain('missing-metric');
    },
  );

  it('keeps a directional usage KR measurable', () => {
    expect(rulesOf('Reduce peak memory usage of the mobile app')).not.toContain('missing-metric');
  });

  it.each(['Reach WCAG 2.2 AA on every page', 'Level AA accessibility on every public page'])(
    'calls the objective %j a metric',
    (objective) => {
      expect(objectiveRules(objective)).toContain('objective-is-metric');
    },
  );

  it('keeps an objective about accessibility in words a goal', () => {
    expect(objectiveRules('An accessible service for everyone')).not.toContain(
      'objective-is-metric',
    );
  });
});
