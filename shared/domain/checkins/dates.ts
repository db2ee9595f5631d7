import { MONTHS } from '../../charts/format';
/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings, in UTC so the result never depends on
 * the machine's time zone or daylight saving.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a 'YYYY-MM-DD' date; throws on anything else. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: "${date}"`);
  }
  return { year, month, day };
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. */
export function dayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' date of a day number (days since 1970-01-01). */
export function fromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `months` months later, clamped to the end of a shorter month:
 * 2027-01-31 plus one month is 2027-02-28.
 */
export function addMonthsClamped(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A short day-and-month label such as "14 Feb", the same in every locale. */
export function formatShortDate(date: string): string {
  const { month, day } = parseIsoDate(date);
  return `${day} ${MONTHS[month - 1] ?? ''}`;
}
