import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 40's families (splits bv and bw, train-40), in wording of our own that is in no corpus
// file (cable cars, gondolas, allotments, wedding planners, taster classes), so these
// check the classes rather than the rows. Each family has a near miss that must stay as it is.
// A case marked it.fails is a family this round left (see the README's Round 40 section).

const OUT = 'output-not-outcome';
const MM = 'missing-metric';
const EXT = 'external-commitment';
const TRIV = 'trivial-target';

const UP = { unit: '%', direction: 'increase' as const };

describe('a vague aim worded with a verb of making better and a quality or feeling noun', () => {
  it('reads an experience upgraded at a place as an aim', () => {
    const rules = rulesOf('Upgrade the rider experience on the cable car');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('reads a good name strengthened with a group as an aim', () => {
    const rules = rulesOf('Strengthen our name with wedding planners');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('reads trust boosted among a group as an aim', () => {
    const rules = rulesOf('Boost trust among allotment holders');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('reads an image elevated across a region as an aim', () => {
    const rules = rulesOf('Elevate our image across the valley villages');
    expect(rules).toContain(MM);
    expect(rules).not.toContain(OUT);
  });

  it('keeps a concrete thing upgraded by a date as work (near miss)', () => {
    expect(rulesOf('Upgrade the cable car ticket gates at both stations by July')).toContain(OUT);
  });
});

describe('a level with its figure that a named party requires, held or delivered', () => {
  it('reads a full level an insurer requires, maintained, as a level kept', () => {
    const rules = rulesOf('Maintain the 100% harness inspection compliance that Allianz requires', {
      ...UP,
      metric: 'harness inspection compliance',
      baseline: 100,
      target: 100,
    });
    expect(rules).toContain(EXT);
    expect(rules).not.toContain(OUT);
  });

  it('reads a level a partner requires under a paper, delivered, as a level kept', () => {
    const rules = rulesOf(
      'Deliver the 97% gate-scanner uptime the Eden Project requires under our concession agreement (93% last year)',
      { ...UP, metric: 'gate-scanner uptime', baseline: 93, target: 97 },
    );
    expect(rules).toContain(EXT);
    expect(rules).not.toContain(OUT);
  });

  it('reads a level a council demands, held, as a level kept', () => {
    const rules = rulesOf(
      'Hold cabin evacuation drill pass rates at the 95% Gwynedd Council demands (now 88%)',
      { ...UP, metric: 'drill pass rate', baseline: 88, target: 95 },
    );
    expect(rules).toContain(EXT);
    expect(rules).not.toContain(OUT);
  });

  it('keeps a report a party requires, delivered by a date, as work (near miss)', () => {
    const rules = rulesOf(
      'Deliver the monthly ridership report Transport for Wales requires by 1 June',
    );
    expect(rules).toContain(OUT);
  });
});

describe('a window of time on a share is no bound on its level', () => {
  it('reads "within 21 days" beside a target of 21 as a window', () => {
    expect(
      rulesOf('Raise the share of taster-class pupils who sign up for a term within 21 days', {
        ...UP,
        metric: 'taster-to-term conversion',
        baseline: 12,
        target: 21,
      }),
    ).not.toContain(TRIV);
  });

  it('reads "within 60 days" of a purchase beside a target of 60 as a window', () => {
    expect(
      rulesOf('Lift the share of gondola pass buyers who come back within 60 days of buying', {
        ...UP,
        metric: '60-day return rate',
        baseline: 40,
        target: 60,
      }),
    ).not.toContain(TRIV);
  });

  it('keeps a share moved by one point within a window trivial (near miss)', () => {
    expect(
      rulesOf(
        'Raise the share of gondola pass buyers who come back within 60 days from 41% to 42%',
        {
          ...UP,
          metric: '60-day return rate',
          baseline: 41,
          target: 42,
        },
      ),
    ).toContain(TRIV);
  });
});

describe('hours of the working day against days, compared in one unit', () => {
  it('reads "under 6 working hours" as hours, not days, after "from 2 days"', () => {
    expect(
      rulesOf(
        'Cut the time from cable car fault call to engineer on site from 2 days to under 6 working hours',
        {
          unit: 'hours',
          direction: 'decrease',
          metric: 'fault-to-engineer time',
        },
      ),
    ).not.toContain(TRIV);
  });

  it('reads "within 3 business hours" as hours beside a baseline in days', () => {
    expect(
      rulesOf('Answer gondola lost-property claims within 3 business hours instead of 1.5 days', {
        unit: 'hours',
        direction: 'decrease',
        metric: 'claim answer time',
      }),
    ).not.toContain(TRIV);
  });

  it('keeps days against more days trivial (near miss)', () => {
    expect(
      rulesOf(
        'Cut the time from cable car fault call to engineer on site from 2 days to 1.95 days',
        {
          unit: 'days',
          direction: 'decrease',
          metric: 'fault-to-engineer time',
        },
      ),
    ).toContain(TRIV);
  });
});
