import { dayText, daysInMonth, localDayOf, parseIsoDate } from './days';

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
 * The quarter a "New quarter" form suggests on `today`: the calendar quarter holding today (this
 * computer's day) when none of the team's quarters covers today, else the first quarter after
 * it whose label the team has not used yet.
 */
export function suggestedQuarter(
  today: Date,
  existing: readonly Pick<QuarterRange, 'label' | 'startDate' | 'endDate'>[],
): QuarterRange {
  const day = localDayOf(today);
  const { year, month } = parseIsoDate(day);
  const current: Quarter = { year, quarter: quarterNumber(Math.floor((month - 1) / 3) + 1) ?? 1 };
  const taken = new Set(existing.map((c) => c.label.trim()));
  const isCovered = existing.some((c) => c.startDate <= day && day <= c.endDate);
  if (!isCovered && !taken.has(quarterLabel(current))) return quarterRange(current);
  let next = nextQuarter(current);
  // A team rarely plans more than a year ahead; past that, the next quarter is suggested anyway.
  for (let i = 0; i < 8 && taken.has(quarterLabel(next)); i += 1) next = nextQuarter(next);
  return quarterRange(next);
}
