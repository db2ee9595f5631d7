import type { KeyResultAnalysis } from '../analyze';

/**
 * A named customer's level, worded as work: a quality they asked for in their contract, given to
 * them ("Give Hartley & Sons the finish quality they asked for in the new supply agreement"), or
 * their audit passed at a level their paper sets ("Pass Harmony Music's supplier audit with a
 * defect rate under the 1.5% their vendor agreement requires"). What is asked is a level the work
 * must hold, not a thing to hand over; external-commitment still says whose it is. Something new
 * or things counted that they asked for ("the new booking portal", "the display cabinets") stay
 * work: a quality is a single thing of degree, never new and never counted.
 */

// Their paper: what a customer's level is written in.
const PAPER = '(?:contract|agreement|deal|sla|terms|licen[cs]e|lease|spec(?:ification)?|order)';
// How a paper or a customer asks for a level.
const ASKS =
  '(?:asked for|asked|want(?:ed)?|expect(?:ed|s)?|specif(?:y|ies|ied)|requires?|required|demands?|demanded|sets?(?: out)?|agreed)';

// "the tonal blend they asked for in the recasting contract", "the meal-delivery punctuality their
// catering contract specifies": a singular noun phrase (not plural, though "whiteness" ends in
// "ss"; not new; with no number in it) that they or their paper ask for.
const GIVEN_AS_ASKED = new RegExp(
  `^(?:give|provide|deliver|offer)\\s+(?:\\S+\\s+){1,6}?(?:with\\s+)?the\\s+(?!(?:\\S+\\s+){0,3}?(?:new|latest|updated|extra|additional|more)\\b)(?:[a-z-]+\\s+){0,3}?[a-z-]*(?:[^s\\s«»]|ss)\\s+(?:that\\s+)?(?:they\\s+${ASKS}\\s+(?:\\S+\\s+){0,2}?in\\s+(?:the|their|our)\\s+(?:[a-z-]+\\s+){0,2}?${PAPER}|(?:their|its)\\s+(?:[a-z-]+\\s+){0,2}?${PAPER}\\s+${ASKS})\\b`,
);

// "Pass Kestrel Foods' supplier audit with a foreign-body rate under the 0.2% …": an audit or
// assessment passed with a measured level stated is that level held, not an event to attend.
const PASSED_AT_A_LEVEL =
  /^pass\s+(?:\S+\s+){1,6}?(?:audit|inspection|assessment|review)\s+with\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:rate|score|level|ratio|share|time)\s+(?:under|below|above|over|of|within|no more than|no less than|at most|at least)\b/;

/** Whether a KR worded as work gives a named customer a level they asked for, or meets it. */
export function givesTheirLevel(a: KeyResultAnalysis): boolean {
  return GIVEN_AS_ASKED.test(a.lead) || PASSED_AT_A_LEVEL.test(a.lead);
}
