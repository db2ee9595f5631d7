import { PHASE_LABELS } from '../domain/enums';
import { formatDate } from '../domain/format';
import {
  EFFORT_ACTIVITY_LABELS,
  formatHours,
  personHours,
  summarizeEffort,
  type EffortEntry,
} from '../domain/workshop';
import type { EffortSection } from './types';

/**
 * The review's effort section: person-hours spent on the cycle's meetings against the brief's
 * 3–4 person-day budget, by phase, and each record behind them (oldest first).
 */
export function effortSection(entries: readonly EffortEntry[]): EffortSection {
  const summary = summarizeEffort(entries);
  return {
    message: entries.length === 0 ? 'No time has been recorded for this quarter.' : summary.message,
    state: summary.state,
    phases: summary.byPhase.map((p) => ({
      label: p.label,
      hoursText: formatHours(p.hours),
      records: p.entries,
    })),
    records: [...entries]
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
      .map((e) => ({
        dateText: formatDate(e.date),
        label: e.label,
        phaseLabel: PHASE_LABELS[e.phase],
        activityLabel: EFFORT_ACTIVITY_LABELS[e.activity],
        minutes: e.minutes,
        attendees: e.attendees,
        hoursText: formatHours(personHours(e)),
      })),
  };
}
