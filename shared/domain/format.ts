/**
 * Numbers and dates as people read them, in one place for the app, the charts, every exported
 * document and the command line. A fixed English form (`4 Jan 2027`, `1,234.5`), so a page reads
 * the same whichever machine made it, and a number shown can be typed back into any field
 * (`parseNumber` reads it).
 */
import { readDay } from './calendar/days';

/** English short month names: labels must not depend on the machine's locale. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A `YYYY-MM-DD` day (or the day of an ISO timestamp) as `4 Jan 2027`, or `4 Jan` without
 * `withYear`; the text itself when it is not a day.
 */
function dayLabel(text: string, withYear: boolean): string {
  const parts = readDay(text.slice(0, 10));
  if (!parts) return text;
  const label = `${parts.day} ${MONTHS[parts.month - 1] ?? ''}`;
  return withYear ? `${label} ${parts.year}` : label;
}

/** A day with its year, `4 Jan 2027`; an ISO timestamp shows its (UTC) day. */
export function formatDate(day: string): string {
  return dayLabel(day, true);
}

/** A day without its year, `14 Feb`, where the year goes without saying. */
export function formatShortDate(day: string): string {
  return dayLabel(day, false);
}
