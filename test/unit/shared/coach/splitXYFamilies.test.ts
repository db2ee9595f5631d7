import { describe, expect, it } from 'vitest';
import { namedPartyRelation } from '../../../../shared/domain/coach/text/partyRelations';
import { rulesOf } from './helpers';

// Round 15's families (splits x and y), each in wording of our own that is in no corpus file,
// so these check the class rather than the rows.
describe('gameable-metric: activity counts of things we log, complete, source, post or send', () => {
  it.each([
    ['Log 700 hive inspections in the beekeeping app this quarter, up from 400', {}],
    ['Inspectors complete 250 scaffold tag checks a week, up from 140', {}],
    ['Source more bilingual tutors into the tutor pool (120 last term)', {}],
    ['Acknowledge more freezer alarms on the cold-store console than last month', {}],
    ['Issue the 3,000 parking permits a month the residents scheme needs', {}],
    ['Deliveries logged in the yard app to 900 a week', {}],
    ['Double TikTok posts about the summer menu from 12 to 24', {}],
  ])('flags %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('gameable-metric');
  });

  it('reads a count of records made as activity, not work to deliver', () => {
    const rules = rulesOf('Record 1,200 soil-moisture readings in the field app this month', {
      baseline: 800,
      target: 1200,
    });
    expect(rules).toContain('gameable-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it.each([
    'Share of hive inspections that find a healthy queen from 70% to 85%',
    'Cut the median time to acknowledge a freezer alarm from 20 min to 5 min',
    'Repeat orders completed in the app at the first attempt from 60% to 80%',
  ])('stays quiet on the outcome near miss %j', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });
});

describe('output-not-outcome: outcomes in delivery words, vague aims, coverage carried out', () => {
  it.each([
    [
      'Deliver grower payment statements on the 2nd working day instead of the 9th',
      { baseline: 9, target: 2, direction: 'decrease' as const },
    ],
    ['Share of learners finishing the forklift course who pass the practical, from 62% to 80%', {}],
    [
      'Pass Harwell Retail’s supplier audit with zero major findings (4 last time)',
      { baseline: 4, target: 0, direction: 'decrease' as const },
    ],
    ['Surprise and delight our season-ticket holders', {}],
  ])('does not call %j work to do', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('output-not-outcome');
  });

  it('calls coverage carried out to a place a rollout', () => {
    expect(rulesOf('Extend 4G coverage out to the far end of the quarry')).toContain(
      'output-not-outcome',
    );
  });
});

describe("today's value stated with a past period, with no target", () => {
  it.each([
    'Reduce missed bin collections - 3.2% in Q2',
    'Cut late ferry departures (14 per 100 sailings in August)',
    'Reduce "where is my refund?" calls (about 900 a day at peak)',
    'Reduce lost luggage - 4 per 1,000 passengers in March',
  ])('reads %j as a baseline and asks for a target', (title) => {
    const rules = rulesOf(title, { direction: 'decrease' });
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('missing-baseline');
    expect(rules).not.toContain('trivial-target');
  });
});

describe('trivial-target and direction-mismatch', () => {
  it('reads a spread either side as its size ("within ±4 °C, currently ±1 °C")', () => {
    expect(
      rulesOf('Keep temperature spread in the kiln within ±4 °C (currently ±1 °C)', {
        baseline: 1,
        target: 4,
        direction: 'decrease',
      }),
    ).toContain('trivial-target');
  });

  it('reads "a 2-a-year limit" as a count per period the baseline already meets', () => {
    const rules = rulesOf(
      'Keep lift entrapments below the Lift Safety Board’s 2-a-year limit per building (currently 0.5)',
      { baseline: 0.5, target: 2, direction: 'decrease' },
    );
    expect(rules).toContain('trivial-target');
    expect(rules).not.toContain('direction-mismatch');
  });

  it('calls a 5% step trivial, rounding aside', () => {
    expect(rulesOf('Reduce mis-sorted parcels from 4.0% to 3.8%')).toContain('trivial-target');
  });

  it('does not read a 3 dB cut as counting noise', () => {
    expect(
      rulesOf('Cut depot noise from 52 dB to 49 dB at night', {
        baseline: 52,
        target: 49,
        direction: 'decrease',
      }),
    ).not.toContain('trivial-target');
  });

  it('takes the metric column’s direction for "improve the accuracy" of an error measure', () => {
    expect(
      rulesOf('Improve the accuracy of daily bread demand forecasts', {
        metric: 'forecast WAPE',
        direction: 'decrease',
      }),
    ).not.toContain('direction-mismatch');
  });
});

describe('external-commitment: the remaining commitment forms', () => {
  it.each([
    [
      'Move card payouts to the new rails before Bacs retires the old file format in May',
      'its-change-date',
    ],
    [
      'Keep late filings below the Charity Commission’s 2% threshold (currently 1.4%)',
      'its-threshold',
    ],
    ['Hit the 4-hour turnaround the Coastal Ferries Alliance charter commits us to', 'sets-level'],
  ])('reads %j as a promise to the party', (raw, relation) => {
    expect(namedPartyRelation(raw)?.relation).toBe(relation);
    expect(rulesOf(raw)).toContain('external-commitment');
  });

  it('reads a charter of an alliance we are in as paper with its members', () => {
    expect(
      rulesOf('Honour lounge access for partner golds, as our alliance charter commits us to'),
    ).toContain('external-commitment');
  });

  it.each([
    'Errors found in Healthy Start voucher checks: 5% to 2% (sampled monthly)',
    'Share of Bike to School scheme orders packed the same day, from 60% to 85%',
    'Misuse found in Disabled Badge bay patrols: 12% to 5%',
    'Send Tom the weekly churn report',
    'Give Marta a list of stalled orders every morning',
    'Keep our team charter commitments to pairing',
  ])('names no outside party in %j', (raw) => {
    expect(rulesOf(raw)).not.toContain('external-commitment');
  });
});
