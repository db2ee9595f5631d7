/**
 * Numbers in a KR's text that are no level to reach, so the extractor takes none of them as the
 * target (text/extract.ts).
 */

// A threshold in the measure's name, after a verb of what the counted do, says who is counted
// ("the share of members attending at least one event per quarter", "the share of our gymnasts
// scoring above 12.0 on vault", "the % of patients who wait over 4 hours"): the share is the
// measure, and the bound belongs to its definition, not to where the share should get to.
const THRESHOLD_IN_NAME =
  /\b(?:share|percentage|proportion|fraction|number|count|%) of\s+(?:[a-z'-]+\s+){0,4}?(?:[a-z-]{3,}ing|(?:who|that)\s+[a-z-]{3,})\s+(?:[a-z-]+\s+)?(?:at least|above|over|below|under|more than|fewer than|less than|at most|no more than|no fewer than)\s+«(\d+)»/g;

// A threshold after a word for a state the counted things are left in says which of them count:
// "e-referrals stuck in the queue for over 24h", "refunds stuck in 'pending' over 7 days",
// "critical vulns older than 30 days", "orders not acknowledged by the lab within 1 hour". The
// count is the measure; how long they waited is part of its name, not where it should get to.
// ("Open" only right before its bound: "p95 open time for files over 50 pages" is no state.)
const LEFT_IN_STATE =
  '(?:stuck|pending|unresolved|outstanding|overdue|waiting|queued|idle|unpaid|unanswered|unacknowledged|unreviewed|unpatched|unassigned|untriaged|aged|older|left|sitting)';
const THRESHOLD_OF_STATE = new RegExp(
  `\\b(?:${LEFT_IN_STATE}\\b(?:[^«,;:()]{0,40}?\\s)?(?:for\\s+)?(?:over|more than|longer than|beyond|than|past)|open\\s+(?:for\\s+)?(?:over|more than|longer than|beyond)|not\\s+(?:yet\\s+)?(?:[a-z]{3,}ed|sent|paid|seen|done|made|taken|given|read|met|heard|built|run)\\b(?:[^«,;:()]{0,40}?\\s)?within)\\s+«(\\d+)»`,
  'g',
);

const THRESHOLDS = [THRESHOLD_IN_NAME, THRESHOLD_OF_STATE];

/** The indices of the numbers that are thresholds in the measure's name. */
export function thresholdsInName(masked: string): number[] {
  return THRESHOLDS.flatMap((re) => [...masked.matchAll(re)].map((m) => Number(m[1])));
}

/** The masked text with each threshold in the measure's name read as a plain number. */
export function withoutThresholds(masked: string): string {
  return THRESHOLDS.reduce(
    (text, re) =>
      text.replace(re, (m, i: string) =>
        m.replace(/\S+(?:\s+(?:least|than|most))?\s+«\d+»$/, `«${i}»`),
      ),
    masked,
  );
}

/**
 * An increment ("6 more countries") is no level it leads to, and the 75 of "60 of our 75 jobs"
 * is the whole the count is out of.
 */
export function isNoLevel(masked: string, i: number): boolean {
  return (
    new RegExp(`«${i}»\\s+(?:more|additional|extra)\\b`).test(masked) ||
    new RegExp(`«\\d+»\\s+of\\s+(?:our|the|all|its|their)\\s+«${i}»`).test(masked)
  );
}
