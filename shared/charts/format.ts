/**
 * Locale-independent text for charts: the same labels in the app, in tests and in exported
 * documents, whatever the machine's locale or time zone.
 */

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

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as a UTC `Date`, or `null` when it is not a real calendar day. */
export function parseDay(day: string): Date | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const isSameDay =
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return isSameDay ? date : null;
}

/** A UTC date as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UTC date as `4 Jan`, or `4 Jan 2027` with `withYear`. */
export function formatDayLabel(date: Date, withYear = false): string {
  const label = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return withYear ? `${label} ${date.getUTCFullYear()}` : label;
}

const SCALES = [
  { at: 1e12, suffix: 'T' },
  { at: 1e9, suffix: 'B' },
  { at: 1e6, suffix: 'M' },
  { at: 1e3, suffix: 'k' },
] as const;

/** `value` with at most `decimals` decimals, trailing zeros dropped, never `-0`. */
function trimmed(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(Math.min(Math.max(decimals, 0), 10)));
  return String(rounded === 0 ? 0 : rounded);
}

/** Decimals that show `value` to about three significant digits, at least two below 1000. */
function naturalDecimals(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(abs)));
}

/** Decimals that write `step` exactly, e.g. 0.25 → 2, 0.5 → 1, 5 → 0 (at most 10). */
function stepDecimals(step: number): number {
  let decimals = 0;
  while (decimals < 10) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) break;
    decimals += 1;
  }
  return decimals;
}

/**
 * A number written compactly: `1.5`, `120`, `99.95`, `1.2k`, `3.4M`. `step`, when given (an axis
 * tick step), fixes the precision so that neighbouring ticks never read the same.
 */
export function formatCompact(value: number, step?: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const scale = SCALES.find((s) => abs >= s.at);
  const divisor = scale?.at ?? 1;
  const suffix = scale?.suffix ?? '';
  const scaled = value / divisor;
  let decimals = naturalDecimals(scaled);
  if (step !== undefined && step > 0 && Number.isFinite(step)) {
    decimals = stepDecimals(step / divisor);
  }
  return `${trimmed(scaled, decimals)}${suffix}`;
}

const PREFIX_UNITS = new Set(['$', '€', '£', '¥']);
const TIGHT_UNITS = new Set(['%', '‰', '°', '°C', '°F', 'x', '×']);

/** A value with its unit the way people write it: `3.2 s`, `40%`, `$1.2k`, `8 incidents`. */
export function formatWithUnit(value: number, unit: string, step?: number): string {
  const number = formatCompact(value, step);
  const u = unit.trim();
  if (u === '') return number;
  if (PREFIX_UNITS.has(u)) return number.startsWith('-') ? `-${u}${number.slice(1)}` : u + number;
  if (TIGHT_UNITS.has(u)) return number + u;
  return `${number} ${u}`;
}
