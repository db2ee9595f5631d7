/**
 * A volume or a level that an outside party's paper sets, written with a verb of doing: the paper
 * honoured (external-commitment says to whom), not a piece of work the team chose.
 *
 * - "Register 180 new Triumph bikes this quarter to earn the volume bonus in our franchise
 *   agreement": sales counted towards a bonus, rebate or tier a deal pays on.
 * - "Deliver the 2,500 tCO2 annual saving our concession agreement … guarantees": a saving or cut
 *   the paper guarantees is a level of a measure owed, not something built.
 *
 * Work still counts as work ("Install 40 heat pumps", "Deliver 12 installations by June"): only
 * the bonus a deal pays on, or a saving or cut the paper sets, makes the volume the deal's.
 */

const NUMBER = '(?:«\\d+»|\\d[\\d,.]*\\s*k?)';
const PAPER =
  '(?:agreements?|contracts?|franchise|deal|dealer agreement|distribution agreement|licen[cs]e|concession|framework)';
// What a deal pays on a volume reached.
const PAYOUT = '(?:bonus|rebate|incentive|tier|discount|volume payment|overrider)';

const VOLUME_TO_EARN = new RegExp(
  `^[a-z]+(?:\\s+(?:up|out|in))?\\s+${NUMBER}\\s+.*?\\bto\\s+(?:earn|qualify for|unlock|hit|secure|keep|reach|win)\\s+(?:the|our|a|this\\s+\\w+'s)\\s+(?:[a-z0-9-]+\\s+){0,3}?${PAYOUT}\\b.*?\\b(?:in|under|of|from)\\s+(?:the|our|their|its)\\s+(?:[\\w&'-]+\\s+){0,3}?${PAPER}\\b`,
);

const SAVING_OWED = new RegExp(
  `^(?:deliver|achieve|make|secure|hit|realise|realize|bank)\\s+(?:the|our)\\s+${NUMBER}\\s+(?:[a-z0-9/-]+\\s+){0,3}?(?:savings?|reductions?|cuts?)\\s+(?:that\\s+)?(?:the|our|their|its)\\s+(?:[\\w&'-]+\\s+){0,6}?(?:guarantees|requires|promises|specifies|sets|commits us to|stipulates)\\b`,
);

/** True when a volume or a saving in the lead is what an outside party's paper sets. */
export function isVolumeThePaperSets(lead: string): boolean {
  return VOLUME_TO_EARN.test(lead) || SAVING_OWED.test(lead);
}
