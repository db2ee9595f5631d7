import type { KeyResultAnalysis } from '../analyze';
import { readsAsShareReached } from './sharesReached';
import { givesTheirLevel } from './theirLevelGiven';
import { STATISTIC_HELD } from '../text/heldStatistic';

/**
 * Wording with a work verb that asks for a level or a state rather than a deliverable: a quantity
 * of supply that a party requires or that was contracted ("Ship the 4M doses a month the
 * advance purchase agreement requires", "Deliver the 1.2M tonnes contracted with British
 * Sugar"), or a state held with someone over time ("Stay compliant with everything the
 * inspectors ask of us", "Keep Lloyd's satisfied with …"). Either is kept or not, as a rate is;
 * neither is a piece of work done once (external-commitment says to whom, when a party is named).
 */

// A delivery verb, then "the <number> <unit or per period> …": a volume, not a set of things.
const DELIVERY_OF_VOLUME =
  /^(?:deliver|ship|supply|provide|send|produce|make|pack|load|dispatch|despatch|hand over)\s+(?:the|our|all(?: the)?)\s+«(\d+)»\s+([a-z0-9]+)/;
// Said to be owed: required, contracted or agreed by someone, or promised.
const OWED =
  /\b(?:requires?|required|demands?|demanded|contracted|agreed|committed|promised|owed|stipulated|specified)\b/;

/** "Ship the 4M doses a month the agreement requires": a volume owed, kept like a rate. */
function isVolumeOwed(a: KeyResultAnalysis): boolean {
  const m = DELIVERY_OF_VOLUME.exec(a.lead);
  const q = m ? a.numbers.quantities[Number(m[1])] : undefined;
  // A volume has a unit ("tonnes", "litres") or a period ("a month"); "the 48 restored pipes
  // owed to the cathedral" is a set of things, counted, which stays a delivery.
  const unit = q?.unit || m?.[2] || '';
  if (!q || (q.per === undefined && !VOLUME_UNIT.test(unit))) return false;
  return OWED.test(a.lead);
}
const VOLUME_UNIT =
  /^(?:t|kt|mt|tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|l|ml|hl|gallons?|barrels?|bbl|m3|cubic|mwh|gwh|kwh|mw)$/i;

// "Stay compliant with …", "Remain in good standing with …", "Keep Lloyd's satisfied …": a state
// held over time, not a thing to finish by a date.
const STATE =
  '(?:compliant|satisfied|happy|content|onside|on side|certified|accredited|registered|licensed|approved|in good standing|in line)';
const STATE_HELD = new RegExp(
  `^(?:(?:stay|remain)\\s+|keep\\s+(?:\\S+\\s+){1,4}?)${STATE}(?:\\s+(?:with|on|about|under|for|by)\\b|\\s*$)`,
);

// "Give TCS the 99.5% availability promised in the contract": a level owed to a named party is
// kept like a rate (external-commitment says to whom); it is no piece of work.
const LEVEL_PROMISED = new RegExp(
  `^(?:give|offer|provide|guarantee|deliver)\\s+(?:\\S+\\s+){1,4}?(?:the|our)\\s+«\\d+»\\s+(?:\\S+\\s+){0,5}?${OWED.source}`,
);
// "Stations reporting stock-outs from 6 of 40 to 0-1": things counted by a bad state they are
// in, measured from today's value, is how well things go, not something taken up.
const THINGS_IN_A_STATE =
  /^(?:[a-z0-9-]+\s+){0,3}?[a-z-]{3,}s\s+(?:reporting|showing|suffering|experiencing|breaching|exceeding|missing|failing|hitting)\s/;
// "Keep horses with an overdue check under 5%": a share in a lapsed state held under a ceiling.
const LAPSED_SHARE_HELD =
  /^keep\s+(?:\S+\s+){1,3}?(?:with|having|on)\s+(?:an?\s+|the\s+)?(?:overdue|expired|lapsed|missing|late|outstanding|out-of-date|failed|open)\s.*\b(?:under|below|at or below|less than|no more than)\s+«/;
// "Raise the share of releases live on all DSPs by release day from 82% to 97%": a share of
// things in a state by the day they are due is timeliness, an outcome.
const SHARE_BY_DUE_DAY =
  /\b(?:share|proportion|percentage)\s+of\s+[a-z-]+s\s.*\b(?:by|on)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:day|date)\b/;
// "Improve how site teams use data in their decisions": a vague aim about how people work,
// unmeasured (missing-metric says so), not a deliverable.
const HOW_PEOPLE_WORK =
  /^(?:improve|change|strengthen|deepen|better|transform)\s+how\s+(?:\S+\s+){1,4}?(?:use|uses|work|works|make|makes|take|takes|share|shares|read|reads|plan|plans|decide|decides|approach|approaches)\b/;

// "Fixtures completed as scheduled" with a percentage: things (plural, no verb before them) done
// as planned, counted as a share, is a rate kept however the numbers move, not a deliverable;
// "Studio extension completed as scheduled" names one thing, a milestone, and stays work.
const SHARE_DONE_AS_PLANNED =
  /^(?:[a-z0-9'-]+\s+){0,3}?[a-z-]{3,}s\s+(?:completed|played|held|run|delivered|honou?red|kept|done|carried out|made|taught|fulfilled|shipped|sent)\s+(?:as\s+(?:scheduled|planned|booked|promised|agreed|fixtured)|on\s+(?:schedule|time)|on\s+the\s+(?:planned|booked|promised|agreed|scheduled)\s+(?:day|date))\b/;

/** A volume owed, a state held or a share reached: a level, not a deliverable. */
export function holdsALevelOrState(a: KeyResultAnalysis): boolean {
  if (STATE_HELD.test(a.lead) || isVolumeOwed(a) || LEVEL_PROMISED.test(a.lead)) return true;
  // "Hold our Google review average at 4.6 stars": a statistic held, not reviews held.
  if (STATISTIC_HELD.test(a.lead)) return true;
  // A share of those served reaching a state, worded as work (sharesReached.ts says which).
  if (readsAsShareReached(a)) return true;
  // A named customer's level given to them or met at their audit (theirLevelGiven.ts).
  if (givesTheirLevel(a)) return true;
  if (HOW_PEOPLE_WORK.test(a.lead) && !a.hasMeasurement) return true;
  if (SHARE_DONE_AS_PLANNED.test(a.lead) && a.isPercent) return true;
  if (!a.hasMeasurement) return false;
  const m = a.numbers.masked;
  return THINGS_IN_A_STATE.test(a.lead) || LAPSED_SHARE_HELD.test(m) || SHARE_BY_DUE_DAY.test(m);
}
