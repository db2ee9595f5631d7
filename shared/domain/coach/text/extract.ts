import { ADVERSE_EVENT } from './lexicon';
import { memoizeText } from './memo';
import { findQuantities, type Quantity } from './quantities';

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
  /** The text with each quantity replaced by «index», for further patterns. */
  masked: string;
}

const Q = '«(\\d+)»';
const BOUND =
  '(?:just |well )?(?:under|below|less than|fewer than|lower than|no more than|not more than|no higher than|at most|at or below|at or under|within|maximum of|max(?:imum)?|a maximum of|over|above|more than|greater than|higher than|at least|at or above|no less than|a minimum of|min(?:imum)?(?: of)?|beyond|up to)';
const COMP = `(?:${BOUND}|around|about|approximately|roughly)`;
const WORDS = (n: number): string => `(?:[^«»\\s]+\\s+){0,${n}}?`;

const FROM_TO = new RegExp(
  `\\bfrom\\s+${WORDS(4)}${Q}[^«»]{0,40}?\\s(?:(?:down|up|all the way down)\\s)?to\\s+(?:${COMP}\\s+)?${WORDS(3)}${Q}`,
);
const BARE_TO = new RegExp(
  `(?<!\\b(?:by|of|per)\\s)${Q}(?:\\s+[^«»\\s]+){0,3}?\\s(?:down |up )?to\\s+(?:${COMP}\\s+)?${Q}`,
);
const TO_FROM = new RegExp(
  `(?:\\bto\\s+(?:${COMP}\\s+)?|\\b${COMP}\\s+)${Q}[^«»]{0,40}?\\bfrom\\s+${WORDS(2)}${Q}`,
);
// Words before a number that make it today's value: "currently 6", "(today: 800 ms)",
// "rather than today's 31%", "versus 1.2 s last quarter", "down from 25", "instead of 2 days".
const BASE_BEFORE =
  "(?:from|currently|current|curr\\.?|today(?:'s)?|now|baseline|presently|at present|was|were|used to be|stood at|sat at|previously|vs\\.?|versus|compared (?:to|with)|instead of|rather than|against|starting (?:point|at)|(?:last|previous|this) (?:quarter|month|year|week|season|sprint|release)(?:'s)?)";
const BASE_FILLER =
  "(?:\\s+(?:is|at|of|around|about|was|value|level|today's|the current|current|our|an?|:))*";
const PERIOD = '(?:quarter|month|year|week|sprint|season|release|cycle|half)';
const BASELINE_ONLY = [
  // "Stop losing ~5% of events", "keep costs where they are (about $80k)": today's level.
  new RegExp(
    `\\b(?:(?:stop|quit|avoid) (?:losing|dropping|missing|failing|wasting|burning|spending|leaking)|where (?:it|they|we) (?:is|are|stand)(?: today| now)?)\\s*\\(?\\s*(?:about\\s+|around\\s+)?${Q}`,
  ),
  // "Last month we had 12 Sev2s", "today we sit at 45%".
  new RegExp(
    `\\b(?:(?:last|previous) ${PERIOD}|today|currently|right now|at the moment)[,]?\\s+(?:we|it|there|they)\\s+(?:had|have|has|saw|see|was|were|is|are|hit|recorded|logged|got|sit|sits|sat|stood|stand)\\s+(?:at\\s+|about\\s+|around\\s+)?${Q}`,
  ),
  new RegExp(`\\b${BASE_BEFORE}(?![a-z])${BASE_FILLER}:?\\s*${Q}`),
  // "(Q1 avg 1.3%)", "H2 average: 40 min", "2024 median 6 days".
  new RegExp(
    `\\b(?:q[1-4]|h[12]|fy\\s?\\d{0,4}|\\d{4}|ytd)\\s+(?:avg|average|mean|median|actual|level|rate|value|figure|result|p\\d\\d)\\s*:?\\s*(?:of\\s+|was\\s+)?${Q}`,
  ),
  new RegExp(
    `${Q}\\s+(?:(?:in|during|for|over)\\s+)?(?:the\\s+)?(?:last|previous|past|prior)\\s+${PERIOD}\\b`,
  ),
  new RegExp(
    `${Q}(?:\\s+(?:a|an|per|each|every)\\s+${PERIOD}|\\s+(?:per|a|an)\\s+[a-z]+)?\\s+(?:today|currently|now|at present|at the moment|right now|as of today|this ${PERIOD})\\b`,
  ),
  // "3 days to same day": an arrow from a number to words.
  new RegExp(
    `(?<!\\b(?:by|up|of|per)\\s)${Q}\\s+to\\s+(?!${Q})(?!(?:the |an? )?(?:${PERIOD}|end)\\b)`,
  ),
];
// "without a regression reaching customers (4 last quarter)": none is the target.
const ZERO_PHRASE = new RegExp(
  `\\bwithout (?:a|an|any|a single)\\s+(?:[a-z0-9-]+\\s+){0,2}?${ADVERSE_EVENT}\\b`,
);
// "as low as we can", "as far as possible": a direction with no number to reach.
const NO_TARGET =
  /\b(?:where (?:it|they|we) (?:is|are|stand)|as (?:low|high|far|much|little|short|fast|close to \w+) as (?:possible|we can|we are able|practical|feasible)|(?:all-time|record) (?:low|high)|as (?:low|high) as we can get)\b/;
const TARGET_EXPLICIT = [
  new RegExp(
    `\\b(?:aim(?:ing)? (?:for|at)|target(?:ing)?(?: of| is)?|goal(?: of| is)?|down to|up to|get(?:ting)? to|reach(?:ing)?|should be|must be|will be|to be|want|need)\\s+(?:${COMP}\\s+)?${Q}`,
  ),
  new RegExp(`\\bto\\s+(?:${COMP}\\s+)?(?:(?:an?|the)\\s+)?${Q}`),
  new RegExp(
    `${Q}\\s+(?:(?:by|at|before) (?:the )?(?:end|close)\\b|by (?:quarter|q[1-4]|eo[qy])\\b)`,
  ),
  new RegExp(`\\b${COMP}\\s+${Q}`),
  new RegExp(
    `${Q}\\s+or\\s+(?:less|fewer|lower|below|under|more|higher|above|better|faster|quicker)\\b`,
  ),
];
const COMPARATOR_TARGET = [
  new RegExp(`\\b${BOUND}\\s+${Q}`),
  new RegExp(
    `${Q}\\s+or\\s+(?:less|fewer|lower|below|under|more|higher|above|better|faster|quicker)\\b`,
  ),
];
const RELATIVE_BY = new RegExp(`\\bby\\s+(?:${COMP}\\s+)?(?:another\\s+|a further\\s+)?${Q}`, 'g');
// "used by 25 teams", "run by 3 squads": the agent of a passive verb, not a change.
const PASSIVE_AGENT = new RegExp(
  `\\b(?:[a-z]+ed|run|built|written|done|made|owned|held|seen|taken|known|won|shown)\\s+by\\s+${Q}\\s+(?!(?:points?|pp|per|percent|times)\\b)[a-z]`,
);
const RELATIVE_AFTER = new RegExp(
  `${Q}\\s+(?:more|less|fewer|faster|slower|higher|lower|quicker|cheaper|smaller|bigger|larger|shorter|longer|better|reduction|increase|improvement|decrease|drop|cut|uplift|lift|growth|gain|as\\s+(?:often|fast|many|much|frequently)|(?:quarter|month|year|week) over (?:quarter|month|year|week)|qoq|mom|yoy|wow)\\b`,
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
const RELATIVE_UPDOWN = new RegExp(`\\b(?:down|up)\\s+(?:by\\s+)?${Q}`, 'g');
const RELATIVE_WORD =
  /\b(?:double|doubled|doubling|triple|tripled|tripling|quadruple|halve|halved|halving|cut in half|by half|in half|twice|thrice|\d+-fold|tenfold|by (?:a|one|two) thirds?|by (?:a|one|three) quarters?|by a fifth)\b(?!\s+down|-)/;

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

function pick(qs: readonly Quantity[], index: string | undefined): Quantity | null {
  return index === undefined ? null : (qs[Number(index)] ?? null);
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

function unmask(masked: string, text: string, qs: readonly Quantity[]): string {
  return masked.replace(/«(\d+)»/g, (whole, i: string) => {
    const q = qs[Number(i)];
    return q ? text.slice(q.start, q.end) : whole;
  });
}

function findRelative(
  text: string,
  masked: string,
  qs: readonly Quantity[],
  used: Set<number>,
): RelativeChange | null {
  let found: RelativeChange | null = null;
  for (const re of [RELATIVE_BY, RELATIVE_AFTER]) {
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
      used.add(i);
      found ??= { quantity: qs[i] ?? null, phrase: unmask(m[0], text, qs) };
    }
  }
  for (const m of masked.matchAll(RELATIVE_SAVING)) {
    const i = Number(m[1]);
    const q = qs[i];
    if (!q || (q.dimension !== 'time' && q.dimension !== 'money') || used.has(i)) continue;
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
    if (q.dimension === 'factor') {
      used.add(i);
      found ??= { quantity: q, phrase: text.slice(q.start, q.end) };
    }
  });
  if (found) return found;
  const word = RELATIVE_WORD.exec(masked);
  return word ? { quantity: null, phrase: word[0] } : null;
}

/** The first number matched by any of the patterns, in order, that no other role took. */
function firstUnused(
  patterns: readonly RegExp[],
  masked: string,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  for (const re of patterns) {
    const global = new RegExp(re.source, 'g');
    for (const m of masked.matchAll(global)) {
      const i = Number(m[1]);
      if (m[1] === undefined || used.has(i)) continue;
      used.add(i);
      return qs[i] ?? null;
    }
  }
  return null;
}

/** Reads baseline, target and relative change out of normalised KR text. */
export const extractNumbers = memoizeText(extractUncached);

function extractUncached(text: string): TextNumbers {
  const quantities = findQuantities(text);
  const masked = mask(text, quantities);
  const used = new Set<number>();
  const relative = findRelative(text, masked, quantities, used);
  let baseline: Quantity | null = null;
  let target: Quantity | null = null;
  let hasFromTo = false;

  const fromTo = FROM_TO.exec(masked) ?? BARE_TO.exec(masked);
  const toFrom = fromTo ? null : TO_FROM.exec(masked);
  const pair = fromTo ? [fromTo[1], fromTo[2]] : toFrom ? [toFrom[2], toFrom[1]] : null;
  if (pair && !used.has(Number(pair[0])) && !used.has(Number(pair[1]))) {
    const a = pick(quantities, pair[0]);
    const b = pick(quantities, pair[1]);
    if (a && b) {
      [baseline, target] = inheritUnits(a, b);
      hasFromTo = true;
      used.add(Number(pair[0])).add(Number(pair[1]));
    }
  }
  baseline ??= firstUnused(BASELINE_ONLY, masked, quantities, used);
  target ??= firstUnused(TARGET_EXPLICIT, masked, quantities, used);
  const zero = ZERO_PHRASE.exec(masked);
  if (!target && baseline && zero) {
    target = {
      value: 0,
      dimension: baseline.dimension,
      base: 0,
      start: zero.index,
      end: zero.index,
      unit: baseline.unit,
      factor: baseline.factor,
    };
  }
  if (!target && !NO_TARGET.test(masked)) {
    // "6 more countries" is an increment, not the level to reach.
    const rest = quantities.filter(
      (_q, i) => !used.has(i) && !new RegExp(`«${i}»\\s+(?:more|additional|extra)\\b`).test(masked),
    );
    target = rest[rest.length - 1] ?? null;
  }
  const hasComparatorTarget = COMPARATOR_TARGET.some((re) => re.test(masked));
  return { quantities, baseline, target, relative, hasFromTo, hasComparatorTarget, masked };
}
