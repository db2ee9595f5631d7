import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 33's families (splits bh and bi, train-33), in wording of our own that is in no corpus
// file (garden centres, canal moorings, bakeries, food trucks, tile makers), so these check the
// classes rather than the rows: other verbs, other nouns, other word orders, British and American
// spelling. Each family has near misses that must stay as they are. The cases marked it.fails are
// families this round left (see the README's Round 33 section).

const GAME = 'gameable-metric';
const EXT = 'external-commitment';
const MB = 'missing-baseline';
const OUT = 'output-not-outcome';
const DM = 'direction-mismatch';

describe('external commitments: doing what a named authority requires, asked for or raised', () => {
  it('reads a tolerance an outside bureau requires as a commitment', () => {
    expect(
      rulesOf(
        'Bring grease in our drains under the 100 mg/L level the regional water bureau requires (now 180 mg/L)',
        {
          direction: 'decrease',
        },
      ),
    ).toContain(EXT);
  });

  it("reads a share an outside body's possessive requires as a commitment (American)", () => {
    expect(
      rulesOf(
        "Meet the township's required 95% of food trucks with signed-off fire checks (now 80%)",
        {
          unit: '%',
          baseline: 80,
          target: 95,
          direction: 'increase',
        },
      ),
    ).toContain(EXT);
  });

  it('reads doing what an outside office asked for as a commitment', () => {
    expect(rulesOf('Do what the state licensing office asked for on record keeping')).toContain(
      EXT,
    );
  });

  it('reads fixing everything an outside officer flagged as a commitment', () => {
    expect(
      rulesOf(
        "Fix everything the borough's building control officer flagged at the last inspection",
      ),
    ).toContain(EXT);
  });

  it('reads a limit in our consent from an outside authority as a commitment', () => {
    expect(
      rulesOf(
        'Keep mooring vibration below the 5 mm/s limit in our consent from the canal authority (now 7 mm/s)',
        {
          unit: 'mm/s',
          baseline: 7,
          target: 5,
          direction: 'decrease',
        },
      ),
    ).toContain(EXT);
  });

  it("reads an outside master's requirement as a commitment, not work", () => {
    const rules = rulesOf(
      "Satisfy the dock master's requirement of no unattended hoses on the quay",
      {
        unit: 'count/month',
        baseline: 6,
        target: 0,
        direction: 'decrease',
      },
    );
    expect(rules).toContain(EXT);
    expect(rules).not.toContain(OUT);
  });

  it('leaves what our own lead flagged alone (near miss)', () => {
    expect(
      rulesOf('Fix everything our own shift lead flagged at the last walk-round'),
    ).not.toContain(EXT);
  });

  it('leaves a limit of our own alone (near miss)', () => {
    expect(
      rulesOf('Keep mooring vibration below our own 5 mm/s limit (now 7 mm/s)', {
        unit: 'mm/s',
        baseline: 7,
        target: 5,
        direction: 'decrease',
      }),
    ).not.toContain(EXT);
  });

  it('leaves complaints made to a council, counted down, alone (near miss)', () => {
    expect(
      rulesOf('Cut noise complaints to the county from 40 a year to 10', {
        direction: 'decrease',
      }),
    ).not.toContain(EXT);
  });
});

describe('activity counts: calls made and content put out', () => {
  it('reads outbound calls made as gameable', () => {
    expect(
      rulesOf('Make 400 outbound calls to garden centres', { target: 400, direction: 'increase' }),
    ).toContain(GAME);
  });

  it('reads people phoned, up from a baseline, as gameable', () => {
    expect(
      rulesOf('Phone 80 lapsed members about renewing, up from 30', { direction: 'increase' }),
    ).toContain(GAME);
  });

  it('reads sales calls placed a month as gameable', () => {
    expect(
      rulesOf('Place 60 sales calls a month to hotel buyers', {
        unit: 'count/month',
        target: 60,
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('reads posting on a platform so many times a week as gameable', () => {
    expect(
      rulesOf('Post on Facebook three times a week', { target: 3, direction: 'increase' }),
    ).toContain(GAME);
  });

  it('reads the number of stories on our website grown to a target as gameable', () => {
    expect(
      rulesOf('Grow the number of customer stories on our website to 25', {
        target: 25,
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('reads newsletters put out a month as gameable', () => {
    expect(
      rulesOf('Put out two newsletters a month, up from one', { direction: 'increase' }),
    ).toContain(GAME);
  });

  it('leaves calls answered in time alone (near miss)', () => {
    expect(
      rulesOf('Answer 95% of calls within 20 seconds (now 80%)', { direction: 'increase' }),
    ).not.toContain(GAME);
  });

  it('leaves customers who book on our website alone (near miss)', () => {
    expect(
      rulesOf('Grow the number of customers who book on our website from 200 to 350 a month', {
        direction: 'increase',
      }),
    ).not.toContain(GAME);
  });

  it('leaves dropped calls counted down alone (near miss)', () => {
    expect(rulesOf('Cut dropped calls from 8% to 2%', { direction: 'decrease' })).not.toContain(
      GAME,
    );
  });
});

describe('outcomes worded with a verb of doing', () => {
  it('leaves a share cut from a level to a level alone', () => {
    expect(
      rulesOf('Cut failed card payments from 6% of orders to under 2%', {
        unit: '%',
        baseline: 6,
        target: 2,
        direction: 'decrease',
      }),
    ).not.toContain(OUT);
  });

  it('leaves a rate to hit alone', () => {
    expect(
      rulesOf('Hit a 97% on-time delivery rate (now 88%)', { direction: 'increase' }),
    ).not.toContain(OUT);
  });

  it('leaves more people through the gate alone', () => {
    expect(rulesOf('Get more families through the gate on Sundays')).not.toContain(OUT);
  });

  it('leaves satisfying an outside inspector alone (a commitment, not work)', () => {
    const rules = rulesOf(
      'Satisfy the Soil Association inspector on traceability at the June visit',
    );
    expect(rules).not.toContain(OUT);
    expect(rules).toContain(EXT);
  });

  it('still reads moving a system over as work (near miss)', () => {
    expect(rulesOf('Move the till system over to the new card provider')).toContain(OUT);
  });

  it('still reads getting a website live as work (near miss)', () => {
    expect(rulesOf('Get the new bakery website live')).toContain(OUT);
  });
});

describe('baselines written as how far behind it is now', () => {
  it("reads 'today they lag by about' as the baseline", () => {
    expect(
      rulesOf('Stock counts reach the shop within 10 minutes (today they lag by about 3 hours)', {
        unit: 'minutes',
        target: 10,
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it("reads 'at present they trail by roughly' as the baseline", () => {
    expect(
      rulesOf(
        'Kiln readings arrive within 1 minute (at present they trail by roughly 40 minutes)',
        {
          unit: 'minutes',
          target: 1,
          direction: 'decrease',
        },
      ),
    ).not.toContain(MB);
  });

  it("reads 'versus overnight (about 12 hours) now' as the baseline", () => {
    expect(
      rulesOf(
        'Orders sync to the warehouse within 15 minutes, versus overnight (about 12 hours) now',
        {
          direction: 'decrease',
        },
      ),
    ).not.toContain(MB);
  });

  it("reads 'compared with the next afternoon (about 30 hours) today' as the baseline", () => {
    expect(
      rulesOf(
        'Tile-kiln reports ready within 2 hours, compared with the next afternoon (about 30 hours) today',
        {
          direction: 'decrease',
        },
      ),
    ).not.toContain(MB);
  });

  it('still asks for a baseline for a change by an amount (near miss)', () => {
    expect(
      rulesOf('Cut the lag of kiln readings by about 2 hours', { direction: 'decrease' }),
    ).toContain(MB);
  });
});

describe('direction words against the direction field', () => {
  it("reads 'Raise' with a decrease direction as a mismatch", () => {
    expect(
      rulesOf('Raise average tasting score', {
        unit: 'points',
        baseline: 7.2,
        target: 8,
        direction: 'decrease',
      }),
    ).toContain(DM);
  });

  it("reads 'Lift' with a decrease direction as a mismatch", () => {
    expect(
      rulesOf('Lift the average app rating', {
        unit: 'stars',
        baseline: 4,
        target: 4.5,
        direction: 'decrease',
      }),
    ).toContain(DM);
  });

  it("reads '… down to £3' with an increase direction as a mismatch", () => {
    expect(
      rulesOf('Delivery cost per parcel down to £3', { target: 3, direction: 'increase' }),
    ).toContain(DM);
  });

  it("reads 'Bring … down to' with an increase direction as a mismatch (American)", () => {
    expect(
      rulesOf('Bring energy use per bake down to 40 kWh', { target: 40, direction: 'increase' }),
    ).toContain(DM);
  });

  it("leaves '… down to £3' with a decrease direction alone (near miss)", () => {
    expect(
      rulesOf('Delivery cost per parcel down to £3', { target: 3, direction: 'decrease' }),
    ).not.toContain(DM);
  });
});
