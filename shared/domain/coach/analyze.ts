import type { Direction } from '../enums';
import { extractNumbers, type TextNumbers } from './text/extract';
import { asksForBetter, naturalDirection, verbDirection } from './text/lexicon';
import { modalMoveDirection } from './text/statedMove';
import { textNamesAMetric } from './metricNamed';
import { normalizeText, stripLead } from './text/normalize';
import { parseUnitField, type Dimension } from './text/quantities';
import type { CoachKeyResult } from './types';

/** A baseline or target after fields and text are merged, in comparable units. */
export interface ResolvedValue {
  value: number;
  dimension: Dimension;
  base: number;
  source: 'field' | 'text';
  /** A count per period ("2 times a week"), the period in days. */
  per?: number;
}

/** Everything the KR rules need, computed once per key result. */
export interface KeyResultAnalysis {
  /** Normalised title. */
  text: string;
  /** Masked title (numbers as «i») without bullet or "we will", so it opens with the verb. */
  lead: string;
  numbers: TextNumbers;
  baseline: ResolvedValue | null;
  target: ResolvedValue | null;
  /** The verb's direction ("Reduce …"; "Improve …" means the metric's natural one), if any. */
  verbDirection: Direction | null;
  /** The direction baseline → target implies, when both are known and differ. */
  numericDirection: Direction | null;
  /** The direction the metric should go by its nature (latency down, uptime up), if known. */
  naturalDirection: Direction | null;
  /** The metric column is filled in, or the title names something measurable. */
  hasMetric: boolean;
  /** A from→to change, a bound ("under 15 min") or a relative change: the KR measures something. */
  hasMeasurement: boolean;
  /** Normalised metric column. */
  metricText: string;
  /** Baseline or target is a percentage (by its unit in text or in the unit column). */
  isPercent: boolean;
}

function fromField(value: number | null, unit: string | undefined): ResolvedValue | null {
  if (value === null || !Number.isFinite(value)) return null;
  const { dimension, factor } = parseUnitField(unit);
  return { value, dimension, base: value * factor, source: 'field' };
}

/**
 * Compares two values in base units when their dimensions match, else as written; counts per
 * different periods ("twice a week" → "twice a day") as rates per day.
 */
export function comparable(a: ResolvedValue, b: ResolvedValue): [number, number] {
  if (a.per !== undefined && b.per !== undefined && a.per !== b.per) {
    return [a.value / a.per, b.value / b.per];
  }
  return a.dimension === b.dimension ? [a.base, b.base] : [a.value, b.value];
}

// "Increase reliability: failures from 12 to 2": the verb before a colon is about the headline,
// the numbers after it about the measure, so the verb after the colon (if any) is the one that counts.
// "Minimise page weight: 1.4 MB → 2.1 MB": when only numbers follow, the headline's verb counts.
const NUMBER_WORD =
  /^(?:[^a-z«»]*«\d+»[^a-z«»]*|from|to|down|up|by|the|end|of|this|quarter|now|today|target|baseline|currently|[^a-z«»]+)$/;
// "app quality" with no unit and no numbers: a field that repeats a vague wish ("Better app
// quality across both platforms") names nothing to count either.
const VAGUE_FIELD = /^(?:[a-z-]+\s+){0,2}(?:quality|experience|excellence)$/;
function isVagueField(kr: CoachKeyResult, metricText: string): boolean {
  return (
    VAGUE_FIELD.test(metricText) &&
    !(kr.unit ?? '').trim() &&
    kr.baseline === null &&
    kr.target === null
  );
}

const PURPOSE = /\bso (?:that )?(?:more|fewer|less)\b/;

function headlineFree(lead: string, numbers: TextNumbers): string {
  const colon = lead.indexOf(':');
  if (colon < 0 || !numbers.hasFromTo) return lead;
  const after = lead.slice(colon + 1).trim();
  return after.split(/\s+/).every((w) => NUMBER_WORD.test(w)) ? lead : after;
}

/**
 * "Reduce failed logins by 0.6 percentage points to 1.2 %", "cut latency by 30 % to 200 ms":
 * a change and where it ends also say where it starts.
 */
function impliedBaseline(
  target: ResolvedValue | null,
  numbers: TextNumbers,
  direction: Direction | null,
): ResolvedValue | null {
  const rel = numbers.relative?.quantity;
  if (!target || !rel || !direction || rel.dimension === 'factor' || rel.dimension === 'none') {
    return null;
  }
  const sign = direction === 'decrease' ? 1 : -1;
  const isShare = rel.dimension === 'percent' && !/^(?:pp|percentage points?)$/.test(rel.unit);
  // "by 2 points to 0.5%": points of a percentage are percentage points.
  const isPoints = rel.dimension === 'points' && target.dimension === 'percent';
  let value: number;
  if (isShare && target.dimension !== 'percent') {
    value = target.value / (1 - (sign * rel.value) / 100);
  } else if (isPoints || rel.dimension === target.dimension || target.dimension === 'none') {
    value = isPoints
      ? target.value + sign * rel.value
      : target.value + sign * (rel.base / (target.base / target.value || 1));
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  const factor = target.base / target.value || 1;
  return { value, dimension: target.dimension, base: value * factor, source: 'text' };
}

function fitsUnit(dimension: Dimension, unit: string | undefined): boolean {
  const field = parseUnitField(unit).dimension;
  return field === 'none' || dimension === 'none' || dimension === field;
}

/** "30 more merchants (120 live today)": today's count plus the increment is the level to reach. */
function incrementedTarget(
  baseline: ResolvedValue | null,
  increment: TextNumbers['increment'],
): ResolvedValue | null {
  if (!baseline || !increment || baseline.dimension !== 'none') return null;
  const value = baseline.value + increment.value;
  return { value, dimension: 'none', base: value, source: 'text' };
}

/**
 * "Improve search conversion by 0.5 % relative to today's 12 %": today's value and a change
 * also say where it ends (a share of the value, or points of a percentage).
 */
function impliedTarget(
  baseline: ResolvedValue | null,
  numbers: TextNumbers,
  direction: Direction | null,
): ResolvedValue | null {
  const rel = numbers.relative?.quantity;
  if (!baseline || !rel || !direction) return null;
  const sign = direction === 'increase' ? 1 : -1;
  const isPoints =
    (rel.dimension === 'points' || /^(?:pp|percentage points?)$/.test(rel.unit)) &&
    baseline.dimension === 'percent';
  const factor = baseline.base / baseline.value || 1;
  let value: number;
  if (isPoints) value = baseline.value + sign * rel.value;
  else if (rel.dimension === 'percent') value = baseline.value * (1 + (sign * rel.value) / 100);
  // "by $500 from $410k", "by 30 minutes from 4 hours": the same measure, taken off or added.
  else if (rel.dimension === baseline.dimension && rel.dimension !== 'factor') {
    value = baseline.value + (sign * rel.base) / factor;
  } else return null;
  if (!Number.isFinite(value)) return null;
  value = Number(value.toPrecision(6));
  return { value, dimension: baseline.dimension, base: value * factor, source: 'text' };
}

/** Merges a KR's fields with what its text says; fields win where both speak. */
export function analyzeKeyResult(kr: CoachKeyResult): KeyResultAnalysis {
  const text = normalizeText(kr.title);
  const numbers = extractNumbers(text);
  const lead = stripLead(numbers.masked);
  const fromText = (q: TextNumbers['baseline']): ResolvedValue | null =>
    q
      ? {
          value: q.value,
          dimension: q.dimension,
          base: q.base,
          source: 'text',
          ...(q.per !== undefined ? { per: q.per } : {}),
        }
      : null;
  // A number in the title fills an empty field only if it measures what the unit column says:
  // "Repeat purchase rate within 90 days" with unit % has no target; 90 days is its window.
  const fits = (q: TextNumbers['baseline']): TextNumbers['baseline'] =>
    q && fitsUnit(q.dimension, kr.unit) ? q : null;
  const baseline = fromField(kr.baseline, kr.unit) ?? fromText(fits(numbers.baseline));
  const target =
    fromField(kr.target, kr.unit) ??
    fromText(fits(numbers.target)) ??
    incrementedTarget(baseline, numbers.increment);
  const verbLead = headlineFree(lead, numbers);
  const metricText = normalizeText(kr.metric ?? '');
  // ("Improve the accuracy of the forecasts" with "forecast MAPE" as the metric: the column names
  // what is scored, so its own direction comes first.)
  const natural = naturalDirection(metricText) ?? naturalDirection(`${metricText} ${text}`);
  // "Shrink the download size so more users finish install (install completion 71% → 85%)":
  // the verb moves a means; the numbers measure the purpose, whose direction the verb does not say.
  // ("Complaints per 100 orders should drop to 6": the verb may follow the measure, behind a modal.)
  const said = PURPOSE.test(verbLead)
    ? null
    : (verbDirection(verbLead) ?? modalMoveDirection(verbLead));
  const implied = baseline ? null : impliedBaseline(target, numbers, said);
  const start = baseline ?? implied;
  const end =
    target ?? impliedTarget(baseline, numbers, said ?? (asksForBetter(verbLead) ? natural : null));
  let numericDirection: Direction | null = null;
  if (start && end) {
    const [b, t] = comparable(start, end);
    if (t !== b) numericDirection = t > b ? 'increase' : 'decrease';
  }
  const unitText = (kr.unit ?? '').trim().toLowerCase();
  return {
    text,
    lead,
    numbers,
    baseline: start,
    target: end,
    verbDirection: said ?? (asksForBetter(verbLead) ? natural : null),
    numericDirection,
    naturalDirection: natural,
    hasMetric:
      (metricText !== '' && !isVagueField(kr, metricText)) || textNamesAMetric(text, lead, numbers),
    hasMeasurement:
      numbers.hasFromTo ||
      numbers.hasComparatorTarget ||
      numbers.relative !== null ||
      (numbers.baseline !== null && numbers.target !== null),
    metricText,
    // (With the unit column empty, a title's "from 96% to 91%" still says the fields are shares,
    // so a proposed target stays at or under 100.)
    isPercent:
      baseline?.dimension === 'percent' ||
      target?.dimension === 'percent' ||
      /^(?:%|percent|pct)$/.test(unitText) ||
      (unitText === '' &&
        (numbers.baseline?.dimension === 'percent' || numbers.target?.dimension === 'percent')),
  };
}
