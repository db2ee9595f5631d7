import { utcFormat } from 'd3-time-format';

const ISO_WEEK = utcFormat('%G-W%V');

/**
 * `2026-W53`: the ISO 8601 week (Monday to Sunday, UTC) holding `date`, named by its ISO year,
 * the year its Thursday falls in (so 1 Jan 2027, a Friday, is in 2026-W53).
 */
export function isoWeekKey(date: Date): string {
  return ISO_WEEK(date);
}
