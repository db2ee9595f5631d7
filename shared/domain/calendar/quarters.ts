import { addDays, dayText, daysBetween, daysInMonth, localDayOf, parseIsoDate } from './days';

/** A quarter of the year. */
export type QuarterNumber = 1 | 2 | 3 | 4;

/** A calendar quarter: 2027-Q1 is `{ year: 2027, quarter: 1 }`. */
export type Quarter = { year: number; quarter: QuarterNumber };

/** A quarter with its label and its first and last day, `YYYY-MM-DD`. */
export type QuarterRange = { label: string; startDate: string; endDate: string };

/** What a quarter label looks like: `2027-Q1`. */
export const QUARTER_LABEL_PATTERN = /^\d{4}-Q[1-4]$/;

const QUARTER_LABEL = /^(\d{4})-Q(\d)$/;

/** `n` as a quarter number, or null when it is not 1 to 4. */
export function quarterNumber(n: number): QuarterNumber | null {
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

/** The year and quarter of a label such as `2027-Q1` (spaces around it ignored), or null. */
export function parseQuarterLabel(label: string): Quarter | null {
  const m = QUARTER_LABEL.exec(label.trim());
  const quarter = m ? quarterNumber(Number(m[2])) : null;
  return m && quarter ? { year: Number(m[1]), quarter } : null;
}

/** A quarter's label: `2027-Q1`. */
export function quarterLabel({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** The quarter after this one: 2026-Q4 → 2027-Q1. */
export function nextQuarter({ year, quarter }: Quarter): Quarter {
  const next = quarterNumber(quarter + 1);
  return next ? { year, quarter: next } : { year: year + 1, quarter: 1 };
}

/** The calendar quarter holding a moment, by its UTC month. */
export function quarterOf(date: Date): Quarter {
  const quarter = quarterNumber(Math.floor(date.getUTCMonth() / 3) + 1);
  if (!quarter) throw new RangeError('Not a valid date.');
  return { year: date.getUTCFullYear(), quarter };
}

/** A quarter's label, start and end day: 2027-Q1 is 1 Jan to 31 Mar 2027. */
export function quarterRange(q: Quarter): QuarterRange {
  const startMonth = (q.quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  return {
    label: quarterLabel(q),
    startDate: dayText({ year: q.year, month: startMonth, day: 1 }),
    endDate: dayText({ year: q.year, month: endMonth, day: daysInMonth(q.year, endMonth) }),
  };
}

/** {@link quarterRange} of a year and quarter number. */
export function calendarQuarter(year: number, quarter: QuarterNumber): QuarterRange {
  return quarterRange({ year, quarter });
}

/** The calendar quarter after the one holding `today`, the usual one to plan next. */
export function nextCalendarQuarter(today: Date): QuarterRange {
  return quarterRange(nextQuarter(quarterOf(today)));
}

/** The quarter after the one labelled `label` (2026-Q4 → 2027-Q1), or null for another label. */
export function quarterAfter(label: string): QuarterRange | null {
  const quarter = parseQuarterLabel(label);
  return quarter && quarterRange(nextQuarter(quarter));
}

/**
 * How close to its end a quarter is "nearly over", in days: setting runs two to three weeks
 * before a quarter (PRODUCT.md) and facilitators book the workshop a week or two before that,
 * so in a quarter's last five weeks a team opening "New quarter" is planning the next one.
 */
export const PLANNING_LEAD_DAYS = 35;

type Dated = Pick<QuarterRange, 'label' | 'startDate' | 'endDate'>;

/** Whether the team already has this quarter: the same label, or a quarter over its middle. */
function isTaken(candidate: QuarterRange, existing: readonly Dated[]): boolean {
  const middle = addDays(
    candidate.startDate,
    Math.floor(daysBetween(candidate.startDate, candidate.endDate) / 2),
  );
  return existing.some(
    (c) => c.label.trim() === candidate.label || (c.startDate <= middle && middle <= c.endDate),
  );
}

/**
 * The quarter a "New quarter" form suggests on `today` (this computer's day): the quarter
 * being planned. That is the quarter holding today, unless today is in its last
 * {@link PLANNING_LEAD_DAYS} days or the team already has a quarter covering today; then the
 * quarter after it. A quarter the team already has (by label or dates) is never suggested: the
 * first one after it that the team lacks is.
 */
export function suggestedQuarter(today: Date, existing: readonly Dated[]): QuarterRange {
  const day = localDayOf(today);
  const { year, month } = parseIsoDate(day);
  let candidate: Quarter = {
    year,
    quarter: quarterNumber(Math.floor((month - 1) / 3) + 1) ?? 1,
  };
  const isCovered = existing.some((c) => c.startDate <= day && day <= c.endDate);
  const isNearlyOver = daysBetween(day, quarterRange(candidate).endDate) < PLANNING_LEAD_DAYS;
  if (isCovered || isNearlyOver) candidate = nextQuarter(candidate);
  // Each step passes a quarter the team has; the cap only stops a quarter of absurd length
  // (a typo'd end year) from walking the calendar for centuries.
  for (let i = 0; i < 400 && isTaken(quarterRange(candidate), existing); i += 1) {
    candidate = nextQuarter(candidate);
  }
  return quarterRange(candidate);
}
