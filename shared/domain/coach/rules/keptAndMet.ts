/**
 * Two shapes the adoption reader would otherwise take for work done, read apart so each reads on
 * its own:
 *
 * - people still doing something after a stated while ("adult beginners still enrolled after 8
 *   weeks", "members still renewing after their first year"): a retention rate of the people
 *   served, an outcome, not people enrolled by the team;
 * - a deadline kept for every one of a recurring set, measured as a share on time ("Meet FIDE's
 *   7-day rating-report deadline for all rated events (today 64% on time)"): a rate kept
 *   (external-commitment says for whom), not one milestone reached;
 * - a requirement that states its level ("Meet the harbour master's requirement of zero slipway
 *   incursions", "Satisfy the 95% standard the league sets"): a level to reach and hold, like a
 *   rate, not a list of things to close or a date to meet ("Meet the licence requirements" is).
 */

const STILL_AFTER =
  /\bstill\s+(?:[a-z-]+\s+){0,3}?(?:after|at|beyond|past|by)\s+(?:«\d+»|\d|(?:the\s+|their\s+|its\s+)?(?:first|second|third|end of)\b)/;

/** A share of people still with us after a stated while: retention, not enrolment. */
export function isPeopleKept(lead: string): boolean {
  return STILL_AFTER.test(lead);
}

const RECURRING_DEADLINE =
  /\bdeadlines?\b.*(?:\b(?:for|on|across)\s+(?:all|every|each)\b|\bon[- ]time\b)|\b(?:for|on|across)\s+(?:all|every|each)\b.*\bdeadlines?\b/;

/** A deadline met for each of a recurring set, or counted as a share on time: a rate kept. */
export function isDeadlineKept(lead: string): boolean {
  return RECURRING_DEADLINE.test(lead);
}

// ("a standard of at least 4 stars", "the requirement of no unattended hoses", "a limit of 70 dB")
const REQUIRED_LEVEL =
  /\b(?:requirements?|standards?|conditions?|limits?|targets?|thresholds?|minimums?|maximums?|kpis?)\s+(?:of|for|that)\s+(?:(?:at least|at most|under|below|over|above|fewer than|less than|more than|no more than)\s+)?(?:«\d+»|(?:zero|no|nil|none)\b)/;

// "Hit the 48-hour lock-change requirement in the council's contract on every job": a single
// requirement with its level written before it, met on each of a recurring set, is a rate kept.
// (A count of requirements, "the 3 licence requirements", is plural and stays a list to meet.)
const LEVEL_BEFORE_ON_EACH =
  /«\d+»\s+(?:[a-z-]+\s+){0,3}?(?:requirement|standard|limit|condition)\b(?!s).*\b(?:on|for|across|in)\s+(?:every|all|each)\s+[a-z-]+/;

/** A requirement that states the level it asks for: a level to hold, not a duty done once. */
export function statesARequiredLevel(lead: string): boolean {
  return REQUIRED_LEVEL.test(lead) || LEVEL_BEFORE_ON_EACH.test(lead);
}
