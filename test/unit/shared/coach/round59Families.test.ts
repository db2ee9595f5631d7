import { describe, expect, it } from 'vitest';
import { findingOf, rulesOf } from './helpers';

// Round 59's families (splits di and dj), in wording of our own that is in no corpus file (a
// sailing school, a bakery chain's ordering site, a vet practice's records), so these check the
// classes rather than the rows. Each family has a near miss that must stay as it is.

const DIRECTION = 'direction-mismatch';
const OUTPUT = 'output-not-outcome';
const COMMITMENT = 'external-commitment';

describe('a measure asked "to drop" or "to rise" while its numbers go the other way', () => {
  it('flags "to fall from 18% to 24%", and offers to reword rather than re-set the direction', () => {
    const finding = findingOf(
      DIRECTION,
      'Repeat-booking rate within 60 days to fall from 18% to 24%',
      { baseline: 18, target: 24, direction: 'increase' },
    );
    expect(finding).toBeDefined();
    expect(finding?.suggestion).toMatch(/^Reword the KR to ask for an increase/);
  });

  it.each([
    'Repeat-booking rate within 60 days to fall from 24% to 18%',
    'Time to climb from 30 min to 20 min',
  ])('leaves "%s" alone', (title) => {
    expect(rulesOf(title)).not.toContain(DIRECTION);
  });
});

describe('a process step timed, and quality scores by their own names', () => {
  it.each([
    'Invoice generation time from 2h to 3.5h',
    'Kennel check-in time from 4 min to 7 min',
    'ChrF score for the Welsh model from 0.61 to 0.55',
  ])('reads "%s" as going the wrong way, and only that', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain(DIRECTION);
    expect(rules).not.toContain('trivial-target');
  });

  it.each([
    'Invoice generation time from 3.5h to 2h',
    'Lesson session time from 20 min to 35 min',
    'Instruction time per cadet from 3h to 5h',
  ])('leaves "%s" alone', (title) => {
    expect(rulesOf(title)).not.toContain(DIRECTION);
  });
});

describe("an attacker's success is not ours", () => {
  it('leaves successful card-testing attacks going down alone', () => {
    expect(rulesOf('Successful card-testing attacks per 10k checkouts: 4.2 to 0.8')).not.toContain(
      DIRECTION,
    );
  });

  it('still flags a success rate of ours going down', () => {
    expect(rulesOf('Order-sync success rate: 97% to 91%')).toContain(DIRECTION);
  });
});

describe('an audit passed with none of what it counts', () => {
  it.each([
    'Pass the Food Standards Agency hygiene audit with zero critical breaches',
    'Pass the ISO 9001 surveillance audit in March with no major non-conformities',
  ])('reads "%s" as a level, not a milestone', (title) => {
    expect(rulesOf(title)).not.toContain(OUTPUT);
  });

  it('keeps a bare audit to pass a milestone', () => {
    expect(rulesOf('Pass the ISO 9001 surveillance audit in March')).toContain(OUTPUT);
  });
});

describe('who examines a standard', () => {
  it.each([
    'Pass the ISO 9001 surveilance audit with no major findings',
    'Pass the PCI DSS assessment by Bluefin with no open findings',
  ])('reads "%s" as a party\'s examination', (title) => {
    expect(rulesOf(title)).toContain(COMMITMENT);
  });

  it.each([
    'Pass the ISO 9001 audit with no major findings',
    'Pass the ISO 9001 internal audit with no major findings',
  ])('leaves "%s", no examiner named, to the team', (title) => {
    expect(rulesOf(title)).not.toContain(COMMITMENT);
  });
});

describe('levels and ways of working that read like deliveries', () => {
  it.each([
    '75% of repeat prescriptions completed fully in-app',
    'Deliver the sub-500ms menu p95 promised to Crumb & Co for their franchise deal',
    'Ship every till update with zero failed card reads in the first day (last 4 updates averaged 31)',
  ])('reads "%s" as an outcome', (title) => {
    expect(rulesOf(title)).not.toContain(OUTPUT);
  });

  it.each([
    '75% of the data migrations completed',
    'Deliver the 3 menu screens promised to Crumb & Co',
    'Release plug-ins for Shopify, Square and Toast (0 → 3)',
  ])('keeps "%s" as work', (title) => {
    expect(rulesOf(title)).toContain(OUTPUT);
  });

  it('reads "(last 4 updates averaged 31)" as today', () => {
    expect(
      rulesOf(
        'Ship every till update with zero failed card reads in the first day (last 4 updates averaged 31)',
      ),
    ).not.toContain('missing-baseline');
  });
});

describe("a government department's date, a metric's acronym, and a set of things", () => {
  it('reads a DWP staging deadline as a promise', () => {
    expect(
      rulesOf('Connect the claims portal to the DWP service by our DWP staging deadline'),
    ).toContain(COMMITMENT);
  });

  it.each([
    'Retrain the triage model so BLEU on the held-out set goes from 38 to 44',
    'Retrain the triage model so Acme on the validation set goes from 38 to 44',
  ])('reads no party setting a level in "%s"', (title) => {
    expect(rulesOf(title)).not.toContain(COMMITMENT);
  });

  it('still reads a body that sets a level', () => {
    expect(rulesOf('Keep card-read errors under the 1% Visa sets for terminals')).toContain(
      COMMITMENT,
    );
  });
});

describe('counts that say what they count', () => {
  it('reads tests added to a stated stock as tests written', () => {
    expect(rulesOf('Add 300 automated booking tests to the web app (we have 900 now)')).toContain(
      'gameable-metric',
    );
  });

  it('reads "Lines of code removed: 40k" as a measured count, not work', () => {
    const rules = rulesOf('Lines of code removed: 40k');
    expect(rules).toContain('gameable-metric');
    expect(rules).not.toContain('missing-metric');
    expect(rules).not.toContain(OUTPUT);
  });

  it('reads a p95 in seconds as better low, so a faster level today is not already met', () => {
    expect(
      rulesOf('Meet the 1.5-second availability search agreed with Skyline Air (p95 today: 2.8s)'),
    ).not.toContain('trivial-target');
  });
});
