/**
 * Numbers and dates as people read them, in one place for the app, the charts, every exported
 * document and the command line. A fixed English form (`4 Jan 2027`, `1,234.5`), so a page reads
 * the same whichever machine made it, and a number shown can be typed back into any field
 * (`parseNumber` reads it as the same number).
 *
 * Values show every digit they were stored with: a score is computed from the stored values, so
 * a reader must be able to recompute it from the page ($0.085 is not rounded to $0.09). Only the
 * float noise of arithmetic is dropped (0.30000000000000004 shows as 0.3). Chart axes are the
 * exception: their tick labels are compact (1.2k), and the points on them show exact values.
 */
import { localDayOf, readDay } from './calendar/days';
import { formatDecimal } from './numberText';

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

/** Significant digits shown: any number a person typed, none of the noise of `0.1 + 0.2`. */
const PRECISION = 15;

// Written as en-US Intl writes them (thousands grouped, never an exponent), without loading ICU.
const NUMBER = { significant: PRECISION } as const;
const MONEY = { minFraction: 2, maxFraction: 20 } as const;

/** Units that are the count itself: `8`, not `8 count`. */
const BARE_UNITS = /^(count|#|number|n)$/i;
/** Currency symbols written before the number: `$1.50`, `-€5`. */
const PREFIX_UNITS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);
/** Units written against the number: `40%`, `3x`, `21°C`. */
const TIGHT_UNITS: ReadonlySet<string> = new Set(['%', '‰', '°', '°C', '°F', 'x', '×']);

/** A value without float noise, and never −0. */
function clean(value: number): number {
  return Number(value.toPrecision(PRECISION)) + 0;
}

function plain(value: number): string {
  return formatDecimal(value + 0, NUMBER);
}

/** A number as a person reads it: `1,234.5`, `0.085`, `-3`; an en dash when it is not finite. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? plain(value) : '–';
}

/**
 * A plural unit for one of it: `days` → `day`, `incidents` → `incident`, `queries` → `query`.
 * Symbols (`s`, `ms`) and words that are not plain plurals (`ms`, `process`) stay as they are.
 */
function singularUnit(unit: string): string {
  if (unit.length <= 2 || !/^[a-z]+s$/i.test(unit) || /ss$/i.test(unit)) return unit;
  if (/[^aeiou]ies$/i.test(unit)) return `${unit.slice(0, -3)}y`;
  if (/(ches|shes|xes)$/i.test(unit)) return unit.slice(0, -2);
  return unit.slice(0, -1);
}

/** `text` (a formatted number) with its unit, the way people write it: `1 day`, `2 days`. */
function withUnit(text: string, unit: string): string {
  const isOne = /^-?1$/.test(text);
  const u = isOne ? singularUnit(unit.trim()) : unit.trim();
  if (u === '' || BARE_UNITS.test(u)) return text;
  if (PREFIX_UNITS.has(u)) return text.startsWith('-') ? `-${u}${text.slice(1)}` : `${u}${text}`;
  if (TIGHT_UNITS.has(u)) return `${text}${u}`;
  return `${text} ${u}`;
}

/**
 * A value with its unit: `94%`, `3.2 s`, `8 incidents`, `8` (a bare count needs no unit), money
 * with its cents (`$1.50`, `$0.085`, `-€5`). Every stored digit shows (see the module comment).
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  const isMoney = PREFIX_UNITS.has(unit.trim()) && !Number.isInteger(clean(value));
  return withUnit(isMoney ? formatDecimal(clean(value), MONEY) : plain(value), unit);
}

/** How many decimals `plain` writes for a value: 0 for 3, 1 for 2.5, 3 for 0.085. */
function decimalsOf(value: number): number {
  return plain(value).split('.')[1]?.length ?? 0;
}

/**
 * A column of values in one unit, each with the same number of decimals, so that figures line up
 * and none looks rounded next to its neighbours: `96.0%` beside `96.6%`, `$0.120` beside
 * `$0.085`. Decimals are only ever added, never cut, so every stored digit still shows; missing
 * values are an en dash.
 */
export function formatValueColumn(values: readonly (number | null)[], unit: string): string[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let decimals = Math.min(100, Math.max(0, ...finite.map((v) => decimalsOf(clean(v)))));
  // Money shows its cents whenever any value in the column has a fraction.
  if (PREFIX_UNITS.has(unit.trim()) && decimals > 0) decimals = Math.max(decimals, 2);
  const fixed = { minFraction: decimals, maxFraction: decimals };
  return values.map((v) =>
    v === null || !Number.isFinite(v) ? '–' : withUnit(formatDecimal(clean(v), fixed), unit),
  );
}

/** A value that may be missing: its text, or an en dash. */
export function formatOptionalValue(value: number | null, unit: string): string {
  return value === null ? '–' : formatValue(value, unit);
}

/** A key result's baseline → target, each in its unit or an en dash when it is not set. */
export function formatBaselineToTarget(
  baseline: number | null | undefined,
  target: number | null | undefined,
  unit: string,
): string {
  return `${formatOptionalValue(baseline ?? null, unit)} → ${formatOptionalValue(target ?? null, unit)}`;
}

/** A score with one decimal, as scores are kept (0.7, 1.0), or an en dash when there is none. */
export function formatScore(score: number | null): string {
  return score === null || !Number.isFinite(score) ? '–' : score.toFixed(1);
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
 * A chart axis label, compact: `1.5`, `120`, `99.95`, `1.2k`, `3.4M`. `step`, when given (the
 * tick step), fixes the precision so that neighbouring ticks never read the same. Only for axes:
 * values people read use {@link formatValue}.
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

/** A file size: `900 bytes`, `1.5 KB`, `10 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** A moment as this computer's local day and time: `4 Jan 2027, 14:05`. */
export function formatDateTime(moment: Date): string {
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(localDayOf(moment))}, ${time}`;
}

/** The plural of an English noun, or of the last word of a phrase: `dependency` → `dependencies`. */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * A count with its noun in the right number: `1 day`, `4 dependencies`, `0 key results`. Give
 * `plural` for a noun the rule does not know (`1 person`, `3 people`). Every count printed for a
 * person goes through here, so no screen or file says "4 dependencys" or "1 days".
 */
export function formatCount(
  n: number,
  singular: string,
  plural: string = pluralOf(singular),
): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
] as const;

/** `second`, `third`, … `tenth`, then `11th`, `22nd`, `23rd`: for "second quarter running". */
export function formatOrdinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word !== undefined) return word;
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
