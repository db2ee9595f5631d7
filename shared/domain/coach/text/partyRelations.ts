import { MODIFIES_PLURAL, namedParties, type NamedParty } from './namedParty';

/**
 * A named party (text/namedParty.ts) in a relation that makes the key result a promise to it,
 * read from the words around the name rather than from a list of bodies or verbs per body:
 *
 * - given to it: the deliverable is given, sent, provided, supplied or handed to the party or its
 *   people ("Send ESIC our monthly report", "Provide TfGM with live feeds", "Give Northstar
 *   League's integrity officer a risk score", "Deliver the API to Merlin's data team");
 * - kept satisfied: the party is kept happy, comfortable or satisfied ("Keep Sky Sports happy
 *   with our feed", "Make sure the Department of Education's auditors are comfortable");
 * - judging us: the party or its people accept, approve, certify, license or audit what we do,
 *   or we pass its checks ("certified by Nayax", "Pass UEFA's stadium licensing checks");
 * - setting the level: the party sets, specifies, agrees or calls for it ("the 98% that
 *   Barclays' broker service standard sets", "the 5 days Bupa Dental Care specified");
 * - its threshold or limit we keep to ("below the Home Office's 10% BCA threshold");
 * - a date its own change sets ("before UCAS switches off the old link in March");
 * - a named instrument we act under ("in line with the Guaranteed Standards Scheme", "under the
 *   Consumer Duty").
 *
 * "Send Finance the report", "Give on-call engineers a runbook", "Keep Grafana dashboards green"
 * and "NPS from Acme users" name no party in a relation and stay quiet.
 */

// ("Share of Cycle to Work scheme orders": "share of" is a noun.)
const GIVE_VERB =
  '(?:give|send|provide|supply|hand|deliver|submit|share(?!\\s+of\\b)|email|issue|offer|feed|report)';
// The name as the indirect object, right after the verb: "Send ESIC our …", "Provide TfGM with
// …", "Hand HMPPS a …", "Give Northstar League's integrity officer a …".
const GIVE_BEFORE = new RegExp(`^\\s*${GIVE_VERB}\\s+(?:the\\s+)?$`, 'i');
const GIVEN_AFTER =
  /^\s+(?:with|our|a|an|the|their|its|every|each|all|weekly|monthly|daily|quarterly|live|real-time)\b/i;
const THEIR_PEOPLE_GIVEN =
  /^\s+(?:[\w-]+\s+){1,3}?(?:with|our|a|an|the|their|its|every|each|all|weekly|monthly|daily|quarterly|live|real-time)\b/i;
// The name after "to": "Deliver the visitor-count API to Merlin's central data team".
const GIVE_TO_BEFORE = new RegExp(
  `^\\s*${GIVE_VERB}(?:\\s+(?:over|in))?\\s+(?:\\S+\\s+){1,8}?to\\s+(?:the\\s+)?$`,
  'i',
);

// Kept satisfied: "Keep Sky Sports happy", "Make sure the X's auditors are comfortable".
const KEEP_BEFORE = /\b(?:keep|make sure|ensure|get|leave)\s+(?:that\s+)?(?:the\s+)?$/i;
const SATISFIED_AFTER =
  /^(?:\s+[\w-]+){0,3}?\s+(?:(?:is|are|stays?|remains?|feels?|feel)\s+)?(?:happy|satisfied|comfortable|content|confident|reassured|delighted|onside|on side)\b/i;

// Won over or kept on side with the party as the verb's object: "Satisfy the Environment Agency
// on our leak-check records", "Reassure Ofwat that …"; on its right side or in its good books:
// "Get on the right side of the NCUA on cybersecurity", "Stay in the FSA's good books".
const SATISFY_BEFORE = /^\s*(?:satisfy|reassure|win over|win back|convince)\s+(?:the\s+)?$/i;
const SATISFY_AFTER = /^\s*(?:$|[.,;:(—–-]|(?:on|that|about|over|with|of|in|by|before|for)\b)/i;
const RIGHT_SIDE_BEFORE =
  /\b(?:on|to|onto)\s+the\s+(?:right|good|safe)\s+side\s+of\s+(?:the\s+)?$/i;
const GOOD_BOOKS_AFTER = /^\s+good books\b/i;
// What is owed or promised to the party: "the 1,200 collections owed to the Seed Bank".
const OWED_BEFORE = /\b(?:owed|owing|promised|pledged|committed)\s+to\s+(?:the\s+)?$/i;

// Judging us: "certified by Nayax", "accepted by Specsavers' clinical governance panel".
const JUDGED_BEFORE =
  /\b(?:accepted|approved|certified|licen[cs]ed|audited|signed off|assessed|inspected|validated|endorsed|accredited|cleared|passed)\s+(?:by|with)\s+(?:the\s+)?$/i;
// Its checks for us to pass: "Pass UEFA's stadium licensing checks", "Clear the ONR's readiness
// review", "Pass Forth Ports' pilotage system acceptance checks".
const PASS_BEFORE = /^\s*(?:pass|clear|get through|satisfy|meet|survive)\s+(?:the\s+)?$/i;
const THEIR_EXAM =
  /^(?:\s+[\w-]+){0,4}?\s+(?:checks?|reviews?|audits?|inspections?|assessments?|approvals?|sign-?off|tests?|testing|trials?|accreditation|certification|licensing|vetting|due diligence)\b/i;

const SUPPLIER_EXAM =
  /^(?:\s+[\w-]+){0,2}?\s+(?:supplier|vendor|dealer|partner|customer|contractor|site|quality|security|onboarding)\s+(?:[\w-]+\s+){0,2}?(?:checks?|reviews?|audits?|inspections?|assessments?|approvals?|tests?|vetting)\b/i;

// Setting the level: "that Barclays' broker service standard sets", "Bupa Dental Care specified".
// (The words between are lowercase: in "the EDI order feed Covetrus requires" it is Covetrus
// that requires, and "as set out in" is the paper's relation, read elsewhere; "BLEU on the
// held-out set" is a set of things, an article before it.)
const SETS_AFTER =
  /^(?!(?:\s+[a-z][\w-]*){0,3}?\s+(?:the|a|an|our|its|their|this)(?:\s+[a-z][\w-]*){0,2}?\s+sets?\b)(?:\s+(?!as\b)[a-z][\w-]*){0,3}?\s+(?:has\s+|have\s+)?(?:sets?|specified|specifies|stipulated|stipulates|agreed|agrees|defined|defines|calls for|called for|asked for|asks for|expects|requires|required|demands|laid down|lays down|set out|sets out|commits us|binds us|obliges us)(?![\w-])/;

// Its threshold or limit, the level we keep to: "below the Home Office's 10% BCA threshold",
// "under Mastercard's 1.5% excessive-chargeback threshold".
const ITS_THRESHOLD =
  /^(?:\s+[\w.%'’/µ°-]+){0,3}?\s+(?:thresholds?|limits?|ceilings?|caps?|floors?|minimums?|maximums?|trigger levels?|benchmarks?)\b/;

// A date its own change sets: "before UCAS switches off the old link in March", "before SWIFT
// retires the MT formats", "ahead of Parcelforce turning off the legacy feed".
const BEFORE_ITS_CHANGE =
  /\b(?:before|ahead of|by the time|until|in time for when)\s+(?:the\s+)?$/i;
const ITS_CHANGE =
  /^\s+(?:switch(?:es|ing)? off|turn(?:s|ing)? off|shut(?:s|ting)? (?:down|off)|retir(?:es|ing)|sunsets?|sunsetting|deprecat(?:es|ing)|withdraw(?:s|ing)|decommission(?:s|ing)|stops? (?:supporting|accepting)|ends? support|end(?:s|ing)|clos(?:es|ing)|remov(?:es|ing)|mov(?:es|ing) to|migrat(?:es|ing)|mandat(?:es|ing)|introduc(?:es|ing)|enforc(?:es|ing)|chang(?:es|ing)|replac(?:es|ing)|upgrad(?:es|ing)|cut(?:s|ting)? over)\b/;

// A named instrument we act under: "in line with the Guaranteed Standards Scheme", "under the
// Consumer Duty", "in line with the Private Parking Code of Practice".
const UNDER_BEFORE =
  /\b(?:in line with|under|per|compliant with|complying with|comply with|in accordance with|as required by|required by|to meet|meeting)\s+(?:the\s+)?$/i;
const INSTRUMENT =
  /\s(?:Scheme|Order|Duty|Code|Act|Regulations?|Directive|Standards?|Charter|Rules|Framework|Guidelines|Guidance|Protocol|Convention|Ordinance|Decree|Mandate|Regime)(?:\s+of\s+[A-Z][\w-]*)?$/;

/** The relation a named party is in, if any, for messages and tests. */
export type PartyRelation =
  | 'given-to'
  | 'kept-satisfied'
  | 'judging-us'
  | 'sets-level'
  | 'its-threshold'
  | 'its-change-date'
  | 'instrument';

function relationOf(raw: string, party: NamedParty): PartyRelation | undefined {
  const before = raw.slice(0, party.start);
  const after = raw.slice(party.end);
  if (GIVE_BEFORE.test(before)) {
    if (!party.possessive && GIVEN_AFTER.test(after)) return 'given-to';
    if (party.possessive && THEIR_PEOPLE_GIVEN.test(after)) return 'given-to';
  }
  // ("Deliver the app to TestFlight testers": the name is a modifier, not who gets it.)
  if (GIVE_TO_BEFORE.test(before) && (party.possessive || !MODIFIES_PLURAL.test(after))) {
    return 'given-to';
  }
  if (KEEP_BEFORE.test(before) && SATISFIED_AFTER.test(after)) return 'kept-satisfied';
  if (!party.possessive && SATISFY_BEFORE.test(before) && SATISFY_AFTER.test(after)) {
    return 'kept-satisfied';
  }
  if (RIGHT_SIDE_BEFORE.test(before)) return 'kept-satisfied';
  if (party.possessive && GOOD_BOOKS_AFTER.test(after)) return 'kept-satisfied';
  if (OWED_BEFORE.test(before)) return 'given-to';
  if (JUDGED_BEFORE.test(before)) return 'judging-us';
  if (party.possessive && PASS_BEFORE.test(before) && THEIR_EXAM.test(after)) return 'judging-us';
  // "Pass the Jaguar Land Rover supplier quality audit": a multi-word name opening the exam's
  // noun phrase is the one who runs it (a one-word name may be a standard's: "the PCI audit").
  if (PASS_BEFORE.test(before) && /\s/.test(party.name) && SUPPLIER_EXAM.test(after)) {
    return 'judging-us';
  }
  if (SETS_AFTER.test(after)) return 'sets-level';
  if (party.possessive && ITS_THRESHOLD.test(after)) return 'its-threshold';
  if (BEFORE_ITS_CHANGE.test(before) && ITS_CHANGE.test(after)) return 'its-change-date';
  if (UNDER_BEFORE.test(before) && INSTRUMENT.test(party.name.replace(/['’]s?$/, ''))) {
    return 'instrument';
  }
  return undefined;
}

/** The first named party in a relation that makes the text a promise to it, with the relation. */
export function namedPartyRelation(
  raw: string,
): { party: string; relation: PartyRelation } | undefined {
  for (const party of namedParties(raw)) {
    const relation = relationOf(raw, party);
    if (relation) return { party: party.name, relation };
  }
  return undefined;
}
