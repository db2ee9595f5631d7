import { NUMBER_WORDS, UNITS, WHEN_AFTER } from './numberWords';

/**
 * Fractions written in words, as numbers the rules can read: "from a third to two thirds",
 * "two thirds now", "under half a second". Kept apart from normalize.ts, which applies them.
 */

// "a third", "two thirds": the numerators in words.
const NUMERATOR: Readonly<Record<string, number>> = {
  a: 1,
  ...Object.fromEntries(UNITS.split('|').map((w) => [w, NUMBER_WORDS[w] ?? 0])),
};

// "from a third to two thirds", "two thirds now", "three quarters of invoices": a fraction in
// words, as a percentage, only where a number is expected (after a word of change or comparison,
// before a word of today or a date, or before "of"). "half an hour", "a quarter of the year",
// "the second half of" and "within a quarter" stay words.
const FRACTION_DEN: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
  // The rarer denominators ("a twelfth last year, under a fiftieth this year") read the same way.
  seventh: 7,
  sevenths: 7,
  ninth: 9,
  ninths: 9,
  twelfth: 12,
  twelfths: 12,
  fifteenth: 15,
  fifteenths: 15,
  twentieth: 20,
  twentieths: 20,
  fiftieth: 50,
  fiftieths: 50,
  hundredth: 100,
  hundredths: 100,
};
const DENOMINATOR = Object.keys(FRACTION_DEN)
  .filter((w) => w !== 'half' && w !== 'halves')
  .join('|');
const FRACTION_WORD = `(?:(?:a|${UNITS})[- ](?:half|${DENOMINATOR})|half)`;
const NOT_A_SHARE =
  '(?!\\s+(?:(?:of\\s+)?(?:an?|the|each|every)\\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|terms?|miles?|points?|percent|per cent|century|decade|time)\\b)(?![\\w-])';
const FRACTION_AFTER = new RegExp(
  `\\b((?:from|to|than|versus|vs\\.?|instead of|compared (?:to|with)|today:|now:|currently|was|were|by)(?:\\s+(?:today's|the current|current|about|around|roughly|nearly|almost|just over|just under|over|under))?)\\s+(${FRACTION_WORD})${NOT_A_SHARE}`,
  'g',
);
// ("31 h a quarter now": right after a number and its unit, "a quarter" is the rate's period.)
// ("about a quarter are booked online today": a fraction as the subject of a clause that ends in
// a word of today or of a past period is a reading too.)
const FRACTION_BEFORE = new RegExp(
  `(?<!\\b(?:first|second|latter|other|back|front|top|bottom|last|next)\\s)(?<!\\d[\\d,.]*\\s*(?:[a-zµ%]+\\s+)?)\\b(${FRACTION_WORD})(?=\\s+(?:of\\s+(?!(?:an?|the|each|every)\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|terms?|time)\\b)|${WHEN_AFTER}\\b|(?:are|is|were|was)\\s+(?:[a-z-]+\\s+){1,4}?${WHEN_AFTER}\\b))`,
  'g',
);

// "…; about half reordered this year", "last quarter only about two-thirds went out same day": a
// fraction as the subject of a clause set apart, right before a verb in the past tense (or "of
// them" and one), is a share read from the past; clauseOfWhen.ts decides whether it is today's
// level. "; by June half should reorder" (no past verb) stays words.
const FRACTION_SUBJECT = new RegExp(
  `(?<=(?:[;:(]|\\s[-–—]\\s)[^;:()«»]*?)\\b(${FRACTION_WORD})(?=\\s+(?:of (?:them|these|those)\\s+)?(?:[a-z]{2,}ed|went|got|came|made|had|did|were|was|ran|fell|rose|took|kept|saw|sold|paid|won|lost|became|stayed|left)\\b)`,
  'g',
);

function fractionShare(word: string): string {
  const [num = '', den = ''] = word === 'half' ? ['a', 'half'] : word.split(/[- ]/);
  const n = NUMERATOR[num] ?? 0;
  const d = FRACTION_DEN[den] ?? 0;
  if (!(d > n && n > 0)) return word;
  return `${Number(((n / d) * 100).toPrecision(3))}%`;
}

// "under half a second", "a quarter of an hour", "three quarters of an hour", "to half a
// percent": a fraction of a unit, as a value in that unit.
const UNIT_FRACTION =
  /\b(?:(half)\s+(?:an?|one)|(a|one|three)\s+quarters?\s+of\s+(?:an?|one))\s+(second|minute|hour|day|week|month|year|percent|per cent|percentage point)\b/g;

function unitFraction(_m: string, half?: string, quarters?: string, unit = ''): string {
  const value = half ? 0.5 : quarters === 'three' ? 0.75 : 0.25;
  if (unit === 'percent' || unit === 'per cent') return `${value}%`;
  return `${value} ${unit}s`;
}

/** Anything that may hold a fraction in words; a cheap test before the three passes below. */
export const FRACTION_TEXT =
  /^[\s\S]*\b(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|fifteenths?|twentieths?|fiftieths?|hundredths?)\b[\s\S]*$/;

/** Rewrites the fractions in words of normalised text as values and percentages. */
export function fractionsAsShares(text: string): string {
  return text
    .replace(UNIT_FRACTION, unitFraction)
    .replace(FRACTION_AFTER, (_m, lead: string, word: string) => `${lead} ${fractionShare(word)}`)
    .replace(FRACTION_BEFORE, (_m, word: string) => fractionShare(word))
    .replace(FRACTION_SUBJECT, (_m, word: string) => fractionShare(word));
}
