import type { GameableFamily } from './gameableShared';

// A verb asking for more of something, at the head of the KR.
const MORE = '(?:increase|raise|grow|double|triple|boost|lift|push up|drive up)';
// Paperwork and alarms a team works through: each can be ticked, cleared or amended in seconds.
const PAPERWORK =
  '(?:checklists|check ?sheets|forms|logs|log entries|records|entries|alarms|alerts|warnings)';
const DONE = '(?:completed|filled in|filled out|ticked off|signed off|cleared|corrected|amended)';
// Verbs of working through paperwork or alarms, with a count after them.
const WORK_THROUGH = '(?:clear|correct|amend|complete|fill in|fill out|tick off|sign off)';
// A count of items, not a share of what exists ("Correct 100% of address records" cleans a set).
const COUNT = '(?:\\d[\\d,.]*\\s*(?:k\\s+)?(?![\\d,.%])|more\\s+)';
// The act of ticking named as a noun: "checklist sign-offs", "handover tick-offs".
const SIGN_OFFS = '(?:sign-?offs|sign offs|tick-?offs|tick offs)';
// Lists of checks ticked through: the ticking is the whole act, so a share ticked is no better.
const CHECK_LISTS = '(?:checklists|check ?sheets|checks|check-?lists)';
const TICKED =
  '(?:ticked(?:\\s+off)?|signed off|initial(?:l)?ed)(?:\\s+and\\s+(?:signed(?:\\s+off)?|dated|initial(?:l)?ed))?';

/**
 * Paperwork done or alarms cleared, counted up: "Increase the number of cleaning checklists
 * completed", "Clear 2,000 SCADA alarms per month", "Correct 3,000 GIS pipe records a month, up
 * from 1,000". Each is moved by ticking, clearing or amending faster, whether or not the room is
 * clean, the plant healthy or the data right. Cutting the alarms raised or the records with
 * errors counts the bad thing itself, an outcome (so the family only reads counts asked up).
 */
export const PAPERWORK_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'paperwork-done',
    label: 'paperwork done or alarms cleared, counted up',
    upOnly: true,
    patterns: [
      new RegExp(
        `^${MORE}\\s+(?:the\\s+)?(?:(?:number|count|volume)\\s+of\\s+)?(?:[a-z0-9-]+\\s+){0,3}?${PAPERWORK}\\s+${DONE}\\b(?!\\s+(?:on time|within|without|correctly|first time|right first))`,
      ),
      // "Raise the number of cleaning-checklist sign-offs": the ticking itself, counted up.
      new RegExp(
        `^${MORE}\\s+(?:the\\s+)?(?:(?:number|count|volume)\\s+of\\s+)?(?:[a-z0-9-]+\\s+){0,3}?${SIGN_OFFS}\\b(?!\\s+(?:on time|within|without|first time))`,
      ),
      // "Daily machine checklists ticked off", "100% of shift checklists ticked and signed off
      // (64% now)": checklists ticked, counted or as a share, with no word of what the checks
      // found (a share "ticked on time" or "signed off within a day" is a habit, a service level).
      new RegExp(
        `\\b${CHECK_LISTS}\\s+${TICKED}\\b(?!.*\\b(?:on time|within|late|without|correctly|first time|right first|as (?:passed|safe|failed))\\b)`,
      ),
      new RegExp(
        `^${WORK_THROUGH}\\s+(?:(?:at least|over|another|a further)\\s+)?${COUNT}(?:[a-z0-9-]+\\s+){0,3}?${PAPERWORK}\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|quarter|shift)\\b`,
      ),
      new RegExp(
        `^${WORK_THROUGH}\\s+(?:(?:at least|over|another|a further)\\s+)?${COUNT}(?:[a-z0-9-]+\\s+){0,3}?${PAPERWORK}\\b.*\\bup from\\b`,
      ),
    ],
    gamedBy: 'ticking, clearing or amending items faster, whether or not anything is fixed',
    alternative:
      'what the paperwork or alarms are about: faults found on inspection, repeat alarms or errors found in the records',
    patch: {
      title: 'Cut repeat alarms with the same cause per month',
      metric: 'repeat alarms',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
];
