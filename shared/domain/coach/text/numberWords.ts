/**
 * Number words, in one home: the values of "one" to "ninety" and "hundred", the patterns that
 * find them, and the words of today or of a date that mark a reading ("twelve now", "a third by
 * June"). normalize.ts reads whole numbers in words and fractions.ts fractions in words; both
 * take their words from here.
 */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** The digits in words, "one" to "nine": the numerators of fractions and the units of tens. */
export const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
// "thirty-five percent", "forty two minutes": tens and units written out, tried before either alone.
export const WORD = `(?:${TENS})[- ](?:${UNITS})|${Object.keys(NUMBER_WORDS).join('|')}`;

/** Number words as a pattern, for rules that read numbers written out ("six-minute builds"). */
export const NUMBER_WORD = `(?:${WORD})`;

/** The value of a number word ("forty-two" → 42), or of digits ("1,200" → 1200). */
export function wordValue(word: string): number {
  const [tens = '', units] = word.split(/[- ]/);
  if (
    units !== undefined &&
    NUMBER_WORDS[tens] !== undefined &&
    NUMBER_WORDS[units] !== undefined
  ) {
    return NUMBER_WORDS[tens] + NUMBER_WORDS[units];
  }
  return NUMBER_WORDS[word] ?? Number(word.replace(/,/g, ''));
}

const MONTH_WORDS =
  'january|february|march|april|may|june|july|august|september|october|november|december';

// A word of today or of a date after a reading ("twelve now", "five by quarter end"). A named
// quarter or a season is a period too ("twelve in Q2", "nine last summer"): the count beside it
// is a reading in words, as "12 in Q2" is one in digits. Any period a team counts in is one: a
// term, semester, half, sprint or fortnight ("five last term, none this term") as a quarter is.
export const WHEN_AFTER = `(?:now|today|currently|at present|(?:last|this|next) (?:week|fortnight|month|quarter|year|half|term|semester|sprint|spring|summer|autumn|fall|winter|season)|in (?:q[1-4]|h[12])|by (?:the end|end of|the close|(?:the )?(?:year|quarter|month|half|sprint|term|season)[- ]end|eo[qy]|q[1-4]|h[12]|${MONTH_WORDS}))`;
