import { describe, expect, it } from 'vitest';
import {
  formatHours,
  personHours,
  summarizeEffort,
  type EffortEntry,
} from '@shared/domain/workshop';

const AT = '2027-01-04T09:00:00.000Z';

function entry(phase: EffortEntry['phase'], minutes: number, attendees: number): EffortEntry {
  return {
    id: `${phase}-${minutes}-${attendees}`,
    cycleId: 'c',
    phase,
    activity: 'other',
    label: 'Meeting',
    date: '2027-01-04',
    minutes,
    attendees,
    workshopId: null,
    createdAt: AT,
    updatedAt: AT,
  };
}

describe('effort against the 3–4 person-day budget', () => {
  it('counts person-hours as length times attendees, by phase', () => {
    expect(personHours({ minutes: 90, attendees: 6 })).toBe(9);
    const summary = summarizeEffort([
      entry('setting', 120, 6),
      entry('checkins', 30, 5),
      entry('checkins', 30, 5),
    ]);
    expect(summary.totalHours).toBe(17);
    expect(summary.byPhase.map((p) => [p.phase, p.hours, p.entries])).toEqual([
      ['setting', 12, 1],
      ['checkins', 5, 2],
      ['scoring', 0, 0],
      ['retrospective', 0, 0],
    ]);
    expect(summary.budget).toEqual({ lowHours: 24, highHours: 32 });
    expect(summary.state).toBe('within');
    expect(summary.message).toBe(
      '17 person-hours spent of a 3–4 person-day budget (24–32 person-hours).',
    );
  });

  it('says when the quarter is close to or over the budget', () => {
    expect(summarizeEffort([entry('setting', 240, 6)]).state).toBe('near');
    const over = summarizeEffort([entry('setting', 300, 7)]);
    expect(over.state).toBe('over');
    expect(over.message).toMatch(/: 3 over\.$/);
    expect(summarizeEffort([]).totalHours).toBe(0);
  });

  it('shows hours to one decimal place', () => {
    expect(formatHours(2.25)).toBe('2.3');
    expect(formatHours(4)).toBe('4');
    expect(formatHours(0.04)).toBe('0');
  });
});
