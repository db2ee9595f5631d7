/**
 * A time promised or agreed with every customer, one order at a time, is punctuality: "Orders
 * ship on the day we promised", "Deliver 98 % of bespoke pieces on or before the date agreed with
 * the client", "Return 90 % of overhauls by the date agreed with each parish". Each customer has
 * their own date and the KR measures how often we keep them, so no one party is promised anything.
 *
 * The shape: a word of when (on, by, before, within, on or before), "the" and a unit of time
 * (day, date, time, slot, window, week, deadline), then either who promised it ("we promised")
 * or "agreed / set / quoted / promised with / to / for" and an article and one lowercase word (a
 * kind of customer, not a name: "agreed with Solent Spars" keeps its party). Read on the raw text
 * for that case; the rewrite is "on time".
 */

const WHEN = '(?:[Oo]n or before|[Oo]n|[Bb]y|[Aa]t|[Ii]n|[Ww]ithin|[Bb]efore)';
const UNIT = '(?:day|date|time|slot|window|hour|week|deadline|turnaround)';

const WE_PROMISED = new RegExp(`\\b${WHEN} the ${UNIT} (?:we|they were|it was) promised\\b`, 'g');
const AGREED_WITH_EACH = new RegExp(
  `\\b${WHEN} the ${UNIT} (?:agreed|set|quoted|promised|fixed|booked) (?:with|to|for|by) (?:the|each|every|our|their|a|that) [a-z][a-z-]*\\b(?! [A-Z])`,
  'g',
);

/** The raw text with times promised or agreed with each customer written as "on time". */
export function agreedTimesAsOnTime(raw: string): string {
  return raw.replace(WE_PROMISED, 'on time').replace(AGREED_WITH_EACH, 'on time');
}
