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

// How a party or its paper asks for a level, in the present or the past.
const REQUIRES =
  '(?:requires?|required|demands?|demanded|expects?|expected|mandates?|mandated|specifies|specified|stipulates?|stipulated|insists on)';
// "Maintain the 100% battery storage compliance that Aviva requires", "Deliver the 98% picture
// availability SIS requires under our rights contract", "Hold drill pass rates at the 95% the
// council demands": a figure of degree (a share, a time) that someone else requires, kept or
// given, is a level held like a rate, not a milestone; external-commitment says whose it is. A
// count ("the 40 skate sets the league requires") is a set of things, which stays a delivery.
const FIGURE_REQUIRED = new RegExp(
  `^(?:maintain|keep|hold|sustain|deliver|provide|give|offer|guarantee|meet|hit|achieve|reach|run)\\s+(?:\\S+\\s+){0,5}?(?:the|our|its|their)\\s+«(\\d+)»\\s+(?:[a-z'-]+\\s+){0,5}?(?:that\\s+|which\\s+)?(?:\\S+\\s+){1,5}?${REQUIRES}\\b`,
);
// "Bring licence conflicts down to the level the partner audit demands (zero)": the level
// itself, named as theirs, reached or held.
const THEIR_LEVEL_REACHED = new RegExp(
  `^(?:bring|get|keep|hold|take|cut|reduce|raise|lift)\\s+(?:\\S+\\s+){1,8}?(?:(?:down|up)\\s+)?(?:to|at|within|under|below|above)\\s+the\\s+(?:level|standard|threshold|limit|minimum|maximum|rate)\\s+(?:that\\s+)?(?:\\S+\\s+){1,5}?${REQUIRES}\\b`,
);

// "Deliver 12 free youth sessions a month, as our grant agreement with the council requires": a
// rate a period that a party's paper requires, said after the rate, is a level kept like a share
// they require; a set of things by a date ("the 40 kits the league requires") is not a rate.
const RATE_REQUIRED = new RegExp(
  `^[a-z-]+\\s+«\\d+»\\s+(?:[a-z'-]+\\s+){0,5}?(?:a|per|each|every)\\s+(?:day|week|fortnight|month|term|quarter|year|season)\\b[^.]*?\\bas\\s+(?:the|our|their|its)\\s+(?:\\S+\\s+){0,8}?${REQUIRES}\\b`,
);

function figureTheyRequire(a: KeyResultAnalysis): boolean {
  const m = FIGURE_REQUIRED.exec(a.lead);
  const q = m ? a.numbers.quantities[Number(m[1])] : undefined;
  return q !== undefined && q.dimension !== 'none';
}

/** Whether a KR worded as work gives a named customer a level they asked for, or meets it. */
export function givesTheirLevel(a: KeyResultAnalysis): boolean {
  return (
    GIVEN_AS_ASKED.test(a.lead) ||
    PASSED_AT_A_LEVEL.test(a.lead) ||
    figureTheyRequire(a) ||
    THEIR_LEVEL_REACHED.test(a.lead) ||
    RATE_REQUIRED.test(a.lead)
  );
}
