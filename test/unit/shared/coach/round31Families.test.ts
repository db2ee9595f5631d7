import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 31's families (splits bd and be, train-31), in wording of our own that is in no corpus
// file (driving instructors, mountain huts, wig makers, embroidery studios), so these check the
// classes rather than the rows. Each family has a near miss that must stay as it is. The case
// marked it.fails is a family this round left (see the README's Round 31 section).

const OUT = 'output-not-outcome';
const MB = 'missing-baseline';

const SHARE = { unit: '%', direction: 'increase' as const };

describe('a share of people or records reaching a state, written with a verb of doing', () => {
  it('reads a signed form captured for every client as a share reached, not work', () => {
    expect(
      rulesOf('Capture a signed hire agreement for 100% of mountain-hut guests by 1 June', {
        ...SHARE,
        target: 100,
      }),
    ).not.toContain(OUT);
  });

  it("reads records brought up to a named body's standard as a share reached", () => {
    expect(
      rulesOf("Bring 100% of learner files up to the DVSA's record-keeping standard by May", {
        ...SHARE,
        baseline: 70,
        target: 100,
      }),
    ).not.toContain(OUT);
  });

  it('reads a share of people completing something, baseline to target, as an outcome', () => {
    expect(
      rulesOf('Share of learner drivers completing a 10-lesson block: 38% → 55%', {
        ...SHARE,
        baseline: 38,
        target: 55,
      }),
    ).not.toContain(OUT);
  });

  it('reads things done without help, to a level, as a share reached', () => {
    expect(
      rulesOf('Wig fittings done without a second appointment: to 80%', { ...SHARE, target: 80 }),
    ).not.toContain(OUT);
  });

  it("reads a level a named customer's contract guarantees, given to them, as a level held", () => {
    expect(
      rulesOf(
        "Give Alpine Trekking Co's groups the 97% bed availability their booking contract guarantees",
        { ...SHARE, target: 97 },
      ),
    ).not.toContain(OUT);
  });

  it('keeps people moved onto a new tool, as a share, an output', () => {
    expect(
      rulesOf('Get 100% of driving instructors on the new lesson app (from 25%)', {
        ...SHARE,
        baseline: 25,
        target: 100,
      }),
    ).toContain(OUT);
  });

  it('keeps orders on new software, from a share to all, an output', () => {
    expect(
      rulesOf('Embroidery orders on the new digitising software: 15% → 100%', {
        ...SHARE,
        baseline: 15,
        target: 100,
      }),
    ).toContain(OUT);
  });

  it('keeps a device given to every instructor an output', () => {
    expect(rulesOf('Give every driving instructor a dual-control tablet by April')).toContain(OUT);
  });
});

describe('numbers written as words', () => {
  // Left by round 31: a bare season ("in winter") is not read as a period, in words or in
  // digits; "last winter" and "in Q2" are.
  it.fails('reads a count in words for a past period as the baseline', () => {
    expect(
      rulesOf('Lost hut bookings: thirteen in winter, at most three in summer', {
        unit: 'count/season',
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it('reads a count in words before "now" as the baseline', () => {
    expect(
      rulesOf('Wig returns: seven a month now, two a month by June', {
        unit: 'count/month',
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it('keeps a target in words with no baseline as missing one', () => {
    expect(
      rulesOf('Wig returns: at most two a month by June', {
        unit: 'count/month',
        target: 2,
        direction: 'decrease',
      }),
    ).toContain(MB);
  });
});
