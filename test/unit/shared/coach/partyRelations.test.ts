import { describe, expect, it } from 'vitest';
import { namedParties } from '../../../../shared/domain/coach/text/namedParty';
import { namedPartyRelation } from '../../../../shared/domain/coach/text/partyRelations';
import { rulesOf } from './helpers';

// Round 14: a named party recognised by its shape, in a relation that makes the KR a promise to
// it. The wording here is new (not in the corpus), so it checks the structure, not a list.
describe('namedParties: acronyms and capitalised names that are not ours', () => {
  it.each([
    ['Send ESIC our monthly report', 'ESIC'],
    ['Give Northstar League’s integrity officer a risk score', 'Northstar League’s'],
    ['Send PRS for Music the quarterly returns', 'PRS for Music'],
    [
      'Make sure the Department of Education’s auditors are comfortable',
      'Department of Education’s',
    ],
    ['Keep Marlowe Cruises comfortable with our uptime', 'Marlowe Cruises'],
  ])('finds the party in %j', (raw, name) => {
    expect(namedParties(raw).map((p) => p.name)).toContain(name);
  });

  it.each([
    'Send Finance the monthly report by the 3rd',
    'Give Customer Success a churn-risk score for every account',
    'Keep Grafana dashboards green',
    'Keep the Berlin office happy with the new VPN',
    'Ship the rewrite that the Android Guild agreed',
    'Fix the defects found at Stage 4 review',
    'Hit the 99.9% our Platform Charter sets',
    'NPS from Acme users from 31 to 40',
    'Deliver the beta build to TestFlight testers',
    'Give Mobile a faster build pipeline',
    'Provide Checkout with a feature-flag service',
  ])('finds no party in %j', (raw) => {
    expect(namedParties(raw)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ possessive: true })]),
    );
    expect(namedPartyRelation(raw)).toBeUndefined();
  });
});

describe('namedPartyRelation: the relation, not the body', () => {
  it.each([
    ['Provide Quayside Ferries with a live berth feed for every sailing', 'given-to'],
    ['Hand the HSE a quarterly near-miss extract for every site', 'given-to'],
    ['Deliver the booking API to Corbel Hotels’ revenue team by June', 'given-to'],
    ['Keep Trentway Trains happy with our passenger-count feed', 'kept-satisfied'],
    ['Make sure Halden Water’s inspectors are satisfied with our telemetry', 'kept-satisfied'],
    ['Get the kiosk firmware certified by Ingenico before launch', 'judging-us'],
    ['Pass Ardent Health’s vendor onboarding checks for the scheduling app', 'judging-us'],
    ['Reach the 97% fill rate the Greyfield Foods supply agreement specifies', 'sets-level'],
    ['Answer claims within the 10 days Marshfield Mutual stipulated', 'sets-level'],
    [
      'Cut complaint handling time from 12 days to 8, in line with the Energy Redress Scheme',
      'instrument',
    ],
  ])('reads %j as %s', (raw, relation) => {
    expect(namedPartyRelation(raw)?.relation).toBe(relation);
  });
});

describe('external-commitment: named parties in a relation, and paper that is always outside', () => {
  it.each([
    'Give Quayside Ferries’ harbour master a daily berth plan',
    'Keep Trentway Trains happy with our passenger-count feed',
    'Publish dock data every night, as agreed in the data-sharing MoU',
    'Deliver the timetable API as specified in the tender',
    'Cut complaint handling time from 12 days to 8, in line with the Energy Redress Scheme',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Send Finance the monthly royalty reconciliation report by the 3rd',
    'Give on-call engineers a runbook for every controller model',
    'Keep the Grafana pen-sensor dashboards under 2 minutes stale (8 minutes today)',
    'Reach the 98% remake-free rate our own Quality Manual sets (94% today)',
    'Cut onboarding time from 9 days to 5, as agreed in the retro',
    'Get the new checkout design approved by Product before the sprint review',
    'Roll out the rule checker so non-compliances found at Stage 4 review drop from 17 to 5',
  ])('stays quiet for %j', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});
