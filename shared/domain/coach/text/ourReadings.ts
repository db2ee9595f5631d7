import { Q } from './numberPhrases';

/**
 * Today's level written as what we (or it, or they) already do or did in a past period, rather
 * than after a word of today: "(we already hit 98.4%)", "we already turn round 91%", "we saw 24%
 * of clients return last year", "we had about 5 a week last winter", and a share read over a
 * past period before the level aimed for ("74% of lines shipped complete last quarter, aiming
 * for 92%"). The shape decides (who did it, "already" or a past period, a number between), not
 * the verb: any verb of doing may carry the reading. A verb of aiming ("we aimed for 5 last
 * year", "we already plan 40") names a goal, not a level, and is left alone.
 */

const PERIOD =
  '(?:quarter|month|year|week|sprint|season|term|half|summer|winter|spring|autumn|fall|cohort|intake|financial year)';
const HEDGE =
  '(?:(?:about|around|roughly|nearly|almost|some|just over|just under|over|under|close to|a little over)\\s+)';
// Verbs and words that make the number a goal or a promise, not a reading.
const GOAL_VERB =
  '(?:aim|plan|want|target|promis|pledg|commit|need|hop|expect|budget|forecast|intend|project|predict|set|agree|requir|propos|try|tri|seek|sought)[a-z]*';
const WHO = "(?:we|we're|we are|we've|we have|it|it's|it is|they|they're|they are|they've)";

export const OUR_READINGS: readonly RegExp[] = [
  // "10 working days, currently averaging 14", "now running at 6%": today's level as a running
  // reading after a word of today.
  new RegExp(
    `\\b(?:currently|now|today|at present|these days)\\s+(?:averag(?:ing|es)|running at|sitting at|standing at|hovering (?:around|at)|trending at)\\s+${HEDGE}?${Q}`,
  ),
  // "(it's at 98.7%)", "(measured 12 s in the last 4 drills)", "(it has been under 2 h all
  // year)": today's level in brackets, said as what it is, was measured at or has been.
  new RegExp(
    `\\(\\s*(?:(?:it's|it is|we're|we are|they're|they are)\\s+(?:already\\s+)?(?:at\\s+)?|(?:measured|averaged|averaging|running|ran|came in|sitting|sat)\\s+(?:at\\s+)?|(?:it|we|they)\\s+(?:has|have)\\s+been\\s+(?:(?:under|below|over|above|at|around|about)\\s+)?)${HEDGE}?${Q}`,
  ),
  // "(we have 14)", "; there are about 230 open": what exists today, set apart from the ask.
  new RegExp(`(?:\\(|[,;]\\s*)(?:we have|we've got|we've|there are|there's)\\s+${HEDGE}?${Q}`),
  // "(we already hit 98.4%)", "we're already at 91%", "we already turn round 91%": what we do now.
  new RegExp(`\\b${WHO}\\s+already\\s+(?!${GOAL_VERB}\\b)(?:[a-z-]+\\s+){0,2}?${HEDGE}?${Q}`),
  // "we had about 5 a week last winter", "we saw 24% of clients return last year", "they ran at
  // 5.2% over the winter": a past-tense reading with a past period after it (after a past-tense
  // verb, "over the winter" or "through the autumn" is a period gone by).
  new RegExp(
    `\\b${WHO}\\s+(?!${GOAL_VERB}\\b)(?:had|saw|got|hit|made|did|ran(?: at)?|sat at|stood at|came in at|managed|[a-z]{3,}ed)\\s+(?:at\\s+)?${HEDGE}?${Q}[^«»;()]{0,50}?\\b(?:(?:last|previous|past|prior)|(?:over|through|during|across|for)\\s+(?:the|that))\\s+${PERIOD}\\b`,
  ),
  // "74% of lines shipped complete last quarter, aiming for 92%", "30% of clients came back last
  // season": a share of a whole read over a past period (not "by the last quarter", a deadline).
  new RegExp(
    `(?<!\\b(?:to|hit|reach|achieve|attain|deliver|land|under|below|above|over|within|than|least|most|by)\\s)${Q}\\s+of\\s+(?:[a-z'-]+\\s+){1,8}?(?<!\\b(?:by|before|until|till|for|in|from|of)\\s)(?:last|previous|past|prior)\\s+${PERIOD}\\b`,
  ),
];
