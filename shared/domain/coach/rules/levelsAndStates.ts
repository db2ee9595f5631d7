import type { KeyResultAnalysis } from '../analyze';

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

/** A volume owed or a state held: a level kept over time, not a deliverable. */
export function holdsALevelOrState(a: KeyResultAnalysis): boolean {
  return STATE_HELD.test(a.lead) || isVolumeOwed(a);
}
