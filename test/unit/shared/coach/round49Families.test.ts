import { describe, expect, it } from 'vitest';
import { objectiveRules, rulesOf } from './helpers';

// Round 49's families (splits cn and co, train-49), in wording of our own that is in no corpus
// file (a library's loans system, a ferry operator's booking and boarding, a dental chain's
// recall service), so these check the classes rather than the rows. Each family has a near miss
// that must stay as it is.

const MB = 'missing-baseline';
const MT = 'missing-target';
const TRIVIAL = 'trivial-target';
const GAME = 'gameable-metric';
const PROMISE = 'external-commitment';
const MM = 'missing-metric';
const OBJECTIVE_NUMBER = 'objective-is-metric';

describe('a bound on how long the counted things have waited is part of what is counted', () => {
  it('reads today\'s count beside "stuck for over N days" as a baseline with no target', () => {
    const rules = rulesOf(
      'Cut inter-library loans stuck in transit for over 21 days (about 75 now)',
    );
    expect(rules).toContain(MT);
    expect(rules).not.toContain(TRIVIAL);
  });

  it('reads "not confirmed within N hours" as the measure, a move asked for last', () => {
    const rules = rulesOf(
      'Ferry bookings not confirmed within 1 hour: currently 3.2%, needs to come down',
    );
    expect(rules).toContain(MT);
    expect(rules).not.toContain(MB);
  });

  it('keeps a share of things older than N with a from-to as a full key result (its numbers only in the title)', () => {
    expect(rulesOf('Share of recall letters older than 10 days unsent from 18% to 5%')).toEqual([
      'numbers-only-in-text',
    ]);
  });
});

describe("today's level, hedged, after a comparative or a present copula, is no target", () => {
  it('reads "we\'re at about N" after "Fewer …" as the baseline', () => {
    const rules = rulesOf("Fewer missed dental recalls each month; we're at about 140");
    expect(rules).toContain(MT);
    expect(rules).not.toContain(MB);
  });

  it('still reads "fewer than N" as the target', () => {
    expect(rulesOf('Fewer than 20 missed dental recalls a month (140 today)')).not.toContain(MT);
  });
});

describe('a share of tickets or alarms closed in time is met by closing them', () => {
  it('reads "close N% of … tickets within" as gameable', () => {
    expect(rulesOf('Close 90% of booking-system tickets within 3 days (from 60%)')).toContain(GAME);
  });

  it('reads "alarms closed within" as gameable', () => {
    expect(rulesOf('95% of boarding-gate alarms closed within 10 minutes, up from 70%')).toContain(
      GAME,
    );
  });

  it('keeps calls answered within a time as a service level', () => {
    expect(rulesOf('Answer 90% of booking-line calls within 60 seconds (from 55%)')).not.toContain(
      GAME,
    );
  });
});

describe('a floor with "no less than" below today\'s level is already met', () => {
  it('reads it as trivial', () => {
    expect(rulesOf('Keep on-time sailings at no less than 85% (91% last quarter)')).toContain(
      TRIVIAL,
    );
  });

  it("keeps a floor above today's level as real work", () => {
    expect(rulesOf('On-time sailings at no less than 92%, up from 84%')).not.toContain(TRIVIAL);
  });
});

describe("today's level as a running reading or what exists is the baseline", () => {
  it('reads "currently averaging N" as the baseline', () => {
    expect(rulesOf('Loan renewals processed within 2 days, currently averaging 5')).not.toContain(
      MB,
    );
  });

  it('reads "(we have N)" as the baseline of a count with no target', () => {
    const rules = rulesOf('Publish more reading lists for branch libraries (we have 12)');
    expect(rules).toContain(MT);
    expect(rules).not.toContain(MB);
  });
});

describe('a system of ours named before its release or build is no outside party', () => {
  it('reads a release sign-off on a named system as our own step', () => {
    expect(rulesOf('Shorten the LMS release sign-off')).not.toContain(PROMISE);
  });

  it("still reads a named party's sign-off on our work as a promise", () => {
    expect(
      rulesOf("Get Stena Line's sign-off on the shared booking API by their 1 May deadline"),
    ).toContain(PROMISE);
  });
});

describe('a quality asked for, with no number, names no measure', () => {
  it('reads "feel real-time" as a feeling', () => {
    expect(rulesOf('Make seat availability feel real-time')).toContain(MM);
  });

  it('reads a quality first, with no verb, as a feeling', () => {
    expect(rulesOf('Calmer release weekends')).toContain(MM);
  });

  it('keeps a quality with a measure and numbers as a key result', () => {
    expect(rulesOf('Calmer release weekends: pages per release from 6 to 1')).not.toContain(MM);
  });
});

describe("a version or a service's number in an objective is a name", () => {
  it('reads a standard with its version as a name', () => {
    expect(objectiveRules('Pass our ISO 27701 and PCI DSS 4.0 reviews cleanly')).not.toContain(
      OBJECTIVE_NUMBER,
    );
    expect(objectiveRules('Every ferry booking service on TLS 1.3')).not.toContain(
      OBJECTIVE_NUMBER,
    );
  });

  it("reads an emergency line's number as its name", () => {
    expect(objectiveRules('A 911 dispatch console that never drops a call')).not.toContain(
      OBJECTIVE_NUMBER,
    );
  });

  it("still reads a measure's letters with a figure as a metric", () => {
    expect(objectiveRules('MTTR 1.5 hours for every ferry system')).toContain(OBJECTIVE_NUMBER);
    expect(objectiveRules('Get 999 calls answered within 5 seconds')).toContain(OBJECTIVE_NUMBER);
  });
});

describe('hours logged and rates per unit served', () => {
  it('reads "log 2,000 hours of …" as hours logged', () => {
    expect(rulesOf('Log 1,500 hours of ride-along testing on the new boarding app')).toContain(
      GAME,
    );
  });

  it('reads a quantity per unit served, with a baseline, as naming its measure', () => {
    expect(
      rulesOf('Fuel per passenger carried on the night crossing, down from 4.2 litres'),
    ).not.toContain(MM);
  });
});
