/**
 * A statistic held at a level: "Hold our Google review average at 4.6 stars", "Keep our workshop
 * feedback score above 4.5", "Maintain the repeat-visit rate at 40 %". A verb of holding, then a
 * noun phrase that ends in a statistic (average, score, rating, rate, level, index, ratio, share),
 * then a bound and a number. The words before the statistic (reviews, workshops, sessions) only
 * say what it is of, so the KR keeps a level; it neither holds events nor does work. "Hold 12
 * review meetings" (a count of events, no statistic) and "Hold latency at 200 ms" (no event word;
 * read as a level elsewhere) are not this shape's business.
 *
 * Tested on the lead with numbers masked («0») or written (4.6), and at the start of any of the
 * texts the gameable reader joins with " | ".
 */

const STATISTIC =
  '(?:averages?|scores?|ratings?|rates?|levels?|index|ratios?|shares?|percentages?|nps|csat)';
const BOUND =
  '(?:at or above|at or below|at|above|below|under|over|around|near|within|no lower than|no higher than)';

export const STATISTIC_HELD = new RegExp(
  `(?:^|\\|\\s*)(?:hold|keep|maintain|sustain)\\s+(?:(?:our|the|its|their)\\s+)?(?:[a-z0-9'&-]+\\s+){0,4}?${STATISTIC}\\s+${BOUND}\\s+(?:«\\d+»|\\d)`,
);
