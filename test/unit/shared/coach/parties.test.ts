import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Who counts as an internal developer, who sat a course, and who a promise is made to.
describe('gameable-metric: training taken and whose satisfaction', () => {
  it.each([
    'Get 80% of warehouse supervisors through the forklift-safety course',
    'Have every new joiner complete the data-protection module in week one',
    'Technicians passing the gas-safety certification, from 70% to 100%',
    'Raise engineering eNPS from 8 to 25',
    'Internal developer satisfaction with CI from 2.8 to 4.0',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('gameable-metric');
  });

  it.each([
    'Raise NPS among developers building on our messaging API from 14 to 30',
    'Third-party developer satisfaction with the docs portal from 3.0 to 4.1',
    'Students completing the first course module, from 48% to 65%',
  ])('stays quiet for %j: customers, not staff', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });
});

describe('external-commitment: named parties by acronym, assessors and regulators’ audits', () => {
  it.each([
    'Keep settlement files on time under our RBS service agreement, from 96% to 100%',
    'Ship the consent dashboard ACME’s procurement team asked for before renewal',
    'Pass the PCI re-assessment with our QSA in May',
    'Close every action from the Ofgem audit of the billing platform',
    'Meet the conditions the ombudsman set for complaint handling',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Keep the CI service under 10 minutes at p95',
    'Cut AWS egress spend from $40k to $25k a month',
    'Hold our published 99.95% SLO, from 99.9%',
    'Cut audit findings raised by internal audit from 14 to 4',
  ])('stays quiet for %j: no party outside, or a measure of how it goes', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});
