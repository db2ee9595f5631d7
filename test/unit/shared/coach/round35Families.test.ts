import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 35's family (splits bl and bm, train-35), in wording of our own that is in no corpus
// file (bookbinders, upholsterers, saddle fitters, chimney sweeps), so these check the class
// rather than the rows: other verbs, other nouns, other word orders. Near misses must stay as
// they are. The cases marked it.fails are what this round left (see the README's Round 35
// section).

const MB = 'missing-baseline';
const MT = 'missing-target';
const TRIV = 'trivial-target';

describe("today's level as what we already do, in a bracket or a clause", () => {
  for (const title of [
    'Rebind 90% of library books within a fortnight (we already rebind 93%)',
    'Reupholster 85% of chairs inside three weeks (we already hit 88%)',
    'Fit 95% of saddles at the first visit (we already get to 96.5%)',
    'Sweep 92% of booked chimneys on the agreed day; we already reach 94%',
  ]) {
    it(`reads "${title}" as a target already met, with a baseline`, () => {
      const rules = rulesOf(title, { unit: '%' });
      expect(rules).not.toContain(MB);
      expect(rules).not.toContain(MT);
      expect(rules).toContain(TRIV);
    });
  }

  it('keeps a target above what we already do as a fair step', () => {
    const rules = rulesOf(
      'Rebind 97% of library books within a fortnight (we already rebind 88%)',
      {
        unit: '%',
      },
    );
    expect(rules).not.toContain(MB);
    expect(rules).not.toContain(TRIV);
  });
});

describe("today's level as what we logged or saw in a past period", () => {
  for (const title of [
    'Cut torn covers to 3 a month (we counted about 7 a month last year)',
    'Reduce saddle refits to 4% (we recorded roughly 9% last season)',
    'Lower chimney call-backs to 2 a week; we had about 5 a week last winter',
    'Raise repeat upholstery orders to 35%; we saw 24% of clients return last year',
  ]) {
    it(`reads "${title}" with a baseline`, () => {
      expect(rulesOf(title)).not.toContain(MB);
    });
  }

  it('still asks for a baseline when no level of today is given', () => {
    expect(rulesOf('Cut torn covers to 3 a month')).toContain(MB);
  });

  it('still asks for a baseline when the past clause names a goal, not a level', () => {
    expect(rulesOf('Cut torn covers to 3 a month (we aimed for 5 last year)')).toContain(MB);
  });
});

describe("today's share, then the level aimed for, after a colon", () => {
  for (const title of [
    'Binding accuracy: 81% of books sewn right first time last quarter, aiming for 95%',
    'Fitting success: 70% of saddles fitted at one visit last year, hoping for 85%',
    'Sweep punctuality: 64% of chimneys swept on the booked day last month, aiming for 90%',
    'Repeat custom: 30% of clients came back last season, targeting 40%',
  ]) {
    it(`reads "${title}" with a baseline`, () => {
      const rules = rulesOf(title, { direction: 'increase' });
      expect(rules).not.toContain(MB);
      expect(rules).not.toContain(MT);
    });
  }

  it('still asks for a baseline when only the aim is given', () => {
    expect(rulesOf('Binding accuracy: aiming for 95% of books sewn right first time')).toContain(
      MB,
    );
  });
});

// Added with the fix (not before it): a share of order lines is a fill rate, not code volume.
describe('a share of order lines shipped complete is a fill rate, not code', () => {
  for (const title of [
    'Fill rate: 83% of lines shipped complete last month, aiming for 95%',
    'Raise the share of order lines delivered in full from 78% to 94%',
    'Wholesale orders: 88% of lines picked on time, up to 97%',
  ]) {
    it(`does not read "${title}" as gameable`, () => {
      expect(rulesOf(title)).not.toContain('gameable-metric');
    });
  }

  it('still reads code lines shipped as code volume', () => {
    expect(rulesOf('Ship 30k lines of the new rendering engine')).toContain('gameable-metric');
  });
});

// Added with the fix (not before it): what a regulator's periodic inspection or a notice it
// served demands of us is a commitment to that regulator.
describe("a regulator's periodic inspection to pass, or a limit set in its notice", () => {
  for (const title of [
    'Pass the annual ORR cable-car inspection with no major findings',
    'Pass the routine CQC inspection with a good rating',
    'Keep stack emissions under the 20 mg limit set in the SEPA enforcement notice',
    'Hold night noise below the 45 dB cap in the Camden Council abatement notice',
  ]) {
    it(`reads "${title}" as an external commitment`, () => {
      expect(rulesOf(title)).toContain('external-commitment');
    });
  }

  it('still reads our own periodic inspection as ours', () => {
    expect(rulesOf('Pass the annual QA inspection')).not.toContain('external-commitment');
  });

  it('still reads a limit in our own notice as ours', () => {
    expect(rulesOf('Keep dust under the limit in our own site notice')).not.toContain(
      'external-commitment',
    );
  });
});

// Added with the fix (not before it): a level met on a share of cases is a floor, whatever the
// direction field says, so a field set the wrong way round is a mismatch, not a target met.
describe('a level a contract sets, met on a share of cases, with the direction field reversed', () => {
  for (const title of [
    'Hit the two-hour repair window required by the Marlow Trust contract on 95% of call-outs',
    'Meet the next-day slot in our Fenwick Group agreement on 97% of deliveries',
    'Deliver within the 30-minute window on 90% of orders, as our Ocado contract requires',
    'Keep to the 4-hour fix time on 96% of faults under the Arriva agreement',
  ]) {
    it(`reads "${title}" (85 → target, direction decrease) as a mismatch, not trivial`, () => {
      const target = Number(/(\d+)%/.exec(title)?.[1]);
      const rules = rulesOf(title, { baseline: 85, target, direction: 'decrease', unit: '%' });
      expect(rules).not.toContain(TRIV);
      expect(rules).toContain('direction-mismatch');
    });
  }

  it('still reads a share already above the contract level as a target met', () => {
    const rules = rulesOf(
      'Hit the two-hour repair window required by the Marlow Trust contract on 95% of call-outs',
      { baseline: 97, target: 95, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(TRIV);
  });
});

// Added with the fix (not before it): after a past-tense verb, "over the winter" is a period gone by.
describe('a past-tense reading over a named season', () => {
  for (const title of [
    'Cut frozen-pipe call-outs to 3 a week; we had about 9 a week over the winter',
    'Lower upholstery remakes to 2%; they ran at 4.5% through the autumn',
  ]) {
    it(`reads "${title}" with a baseline`, () => {
      expect(rulesOf(title)).not.toContain(MB);
    });
  }

  it('still asks for a baseline when the season is when the target is due', () => {
    expect(rulesOf('Cut frozen-pipe call-outs to 3 a week over the winter')).toContain(MB);
  });
});

// Added with the fix (not before it): a share of the hours on offer that are booked is
// utilisation, not hours logged.
describe('a share of hours booked is utilisation, not hours logged', () => {
  for (const title of [
    'Studio utilisation: 58% of recording hours booked last quarter, aiming for 70%',
    'Raise the share of court hours sold from 44% to 60%',
  ]) {
    it(`does not read "${title}" as gameable`, () => {
      expect(rulesOf(title)).not.toContain('gameable-metric');
    });
  }

  it('still reads hours booked, counted, as hours logged', () => {
    expect(rulesOf('Raise hours booked by consultants from 120 to 160 a month')).toContain(
      'gameable-metric',
    );
  });
});
