import type { KeyResultAnalysis } from '../analyze';

/**
 * Outcome measures that the adoption readers mistake for work, read from the shape of the
 * measure rather than from the verb that moves it ("raise", "grow", "halve"):
 *
 * - people still in a state after a time ("the share of beginner gymnasts still enrolled after
 *   two terms", "members still subscribed beyond their first quarter"): who stays, which is
 *   retention. "Still" with a time after the state is how long people stay; "still on the old
 *   system" with no time is what is left of a rollout, and stays work;
 * - an average, mean, median or typical level ("Halve the average till queue on match days"):
 *   a statistic over many events is a measure of how things go, never a count of things moved,
 *   however the noun after it ("queue", "station") reads elsewhere;
 * - a learning programme's completion as a share below all of it, from a level ("Grow adult
 *   beginner program completion from 64%"): the learners who finish, a rate. A programme of
 *   work done to 100% ("migration programme completion from 20% to 100%") stays progress.
 */

const STILL_AFTER_A_TIME =
  /\bstill\s+(?:enrol+ed|registered|subscribed|signed\s+up|active|attending|training|members?|with\s+us|coming|playing|riding|booked\s+in|on\s+the\s+books)\s+(?:after|at|beyond|past|into|by|«\d+»|(?:one|two|three|four|five|six|twelve)\b)/;

const STATISTIC_SUBJECT =
  /^(?:(?:increase|raise|grow|boost|lift|improve|reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e|bring(?:\s+down)?|get)\s+)?(?:the\s+|our\s+)?(?:average|mean|median|typical)\s+(?!number\b|count\b)/;

const PROGRAMME_COMPLETION = /\b(?:programme|program)\s+completion\b/;
const WORK_PROGRAMME =
  /\b(?:migration|rollout|roll-out|rebuild|rewrite|upgrade|project|roadmap|transformation|implementation|delivery|replacement|cut-?over)\b/;

function isLearnersCompleting(a: KeyResultAnalysis, lead: string): boolean {
  const { baseline, target } = a;
  return (
    PROGRAMME_COMPLETION.test(lead) &&
    !WORK_PROGRAMME.test(lead) &&
    baseline?.dimension === 'percent' &&
    baseline.value < 100 &&
    (target === null || (target.dimension === 'percent' && target.value < 100))
  );
}

/** True when the KR's measure is a state of the world (retention, an average, a completion rate). */
export function isMeasureOfState(a: KeyResultAnalysis, lead: string): boolean {
  return (
    STILL_AFTER_A_TIME.test(lead) || STATISTIC_SUBJECT.test(lead) || isLearnersCompleting(a, lead)
  );
}
