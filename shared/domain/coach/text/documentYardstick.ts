/**
 * A party's yardstick named by its document or its role rather than by its name: "the 98.5% that
 * our operating agreement with the airport authority specifies", "the self-assessment our acquirer
 * requires", "on the licensor's schedule", "the guild scheme's traceability rule", "the 3 a quarter
 * our Environment Agency improvement plan commits us to", "Pass the <BODY> re-inspection". The
 * level or date is set by someone outside the team, so the KR is a promise to them.
 *
 * Near misses kept out: our own plan or target ("our own quality plan", "the level our improvement
 * plan sets": a plan is only theirs when a party's role qualifies it), a tool named as the source
 * of the data, and our own staff ("hand inspectors" are no role of an outside party).
 */

// Roles only an outside party plays towards us. (A scheme's provider is whoever runs the scheme
// we take part in: "the provider's 48-hour window" for its vouchers is its rule, not ours.)
const ROLE =
  '(?:authorit(?:y|ies)|acquirers?|licen[cs]ors?|franchisors?|funders?|insurers?|underwriters?|certifiers?|certification bod(?:y|ies)|landlords?|lessors?|councils?|commissioners|regulators?|agenc(?:y|ies)|inspectorates?|ministr(?:y|ies)|governing bod(?:y|ies)|awarding bod(?:y|ies)|lenders?|grantors?|guilds?|(?:scheme\\s+)?providers?|scheme (?:operators?|administrators?))';

// Paper that is always with someone outside: an agreement, a contract, a licence, a permit.
const OUTSIDE_PAPER =
  '(?:agreements?|contracts?|licen[cs]es?|concessions?|deeds?|permits?|franchises?|leases?)';
// Paper that may be our own unless a party's role qualifies it.
const ANY_PAPER =
  '(?:plans?|schemes?|rules?|standards?|frameworks?|codes?|charters?|conditions?|polic(?:y|ies)|schedules?|timetables?|specifications?|specs?|requirements?|criteria)';
// What a document or a party does to a level or a date.
const SETS =
  '(?:specifies|specified|requires|required|sets|set|demands|stipulates|guarantees|mandates|lays down|calls for|expects|(?:commits|binds|obliges|holds) us to)';

const W = "(?:[a-z0-9'&-]+\\s+)";
const NOT_OURS = '(?!own\\b|internal\\b|in-house\\b)';

// "our operating agreement with the airport authority specifies", "our supply contract with the
// distillery guarantees", "our display licence from the county council specifies".
const OUTSIDE_PAPER_SETS = new RegExp(
  `\\b(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,4}?${OUTSIDE_PAPER}\\s+(?:(?:with|from|for)\\s+(?:the\\s+)?${W}{0,4}?)?${SETS}\\b`,
);
// "our Environment Agency improvement plan commits us to", "the church commissioners' framework
// requires": any paper qualified by a party's role.
const ROLE_PAPER_SETS = new RegExp(
  `\\b(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,3}?${ROLE}(?:'s?|s')?\\s+${W}{0,3}?(?:${ANY_PAPER}|${OUTSIDE_PAPER})\\s+${SETS}\\b`,
);
// "on the licensor's schedule", "our insurer's safety plan", "inside the provider's 48-hour window", "the governing body's club-licence
// rule", "our certifier's chain-of-custody standard": a role's own paper, in the possessive.
const ROLE_POSSESSIVE_PAPER = new RegExp(
  `\\b(?:the|our|their|its)\\s+${W}{0,2}?${ROLE}(?:'s|s'|')\\s+${W}{0,3}?(?:${ANY_PAPER}|${OUTSIDE_PAPER}|deadlines?|limits?|levels?|targets?|timelines?|windows?|cut-?offs?)\\b`,
);
// "the self-assessment our acquirer requires", "the survey our insurer requires by 30 June", and
// with the party's name in apposition: "the 55 dB our landlord, Arches Property Co, set".
const APPOSITION = "(?:,\\s+(?:[a-z0-9&'’.-]+\\s+){0,3}?[a-z0-9&'’.-]+,)?";
const ROLE_SETS = new RegExp(
  `\\b(?:our|the|their)\\s+${W}{0,2}?${ROLE}${APPOSITION}\\s+(?:has\\s+)?${SETS}\\b`,
);
// "the conditions set by our insurer, Zurich", "the 40% required by the funder": a level or a
// paper's terms laid down by a party named by its role, in the passive ("by our own team" is ours).
const SET_BY_ROLE = new RegExp(
  `\\b(?:set|required|specified|stipulated|imposed|demanded|mandated|laid down)\\s+by\\s+(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,2}?${ROLE}\\b`,
);
// "below the 5 a month allowed under our trading permit": a level a granted paper allows.
const LEVEL_ALLOWED_UNDER_PAPER = new RegExp(
  `\\b(?:allowed|permitted|authori[sz]ed|consented)\\s+(?:under|by|in)\\s+(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,3}?(?:planning\\s+(?:permission|consent)|${OUTSIDE_PAPER})\\b`,
);
// "the guild scheme's traceability rule", "the grant scheme's reporting rule": a scheme we are
// held to, with its rule in the possessive.
const SCHEMES_RULE = new RegExp(
  `\\bthe\\s+(?!(?:own|internal|bonus|loyalty|referral|incentive|reward|suggestion)\\b)${W}{0,3}?scheme's\\s+${W}{0,2}?(?:rules?|requirements?|standards?|criteria|conditions?)\\b`,
);
// "Pass the AALA re-inspection": a body, named by its initials, coming back to examine us.
const PASS_THEIR_REEXAM =
  /^(?:Pass|Clear|Get through|Sail through|Satisfy)\s+(?:the\s+)?(?!(?:QA|QC|SOC|ISO|PCI|IT|HR)\b)[A-Z][A-Z0-9&]{1,7}\s+(?:[a-z-]+\s+)?re-?(?:inspection|audit|assessment|visit)s?\b/;

// A bound an outside party sets, the party named by its role or the bound written into paper only
// an outside body grants: "under the 3-a-year ceiling set by our P&I insurer", "the 75 dB limit
// in our council planning permission", "the cap imposed by the licensing authority". A bound of
// our own ("the limit we set ourselves", "the ceiling in our own noise policy") is no party's.
const BOUND = '(?:limits?|ceilings?|caps?|thresholds?|maximums?|minimums?|floors?|allowances?)';
const BOUND_SET_BY_ROLE = new RegExp(
  `\\b${BOUND}\\s+(?:(?:that\\s+)?(?:is|are|was)\\s+)?(?:set|imposed|fixed|allowed|agreed|laid down)\\s+(?:by|with)\\s+(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,3}?${ROLE}\\b`,
);
const BOUND_IN_GRANTED_PAPER = new RegExp(
  `\\b${BOUND}\\s+(?:(?:set|written|laid down)\\s+)?(?:in|under|of|from)\\s+(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,3}?(?:planning\\s+(?:permission|consent|conditions?)|(?:discharge|environmental|abstraction)\\s+(?:consent|permit)|${OUTSIDE_PAPER})\\b`,
);

// "the corrective actions from the council's zoo-licence inspection", "the recommendations raised
// in the funder's annual review": what an outside party's examination asks of us, the party named
// by its role in the possessive ("our own kitchen inspection" is ours).
const ACTIONS_FROM_ROLE_EXAM = new RegExp(
  `\\b(?:actions?|action points?|recommendations?|requirements?|findings?|improvements?)\\s+(?:from|raised (?:in|at|by)|in|set (?:in|at|by))\\s+(?:the|our|their|its)\\s+${NOT_OURS}${W}{0,2}?${ROLE}(?:'s|s'|')\\s+${W}{0,3}?(?:inspections?|audits?|assessments?|visits?|reviews?)\\b`,
);

/** True when a level or date in the KR is set by an outside party's document or role. */
export function setByTheirDocument(raw: string, text: string): boolean {
  return (
    OUTSIDE_PAPER_SETS.test(text) ||
    ROLE_PAPER_SETS.test(text) ||
    ROLE_POSSESSIVE_PAPER.test(text) ||
    ROLE_SETS.test(text) ||
    SET_BY_ROLE.test(text) ||
    LEVEL_ALLOWED_UNDER_PAPER.test(text) ||
    SCHEMES_RULE.test(text) ||
    BOUND_SET_BY_ROLE.test(text) ||
    BOUND_IN_GRANTED_PAPER.test(text) ||
    ACTIONS_FROM_ROLE_EXAM.test(text) ||
    PASS_THEIR_REEXAM.test(raw.trim())
  );
}
