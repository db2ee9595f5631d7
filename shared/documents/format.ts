import { formatDayLabel, parseDay } from '../charts/format';

// A fixed locale: an exported document reads the same whichever machine wrote it.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A number as a person reads it: grouping, no float noise (0.30000000000000004 → 0.3). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit as people write it: "94%", "3.2 s", "$1.50", "8" (a bare count needs no unit). */
export function formatValue(value: number, unit: string): string {
  const u = unit.trim();
  if (u === '' || /^(count|#|number|n)$/i.test(u)) return formatNumber(value);
  if (u === '%') return `${formatNumber(value)}%`;
  if (u === '$' || u === '€' || u === '£') {
    // Money with cents shows both digits: $1.50, not $1.5.
    const money = Number.isInteger(value) ? formatNumber(value) : value.toFixed(2);
    return `${u}${money}`;
  }
  return `${formatNumber(value)} ${u}`;
}

/** A value that may be missing: its text, or an en dash. */
export function formatOptionalValue(value: number | null, unit: string): string {
  return value === null ? '–' : formatValue(value, unit);
}

/** A score with one decimal (0.7, 1.0), or an en dash when there is none. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(1);
}

/** A `YYYY-MM-DD` day (or an ISO timestamp's day) as `4 Jan 2027`; the input when unreadable. */
export function formatDate(isoDate: string): string {
  const day = parseDay(isoDate.slice(0, 10));
  return day ? formatDayLabel(day, true) : isoDate;
}

/** Drops control characters (keeping tab, CR and LF) and whatever else XML 1.0 forbids. */
export function stripControl(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\u007e\u00a0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
