import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 34's families (splits bj and bk, train-34), in wording of our own that is in no corpus
// file (potteries, cider presses, canoe hire, allotments, kite shops), so these check the classes
// rather than the rows: other verbs, other nouns, other word orders. Each family has near misses
// that must stay as they are. The cases marked it.fails are families this round left (see the
// README's Round 34 section).

const OUT = 'output-not-outcome';
const MM = 'missing-metric';
const GAME = 'gameable-metric';

describe('vague aims worded with a verb of doing: a situation to sort out', () => {
  for (const title of [
    'Sort out the van-sharing situation at the depot',
    'Untangle the kiln scheduling muddle',
    'Deal with the overflow car park situation',
    'Tackle the changing-room chaos on regatta days',
    'Clear up the locker key mess',
    'Deal with the launch-week kiln muddle',
    'Sort out the go-live weekend staffing situation at the cider press',
  ]) {
    it(`reads "${title}" as a vague aim, not work`, () => {
      const rules = rulesOf(title);
      expect(rules).toContain(MM);
      expect(rules).not.toContain(OUT);
    });
  }

  it('still reads a concrete thing to fix as work', () => {
    expect(rulesOf('Fix the leaking roof on the boathouse')).toContain(OUT);
  });

  it('still reads a counted set to clear as work', () => {
    expect(rulesOf('Clear the 14 broken kiln shelves out of the yard by May')).toContain(OUT);
  });
});

describe('vague aims worded with a verb of doing: a mood to raise', () => {
  for (const title of [
    'Build excitement around the cider festival',
    'Whip up interest in the new pottery taster evenings',
    'Create a buzz about the reopening of the canoe hire',
    'Generate goodwill among neighbours of the allotments',
    'Stir up anticipation for the orchard open day',
  ]) {
    it(`reads "${title}" as a vague aim, not work`, () => {
      const rules = rulesOf(title);
      expect(rules).toContain(MM);
      expect(rules).not.toContain(OUT);
    });
  }

  it('still reads a thing built for the occasion as work', () => {
    expect(rulesOf('Build a pop-up stand for the cider festival')).toContain(OUT);
  });

  it('leaves a mood measured from a baseline to a target as a measure', () => {
    const rules = rulesOf(
      'Raise awareness of the canoe hire from 20% to 35% of residents surveyed',
      {
        unit: '%',
        baseline: 20,
        target: 35,
        direction: 'increase',
      },
    );
    expect(rules).not.toContain(OUT);
    expect(rules).not.toContain(MM);
  });
});

describe('a share of things done as scheduled is a rate kept, not work', () => {
  const share = {
    metric: 'done as scheduled',
    unit: '%',
    baseline: 90,
    target: 97,
    direction: 'increase' as const,
  };
  for (const title of [
    'Kiln firings completed as scheduled',
    'Canoe bookings honoured as planned',
    'Pottery classes run on schedule',
    'Allotment inspections carried out on the planned date',
  ]) {
    it(`reads "${title}" with a share as a rate, not work`, () => {
      expect(rulesOf(title, share)).not.toContain(OUT);
    });
  }

  it('still reads one piece of work done as scheduled as work', () => {
    expect(rulesOf('Pottery studio extension completed as scheduled')).toContain(OUT);
  });
});

describe('an activity counted at a rate per person or per period is gameable, not work', () => {
  const cases: [
    string,
    { metric: string; unit: string; baseline: number | null; target: number },
  ][] = [
    [
      'Throw 40 mugs per potter per day',
      { metric: 'mugs thrown per potter', unit: 'count/day', baseline: 30, target: 40 },
    ],
    [
      'Write 2 blog posts every week',
      { metric: 'blog posts written', unit: 'count/week', baseline: null, target: 2 },
    ],
    [
      'Photograph 60 kites per photographer per day',
      {
        metric: 'kites photographed per photographer',
        unit: 'count/day',
        baseline: 45,
        target: 60,
      },
    ],
    [
      'Upload 4 short videos a week to our channel',
      { metric: 'videos uploaded', unit: 'count/week', baseline: 1, target: 4 },
    ],
  ];
  for (const [title, fields] of cases) {
    it(`reads "${title}" as gameable, not work`, () => {
      const rules = rulesOf(title, { ...fields, direction: 'increase' });
      expect(rules).toContain(GAME);
      expect(rules).not.toContain(OUT);
    });
  }

  // Left in round 34 (doors knocked on belonged to no gameable family); put right in round 47,
  // when "knock on" joined the verbs of contacts the team makes (rules/gameableOutreach.ts).
  it('reads "Knock on 150 doors each weekend" as gameable, not work', () => {
    const rules = rulesOf('Knock on 150 doors each weekend', {
      metric: 'doors knocked',
      unit: 'count/week',
      baseline: 90,
      target: 150,
      direction: 'increase',
    });
    expect(rules).toContain(GAME);
    expect(rules).not.toContain(OUT);
  });

  it('still reads a definite set to get through as work', () => {
    expect(rulesOf("Press all 12 tonnes of this year's apples before November")).toContain(OUT);
  });

  it('leaves an outcome counted per period alone', () => {
    const rules = rulesOf('Canoes returned damaged per month from 9 to 3', {
      unit: 'count/month',
      baseline: 9,
      target: 3,
      direction: 'decrease',
    });
    expect(rules).not.toContain(OUT);
    expect(rules).not.toContain(GAME);
  });
});
