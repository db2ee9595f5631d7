import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 47's families (splits cj and ck, the earlier rows still listed, train-47), in wording of
// our own that is in no corpus file (a kite shop, a blacksmith's forge, a choir, a boatyard, a
// model railway club, a sauna), so these check the classes rather than the rows. Each family has
// a near miss that must stay as it is. A case marked it.fails is a family this round left (see
// the README's Round 47 section).

const GAMEABLE = 'gameable-metric';
const OUTPUT = 'output-not-outcome';
const PROMISE = 'external-commitment';
const DIRECTION = 'direction-mismatch';

describe('activity counted, missed as an activity count', () => {
  it('reads sign-offs counted as activity ("the number of … sign-offs")', () => {
    expect(
      rulesOf('Raise the number of forge-safety sign-offs', {
        metric: 'safety sign-offs',
        unit: 'count',
        direction: 'increase',
      }),
    ).toContain(GAMEABLE);
  });

  it('reads a share of people who clicked through a course as activity', () => {
    expect(
      rulesOf(
        'Choir members who have clicked through the vocal-health e-learning, from 25% to 90%',
        {
          metric: 'e-learning completion',
          unit: '%',
          baseline: 25,
          target: 90,
          direction: 'increase',
        },
      ),
    ).toContain(GAMEABLE);
  });

  it('reads a share of comments or reviews answered within a time as activity', () => {
    expect(
      rulesOf('Respond to 100% of Facebook comments within two hours', {
        metric: 'comment response rate',
        unit: '%',
        target: 100,
        direction: 'increase',
      }),
    ).toContain(GAMEABLE);
  });

  it('near miss: a share who pass an assessment, and refunds within a time, stay as they are', () => {
    expect(
      rulesOf('Members who pass the sight-reading assessment, from 40% to 70%', {
        unit: '%',
        baseline: 40,
        target: 70,
        direction: 'increase',
      }),
    ).not.toContain(GAMEABLE);
    expect(
      rulesOf('Refund 100% of cancelled kite lessons within 3 days, up from 75%', {
        unit: '%',
        baseline: 75,
        target: 100,
        direction: 'increase',
      }),
    ).not.toContain(GAMEABLE);
  });
});

describe('numbers read the wrong way', () => {
  it('does not read "Double" before a mistake made twice as a doubling', () => {
    expect(
      rulesOf('Double charges on the same sauna pass: 11 last month, 1 this month', {
        unit: 'count/month',
        baseline: 11,
        target: 1,
        direction: 'decrease',
      }),
    ).not.toContain(DIRECTION);
  });

  it('does not read "within one term" as the target', () => {
    expect(
      rulesOf(
        'Run sessions so that 75% of new ringers can lead a round within one season, up from 40%',
        {
          unit: '%',
          direction: 'increase',
        },
      ),
    ).not.toContain(DIRECTION);
  });

  // Left in round 47: a score "out of 10" at two named terms is still read target-first (the
  // family of cj 85); no reader of "N last <period>, M this <period>" after "out of" was widened.
  it.fails('reads "N out of 10 last term, M this term" as from N to M', () => {
    expect(
      rulesOf(
        'Visitor-rated layout score from clubs such as Dunmore MRC: 6.8 out of 10 last season, 8.1 this season',
        {
          unit: 'score/10',
          direction: 'increase',
        },
      ),
    ).not.toContain(DIRECTION);
  });

  it('near miss: a real doubling against a decrease is still a mismatch', () => {
    expect(
      rulesOf('Double kite-lesson places sold from 30 to 60 a month', {
        unit: 'count/month',
        baseline: 30,
        target: 60,
        direction: 'decrease',
      }),
    ).toContain(DIRECTION);
  });
});

describe('a party by its kind, or named in apposition, that sets the level', () => {
  it('reads "set by our insurer, Name," as a promise', () => {
    expect(
      rulesOf(
        'Keep forge-yard temperature under the 30 °C set by our insurer, Aviva, as a policy condition (34 °C in July)',
        {
          unit: '°C',
          baseline: 34,
          target: 30,
          direction: 'decrease',
        },
      ),
    ).toContain(PROMISE);
  });

  it('reads "our landlord, Name, set" as a promise and not as work', () => {
    const rules = rulesOf(
      'Bring boatyard noise down to the 58 dB our landlord, Quayside Holdings, set in the lease (66 dB last May)',
      { unit: 'dB', baseline: 66, target: 58, direction: 'decrease' },
    );
    expect(rules).toContain(PROMISE);
    expect(rules).not.toContain(OUTPUT);
  });

  it('reads a level "allowed under our licence" as a promise', () => {
    expect(
      rulesOf(
        'Keep noise complaints logged by the borough below the 3 a month allowed under our premises licence (6 a month at present)',
        {
          unit: 'count/month',
          baseline: 6,
          target: 3,
          direction: 'decrease',
        },
      ),
    ).toContain(PROMISE);
  });

  it('near miss: the same levels with no party stay as they are', () => {
    expect(
      rulesOf('Bring boatyard noise down to 58 dB from 66 dB so the neighbours sleep', {
        unit: 'dB',
        baseline: 66,
        target: 58,
        direction: 'decrease',
      }),
    ).not.toContain(PROMISE);
  });
});

describe('vague aims worded with a verb, read as work', () => {
  it('reads "Give every guest a night to remember" as a vague aim, not work', () => {
    expect(rulesOf('Give every sauna guest an evening to remember')).not.toContain(OUTPUT);
  });

  it('near miss: giving a thing to every visit by a date is still work', () => {
    expect(rulesOf('Give a free kite to every school visit by July')).toContain(OUTPUT);
  });
});
