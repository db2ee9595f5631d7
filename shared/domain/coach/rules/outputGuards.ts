import type { KeyResultAnalysis } from '../analyze';
import { countsActivityAtARate } from './activityRates';
import { findGameableFamily } from './gameable';

/**
 * Wording the output reader would otherwise take for work, or miss as work, read apart from
 * rules/outputs.ts so each reads on its own:
 *
 * - records made or messages sent, counted ("Log 1,500 safety checks", "Issue 4,000 leaflets a
 *   month", "Post 500 review comments"): an activity count, gameable-metric says so, not a piece
 *   of work to deliver (events held, "Complete 15 game days", stay work), and so is any activity
 *   counted at a rate per person or per period ("Scan 900 frames per technician per day",
 *   rules/activityRates.ts);
 * - a recurring hand-over whose day moves ("Deliver member statements on the 5th working day
 *   instead of the 12th"): when people get it is measured, an outcome;
 * - a backlog of a tool's alerts or warnings, or lines of code, counted down from today's number
 *   ("Fix data-quality warnings …, currently 5,400 open", "Delete lines of legacy Fortran
 *   (currently 180k)"): an activity count gameable-metric names, not a piece of work;
 * - a tally of a tool's warnings or of story points with a number ("Complete 350 story points",
 *   "Resolve all 1,200 ESLint warnings", "Fix the compiler warnings (860 today)"): the count of an
 *   activity a team can inflate or game, gameable-metric says so, not a deliverable;
 * - coverage carried out to a place ("Extend leaky-feeder radio coverage down to the 1,100 m
 *   level"): a rollout, work to do, though "coverage" names a measure.
 */

const RECORD_VERB =
  '(?:log|record|file|post|send|issue|acknowledge|complete|source|submit|conduct|carry out|hand out|enter)';
const RECORDS_COUNTED = new RegExp(
  `^(?:(?:our\\s+)?[a-z-]+s\\s+)?${RECORD_VERB}\\s+(?:(?:at least|over|more than|another|a further)\\s+)?(?:«\\d+»|more)\\s+(?!(?:times|x|%)\\b)`,
);
const COUNT_FAMILIES = new Set(['activity-count', 'review-comments']);
// Events held are work whatever verb brings them about: "Complete 15 chaos engineering game days".
const EVENT =
  /\b(?:game ?days?|workshops?|sessions?|trainings?|hackathons?|drills?|rehearsals?|exercises?|simulations?|webinars?|events?|courses?|bootcamps?|pilots?|experiments?|migrations?)\b/;

/** A count of records made or messages sent: activity, not a deliverable. */
export function countsRecordsMade(a: KeyResultAnalysis, lead: string): boolean {
  if (countsActivityAtARate(a, lead)) return true;
  if (!RECORDS_COUNTED.test(lead) || EVENT.test(lead)) return false;
  const family = findGameableFamily(a);
  return family !== null && COUNT_FAMILIES.has(family.id);
}

const TIMED_HAND_OVER =
  /^(?:deliver|send|issue|publish|post|pay|return|produce|get|release)\s+(?:\S+\s+){1,6}?(?:on|by|within)\s+(?:the\s+)?(?:«\d+»|\d+)(?:st|nd|rd|th)?\s+(?:working\s+|business\s+|calendar\s+)?(?:day|hour|week)\b/;

/** A recurring hand-over measured by the day it arrives, from a baseline to a target. */
export function isTimedHandOver(a: KeyResultAnalysis, lead: string): boolean {
  return TIMED_HAND_OVER.test(lead) && a.baseline !== null && a.target !== null;
}

const COVERAGE_CARRIED =
  /^(?:extend|expand|push|carry|take)\s+(?:[a-z0-9-]+\s+){0,3}?(?:coverage|network|signal|reception|wi-?fi|connectivity)\s+(?:(?:down|out|up|across|over|further)\s+)?(?:to|into|across|through|throughout)\s+(?:the|every|all|our|each)\b/;

/** Coverage carried to a place: a rollout to do, unless it is measured. */
export function carriesCoverage(a: KeyResultAnalysis, lead: string): boolean {
  return COVERAGE_CARRIED.test(lead) && a.baseline === null;
}

const COUNTED_DOWN_FAMILIES = new Set(['items-closed', 'loc']);

/** A backlog or code volume counted down from today's number: activity, not a deliverable. */
export function countsDownActivity(a: KeyResultAnalysis): boolean {
  // (Counted down: "Complete the remediation actions" with no number is still work to finish.)
  if (a.baseline === null || a.baseline.value <= 0) return false;
  if (a.target !== null && a.target.value >= a.baseline.value) return false;
  const family = findGameableFamily(a);
  return family !== null && COUNTED_DOWN_FAMILIES.has(family.id);
}

// Story points and a linter's warnings are tallies of activity whatever verb counts them.
const TALLY_FAMILIES = new Set(['velocity', 'lint']);

/** A tally of story points or of a tool's warnings, with a number: activity, not work to deliver. */
export function talliesActivity(a: KeyResultAnalysis): boolean {
  const counted = [a.baseline, a.target].some(
    (v) => v !== null && (v.dimension === 'none' || v.dimension === 'points'),
  );
  if (!counted) return false;
  const family = findGameableFamily(a);
  return family !== null && TALLY_FAMILIES.has(family.id);
}

// "Write 300 new automated test cases for the grading service (we have 120)": tests added to a
// suite whose size today is stated grow a stock that is counted, the gameable measure itself
// (gameable-metric says so), not a piece of work with an end; "Add 300 end-to-end tests to the
// checkout suite", with no size today, stays work.
const STOCK_TODAY =
  /\((?:we|it|they|the suite)\s+(?:ha(?:ve|s)|now ha(?:ve|s))\s+«\d+»|\b(?:currently|today|now|at present)\s*[:,]?\s*«\d+»|«\d+»\s+(?:today|now|at present|so far|currently)\b|\b(?:up )?from\s+(?:the\s+)?(?:current\s+)?«\d+»/;
export function growsAStockOfTests(a: KeyResultAnalysis): boolean {
  return findGameableFamily(a)?.id === 'tests-written' && STOCK_TODAY.test(a.numbers.masked);
}
