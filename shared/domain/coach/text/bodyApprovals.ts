import { isGivenName } from './givenNames';
import { isNeverAParty, namedParties } from './namedParty';

/**
 * What a named body must approve, inspect, certify or be sent, written as work of ours: "Submit
 * the EFSA novel-food dossier … by 30 June", "Get TTB COLA approval for all six US labels", "Pass
 * every USDA APHIS preclearance inspection", "Meet the GLOBALG.A.P. … certification requirements
 * before the June audit". The approval or the inspection is the body's to give, so the KR is its
 * condition met, not an outcome the team chose. And a named retailer's yardstick: "the 24 hours
 * Amazon Vendor Central scores us on", "the 97% set out in our Tesco joint business plan", a
 * listing "by their summer range review".
 *
 * Near misses kept out: an approval or sign-off from one of ours ("the lab manager's approval",
 * "head-grower sign-off", "CAB approval"), a walk-round of our own, a plan "of our own".
 */

// What the work does to the body's paper or check: files it, gets it, passes it, meets it.
const ASKS_THEM = /^\s*(?:submit|file|lodge|send|get|obtain|secure|gain|win|pass|clear|meet)\b/i;

// The body's paper or check, a few words after its name ("novel-food dossier", "COLA approval",
// "preclearance inspection", "aquaculture certification requirements").
const THEIR_PAPER =
  /^\S*(?:\s+[a-z][\w-]*){0,3}?\s+(?:dossiers?|applications?|approvals?|registrations?|clearances?|pre-?clearances?|authori[sz]ations?|licen[cs]es?|permits?|inspections?|certification(?:\s+(?:requirements|standards?|criteria))?|accreditation)\b/;

// Standards the team picks to be audited against are its own choice ("the ISO 9001 audit").
const STANDARD = /^(?:ISO|IEC|SOC|PCI|WCAG|NIST|OWASP|CIS|BS|EN)\b/;

function isBodyName(name: string): boolean {
  const words = name.replace(/['’]s?$/, '').split(/\s+/);
  const first = words[0] ?? '';
  // A given name alone is a colleague ("Priya's approval"); "John Lewis" is a retailer.
  const person = words.length === 1 && isGivenName(first);
  return !isNeverAParty(first) && !person && !STANDARD.test(first);
}

/** True when the work is getting a named body's approval, passing its check or filing with it. */
function theirApprovalSought(raw: string): boolean {
  if (!ASKS_THEM.test(raw)) return false;
  const lead = /^\s*\S+\s+(?:(?:every|all|each|the|its|their|an?)\s+){0,2}/i.exec(raw)?.[0] ?? '';
  // The name comes straight after the verb and its article ("Pass every USDA APHIS …").
  return namedParties(raw).some(
    (p) =>
      p.start === lead.length &&
      !p.possessive &&
      isBodyName(p.name) &&
      THEIR_PAPER.test(raw.slice(p.end)),
  );
}

// "the 24 hours Amazon Vendor Central scores us on": a named party grading us sets the level.
const GRADES_US =
  /(?<![\w-])(?!(?:We|Our|The)\b)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:scores|rates|grades|ranks|measures|judges|benchmarks)\s+us\s+(?:on|by|against)\b/;

// "set out in our Tesco joint business plan", "our John Lewis trading plan": a plan made with a
// named retailer is the retailer's terms ("our own dispatch plan" is ours).
const RETAILER_PLAN =
  /\bour\s+((?:[A-Z][\w&'’.-]*\s+){1,3})(?:joint business|trading|supply|supplier|category|range)\s+(?:plan|agreement)\b/;

// "by their summer range review": a retailer's range review decides what it lists.
const RANGE_REVIEW =
  /\b(?:by|before|ahead of|in time for|for|at)\s+(?:their|its|the)\s+(?:[a-z-]+\s+){0,2}range review\b/;

/** True when the KR is a named retailer's yardstick or decision rather than a level we chose. */
function retailersYardstick(raw: string): boolean {
  const plan = RETAILER_PLAN.exec(raw);
  if (plan && isBodyName((plan[1] ?? '').trim())) return true;
  if (GRADES_US.test(raw)) return true;
  return RANGE_REVIEW.test(raw) && namedParties(raw).some((p) => isBodyName(p.name));
}

/** True when the KR is a named body's approval, check or filing, or a named retailer's yardstick. */
export function awaitsTheirSayso(raw: string): boolean {
  return theirApprovalSought(raw) || retailersYardstick(raw);
}
