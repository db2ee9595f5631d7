import { isNoLevel, thresholdsInName, withoutThresholds } from './notLevels';
import { boundOf } from './bounds';
import { memoizeText } from './memo';
import {
  BARE_TO,
  BASELINE_ONLY,
  COLLECTION_OF,
  WAITING_COUNT,
  COMP,
  COMPARATOR_TARGET,
  DEFINITE_SET_MADE,
  DEFINITE_SET_REMOVED,
  FROM_TO,
  ADDED_TO_STOCK,
  INCREMENT,
  LAST_PERIOD,
  NO_TARGET,
  Q,
  TARGET_EXPLICIT,
  THIS_PERIOD_VALUE,
  TO_FROM,
  VALUE_AS_DETERMINER,
  ZERO_PHRASE,
} from './numberPhrases';
import { findQuantities, type Quantity } from './quantities';
import {
  firstGroup,
  firstUnused,
  levelPair,
  pick,
  unusedAny,
  unusedCount,
  unusedValue,
  unmask,
} from './quantityRoles';
import * as today from './todayReading';

/** A change stated against an unstated baseline: "by 50%", "3x more often", "halve". */
export interface RelativeChange {
  quantity: Quantity | null;
  /** The words as written, e.g. "by 50%", "3x more", "halve". */
  phrase: string;
}

/** What the text of a KR says about its numbers. */
export interface TextNumbers {
  quantities: Quantity[];
  baseline: Quantity | null;
  target: Quantity | null;
  relative: RelativeChange | null;
  /** "from X to Y", in either order. */
  hasFromTo: boolean;
  /** A bound on a value: "under 15 min", "at least 99.9%". */
  hasComparatorTarget: boolean;
  /** "under 15 min" is a ceiling, "at least 99.9 %" a floor; null for a plain value. */
  targetBound: 'at-most' | 'at-least' | null;
  /** "30 more merchants": an increment of counted things, which sets no level to reach. */
  increment: Quantity | null;
  /** The text with each quantity replaced by «index», for further patterns. */
  masked: string;
}

const RELATIVE_BY = new RegExp(`\\bby\\s+(?:${COMP}\\s+)?(?:another\\s+|a further\\s+)?${Q}`, 'g');
// "15% below the 128 Ml/d baseline", "20% under last year's level": a share off a level named as
// today's is a change against it, not a level of its own.
const RELATIVE_TO_BASELINE = new RegExp(
  `${Q}\\s+(?:below|under|beneath|above|over|less than|more than|lower than|higher than)\\s+(?:the\\s+|our\\s+|its\\s+|their\\s+|a\\s+|an\\s+)?(?:[^«»\\s]+\\s+){0,3}?(?:«\\d+»(?:\\s*[^\\s«»]+)?\\s+)?(?:baseline|(?:today's|current|present|last (?:year|quarter|month)'s) (?:level|value|figure|rate|volume)s?)\\b`,
  'g',
);
// "used by 25 teams", "run by 3 squads": the agent of a passive verb, not a change.
const PASSIVE_AGENT = new RegExp(
  `\\b(?:[a-z]+ed|run|built|written|done|made|owned|held|seen|taken|known|won|shown)\\s+by\\s+${Q}\\s+(?!(?:points?|pp|per|percent|times)\\b)[a-z]`,
);
const RELATIVE_AFTER = new RegExp(
  `${Q}\\s+(?:more|less|fewer|faster|slower|higher|lower|quicker|cheaper|smaller|bigger|larger|shorter|longer|better|reduction|increase|improvement|decrease|drop(?!-)|cut(?!-)|uplift|lift|growth|gain|as\\s+(?:often|fast|many|much|frequently)|(?:quarter|month|year|week) over (?:quarter|month|year|week)|qoq|mom|yoy|wow)\\b`,
  'g',
);
const MORE_THINGS =
  /^«\d+»\s+(?:more|fewer|additional)\s+(?!(?:than|often|frequently|quickly|reliably|as|times)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+s\b/;
// "Save 20 minutes per incident", "shave 300 ms off": a saving against an unstated start.
const RELATIVE_SAVING = new RegExp(
  `\\b(?:save|saving|saves|shave|shaving|knock|take)\\s+(?:off\\s+)?${Q}`,
  'g',
);
// "down 30%", "up 2x": a change with no starting point (only for units, so "sign up 12" is not one).
// ("which make up 30% of refunds", "takes up 40% of CPU": a share, not a rise.)
const RELATIVE_UPDOWN = new RegExp(
  `(?<!\\b(?:make|makes|made|making|take|takes|took|taking|add|adds|added|adding)\\s)\\b(?:down|up)\\s+(?:by\\s+)?${Q}`,
  'g',
);
const RELATIVE_WORD =
  /\b(?:double|doubled|doubling|triple|tripled|tripling|quadruple|halve|halved|halving|cut in half|by half|in half|twice|thrice|\d+-fold|tenfold|by (?:a|one|two) thirds?|by (?:a|one|three) quarters?|by a fifth)\b(?!\s+down|-)/;

const TODAY_CHANGE = new RegExp(
  `\\b(?:versus|vs\\.?|compared (?:to|with)|against|rather than|instead of)\\s+(?:an?\\s+|the\\s+)?${Q}\\s+[a-z]+\\s+(?:today|now|currently|at present|(?:last|this) (?:quarter|month|year|week))\\b`,
);

const FACTOR_VALUE =
  /(?:\b(?:today|currently|now|was|were|versus|vs\.?|from|under|below|over|above|at most|at least|no more than|no less than)\s+(?:about\s+|around\s+|up to\s+)?|\bfrom\s+\d+(?:\.\d+)?x\s+to\s+)$/;
const EVERY_ONE = /^(?:[a-z-]+\s+){1,6}?(?:all|every|each)\s+(?!«)/;

/** Replaces each quantity by «index» so patterns can talk about "a number" in one token. */
function mask(text: string, qs: readonly Quantity[]): string {
  let out = '';
  let at = 0;
  qs.forEach((q, i) => {
    out += `${text.slice(at, q.start)}«${i}»`;
    at = q.end;
  });
  return out + text.slice(at);
}

// "from 2 to 30 minutes": a bare number takes the unit of its partner.
function inheritUnits(a: Quantity, b: Quantity): [Quantity, Quantity] {
  if (a.dimension === 'none' && b.dimension !== 'none' && b.dimension !== 'factor') {
    return [{ ...a, dimension: b.dimension, base: a.value * b.factor, factor: b.factor }, b];
  }
  if (b.dimension === 'none' && a.dimension !== 'none' && a.dimension !== 'factor') {
    return [a, { ...b, dimension: a.dimension, base: b.value * a.factor, factor: a.factor }];
  }
  return [a, b];
}

// The kinds a baseline and its target can both be measured in, with a window between them.
const CONCRETE = new Set(['percent', 'time', 'money']);

function shareForWindow(
  qs: readonly Quantity[],
  base: Quantity,
  paired: Quantity,
  used: Set<number>,
): Quantity | null {
  if (!CONCRETE.has(base.dimension) || !CONCRETE.has(paired.dimension)) return null;
  if (base.dimension === paired.dimension) return null;
  const i = qs.findIndex((q, j) => !used.has(j) && q !== base && q.dimension === base.dimension);
  if (i < 0) return null;
  used.add(i);
  return qs[i] ?? null;
}

function findRelative(
  text: string,
  masked: string,
  qs: readonly Quantity[],
  used: Set<number>,
): RelativeChange | null {
  let found: RelativeChange | null = null;
  for (const re of [RELATIVE_BY, RELATIVE_AFTER, RELATIVE_TO_BASELINE]) {
    for (const m of masked.matchAll(re)) {
      const i = Number(m[1]);
      // "in 6 more countries": more things, counted, not a change against a baseline.
      if (
        re === RELATIVE_AFTER &&
        qs[i]?.dimension === 'none' &&
        MORE_THINGS.test(masked.slice(m.index))
      )
        continue;
      if (re === RELATIVE_BY && qs[i]?.dimension === 'none' && PASSIVE_AGENT.test(masked)) continue;
      // "(today they lag by about 2 hours)": how far behind it is now is today's reading.
      if (re === RELATIVE_BY && today.lagsNow(masked, i)) continue;
      // "versus a 15% drop today": the change that happens now is today's value, not the goal.
      if (
        re === RELATIVE_AFTER &&
        TODAY_CHANGE.test(masked.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30))
      )
        continue;
      used.add(i);
      found ??= { quantity: qs[i] ?? null, phrase: unmask(m[0], text, qs) };
    }
  }
  for (const m of masked.matchAll(RELATIVE_SAVING)) {
    const i = Number(m[1]);
    const q = qs[i];
    // "Knock 40% off the queue": a share taken off is a change too.
    const offShare = q?.dimension === 'percent' && /^\s+off\b/.test(text.slice(q.end));
    if (!q || (q.dimension !== 'time' && q.dimension !== 'money' && !offShare) || used.has(i)) {
      continue;
    }
    used.add(i);
    found ??= { quantity: q, phrase: unmask(m[0], text, qs) };
  }
  for (const m of masked.matchAll(RELATIVE_UPDOWN)) {
    const i = Number(m[1]);
    const q = qs[i];
    if (!q || q.dimension === 'none' || used.has(i)) continue;
    used.add(i);
    found ??= { quantity: q, phrase: unmask(m[0], text, qs) };
  }
  qs.forEach((q, i) => {
    // "load test at 2x expected peak": a test condition, not a change to reach.
    if (q.dimension === 'factor' && /\bat\s$/.test(text.slice(Math.max(0, q.start - 4), q.start))) {
      used.add(i);
      return;
    }
    // "burn under 1x each month (today 1.6x)", "ROAS from 2.1x to 3x": a ratio measure's reading
    // or bound is a value, not a change ("2x faster", "to 2x" stay changes).
    if (
      q.dimension === 'factor' &&
      FACTOR_VALUE.test(text.slice(Math.max(0, q.start - 24), q.start))
    ) {
      return;
    }
    if (q.dimension === 'factor') {
      used.add(i);
      found ??= { quantity: q, phrase: text.slice(q.start, q.end) };
    }
  });
  if (found) return found;
  const word = RELATIVE_WORD.exec(masked);
  return word ? { quantity: null, phrase: word[0] } : null;
}

/** Reads baseline, target and relative change out of normalised KR text. */
export const extractNumbers = memoizeText(extractUncached);

function extractUncached(text: string): TextNumbers {
  const quantities = findQuantities(text);
  const masked = mask(text, quantities);
  // A threshold in the measure's name is part of the name, no level (text/notLevels.ts).
  const used = new Set<number>(thresholdsInName(masked));
  const relative = findRelative(text, masked, quantities, used);
  let baseline: Quantity | null = null;
  let target: Quantity | null = null;
  let hasFromTo = false;

  const fromTo = FROM_TO.exec(masked) ?? levelPair(BARE_TO.exec(masked), quantities);
  // "excursions above 0.02 mg/L from the current 9": the bound says which things count.
  const toFrom = fromTo || today.COUNTED_ABOVE.test(masked) ? null : TO_FROM.exec(masked);
  const pair = fromTo ? [fromTo[1], fromTo[2]] : toFrom ? [toFrom[2], toFrom[1]] : null;
  // "from a 311 report to salting", "giveaway on 400 g cans": a number naming a kind of thing
  // ("a 311 report", a size before what it sizes) is no level.
  const names = (i: string | undefined): boolean =>
    pick(quantities, i)?.dimension === 'none' &&
    new RegExp(
      `\\b(?:an?\\s+«${i}»\\s+[a-z]|${today.SIZE_BEFORE}«${i}»\\s+${today.SIZE_UNIT})`,
    ).test(masked);
  if (pair && !used.has(Number(pair[0])) && !used.has(Number(pair[1])) && !names(pair[0])) {
    const a = pick(quantities, pair[0]);
    const b = pick(quantities, pair[1]);
    if (a && b) {
      [baseline, target] = inheritUnits(a, b);
      hasFromTo = true;
      used.add(Number(pair[0])).add(Number(pair[1]));
    }
  }
  const removed = unusedCount(DEFINITE_SET_REMOVED.exec(masked), quantities, used);
  baseline ??=
    removed ??
    unusedValue(VALUE_AS_DETERMINER.exec(masked), quantities, used) ??
    unusedAny(firstGroup(COLLECTION_OF.exec(masked)), quantities, used) ??
    unusedAny(WAITING_COUNT.exec(masked), quantities, used);
  baseline ??= firstUnused([...BASELINE_ONLY, ...today.PAST_LEVELS], masked, quantities, used);
  baseline ??= today.readClauseOfWhen(masked, quantities, used);
  const made = baseline ? null : unusedCount(DEFINITE_SET_MADE.exec(masked), quantities, used);
  if (made) {
    baseline = { ...made, value: 0, base: 0, end: made.start };
    delete baseline.per;
    target = made;
  }
  if (baseline && LAST_PERIOD.test(masked)) {
    target ??= firstUnused([THIS_PERIOD_VALUE], masked, quantities, used);
  }
  // (analyze adds an increment to today's count; the number added is no level of its own.)
  const added =
    baseline?.dimension === 'none' && !target
      ? unusedCount(ADDED_TO_STOCK.exec(masked), quantities, used)
      : null;
  const fromCurrent = today.FROM_CURRENT_ALONE.test(masked);
  if (!fromCurrent) target ??= firstUnused(TARGET_EXPLICIT, masked, quantities, used);
  const zero = ZERO_PHRASE.exec(masked);
  if (!target && baseline && (zero || removed === baseline)) {
    const at = zero?.index ?? baseline.end;
    target = { ...baseline, value: 0, base: 0, start: at, end: at };
    delete target.per;
  }
  // "Reduce password-reset calls (2,300 a month)": a move asked for with today's value alone.
  const alone = target ? null : today.readTodayAlone(masked, quantities, used);
  if (alone?.baseline != null && (!baseline || names(String(quantities.indexOf(baseline))))) {
    baseline = quantities[alone.baseline] ?? null;
    used.add(alone.baseline);
  }
  if (!target && !alone?.noTarget && !NO_TARGET.test(masked)) {
    // "a 311 report" names a kind of thing, not a level; increments and the whole a count is
    // out of are no level either (text/notLevels.ts).
    const rest = quantities.filter(
      (q, i) => !used.has(i) && !names(String(i)) && !isNoLevel(masked, i),
    );
    target = rest[rest.length - 1] ?? null;
  }
  // "Close 95% of items within 30 days (from 60%)", "Within 3 days, pay 97% of claims (from
  // 72%)": the window is not the level reached; the share of today's value's kind is.
  if (baseline && target) target = shareForWindow(quantities, baseline, target, used) ?? target;
  // "Register every service in the catalogue, up from 55%": all of them is 100 %.
  if (!target && baseline?.dimension === 'percent' && EVERY_ONE.test(masked)) {
    target = { ...baseline, value: 100, base: 100, start: baseline.start, end: baseline.start };
  }
  const hasComparatorTarget = COMPARATOR_TARGET.some((re) => re.test(withoutThresholds(masked)));
  const increment = added ?? pick(quantities, INCREMENT.exec(masked)?.[1]);
  return {
    quantities,
    baseline,
    target,
    relative,
    hasFromTo,
    hasComparatorTarget,
    targetBound: boundOf(text, target),
    increment: increment?.dimension === 'none' ? increment : null,
    masked,
  };
}
