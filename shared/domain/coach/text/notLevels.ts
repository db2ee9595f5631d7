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

/** The indices of the numbers that are thresholds in the measure's name. */
export function thresholdsInName(masked: string): number[] {
  return [...masked.matchAll(THRESHOLD_IN_NAME)].map((m) => Number(m[1]));
}

/** The masked text with each threshold in the measure's name read as a plain number. */
export function withoutThresholds(masked: string): string {
  return masked.replace(THRESHOLD_IN_NAME, (m, i: string) =>
    m.replace(/\S+(?:\s+(?:least|than|most))?\s+«\d+»$/, `«${i}»`),
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
