import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 22's families (splits al and am, train-22), in wording of our own that is in no corpus
// file, so these check the class rather than the rows.

describe('a baseline and target after a colon or comma, with no "from", state today’s value', () => {
  it.each([
    'Pallets rejected at goods-in: 14%, up to 3% is fine',
    'Pallets picked short at the depot: 12%, down to 4%',
    'Kettle descaling downtime, 50 min/week → 20 min/week',
    'Glasses chipped per 1,000 washed: eight → under two',
    'Chilled water drawn by the ice plant: 520 m³ down to 390 m³ a month',
    'Forklift battery swaps lost to faults, 11 h/month now, 4 h/month by the end',
  ])('reads %j as having a baseline', (title) => {
    expect(rulesOf(title)).not.toContain('missing-baseline');
  });

  it('still asks for a baseline when only a target is stated', () => {
    expect(rulesOf('Pallets picked short at the depot: under 4% by July')).toContain(
      'missing-baseline',
    );
  });
});

describe('gameable-metric reads activity counts, not overhead, costs or physical measures', () => {
  it.each([
    'Hours our surveyors spend on paperwork each week, from 7 h to 3 h, read from the timesheet export',
    'Electricity cost per 1,000 tiles fired, £30 → £22',
    'Lower peak particle velocity at the quarry boundary (currently 7.2 mm/s)',
    'Till faults fixed by shop staff from the help card without a support call, 20% → 60%',
  ])('reads %j as no activity count', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });

  it.each([
    'Close 80% of fleet maintenance work orders within 5 days, up from 45%',
    'Refactor 30k lines of the ticketing back office',
    'Deployments of the rota app from 1 to 8 a month',
  ])('reads %j as an activity count', (title) => {
    expect(rulesOf(title)).toContain('gameable-metric');
  });
});

describe('a named body’s deadline, ratio or specification used as the yardstick is a commitment', () => {
  it.each([
    'Answer 100% of member disputes within the Federation of Small Traders’ 21-day deadline (77% now)',
    'Run every climbing session at or under the BMC’s 6:1 climber-to-instructor ratio',
    'Share of apples within the Tesco 65–80 mm size spec from 58% to 82%',
    'Go live on the Evri parcel-tracking API before their 1 March switch-off',
  ])('reads %j as external-commitment', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Share of apples within our own 65–80 mm size spec from 58% to 82%',
    'Go live on the new rota app before the summer season',
  ])('reads %j, with no outside party, as no commitment', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});

describe('a limit met by a wide margin, its worst reading included, is a trivial target', () => {
  const fields = { baseline: 9, target: 40, direction: 'decrease' as const, unit: 'mg/L' };
  it('reads a mean and a highest reading well under the cap as met', () => {
    expect(
      rulesOf(
        'Keep ammonia in the yard run-off under the 40 mg/L our SEPA licence allows (monthly mean 9 mg/L, highest reading 14)',
        fields,
      ),
    ).toContain('trivial-target');
  });

  it('does not call a limit met when the highest reading breaks it', () => {
    expect(
      rulesOf(
        'Keep ammonia in the yard run-off under the 40 mg/L our SEPA licence allows (monthly mean 33 mg/L, highest reading 52)',
        { ...fields, baseline: 33 },
      ),
    ).not.toContain('trivial-target');
  });
});
