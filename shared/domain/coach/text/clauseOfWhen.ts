import type { Quantity } from './quantities';

/**
 * Today's level in a clause of its own, set apart from the goal (after ";", ":", a dash or in
 * brackets), that places a level in the present or the past: "…; it hit 2.4 % last August",
 * "(today we reply to about 30 %)", "…; last quarter only about 67 % went out same day", "…; in
 * 2025 we converted 28 %". The shape decides, not the words of these rows: a clause set apart,
 * a word of when anywhere in it (now, today, currently, this or last and a period, a month, a
 * year) or a verb in the past tense, a number that no bound or "by" makes a goal, and a level
 * of the same kind elsewhere in the KR (the goal it sits beside). Round 38's reader of such a
 * clause (pairedReadings.ts) wanted the number as the clause's subject and the word of when at
 * its end, which is one wording of many.
 *
 * What stays unread: a clause with only a goal ("; by June no more than 1 %", "this quarter no
 * more than 1 a month"), a clause that opens with a verb of doing, which asks for something
 * ("; hit 99 % this quarter"), and a clause about something other than the measure's level (a
 * count of staff or vans beside a rate, a date), whose number is of another kind than the goal.
 */

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const PERIOD = `(?:[a-z]+(?:'s)?)`;
// A word of when that places a level in the present or the past.
const WHEN = new RegExp(
  `\\b(?:now|today|currently|at present|at the moment|these days|so far|to date|ago|(?:this|last|previous|past|prior) ${PERIOD}|in (?:«\\d+»|\\d{4})|${MONTH}(?: (?:«\\d+»|\\d{4}))?)\\b`,
);
const TODAY = /\b(?:now|today|currently|at present|at the moment|these days)\b/;
// A verb in the past tense after its subject: "it hit", "we converted", "about «1» went out".
const PAST_VERB =
  /\b(?:it|they|we|«\d+»)\s+(?:only\s+)?(?:[a-z]{2,}ed|hit|went|got|came|made|had|did|was|were|ran|fell|rose|took|kept|saw|sold|paid|won|lost|managed|became|stood|sat)\b/;
// Words that make a number in the clause a goal: a bound, a deadline, a wish.
const GOAL = new RegExp(
  `\\b(?:under|below|above|over|within|no more than|no fewer than|fewer than|less than|more than|at most|at least|up to|by|to reach)\\s+(?:about\\s+|around\\s+)?«\\d+»|\\bby (?:the |end |\\d|${MONTH}|q[1-4]|h[12]|next)|\\b(?:target|goal|aim|aiming|plan|should|must|will|want|need|needs|hope|expect)\\b`,
);
// A clause that opens with a verb of doing asks for something; a reading has a subject first.
const ASKS =
  /^\s*(?:and\s+)?(?:hit|reach|get|keep|hold|bring|cut|raise|grow|lift|push|make|aim|then)\b/;
// (A dash between two numbers is a range, "trains 1–4", not a clause set apart.)
const CLAUSE = /(?:[;:(]|(?<!»)\s[-–—]\s)([^;:()]*)/g;

/** Whether two quantities are levels of one kind: the same dimension and period, if any. */
function sameKind(a: Quantity, b: Quantity): boolean {
  return a.dimension === b.dimension && (a.per === undefined) === (b.per === undefined);
}

/** The baseline a clause of when states beside the goal, or null. */
export function readClauseOfWhen(
  masked: string,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  for (const m of masked.matchAll(CLAUSE)) {
    const clause = m[1] ?? '';
    const number = /«(\d+)»/.exec(clause);
    if (!number || ASKS.test(clause) || GOAL.test(clause)) continue;
    // "(12 of 40 weekly shows moved so far)": a count out of a whole is how far work has got,
    // which the output rules read; it is not a level of the measure.
    if (new RegExp(`«${number[1]}»\\s+of\\s+(?:the\\s+|our\\s+)?«`).test(clause)) continue;
    if (!WHEN.test(clause) && !PAST_VERB.test(clause)) continue;
    const i = Number(number[1]);
    const q = qs[i];
    if (!q || used.has(i) || q.dimension === 'factor') continue;
    // The goal it sits beside: a level of the same kind outside the clause, or "every" one.
    const start = (m.index ?? 0) + 1;
    const outside = qs.filter(
      (o, j) => j !== i && (o.end <= start || o.start >= start + clause.length),
    );
    // "Every" one is 100 %, read beside a share of today ("(today we reply to about 30 %)"), not
    // beside how far a switch has got ("(30 % of shows moved so far)"), which is work's progress.
    const every =
      q.dimension === 'percent' &&
      TODAY.test(clause) &&
      /\b(?:every|all)\b/.test(masked.slice(0, start));
    if (!outside.some((o) => sameKind(o, q)) && !every) continue;
    used.add(i);
    return q;
  }
  return null;
}
