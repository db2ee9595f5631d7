import { describe, expect, it } from 'vitest';
import { coachKeyResult } from '../../../../shared/domain/coach';
import { objectiveIsMetric } from '../../../../shared/domain/coach/rules/structure';
import { kr, rulesOf } from './helpers';

// Round 29's families (splits az and ba, train-29), in wording of our own that is in no corpus
// file (billiard halls, bobsleigh tracks, canyoning clubs, marzipan makers, darts leagues,
// printmakers, cemeteries, cactus nurseries), so these check the classes rather than the rows.
// Each family has a near miss that must stay as it is. The cases marked it.fails are the families
// this round left (see the README's Round 29 section): their expectations are as written before
// the fix, and vitest reports them the day a later round makes them pass.

const EC = 'external-commitment';
const TT = 'trivial-target';
const GM = 'gameable-metric';
const OUT = 'output-not-outcome';
const DM = 'direction-mismatch';

/** The rules for a KR under an objective of our choosing (some rules read the objective). */
function rulesUnder(objective: string, title: string, fields: Parameters<typeof kr>[1] = {}) {
  return coachKeyResult(kr(title, fields), { id: 'o-1', title: objective }).map((f) => f.rule);
}

describe('a level or date a named outside party sets', () => {
  const level = { baseline: 99.1, target: 99.8, direction: 'increase', unit: '%' } as const;

  it('reads a level a partnership with a party named by its web address requires', () => {
    const title =
      'Hold table-booking uptime at the 99.8% our cuebook.co.uk partnership requires, up from 99.1%';
    expect(rulesOf(title, level)).toContain(EC);
  });

  it('keeps a level our own desk asks for ours', () => {
    const title = 'Hold table-booking uptime at the 99.8% our own bar staff require, up from 99.1%';
    expect(rulesOf(title, level)).not.toContain(EC);
  });

  it("reads an export a named insurer's scheme needs from its member clubs", () => {
    expect(
      rulesOf(
        "Deliver the descent-log export that BCA Cover's group insurance scheme needs from all member clubs by June",
      ),
    ).toContain(EC);
  });

  it('keeps an export our own trip leaders need ours', () => {
    expect(
      rulesOf('Deliver the descent-log export our trip leaders need from every club guide by June'),
    ).not.toContain(EC);
  });

  it("reads a named scheme's completion level as the scheme's", () => {
    const title =
      "Meet the Almond Craft Assured scheme's 97% ingredient-audit completion (we ran at 94% last year)";
    const fields = { baseline: 94, target: 97, direction: 'increase', unit: '%' } as const;
    expect(rulesOf(title, fields)).toContain(EC);
  });

  it('reads a date a named body has set as its date', () => {
    expect(
      rulesOf("Move league results to Darts Cymru's results hub by the 30 June date they've set"),
    ).toContain(EC);
  });

  it('keeps a date we have set ours', () => {
    expect(
      rulesOf("Move league results to the club's new results hub by the 30 June date we've set"),
    ).not.toContain(EC);
  });
});

describe('a level already beaten that the key result only asks to hold', () => {
  it('reads a baseline above the target named in the objective as trivial', () => {
    const rules = rulesUnder(
      'Bobsleigh timing up 99.9% of the time',
      'Track-sensor availability as measured by the outside probe',
      { baseline: 99.93, target: 99.9, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(TT);
  });

  it.fails('reads "hold at" a level last quarter beat as trivial', () => {
    const rules = rulesOf('Prints within 1 mm of register: hold at 95% (last quarter 96.8%)', {
      baseline: 96.8,
      target: 95,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).toContain(TT);
  });

  it('keeps a level not yet reached a real target', () => {
    const rules = rulesOf('Prints within 1 mm of register: raise to 95% (last quarter 88%)', {
      baseline: 88,
      target: 95,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).not.toContain(TT);
  });
});

describe('housekeeping counts in code, and a backlog that grows', () => {
  it('reads merged pull requests raised per month as gameable', () => {
    const rules = rulesOf(
      'Raise merged pull requests on the cemetery records app from 15 to 45 a month',
      {
        baseline: 15,
        target: 45,
        direction: 'increase',
      },
    );
    expect(rules).toContain(GM);
  });

  it('reads code comments marking debt counted down as gameable', () => {
    expect(
      rulesOf('Cut the count of HACK comments in the plot-map service', { direction: 'decrease' }),
    ).toContain(GM);
  });

  it('reads open dependency-update pull requests counted down as gameable', () => {
    expect(
      rulesOf('Lower the number of open dependency-update pull requests on the plot-map service', {
        direction: 'decrease',
      }),
    ).toContain(GM);
  });

  it('keeps outages counted down an outcome', () => {
    const rules = rulesOf('Cut plot-map service outages from 6 a month to 1', {
      baseline: 6,
      target: 1,
      direction: 'decrease',
    });
    expect(rules).not.toContain(GM);
  });

  it('reads a backlog set to grow as a direction mistake, not tickets closed', () => {
    const rules = rulesOf('Shrink the framing backlog at month end from 25 prints to 40 prints', {
      baseline: 25,
      target: 40,
      direction: 'decrease',
    });
    expect(rules).not.toContain(GM);
    expect(rules).toContain(DM);
  });
});

describe('cable pulled through named parts of a site, and alerts delivered in time', () => {
  it.fails('reads cable pulled through numbered floors as an output', () => {
    expect(rulesOf('Pull fibre cable through floors 2 to 4 of the billiard hall')).toContain(OUT);
  });

  it.fails('reads a share of alerts delivered before a time as an outcome', () => {
    const rules = rulesOf('Share of frost alerts delivered before 05:30 from 40% to 80%', {
      baseline: 40,
      target: 80,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).not.toContain(OUT);
  });
});

describe('an interval "improved" by getting longer', () => {
  it('reads a longer polling interval as the wrong way', () => {
    const rules = rulesOf('Improve the scoreboard polling interval from 5 s to 30 s', {
      baseline: 5,
      target: 30,
      unit: 's',
    });
    expect(rules).toContain(DM);
  });

  it('keeps a shorter polling interval the right way', () => {
    const rules = rulesOf('Improve the scoreboard polling interval from 30 s to 5 s', {
      baseline: 30,
      target: 5,
      unit: 's',
    });
    expect(rules).not.toContain(DM);
  });
});

describe('an objective that names a metric with its level in words', () => {
  const objective = (title: string) => ({ id: 'o', title, keyResults: [] });

  it.fails('flags a score with its level written as a word', () => {
    expect(
      objectiveIsMetric(objective('Reach a customer satisfaction score of ninety')),
    ).not.toBeNull();
  });

  it('stays quiet on an aim with no level', () => {
    expect(objectiveIsMetric(objective('Customers who come back every spring'))).toBeNull();
  });
});
