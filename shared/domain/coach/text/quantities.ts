import { PHYSICAL_UNIT } from './units';

/** What a number measures, so "2 hours" and "30 minutes" can be compared. */
export type Dimension = 'percent' | 'time' | 'money' | 'size' | 'factor' | 'points' | 'none';

/** A number found in text, with its unit resolved. */
export interface Quantity {
  /** The number as written ("2" in "2 hours"). */
  value: number;
  dimension: Dimension;
  /** The value in the dimension's base unit (seconds, bytes, currency units). */
  base: number;
  /** Where it sits in the normalised text. */
  start: number;
  end: number;
  /** The unit as written ("hours", "%", "$"), empty for a bare number. */
  unit: string;
  /** base = value × factor. */
  factor: number;
  /** For a count per period ("2 times a week", "300 a month"), the period in days. */
  per?: number;
}

const PERIOD_DAYS: Readonly<Record<string, number>> = {
  hour: 1 / 24,
  day: 1,
  weekday: 1,
  'working day': 1,
  'business day': 1,
  shift: 1 / 3,
  week: 7,
  fortnight: 14,
  month: 30,
  quarter: 91,
  year: 365,
};
const PER_PERIOD =
  /^\s?(?:times\s+|(?:[a-z][a-z0-9-]*\s+){1,2})?(?:a|an|per|each|every)\s+(hour|day|weekday|working day|business day|shift|week|fortnight|month|quarter|year)\b/;

/** "2 times a week", "300 a month": the period a count is per, in days. */
function periodOf(after: string): number | undefined {
  const m = PER_PERIOD.exec(after);
  return m ? PERIOD_DAYS[m[1] ?? ''] : undefined;
}

interface UnitDef {
  pattern: string;
  dimension: Dimension;
  factor: number;
}

const UNITS: readonly UnitDef[] = [
  { pattern: '%|percentage points?|percent|per cent|pct|pp', dimension: 'percent', factor: 1 },
  // "p99 40µs → 25µs": the micro sign and the Greek mu both write microseconds.
  { pattern: 'microseconds?|µs|μs', dimension: 'time', factor: 0.000001 },
  { pattern: 'milliseconds?|msecs?|ms', dimension: 'time', factor: 0.001 },
  { pattern: 'seconds?|secs?|s', dimension: 'time', factor: 1 },
  { pattern: 'minutes?|mins?', dimension: 'time', factor: 60 },
  // "under 8 working hours": hours of the working day are hours, not a bare number left to take
  // the unit of the other end of a from-to ("from 2.5 days").
  { pattern: '(?:working|business|office) hours?|hours?|hrs?|h', dimension: 'time', factor: 3600 },
  { pattern: 'business days?|working days?|days?|d', dimension: 'time', factor: 86400 },
  { pattern: 'weeks?|wks?', dimension: 'time', factor: 604800 },
  { pattern: 'months?', dimension: 'time', factor: 2592000 },
  { pattern: 'usd|eur|gbp|dollars?|euros?|pounds?', dimension: 'money', factor: 1 },
  { pattern: 'cents?', dimension: 'money', factor: 0.01 },
  { pattern: 'kb|kib', dimension: 'size', factor: 1e3 },
  { pattern: 'mb|mib', dimension: 'size', factor: 1e6 },
  { pattern: 'gb|gib', dimension: 'size', factor: 1e9 },
  { pattern: 'tb|tib', dimension: 'size', factor: 1e12 },
  { pattern: 'x|times|fold', dimension: 'factor', factor: 1 },
  { pattern: 'points?|pts?', dimension: 'points', factor: 1 },
  { pattern: 'pence|p', dimension: 'money', factor: 0.01 },
  // "3.1kg → 3.8kg", "410MWh": a physical reading written tight to its number is a level as much
  // as "3.1 kg" is. (No bare g, t, l, m or w: "5G", "3t", "2m" are names or other units; "20mm"
  // names an aggregate; "0.02 mg/L", a concentration, is a threshold that defines what is counted.)
  {
    pattern:
      '(?:tonnes?|kg|kgs|kilos?|kilograms?|grams?|mg|gwh|mwh|kwh|kw|mw|litres?|liters?|ml|km|ppm|ppb)(?!\\/)',
    dimension: 'none',
    factor: 1,
  },
];

const UNIT_ALT = UNITS.map((u) => u.pattern).join('|');
const UNIT_WHOLE = UNITS.map((u) => ({ ...u, re: new RegExp(`^(?:${u.pattern})$`) }));

// "$38k/month": a slash before a period is a rate of money or a count, not a ratio or a path.
// ("-8p/kg to +2p/kg", "38p/litre", "£95/t": a price per unit of weight or volume is a figure too.)
const QUANTITY = new RegExp(
  String.raw`(?<![\w.\/#':@-])(?:(?<=^|[\s(])(-)(?=\d))?([$€£])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|bn|m|mn|million|billion)(?![a-z]))?(?:\s?(${UNIT_ALT}))?(?![\w]|\/(?!(?:month|mo|week|wk|day|year|yr|quarter|qtr|hour|hr|kg|g|lb|t|tonne|ton|litre|liter|l|head|unit|kwh|mwh)\b)|:(?=\d)|-[a-z]|\.\d)`,
  'g',
);

// Software and standards whose versions are numbers: "Python 3.12", "TLS 1.3", "Java 17".
const SOFTWARE =
  'oauth|http|python|node|node\\.js|java|jdk|react|vue|angular|postgres|postgresql|mysql|redis|kafka|ios|android|windows|macos|ubuntu|debian|tls|ssl|php|ruby|rails|django|spring|kubernetes|k8s|terraform|typescript|electron|chrome|wcag';
// Words that make the number after them a name, not a quantity: "OAuth 2.0", "tier 1",
// "Customer 360", "Office 365".
const LABEL_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:v|version|release|http\\/|html|css|es|ecmascript|${SOFTWARE}|iso|soc|pci|level|phase|step|tier|stage|sprint|wave|milestone|gen|top|day|week|q|fy|h|item|section|rule|p|customer|office|microsoft|dynamics|xbox|playstation|ps|web)\\s$`,
);
export const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`(?:^|\\s)(?:${MONTHS})\\s$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s?(?:of\\s)?(?:${MONTHS})\\b`);
const YEAR_BEFORE =
  /(?:^|\s)(?:in|by|for|of|during|before|after|since|until|end of|year|early|late|mid|q[1-4]|h[12])\s(?:(?:the|this|next|last|our|their)\s)?$/;
// "the 2025 season", "the 2027 tax year": a year naming the period that follows it.
const YEAR_AFTER =
  /^\s?(?:season|(?:tax|financial|fiscal|academic|school|calendar|model|plan|policy) year|year-end|cycle|intake|edition|tournament|championship|cohort|harvest|filing season|peak|festival|general election|election|budget|census|games|world cup)\b/;
// "the 1040 interview", "our 737 line", "the 911 service": a bare number of three or more digits
// between an article and a singular noun is a name (a form, a model, a number to call); a count
// takes a plural ("the 400 open tickets") and a value a unit ("the 410 MWh baseline"; "the 128
// Ml/d baseline": a word with a period after its slash is a unit of flow, not a name).
const NAME_NUMBER_BEFORE = /(?:^|\s)(?:the|our|their|its|this|that|each)\s$/;
const NAME_NUMBER_AFTER = new RegExp(
  `^\\s(?!(?:more|less|fewer|of|to|per|a|an|and|or|in|on|at|by|for|from|than|this|each|every|times|open|new|old|remaining|outstanding|active|live|top|most|least|or|plus|we|they|it|you|i|gwh|gw|gb|tb|mb|${PHYSICAL_UNIT})\\b)[a-z][a-z-]*[a-rt-z]\\b(?!\\s+of\\b|\\/(?:d|h|s|min|day|hour|yr|year|month|week)\\b)`,
);
const DEFINING_SPELL =
  /\b(?:with no|without(?: an?| any)?|not|no)\s+(?:[a-z-]+\s+){1,4}?for\s+(?:more than|over|longer than|at least|upwards of)\s+$/;
const BRACKETED_SPELL = /[a-z]{3,}s\s\((?:inside|within|in under|less than)\s$/;
const NUMERIC_BEFORE =
  /(?:^|\s)(?:from|to|under|below|over|above|than|least|most|about|around|of|reach|hit|achieve|by|and)\s$/;
// "within 30 days of launch", "every 2 weeks", "per 1,000 users": windows and denominators.
const WINDOW_BEFORE =
  /(?:^|\s)(?:per|every|each|out of|for every|first|last|next|past|rolling|trailing)\s$/;
const WINDOW_AFTER =
  /^\s?(?:(?:of|after|from|following)\s(?:the\s)?(?:launch|release|go-live|rollout|signup|sign-up|deploy|deployment|onboarding|joining|start|merge|shipping)|consecutive|in a row)\b/;
const BOUND_BEFORE = /(?:under|below|less than|fewer than|at most|no more than|no longer than)\s$/;
const WITHIN_BEFORE = /(?:^|\s)(?:within|inside|in)\s$/;
const SPELL_AFTER =
  /^\s(?:(?:school|academic)\s)?(?:terms?|half-terms?|seasons?|semesters?|trimesters?|years?|sessions?|lessons?|visits?|attempts?|sittings?|goes|go|tries|try|courses?)\b/;
const FOR_TIME = /(?:^|\s)for\s(?:at least\s)?$/;
// Later in the sentence, the time it takes now: "…, down from about 5 months now".
const DOWN_FROM_A_TIME =
  /^[^;()]*?\bdown from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?\d[\d.,]*\s?(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)\b/;

function unitOf(unit: string | undefined, currency: string | undefined): UnitDef | null {
  if (currency) return { pattern: '', dimension: 'money', factor: 1 };
  if (!unit) return null;
  return UNIT_WHOLE.find((u) => u.re.test(unit)) ?? null;
}

// After "12m", these words mean the m was minutes ("from 12m to 3m", "10m at p95").
const MINUTES_CONTEXT =
  /^\s?(?:$|[,;:.)]|(?:to|and|or|at|in|on|per|for|from|by|of|with|p\d+|when|during|the|a|an|each|every|vs|versus|instead|rather|than|down|up|now|today|last|this|target|max|median|average|mean)\b)/;

function multiplier(
  suffix: string | undefined,
  hasCurrency: boolean,
  after: string,
): UnitDef | number {
  if (suffix === 'k') return 1e3;
  if (suffix === 'bn' || suffix === 'billion') return 1e9;
  if (suffix === 'mn' || suffix === 'million') return 1e6;
  if (suffix === 'm') {
    if (hasCurrency || !MINUTES_CONTEXT.test(after)) return 1e6;
    return { pattern: 'm', dimension: 'time', factor: 60 };
  }
  return 1;
}

// "from OCPP 1.6 to 2.0.1", "from Java 11 to 17": versions moved between are names, the one
// before "to" when a three-part version follows it, the one after when a named version leads.
const TO_A_VERSION = /^\s+to\s+v?\d+(?:\.\d+){2,}\b/;
const FROM_A_NAMED_VERSION = new RegExp(
  `(?:^|[\\s(])(?:v|version|${SOFTWARE})\\s\\d+(?:\\.\\d+)*\\s+to\\s$`,
);

// "trips whose final fare lands >10% off the quote": a number inside a clause that says which
// things are counted defines them. "Customers making at least one deposit a week": so does a
// least-one per period.
const WHOSE_CLAUSE = /\bwhose\s+(?:[^\s:;,()]+\s+){0,6}?(?:>|<|≥|≤)?$/;
const AT_LEAST_ONE_A_PERIOD =
  /^\s(?:[a-z-]+\s+){1,3}?(?:a|per|each|every)\s+(?:day|week|month|quarter|year|term|semester)\b/;

function isExcluded(text: string, start: number, end: number, q: Quantity): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (WHOSE_CLAUSE.test(text.slice(Math.max(0, start - 60), start))) return true;
  if (q.value === 1 && /\bat least\s$/.test(before) && AT_LEAST_ONE_A_PERIOD.test(after))
    return true;
  if (q.dimension === 'none' && (TO_A_VERSION.test(after) || FROM_A_NAMED_VERSION.test(before))) {
    return true;
  }
  // "Release 3" is a name, "release 3 times a day" a count; "by working day 3" is a date in the
  // month that a close or a payroll run is measured by.
  if (
    LABEL_BEFORE.test(before) &&
    q.dimension === 'none' &&
    !/^\s?(?:times|x)\b/.test(after) &&
    !/(?:working|business) day\s$/.test(before) &&
    // "Restarts per device per week 4 → 0.5": after "per", a day or week is the period of a rate
    // and the number after it a level, not "week 4" of a calendar ("per on-call week 31 → 10").
    !/\b(?:per|a|each|every)\s(?:[a-z]+-[a-z]+\s)?(?:day|week)\s$/.test(before)
  ) {
    return true;
  }
  if (
    q.value <= 31 &&
    q.dimension === 'none' &&
    (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))
  )
    return true;
  if (Number.isInteger(q.value) && q.value >= 1990 && q.value <= 2099 && q.dimension === 'none') {
    if (YEAR_BEFORE.test(before) || MONTH_BEFORE.test(before) || YEAR_AFTER.test(after)) {
      return true;
    }
    // "Black Friday 2025": a bare year-like number with no noun after it and no from/to before it.
    if (!NUMERIC_BEFORE.test(before) && !/^\s?[a-z]/.test(after)) return true;
  }
  if (
    q.dimension === 'none' &&
    Number.isInteger(q.value) &&
    q.value >= 100 &&
    /^\d{3,}$/.test(text.slice(start, end)) &&
    NAME_NUMBER_BEFORE.test(before) &&
    NAME_NUMBER_AFTER.test(after)
  ) {
    return true;
  }
  // "Containers with no tracking event for more than 72 h": a threshold inside the definition of
  // what is counted (no event for that long) is not a level for the count to reach.
  if (DEFINING_SPELL.test(text.slice(Math.max(0, start - 60), start))) return true;
  // "Reduce last-minute rota changes (inside 48 h)": a time in brackets right after the things
  // counted says which of them count, not a level for the count.
  if (q.dimension === 'time' && BRACKETED_SPELL.test(before) && /^\s?\)/.test(after)) return true;
  // "Next-generation 911", "the new-build 999 service": a bare number of three or more digits
  // after a hyphenated modifier, with no noun of its own after it, names a service or system.
  if (
    q.dimension === 'none' &&
    /^\d{3,}$/.test(text.slice(start, end)) &&
    /(?:^|\s)[a-z]+-[a-z]+\s$/.test(before) &&
    !/^\s?[a-z]/.test(after)
  ) {
    return true;
  }
  // "every 2 weeks" is a window, except as the pace of releases: "Release the app every 2 weeks"
  // (and of refreshes, below).
  if (WINDOW_BEFORE.test(before)) {
    // "tables refresh every 20 minutes today": how often data refreshes is how stale it gets.
    const isPace =
      q.dimension === 'time' &&
      /every\s$/.test(before) &&
      (/\b(?:releas|deploy|ship|publish)/.test(text) ||
        /\b(?:refresh(?:es|ed)?|updated?s?|sync(?:s|ed|hroni[sz]e[sd]?)?|reload(?:s|ed)?|poll(?:s|ed)?)\s+every\s$/.test(
          before,
        ));
    if (!isPace) return true;
  }
  // "pass within one term", "qualify inside 2 seasons": a bare count of terms, seasons, lessons
  // or attempts after "within" is how long the thing counted may take, not a level to reach.
  if (q.dimension === 'none' && WITHIN_BEFORE.test(before) && SPELL_AFTER.test(after)) return true;
  // "within 30 days of launch" is a window; "in under 20 minutes from merge" a target, and so is
  // "within 8 weeks of joining it, down from about 5 months": a time set against a past time.
  if (WINDOW_AFTER.test(after) && !BOUND_BEFORE.test(before)) {
    if (!(q.dimension === 'time' && WITHIN_BEFORE.test(before) && DOWN_FROM_A_TIME.test(after))) {
      return true;
    }
  }
  return (
    q.dimension === 'time' &&
    q.value >= 1 &&
    FOR_TIME.test(before) &&
    /days?|weeks?|months?/.test(text.slice(start, end))
  );
}

/** Finds the quantities in normalised text, skipping versions, dates, years and windows. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, minus, currency, digits = '0', decimals = '', suffix, unit] = m;
    const start = m.index;
    let end = start + whole.length;
    // "NPS from -3 to -2": a minus sign attached to a number that starts a word.
    let value = (minus ? -1 : 1) * Number(digits.replace(/,/g, '') + decimals);
    const mult = multiplier(suffix, Boolean(currency), text.slice(end));
    let def = unitOf(unit, currency);
    if (typeof mult === 'number') value *= mult;
    else def = def ?? mult;
    // "5 times per week" is a count, "3 times faster" a factor.
    if (
      def?.dimension === 'factor' &&
      unit &&
      /^\s(?:per|a|an|each|every)\b/.test(text.slice(end))
    ) {
      def = null;
      end = start + whole.lastIndexOf(unit);
      while (text[end - 1] === ' ') end -= 1;
    }
    const dimension = def?.dimension ?? 'none';
    const factor = def?.factor ?? 1;
    const written = def ? (currency ?? (unit && def.dimension !== 'factor' ? unit : '') ?? '') : '';
    const q: Quantity = {
      value,
      dimension,
      base: value * factor,
      start,
      end,
      unit: def === mult ? 'm' : written || (def?.dimension === 'factor' ? 'x' : ''),
      factor,
    };
    const per = dimension === 'none' ? periodOf(text.slice(end)) : undefined;
    if (per !== undefined) q.per = per;
    if (!isExcluded(text, start, end, q)) found.push(q);
  }
  return found;
}

/** Resolves a unit column ("minutes", "%", "USD", "count/month") to a dimension and factor. */
export function parseUnitField(unit: string | undefined): { dimension: Dimension; factor: number } {
  const head = (unit ?? '')
    .toLowerCase()
    .trim()
    .split(/\s*(?:\/|\bper\b)\s*/)[0]
    ?.trim();
  if (!head) return { dimension: 'none', factor: 1 };
  if (/^[$€£]$/.test(head)) return { dimension: 'money', factor: 1 };
  const def = UNIT_WHOLE.find((u) => u.re.test(head));
  return def ? { dimension: def.dimension, factor: def.factor } : { dimension: 'none', factor: 1 };
}
