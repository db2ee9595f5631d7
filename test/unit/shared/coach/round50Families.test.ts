import { describe, expect, it } from 'vitest';
import { objectiveRules, rulesOf } from './helpers';

// Round 50's families (splits cp and cq, train-50), in wording of our own that is in no corpus
// file (a museum's ticketing, a bus operator's apps, a veterinary chain's records), so these
// check the classes rather than the rows. Each family has a near miss that must stay as it is.

const MB = 'missing-baseline';
const MM = 'missing-metric';
const OUTPUT = 'output-not-outcome';
const GAME = 'gameable-metric';
const DIRECTION = 'direction-mismatch';
const OBJECTIVE_NUMBER = 'objective-is-metric';

describe('a count of things moved from one system to another is a migration', () => {
  it('reads "Migrate N … from A to B (M done so far)" as work', () => {
    expect(
      rulesOf('Migrate 3,200 member accounts from the old CRM to Salesforce (400 done so far)'),
    ).toContain(OUTPUT);
  });

  it('keeps a share of calls moved from one channel to another as an outcome', () => {
    expect(rulesOf('Move 70% of support calls from phone to chat, up from 35%')).not.toContain(
      OUTPUT,
    );
  });
});

describe("counts of tests or pages, with today's count, are activity that names a measure", () => {
  it('reads "covered by N tests" as tests written', () => {
    expect(rulesOf('Timetable service covered by 300 automated tests by July')).toContain(GAME);
  });

  it('reads "more … pages (currently N)" as naming the count', () => {
    expect(rulesOf('Publish more how-to articles for bus drivers (currently 60)')).not.toContain(
      MM,
    );
  });
});

describe('numbers written in other ways are read', () => {
  it('reads minutes and seconds run together', () => {
    expect(rulesOf('Median ticket-machine purchase time from 1m50s to 45s')).not.toContain(MB);
  });

  it('reads a from-to after "per day"', () => {
    expect(rulesOf('Card-reader reboots per bus per day 3 → 0.5')).not.toContain(MB);
  });
});

describe('sets and sturdiness are no levels and no measures', () => {
  it('reads "the top N things" in an objective as a set', () => {
    expect(objectiveRules('Never run out of the top 30 vaccines')).not.toContain(OBJECTIVE_NUMBER);
  });

  it('still reads a top-N rank to reach as a number', () => {
    expect(objectiveRules('Be a top-5 vet chain for client reviews')).toContain(OBJECTIVE_NUMBER);
  });

  it('reads "harden … against …" with no number as naming no measure', () => {
    expect(rulesOf('Harden the booking site against bot traffic')).toContain(MM);
  });

  it('reads "double … throughput" in an objective as a doubling, and double bookings as none', () => {
    expect(objectiveRules('Double booking throughput on the museum site')).toContain(
      OBJECTIVE_NUMBER,
    );
    expect(objectiveRules('No more double bookings for school groups')).not.toContain(
      OBJECTIVE_NUMBER,
    );
  });
});

describe('a plain ceiling or floor says which way is better', () => {
  it('reads "under N" with direction increase as a mismatch', () => {
    expect(
      rulesOf('Journey-planner p95 under 800 ms', { direction: 'increase', target: 800 }),
    ).toContain(DIRECTION);
  });

  it('leaves a share within a window to its own direction', () => {
    expect(
      rulesOf('Vet records synced within 5 minutes for 99% of visits', {
        direction: 'increase',
        target: 99,
      }),
    ).not.toContain(DIRECTION);
  });
});

// Round 51 (the first family of splits cr and cs): today's level in brackets, said as what it is,
// was measured at or has been, in wording of our own.
describe("today's level in brackets beside a bound already met is trivial", () => {
  it('reads "(it\'s at N)", "(measured N in …)" and "(it has been under N …)" as today', () => {
    expect(rulesOf("Keep museum-app crash-free sessions above 98% (it's at 99.4%)")).toContain(
      'trivial-target',
    );
    expect(rulesOf('Ticket-gate failover under 60 s (measured 9 s in the last 3 tests)')).toContain(
      'trivial-target',
    );
    expect(rulesOf('Timetable feed lag under 12 h (it has been under 1 h all spring)')).toContain(
      'trivial-target',
    );
  });

  it('keeps a bound not yet met as real work', () => {
    expect(rulesOf("Keep bus-tracker uptime above 99.5% (it's at 98.1%)")).not.toContain(
      'trivial-target',
    );
  });
});
