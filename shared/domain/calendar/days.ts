/**
 * Calendar days as `YYYY-MM-DD` strings, the form every date is stored in. Arithmetic runs in
 * UTC so a result never depends on the machine's time zone or daylight saving.
 */

export const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day's parts: month 1–12, day 1–31. */
export type CalendarDay = { year: number; month: number; day: number };

/**
 * The span every stored date and time lies in, for every door (forms, plan files, backups, IPC):
 * far around any quarter a team plans, and inside what every chart and document can draw.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2200;

/** Why a date is refused by {@link FIRST_YEAR} and {@link LAST_YEAR}, in every door's words. */
export const DATE_RANGE_MESSAGE = `The date must be between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`;

/** Whether a year is within {@link FIRST_YEAR} to {@link LAST_YEAR}. */
export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * Milliseconds since 1970 of a UTC day; month 0–11, and a day or month past its end rolls over.
 * `Date.UTC` reads the years 0–99 as 1900–1999, so the year is set on its own.
 */
function utcMs(year: number, month0: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month0, day);
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** The parts of a `YYYY-MM-DD` day, or null when the text is not a real calendar day. */
export function readDay(text: string): CalendarDay | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether `text` is a real `YYYY-MM-DD` day from {@link FIRST_YEAR} to {@link LAST_YEAR}. */
export function isDayInRange(text: string): boolean {
  const parts = readDay(text);
  return parts !== null && isYearInRange(parts.year);
}

/** {@link readDay} for a day the caller knows is valid: throws a RangeError otherwise. */
export function parseIsoDate(text: string): CalendarDay {
  const parts = readDay(text);
  if (!parts) {
    throw new RangeError(
      ISO_DAY.test(text) ? `Not a calendar date: "${text}"` : `Not a YYYY-MM-DD date: "${text}"`,
    );
  }
  return parts;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A day's parts as `YYYY-MM-DD`. */
export function dayText({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A `YYYY-MM-DD` day as the UTC midnight that starts it (for scales), or null when invalid. */
export function dateOfDay(text: string): Date | null {
  const parts = readDay(text);
  return parts && new Date(utcMs(parts.year, parts.month - 1, parts.day));
}

/** The UTC day a moment falls on, `YYYY-MM-DD`. */
export function utcDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day a moment falls on where this computer is (the local day, not UTC's): "today". */
export function localDayOf(date: Date): string {
  return dayText({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` day. */
export function dayNumber(text: string): number {
  const { year, month, day } = parseIsoDate(text);
  return utcMs(year, month - 1, day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` day of a day number (days since 1970-01-01). */
export function fromDayNumber(days: number): string {
  return utcDayOf(new Date(days * MS_PER_DAY));
}

/** The day `days` calendar days after `text` (before it when negative). */
export function addDays(text: string, days: number): string {
  return fromDayNumber(dayNumber(text) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The same day of the month `months` months later, clamped to the end of a shorter month:
 * 2027-01-31 plus one month is 2027-02-28.
 */
export function addMonthsClamped(text: string, months: number): string {
  const { year, month, day } = parseIsoDate(text);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayText({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Orders stored days (`YYYY-MM-DD`) and timestamps exactly as `a.localeCompare(b)` does, without
 * the collator its first call builds (over 10 ms on a cold start, paid by whatever screen sorts
 * first). Where the texts first differ in two digits, or one is the start of the other, both
 * orders are the characters' order; any other difference (two timestamps written with different
 * offsets) is left to `localeCompare` itself.
 */
export function compareDayText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === length) return a.length < b.length ? -1 : 1;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (isDigitCode(x) && isDigitCode(y)) return x < y ? -1 : 1;
  return a.localeCompare(b);
}
