/**
 * Two shapes the adoption reader would otherwise take for work done, read apart so each reads on
 * its own:
 *
 * - people still doing something after a stated while ("adult beginners still enrolled after 8
 *   weeks", "members still renewing after their first year"): a retention rate of the people
 *   served, an outcome, not people enrolled by the team;
 * - a deadline kept for every one of a recurring set, measured as a share on time ("Meet FIDE's
 *   7-day rating-report deadline for all rated events (today 64% on time)"): a rate kept
 *   (external-commitment says for whom), not one milestone reached.
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
