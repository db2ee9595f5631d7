import { Q } from './numberPhrases';

/**
 * Today's level written as a reading of a named past or present check or period, set beside the
 * level to reach: "one in every fifteen this spring; fewer than one in a hundred by the end of
 * the quarter", "1 in 12 items last audit, under 1 in 50 by quarter end". The shape decides, not
 * the period's name: a number qualified by "last" or "this" and any one word (a season, an audit,
 * an inspection, a count), then a comma or semicolon and a second number with a word of when, so
 * the first is where things stand and the second the goal. A number a verb of reaching or a bound
 * puts first ("Hit 99 % this quarter, …", "under 2 % this term; …") is a goal, not a reading.
 */
export const READING_BESIDE_TARGET = new RegExp(
  `(?<!\\b(?:hit|reach|achieve|attain|to|deliver|land|under|below|above|over|within|than|least|most|by)\\s)${Q}(?:\\s+[a-z-]+){0,2}?\\s+(?:last|this|previous|prior)\\s+[a-z-]+\\s*[,;]\\s*(?:[^«»,;()]+\\s+)?«\\d+»[^«»,;()]*?\\b(?:by|before|until|next|at the end)\\b`,
);

/**
 * Today's level as the subject of a clause set apart after the goal, ending in a word of today or
 * of a past period: "Grow online-booked visits to half of all visits; about a quarter are booked
 * online today", "…, roughly 40 % were paid by card last season". A number, hedged or not, then
 * "are", "is", "were" or "was", up to four words of the state, and now, today, currently, at
 * present, or last / this and one word. "…; about a third are repeat bookings" (no word of when)
 * says nothing of today; "…; 60 % should be booked online by June" is a goal (no copula first).
 */
export const CLAUSE_OF_TODAY = new RegExp(
  `(?:[;,]|\\s[-–—])\\s*(?:(?:about|around|roughly|nearly|almost|just over|just under|some|only)\\s+)?${Q}\\s+(?:of\\s+(?:them|these|those|all\\s+[a-z-]+)\\s+)?(?:are|is|were|was)\\s+(?:[a-z-]+\\s+){1,4}?(?:today|now|currently|at present|(?:last|this|previous|prior)\\s+[a-z-]+)\\b`,
);
