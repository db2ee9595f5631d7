import type { Direction } from '../../enums';
import { extractNumbers } from './extract';
import { asksForBetter, naturalDirection, verbDirection } from './lexicon';
import { normalizeText, stripLead } from './normalize';
import { parseUnitField, type Quantity } from './quantities';

/** The fields of a key result this module reads: what a person typed in the form or a CSV. */
export interface KeyResultFields {
  title: string;
  metric?: string;
  unit?: string;
  baseline: number | null;
  target: number | null;
  direction: Direction | null;
}

/** What a KR's title says about its numbers. */
export interface StatedNumbers {
  baseline: Quantity | null;
  target: Quantity | null;
  /** "under 15 min" is a ceiling, "at least 99.9 %" a floor; null for a plain value. */
  targetBound: 'at-most' | 'at-least' | null;
  /** The direction the wording asks for: its numbers first, else its verb. */
  direction: Direction | null;
}

/** Reads the baseline, target and direction a title states (numbers in comparable units). */
export function statedNumbers(title: string): StatedNumbers {
  const text = normalizeText(title);
  const numbers = extractNumbers(text);
  const { baseline, target, targetBound } = numbers;
  let direction: Direction | null = null;
  if (baseline && target && baseline.base !== target.base) {
    direction = target.base > baseline.base ? 'increase' : 'decrease';
  } else {
    const lead = stripLead(numbers.masked);
    direction = verbDirection(lead) ?? (asksForBetter(lead) ? naturalDirection(text) : null);
  }
  return { baseline, target, targetBound, direction };
}

const LABELS: readonly [RegExp, string][] = [
  [/^(?:%|percent|per cent|pct)$/, '%'],
  [/^(?:pp|percentage points?)$/, 'pp'],
  [/^(?:ms|msecs?|milliseconds?)$/, 'ms'],
  [/^(?:s|secs?|seconds?)$/, 's'],
  [/^(?:m|mins?|minutes?)$/, 'min'],
  [/^(?:h|hrs?|hours?)$/, 'h'],
  [/^(?:d|days?)$/, 'days'],
  [/^(?:wks?|weeks?)$/, 'weeks'],
  [/^months?$/, 'months'],
  [/^(?:points?|pts?)$/, 'points'],
  [/^(?:usd|dollars?)$/, 'USD'],
  [/^(?:eur|euros?)$/, 'EUR'],
  [/^(?:gbp|pounds?)$/, 'GBP'],
  [/^(?:p|pence)$/, 'p'],
  [/^cents?$/, 'cents'],
  [/^(kb|kib|mb|mib|gb|gib|tb|tib)$/, '$1'],
];

/** The unit column a stated number implies: "hours" → "h", "%" → "%", "$" → "$". */
export function unitLabel(q: Quantity): string {
  const u = q.unit.trim().toLowerCase();
  if (u === '' || u === 'x') return '';
  if (/^[$€£]$/.test(u)) return u;
  for (const [re, label] of LABELS) {
    if (re.test(u)) return label === '$1' ? u.toUpperCase() : label;
  }
  return u;
}

// Float noise from unit conversion (0.1 × 3 = 0.30000000000000004) is not a number anyone typed.
function clean(n: number): number {
  return Number(n.toPrecision(10));
}

/** A stated number in the units of a unit column, or as written when the units do not compare. */
export function inFieldUnits(q: Quantity, unit: string | undefined): number {
  const field = parseUnitField(unit);
  if (field.dimension !== 'none' && field.dimension === q.dimension) {
    return clean(q.base / field.factor);
  }
  return q.value;
}

/** The field values a title proposes: only the fields it can fill, converted to one unit. */
export interface FieldProposal {
  baseline?: number;
  target?: number;
  unit?: string;
  direction?: Direction;
}

/**
 * Proposes baseline, target, unit and direction from the title for the fields that are empty
 * (and the direction when the title's numbers or verb say otherwise), for a one-click "fill
 * from text". Units follow the unit column when it has one, else the title's target: "from
 * 2 hours to 30 minutes" fills 120 → 30 min. Null when the title fills nothing.
 */
export function proposeFieldsFromText(kr: KeyResultFields): FieldProposal | null {
  const stated = statedNumbers(kr.title);
  const fillBaseline = kr.baseline === null && stated.baseline !== null;
  const fillTarget = kr.target === null && stated.target !== null;
  if (!fillBaseline && !fillTarget) return null;
  const proposal: FieldProposal = {};
  let unit = (kr.unit ?? '').trim();
  if (unit === '') {
    const lead = (fillTarget ? stated.target : null) ?? (fillBaseline ? stated.baseline : null);
    const label = lead ? unitLabel(lead) : '';
    if (label !== '') {
      unit = label;
      proposal.unit = label;
    }
  }
  if (fillBaseline && stated.baseline) proposal.baseline = inFieldUnits(stated.baseline, unit);
  if (fillTarget && stated.target) proposal.target = inFieldUnits(stated.target, unit);
  const baseline = proposal.baseline ?? kr.baseline;
  const target = proposal.target ?? kr.target;
  const numeric =
    baseline !== null && target !== null && baseline !== target
      ? target > baseline
        ? 'increase'
        : 'decrease'
      : null;
  const direction = numeric ?? stated.direction;
  if (direction && direction !== kr.direction) proposal.direction = direction;
  return proposal;
}

/** One number the title and the fields state differently. */
export interface Disagreement {
  role: 'baseline' | 'target';
  /** The field's value, in the unit column's units. */
  field: number;
  /** The title's number converted to the unit column's units (as written when they do not compare). */
  stated: number;
  /** The title's number as written there, e.g. "48 hours". */
  statedText: string;
}

// Two numbers agree within half a percent: "1.5 h" and "90 min", "2,880 min" and "48 h".
const TOLERANCE = 0.005;
// A field may sit a little inside a stated bound: "under 15 min" and a target of 14.
const BOUND_SLACK = 0.2;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

function agrees(
  q: Quantity,
  asWritten: number,
  field: number,
  unit: string | undefined,
  bound: StatedNumbers['targetBound'],
): boolean {
  const stated = inFieldUnits(q, unit);
  if (close(stated, field) || close(q.value, field)) return true;
  // The digits as written, before a k or M: "1.2M users" and a field of 1.2 with unit "M users".
  if (close(asWritten, field)) return true;
  // A fraction in the field for a percentage in the title: 0.023 and "2.3 %".
  if (q.dimension === 'percent' && parseUnitField(unit).dimension === 'none') {
    if (close(q.value, field * 100)) return true;
  }
  if (bound === 'at-most') return field <= stated && field >= stated * (1 - BOUND_SLACK);
  if (bound === 'at-least') return field >= stated && field <= stated * (1 + BOUND_SLACK);
  return false;
}

function written(title: string, q: Quantity): string {
  return normalizeText(title).slice(q.start, q.end);
}

/**
 * Where the title and the fields give different numbers for the baseline or the target,
 * after converting units (48 hours and 2,880 min agree; 48 hours and 25 min do not).
 */
export function compareTextAndFields(kr: KeyResultFields): Disagreement[] {
  const stated = statedNumbers(kr.title);
  const out: Disagreement[] = [];
  const check = (role: Disagreement['role'], q: Quantity | null, field: number | null): void => {
    if (!q || field === null || q.end <= q.start) return;
    const bound = role === 'target' ? stated.targetBound : null;
    const text = written(kr.title, q);
    const digits = Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
    if (agrees(q, digits, field, kr.unit, bound)) return;
    out.push({ role, field, stated: inFieldUnits(q, kr.unit), statedText: text });
  };
  check('baseline', stated.baseline, kr.baseline);
  check('target', stated.target, kr.target);
  return out;
}
