import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 38's families (splits br and bs), in wording of our own that is in no corpus file
// (bell foundries, kayak hire, escape games, shoe repairers), so these check the class rather
// than the rows. Each family has a near miss that must stay as it is. A case marked it.fails is a
// family this round left (see the README's Round 38 section).

const EXT = 'external-commitment';
const OUT = 'output-not-outcome';
const GAME = 'gameable-metric';
const MM = 'missing-metric';
const MB = 'missing-baseline';

const UP = { direction: 'increase' as const };

describe("a named party's trade with us, grown, is a measure and not a promise", () => {
  it('reads units a named customer orders, from → to, as a measure', () => {
    expect(
      rulesOf('Raise handbells ordered by Kirkgate Ringers from 30 to 45 a term', {
        ...UP,
        metric: 'handbells ordered',
        baseline: 30,
        target: 45,
      }),
    ).not.toContain(EXT);
  });

  it('reads places a named partner sells for us, from → to, as a measure', () => {
    expect(
      rulesOf('Grow kayak tours sold through Coastline Adventures from 600 to 950 a summer', {
        ...UP,
        metric: 'tours sold via partner',
        baseline: 600,
        target: 950,
      }),
    ).not.toContain(EXT);
  });

  it('reads games a named company buys from us, from → to, as a measure', () => {
    expect(
      rulesOf('Lift team-building sessions purchased by Norbrook Insurance from 4 to 10 a year', {
        ...UP,
        metric: 'sessions purchased',
        baseline: 4,
        target: 10,
      }),
    ).not.toContain(EXT);
  });

  it('keeps a named customer\'s order grown "as agreed in" our contract a promise (near miss)', () => {
    expect(
      rulesOf(
        'Grow handbells supplied to Kirkgate Ringers from 30 to 45 a term, as agreed in our supply contract',
        { ...UP, metric: 'handbells supplied', baseline: 30, target: 45 },
      ),
    ).toContain(EXT);
  });
});

describe('a migration to a named product by a date is work, not a promise to the product', () => {
  it('reads the destination of a long migration clause as a tool', () => {
    expect(
      rulesOf(
        'Migrate repair tickets from the old shared Excel workbook to Repairshopr by end of April',
      ),
    ).not.toContain(EXT);
  });

  it('reads a move from one named system to another by a date as work on tools', () => {
    expect(
      rulesOf(
        'Move room bookings from our old spreadsheet and paper diary to Bookeo by 1 September',
      ),
    ).not.toContain(EXT);
  });

  it("keeps records moved into a named customer's system by a date a promise (near miss)", () => {
    expect(
      rulesOf(
        "Load the 2026 bell inventory into Kirkgate Ringers' asset register by 1 May as their contract requires",
      ),
    ).toContain(EXT);
  });
});

describe('dates agreed with each client are punctuality, not a promise to a party', () => {
  it('reads "on or before the date agreed with the customer" as on time', () => {
    expect(
      rulesOf(
        'Hand back 96% of resoled boots on or before the date agreed with the customer, up from 81%',
        {
          ...UP,
          unit: '%',
          metric: 'on-time repairs',
          baseline: 81,
          target: 96,
        },
      ),
    ).not.toContain(EXT);
  });

  it('reads "by the date agreed with each client" as on time', () => {
    expect(
      rulesOf('Cast 90% of commissioned bells by the date agreed with each client, up from 66%', {
        ...UP,
        unit: '%',
        metric: 'on-time castings',
        baseline: 66,
        target: 90,
      }),
    ).not.toContain(EXT);
  });
});

describe('a limit or ceiling an outside body we answer to sets, named by its kind', () => {
  it('reads a ceiling set by our insurer as its yardstick', () => {
    expect(
      rulesOf('Keep lost-kayak incidents under the 2-a-season ceiling set by our marine insurer', {
        direction: 'decrease',
        metric: 'lost-kayak incidents',
        target: 2,
      }),
    ).toContain(EXT);
  });

  it('reads a limit in our planning permission as its yardstick', () => {
    expect(
      rulesOf(
        'Keep foundry noise under the 65 dB limit in our planning permission on every casting day (currently 70% of days)',
        { ...UP, unit: '%', metric: 'casting days within limit', baseline: 70, target: 100 },
      ),
    ).toContain(EXT);
  });

  it('leaves a limit of our own, with no body setting it, alone (near miss)', () => {
    expect(
      rulesOf('Keep foundry noise under 65 dB on every casting day (currently 70% of days)', {
        ...UP,
        unit: '%',
        metric: 'casting days under 65 dB',
        baseline: 70,
        target: 100,
      }),
    ).not.toContain(EXT);
  });
});

describe('a named party in an aside on where the things counted come from is no party promised', () => {
  it('reads "(most are referred by <Name>)" as context, not a promise', () => {
    expect(
      rulesOf(
        'Lift the share of resoled boots signed off at the final check (most are referred by Brogue & Co) from 80% to 95%',
        { ...UP, unit: '%', metric: 'first-check pass share', baseline: 80, target: 95 },
      ),
    ).not.toContain(EXT);
  });

  it('reads "(nearly all of them are ordered through <Name>)" as context, not a promise', () => {
    expect(
      rulesOf(
        'Raise bell repairs accepted on first inspection (nearly all of them are ordered through Whitechapel Trust) from 70% to 90%',
        { ...UP, unit: '%', metric: 'first-inspection acceptance', baseline: 70, target: 90 },
      ),
    ).not.toContain(EXT);
  });

  it("keeps a named party's contract in brackets a promise (near miss)", () => {
    expect(
      rulesOf(
        'Raise bell repairs accepted on first inspection from 70% to 90% (as our Whitechapel Trust contract requires)',
        { ...UP, unit: '%', metric: 'first-inspection acceptance', baseline: 70, target: 90 },
      ),
    ).toContain(EXT);
  });
});

describe("an outside body's inspection or audit, the body named by its kind", () => {
  it("reads the corrective actions from a council's licence inspection as owed to it", () => {
    expect(
      rulesOf(
        "Close every corrective action from the county council's kennel-licence inspection before the follow-up visit in March",
      ),
    ).toContain(EXT);
  });

  it("reads a harbour authority's audits passed as its yardstick", () => {
    expect(
      rulesOf("Pass 100% of the harbour authority's quarterly mooring audits, up from 80%", {
        ...UP,
        unit: '%',
        metric: 'mooring audits passed',
        baseline: 80,
        target: 100,
      }),
    ).toContain(EXT);
  });

  it('leaves the actions from our own inspection alone (near miss)', () => {
    expect(
      rulesOf(
        'Close every corrective action from our own kitchen inspection before the end of March',
      ),
    ).not.toContain(EXT);
  });
});

describe('a level held, the name of an event only qualifying its statistic', () => {
  it('reads "Hold our <site> review score at N" as a level, not reviews held', () => {
    const rules = rulesOf('Hold our Tripadvisor review score at 4.5', {
      ...UP,
      metric: 'Tripadvisor score',
      unit: 'stars',
      baseline: 4.5,
      target: 4.5,
    });
    expect(rules).not.toContain(OUT);
    expect(rules).not.toContain(GAME);
  });

  it('reads "Hold our workshop feedback average at N" as a level, not workshops held', () => {
    const rules = rulesOf('Hold our workshop feedback average at 4.7 out of 5', {
      ...UP,
      metric: 'workshop feedback',
      unit: 'score',
      baseline: 4.7,
      target: 4.7,
    });
    expect(rules).not.toContain(OUT);
    expect(rules).not.toContain(GAME);
  });

  it('keeps review meetings held, counted, an activity (near miss)', () => {
    expect(
      rulesOf('Hold 12 customer review meetings this quarter', {
        ...UP,
        metric: 'review meetings held',
        unit: 'count',
        baseline: 0,
        target: 12,
      }),
    ).toContain(GAME);
  });
});

describe('a public mood to raise, its noun qualified, is a vague aim and not work', () => {
  it('reads "Build brand awareness among <people>" as a vague aim', () => {
    const rules = rulesOf('Build escape-room brand awareness among office managers');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('reads "Generate local word of mouth around <a season>" as a vague aim', () => {
    const rules = rulesOf('Generate local word of mouth around the kayak season');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('keeps a campaign built for the mood work (near miss)', () => {
    expect(rulesOf('Build a brand awareness campaign for office managers')).toContain(OUT);
  });
});

describe('new things the team makes at a rate, counted, are an activity count', () => {
  it('reads "<workers> sketch N new designs a month" as a count of things done', () => {
    expect(
      rulesOf('Illustrators sketch 80 new postcard designs a month, up from 45', {
        ...UP,
        metric: 'designs sketched',
        unit: 'count/month',
        baseline: 45,
        target: 80,
      }),
    ).toContain(GAME);
  });

  it('reads "Carve N new <things> per quarter" as a count of things done', () => {
    expect(
      rulesOf('Carve 25 new chess sets per quarter, up from 12', {
        ...UP,
        metric: 'chess sets carved',
        unit: 'count/quarter',
        baseline: 12,
        target: 25,
      }),
    ).toContain(GAME);
  });

  it('reads "Compose N new puzzles a month" as a count of things done', () => {
    expect(
      rulesOf('Compose 12 new escape-game puzzles a month, up from 5', {
        ...UP,
        metric: 'puzzles composed',
        unit: 'count/month',
        baseline: 5,
        target: 12,
      }),
    ).toContain(GAME);
  });

  it('leaves new members welcomed at a rate alone (near miss)', () => {
    expect(
      rulesOf('Welcome 40 new members a month, up from 25', {
        ...UP,
        metric: 'new members',
        unit: 'count/month',
        baseline: 25,
        target: 40,
      }),
    ).not.toContain(GAME);
  });
});

describe("a fraction in words as the subject of a clause of today is today's level", () => {
  it('reads "about a third are <state> today" as the baseline', () => {
    expect(
      rulesOf(
        'Grow repeat bookings to half of all bookings; about a third are repeat bookings today',
        {
          ...UP,
          unit: '%',
          metric: 'repeat booking share',
        },
      ),
    ).not.toContain(MB);
  });

  it('reads "roughly two thirds were <state> last season" as the baseline', () => {
    expect(
      rulesOf(
        'Raise card payments at the kiosk to nine in ten; roughly two thirds were paid by card last season',
        { ...UP, unit: '%', metric: 'card payment share' },
      ),
    ).not.toContain(MB);
  });

  it('leaves a fraction with no word of today alone (near miss)', () => {
    expect(
      rulesOf('Grow repeat bookings to half of all bookings; about a third are repeat bookings', {
        ...UP,
        unit: '%',
        metric: 'repeat booking share',
      }),
    ).toContain(MB);
  });
});
