import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 24's families (splits ap and aq, train-24), in wording of our own that is in no corpus
// file, so these check the class rather than the rows.

describe('a named party’s examination, level or official as the yardstick is a commitment', () => {
  it.each([
    "Zero major findings in Stagecoach Marine's twice-yearly hovercraft audits, down from 2",
    "Hold the humidity band Lindström's sail-loft contract sets on 95% of readings (last month: 96%)",
    'Keep Soil Association inspectors reassured about our alpaca feed records',
    "Give the council's trading standards officer read-only access to the barbers' price lists by 1 July",
    'Pass the RYA annual centre inspection before the canoe season opens',
    'Major non-conformances in our BRCGS glassware audit: 4 last year, none this year',
    "Meet Calmac's sailing-day hand-over time on every hovercraft refit (last quarter 5 of 7)",
    'Raise on-time PPL licence returns from 60% to 100%',
  ])('reads %j as external-commitment', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'No unsafe knots found in our own monthly sail-loft checks, down from 5',
    'Cut unplanned kiln stops at the glassblowing studio from 9 a month to 2, per the SCADA event log',
    'Launch the customer hat-fitting portal and cut remakes from 0.4 to 0.1 per order',
  ])('reads %j, our own checks, sources and systems, as no commitment', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});

describe('a thing given for how people will feel about it is a vague aim, not work', () => {
  it.each([
    'Give every sitter a portrait session they talk about for years',
    'Make every canoe hire a trip the family remembers',
  ])('reads %j as missing-metric, not output-not-outcome', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('still reads a tool handed over by a date as an output', () => {
    expect(rulesOf('Give the milliners a new order-tracking tablet by June')).toContain(
      'output-not-outcome',
    );
  });
});

describe('overhead hours and notices sent ahead of time are no activity counts', () => {
  it.each([
    'Hours per fitting spent on alteration paperwork, 1.5 → 0.5 (timesheet tags)',
    'Hire-agreement reminders sent at least 3 days before each canoe booking',
  ])('reads %j as no gameable-metric', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });
});

describe('a verb and its own numbers that disagree are a direction mismatch', () => {
  it.each([
    'Kayak capsizes per 1,000 hires should fall to 4, from 2 now',
    'Improve the alpaca cria survival rate from 95% to 90%',
  ])('reads %j as direction-mismatch', (title) => {
    expect(rulesOf(title)).toContain('direction-mismatch');
  });

  it('reads a modal verb that agrees with its numbers as no mismatch', () => {
    expect(rulesOf('Kayak capsizes per 1,000 hires should fall to 2, from 4 now')).not.toContain(
      'direction-mismatch',
    );
  });
});

describe('rollouts counted by place, tests grown from a stated stock, and split verbs of change', () => {
  it.each([
    'Card readers installed in all 40 salons, up from 12',
    'Migrate the remaining barbershops off the old booking system (18 → 0 still on it)',
  ])('reads %j as output-not-outcome', (title) => {
    expect(rulesOf(title)).toContain('output-not-outcome');
  });

  it('reads tests added to a suite of stated size as gameable, not as work', () => {
    const rules = rulesOf('Write 200 new automated tests for the booking engine (it has 80)');
    expect(rules).toContain('gameable-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads a phrasal verb split by its object as a change, not as work', () => {
    expect(
      rulesOf('Bring fibre-contamination rejects down from 9 in 100 fleeces to 2 in 100'),
    ).not.toContain('output-not-outcome');
  });
});
