import { MS_PER_DAY } from './days';

/**
 * `2026-W53`: the ISO 8601 week (Monday to Sunday, UTC) holding `date`, named by its ISO year,
 * the year its Thursday falls in (so 1 Jan 2027, a Friday, is in 2026-W53).
 *
 * Worked out here rather than with a date-format library: the key is needed at start (backup
 * rotation), and a formatting library in the first script costs every start its load.
 */
export function isoWeekKey(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day + (3 - weekday) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * MS_PER_DAY));
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
