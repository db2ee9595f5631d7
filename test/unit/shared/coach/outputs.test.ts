import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../../../shared/domain/coach';
import { findingOf, rulesOf } from './helpers';

describe('output-not-outcome', () => {
  it.each([
    'Migrate to OAuth 2.0',
    'Complete migration of the auth service to OAuth 2.0 by end of quarter',
    'Ship the new pricing page by 31 July',
    'Conduct 10 architecture reviews',
    'Implement request tracing across every backend',
    'Roll out feature flags to every team',
    'Launch v2 of the billing dashboard in Q3',
    'Write runbooks for all tier-1 services',
    'Upgrade all services to Node 22',
    'Hire 4 senior engineers',
    'Run the quarterly disaster recovery test',
    'Hold 20 customer interviews',
    'New checkout flow live in production by end of Q2',
    'Public API v3 released',
    'Get the Terraform modules refactor done',
    'Mobile app 3.0 in the App Store by May 15',
    'Observability: set up centralised logging for every service',
    'We will decommission the legacy billing monolith',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('output-not-outcome');
  });

  it.each([
    'Reduce escaped bugs per month from 12 to 4',
    'Make the toolchain pleasant to use',
    'Answer 70% of reporting questions without an analyst',
    'Release 4x more often',
    'Release to production 5 times a week',
    'Build time under 8 minutes at p95',
    'Deliver new features with an error rate below 2% in their first week',
    'Features shipped this quarter raise NPS by 5 points',
    'Hold availability at 99.9%',
    'Implement caching to cut p95 latency from 800 ms to 200 ms',
    'Reach 99.99% availability as seen by synthetic probes',
    'Every report refreshed within 20 minutes',
    'Reduce P1 incidents from 6 to 2 by end of Q3',
  ])('stays quiet for %j', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });

  it('suggests the outcome the work is for, as a patch that clears the old numbers', () => {
    const f = findingOf('output-not-outcome', 'Conduct 10 architecture reviews', {
      baseline: 0,
      target: 10,
    });
    expect(f?.severity).toBe('error');
    expect(f?.suggestion).toMatch(/change failure rate/);
    expect(f?.rewrite).toMatchObject({
      metric: 'change failure rate',
      baseline: null,
      target: null,
    });
  });
});

describe('external-commitment', () => {
  it.each([
    'Ship the SCIM provisioning we promised Initrode Corp by April',
    'Ship the data export API promised to Globex Inc by May',
    'Provide the audit log feature contractually required by our largest customer',
    'Provide the bulk-export feature requested by the sales team',
    'Deliver the reporting module for the Initech contract by Q3',
    'Finish the Salesforce integration Globex signed for in January',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Increase retention of enterprise customers from 80% to 90%',
    'Cut API error rate for enterprise customers from 1% to 0.1%',
    'Introduce contract testing between the web client and the API',
    'Reduce support tickets from enterprise customers from 40 to 10 per month',
  ])('stays quiet for %j', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });

  it('also reads the objective and its description', () => {
    const findings = coachPlan({
      objectives: [
        {
          id: 'o1',
          title: 'Ready for big accounts',
          description: 'Hand over the SAML login promised to Vandelay by May',
          keyResults: [],
        },
      ],
    });
    expect(findings.map((f) => [f.rule, f.keyResult])).toEqual([
      ['external-commitment', undefined],
    ]);
  });
});
