import { makeFinding } from '../catalog';
import { extractNumbers } from '../text/extract';
import { DEADLINE } from '../text/lexicon';
import { namedSiteWords } from '../text/namedSites';
import { normalizeText, stripLead } from '../text/normalize';
import { isImposedObligation } from '../text/obligations';
import { setByTheirDocument } from '../text/documentYardstick';
import { setByThem } from '../text/theirLevels';
import { namedParties } from '../text/namedParty';
import { awaitsTheirSayso } from '../text/bodyApprovals';
import { BEFORE_AN_OCCASION, isTheirOrderByTheirDate } from './theirOrder';
import { partiesIn } from '../text/parties';
import { namedPartyRelation } from '../text/partyRelations';
import { statesTheirRequirement } from '../text/requirementShapes';
import { usesTheirYardstick } from '../text/whoseYardstick';
import { neutralTradeVolumes } from '../text/tradeVolumes';
import { agreedTimesAsOnTime } from '../text/punctuality';
import { withoutPopulationAsides } from '../text/populationAsides';
import type { Finding, FindingRef } from '../types';

/**
 * external-commitment: a delivery promise to someone outside the team. It takes two things:
 * someone to promise to (a named customer or partner, a regulator, a sales deal) and the
 * language of a promise (contract, deal, renewal, agreed, promised, required by, deadline).
 * "Uptime our customer's contract requires" is one even though it reads as an outcome.
 */

// Promise language that needs nobody named: the words themselves say a promise was made.
const PROMISE =
  /\b(?:promised (?:to|for)|(?:was|were|been|we|we've|we have|they were)\s+promised|promise(?:d)? to (?:deliver|ship|provide|give|build|launch)|contractual(?:ly)?|contracted(?!\s+[a-z-]+(?:ers|iers|ors|ants|ents)\b)|as contracted|under contract|we (?:have )?committed to|committed to (?:deliver|ship|provide|build|launch|give|hand)|(?:customer|client|partner)[- ]commitments?|signed order forms?|order forms?|statement of work|sow|msa|rfp|scheme rules|regulatory deadline|(?:meet|honou?r|comply with|fulfil+|keep to|abide by|stay within|as per|per|under|in line with|as set out in|set out in|in|required by|as required by|required under)\s+(?:the|our|their|its)\s+(?:[a-z0-9&-]+\s+){0,3}?(?:contract|agreement|licen[cs]e|msa|terms|obligations)|legislat\w*|statutory|required by law|mandated by law|regulatory (?:requirements?|obligations?|changes?)|(?:agreed|committed|promised|signed|contracted)(?:\s+\S+){0,4}\s+(?:deal|contract|agreement|msa|sow|licen[cs]e|licensing|partnership|renewal)|(?:deal|contract|agreement|partnership|renewal)(?:\s+\S+){0,4}\s+(?:agreed|committed|promised|signed)|legal(?:ly)? (?:required|obligations?)|(?:legal|statutory) (?:time )?(?:limits?|deadlines?)|(?:regulator|regulatory)[- ](?:required|mandated))\b/;
// Said another way round, or by a tender or licence: "as the data-sharing agreement requires",
// "the tender's DSPT requirements", "TfL's licence condition", "the council's contract
// condition". A licence condition or a tender's requirement is always set by someone outside.
const PROMISE_SHAPES =
  /\b(?:the|our|their|its) (?:[a-z0-9-]+\s+){0,3}?(?:contract|agreement|licen[cs]e|msa|terms|sla|framework) (?:requires|demands|sets out|specifies|says|stipulates|promises|guarantees|calls for|commits us to)\b|\b(?:licen[cs]e|approval|permit) conditions?\b|\b(?:the|this|our) (?:tender|bid|framework|rfp|rfq|procurement)'s\b|\b(?:requirements?|conditions?|criteria) (?:of|in|for) the (?:tender|bid|framework)\b|\b[a-z0-9&]+'s (?:[a-z0-9-]+\s+){0,2}?(?:contract|licen[cs]e|tender|framework) (?:conditions?|requirements?|terms|obligations?)\b/;
// A tender or procurement that requires something, named or not: "as required by the county
// council library tender", "as the state university procurement specifies", "the 10 working days
// required by the 2025 treaty wording" (a reinsurance treaty is a contract with the panel).
const TENDER_REQUIRES =
  /\b(?:as )?(?:required|requested|specified|demanded|mandated|set out) by (?:the|a|our|their|this) (?:[a-z0-9'-]+\s+){0,4}?(?:tender|bid|framework|procurement|rfp|rfq|invitation to tender|treaty|treaty wording|charter party|concession)\b/;
// Schemes and laws a team is held to by someone else: the card schemes' PCI DSS, the NHS's DSPT,
// financial and privacy law. Compliance with one, or its audit, is owed to whoever imposes it,
// though nobody is named ("Achieve NHS DSPT compliance", "Pass the PCI DSS audit", "by T+1 under
// MiFID II"). Voluntary standards (SOC 2, ISO 27001, WCAG) stay the team's choice unless a party
// or a tender asks for them, and a scheme named as a feature ("the GDPR data map") is work.
const MANDATE =
  '(?:pci(?: dss)?|dspt|data security and protection toolkit|mifid(?: ii| 2)?|emir|hipaa|sox|sarbanes-oxley|psd2|nis ?2|gdpr|fedramp|dora regulation)';
const MANDATE_MET = new RegExp(
  `\\b${MANDATE}\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:complian(?:ce|t)|audits?|assessments?|attestations?|certification|accreditation|authori[sz]ation|requirements?|obligations?|rules)\\b|\\b(?:under|as required by|in line with|comply with|compliant with|complies with)\\s+(?:the\\s+)?${MANDATE}\\b`,
);
const MANDATE_NAMED = new RegExp(`\\b${MANDATE}\\b`);
// "Zero critical findings in the Q3 PCI audit": findings counted in an audit someone else runs
// are their verdict on us ("in our internal review" is ours).
const FINDINGS_IN_AUDIT =
  /\b(?:findings|non-?conformit(?:y|ies)|observations|exceptions)\s+(?:in|from|at)\s+(?:the|their)\s+(?!(?:\S+\s+){0,3}?(?:internal|self|own)\b)(?:\S+\s+){0,4}?(?:audit|assessment|inspection|review)\b/;
// "Close out the 14 open actions from the STRMTG inspection": actions an outside body's
// inspection or audit raised are owed to it (with the body named or a regulator).
const ACTIONS_FROM_EXAM =
  /\b(?:actions|action points|recommendations|requirements)\s+(?:from|raised (?:in|at|by)|in)\s+(?:the|their)\s+(?!(?:\S+\s+){0,3}?(?:internal|self|own)\b)(?:\S+\s+){0,4}?(?:inspection|audit|assessment|visit)\b/;
// "secure enough to pass the Cleveland Clinic vendor security review": a named party's
// examination as the goal of the sentence, not only as its first word.
const TO_PASS_THEIR_EXAM =
  /\bto\s+pass\s+(?:the|their|its)\s+(?:\S+\s+){1,4}?(?:re-?)?(?:audit|assessment|inspection|certification|accreditation|review|examination|test)\b/;
// A paper agreed with a party, not a statistic of how often two readings agree ("classifier
// agreement with PSG").
const AGREEMENT = String.raw`(?<!\b(?:classifier|model|inter-rater|rater|annotator|labell?ing|label|human|prediction|diagnostic)\s)agreements?`;

// Promise language that needs a named party: "the Globex renewal", "Sony agreed", "ahead of
// the MoD bid" (not an ad exchange's bid requests; "within two terms" counts school terms).
// ("In our B&Q supply contract": a customer's name may carry an ampersand, above.)
// ("1% of requests" is traffic; "plans people want" is a wish, not a party's demand.)
const PROMISE_NEEDS_NAME = new RegExp(
  String.raw`\b(?:contracts?|deals?|renewals?|renewing|tenders?|bids?(?! (?:requests?|latency|rates?|prices?|responses?|floors?))|partnerships?|${AGREEMENT}|agreed|slas?|asked (?:for|us)|(?<!to-)request(?:ed)?(?!-)|(?<!\b(?:of|per|api|http|web|search|quote|total|all|failed)\s)requests|requires?|required|demand(?:ed|s)?|(?<!\b(?:people|users|customers|guests|players|members|readers|patients|staff|fans|they|we|you)\s)(?:needs?|wants?)|mandated|mandates?|requirements?|to sign|signing|sign-off from|signed(?: up)? for|signed|commitments?|committed|promised|promise|ordered|purchased|bought|paid for|sold|obligations?|(?<!\b(?:\d+|one|two|three|four|five|six|several|school|academic|summer|autumn|spring|winter)\s)terms|expects? (?:it|this|delivery)|in time for (?:their|the) \w+)\b|-required\b`,
);
// With only "customers" or "partners" in general, a contract or an SLA is still a promise.
const PROMISE_FOR_ANYONE = new RegExp(
  String.raw`\b(?:contracts?|contractual|slas?|${AGREEMENT}|renewals?)\b`,
);
// A regulator's date, audit or conditions are a promise: "to the FCA on time", "the Ofcom
// reporting deadline", "the ICO's audit recommendations", "the assessment with our QSA".
// With the body named, the dates and limits it sets, the gaps it flags and what is submitted or
// filed to it count too ("the staging date The Pensions Regulator set", "FPS submissions to HMRC").
const NAMED_REGULATOR_DATE =
  /\b(?:dates?|limits?|submissions?|filings?|lodg(?:e|ements?)|flagged|re-?inspections?|chases?|chased|visits?)\b/;
// What a named body's own inspection found, or what is handed to it, counted from → to.
const THEIR_VERDICT = /\b(?:flagged|raised|found|inspections?|re-?inspections?|audits?)\b/;
// "FPS submissions to HMRC", "evidence turnaround on RPA submissions": what is handed to the body,
// read from the raw text so the name is a name ("from filing to refund" is not).
const THEIR_INBOX =
  /\b(?:submissions?|filings?|lodgements?)\s+(?:to|with)\s+(?:the\s+)?[A-Z]|\b[A-Z]{2,6}(?:['’]s)?\s+(?:submissions?|filings?|lodgements?|returns?)\b(?!\s+(?:times?|durations?|latency|lag|speed))/;
const REGULATOR_DATE =
  /\b(?:(?:type[- ])?approvals?|registrations?|authori[sz]ations?|deadlines?|on time|due dates?|milestones?|timelines?|requirements?|rules|obligations?|expectations?|expects?|expected|mandate[sd]?|audits?|assessments?|inspections?|recommendations?|undertakings?|conditions|licen[cs]es?|permits?|accreditation|certification|enforcement|notices?|set out|asked|rule changes?|regulations?|tests?|stress tests?|reviews?|identified|raised|findings|weakness(?:es)?|laid before|for (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|before the \w+ (?:deadline|audit|review)|(?:set|due|scheduled|required|mandated|planned) (?:for|by|in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|next|the end|spring|summer|autumn|fall|winter)\w*)\b/;
// Delivering something to a named party: "Ship custom roles for Globex by May".
const DELIVER_TO =
  /^(?:deliver|ship|provide|build|launch|land|support|give|submit|send|hand in|hand over|integrate|implement|release|finish|complete|stand up|set up|roll out|enable|migrate|onboard|go live with)\b/;

const HAND_TO =
  /^(?:deliver|submit|provide|file|send|lodge|hand (?:in|over)|present|push|report|notify|publish)\s+(?:\S+\s+){1,8}?(?:to|with)\s+(?:the\s+)?[a-z]/;

const STANDARD =
  /\b(?:soc ?[123]|iso ?\d{4,5}|pci(?: dss)?|sox|hipaa|cyber essentials(?: plus)?|gdpr|wcag|fedramp|nist|hitrust|dspt)\b/;
const PASS_THEIR_EXAM =
  /^(?:pass|clear|get through|succeed (?:in|at)|complete|sail through)\s+(?:(?:the|our|their|its|an?)\s+)?(?:\S+\s+){1,4}?(?:re-?)?(?:audit|assessment|inspection|certification|accreditation|review|examination|test)\b/;
// A certification body's audit ("surveilance" as typed too) and an examiner named after the exam.
const CERTIFIERS_AUDIT = /\b(?:surveill?ance|re-?certification|certification)\s+(?:re-?)?audit\b/;
const NAMED_EXAMINER =
  /\b(?:audit|assessment|re-?audit|re-?assessment|review|inspection)\s+(?:by|with|from)\s+[A-Z][A-Za-z&.-]+/;

// "Keep the Soylent account by …", "Win the Globex account": a named customer's business to
// keep or win is a deal, like a renewal.
const ACCOUNT_TO_WIN =
  /^(?:keep|retain|save|win(?: back)?|secure|land|hold on to)\s+(?:the\s+)?(?:\S+\s+){1,3}?accounts?\b/;

// "Finish the Keycloak rollout", "Roll out Tailscale to every laptop": a name that is the tool
// being rolled out is a product, not a party ("Ship SSO for Globex" names one). A name followed
// by the work done with it, or right after a verb of putting a tool in place, is the tool; a
// move in any tense, its object up to seven words, its source after a qualifier or a first word
// ("Finish moving the customer database to HubSpot", "… from on-prem SQL Server to BigQuery").
// ("the Webflow rebuild of the studio website": a name before our own remaking of a thing of ours.)
const TOOL_WORK =
  '(?:(?:re-?build|redesign|re-?design|relaunch|revamp|refresh|overhaul|re-?platform|build|port) of (?:the|our|its)|rollout|roll-out|migration|upgrade|cut-?over|implementation|deployment|install(?:ation)?|adoption|go-live|set-?up|pilot|trial|licen[cs]es?|seats|instance|switchover|changeover|replacement)';
const TOOL_VERB =
  '(?:roll(?:ing)? out|deploy|install|adopt|enable|configure|set up|upgrade to|(?:migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?)(?: \\S+){0,7}?(?: from(?: \\S+){1,6})? to|replace(?: \\S+){0,3} with)';

const OWN_EXAMINERS =
  /\b(?:hand|visual|line|shift|floor|in-house|internal|own|qc|qa|final|bench|quality) (?:inspectors?|auditors?|assessors?)\b/g;

const TOOL_LEFT =
  '(?:cut-?over|migration|migrate|migrating|move|moving|switch|switching|transition|changeover)';

// "(counted from Help Scout tags)", "tracked in Jira": a name the figures are read from is a tool.
const DATA_FROM =
  '(?:counted|taken|pulled|read|measured|tracked|logged|exported|sourced)\\s+(?:from|in|by|via)';

function isToolName(name: string, text: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === '') return false;
  return (
    new RegExp(`\\b${DATA_FROM}\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${n}\\b`).test(text) ||
    // ("Cattle bought online via MartEye": what the sale goes through is a channel, not a party.)
    new RegExp(`\\bvia\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${n}\\b`).test(text) ||
    new RegExp(`\\b${n}\\s+(?:[a-z-]+\\s+){0,2}?${TOOL_WORK}\\b`).test(text) ||
    // ("Migrate repositories to GitHub Actions": the name may be the tool's second word; the
    // destination of a move from an old system, "… from the old Access database to LabStar", too.)
    new RegExp(`\\b${TOOL_VERB}\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${n}\\b`).test(text) ||
    // ("Finish cutover from Versatrans to the new platform": the tool being left.)
    new RegExp(
      `\\b${TOOL_LEFT}\\s+(?:\\S+\\s+){0,7}?(?:from|off|away from)\\s+(?:the\\s+)?(?:old\\s+|legacy\\s+|shared\\s+|existing\\s+|current\\s+){0,2}(?:[a-z0-9-]+\\s+){0,2}?${n}\\b`,
    ).test(text)
  );
}

// "Roll out Zendesk to the Manila support team": a place naming one of our own teams or sites.
function isOwnSite(name: string, text: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    n !== '' &&
    new RegExp(
      `\\b(?:to|for|in|at|across) (?:the|our) ${n}(?: [a-z-]+)? (?:team|office|hub|site|depot|warehouse|plant|contact centre|call centre|branch)\\b`,
    ).test(text)
  );
}

// "our contract with the DWP", "the SLA with Maersk", "our concession deed with the Port of
// Tauranga", "the 4% cap in our charter with Woodside": the paper names who it is with.
const PAPER_WITH_NAME = new RegExp(
  String.raw`\b(?:contracts?|${AGREEMENT}|SLAs?|MSAs?|deals?|partnerships?|deeds?|concessions?|leases?|MoUs?|charters?|charter part(?:y|ies)|treat(?:y|ies))\s+with\s+(?:the\s+)?(?:[A-Z][A-Za-z0-9&]*)`,
);

// "Spotify partnership deal: grow sponsored impressions …": a KR headed by the paper it serves.
const PAPER_HEADING =
  /^(?:[a-z0-9&'-]+\s+){1,3}(?:contract|deal|partnership|agreement|sla|msa|renewal)\s*:/;

// "as agreed in the MoU", "as specified in the tender", "as set out in the partnership
// schedule": paper that is always with someone outside, or a schedule of a partnership or deal.
const AS_AGREED_IN_PAPER =
  /\bas (?:agreed|specified|set out|required|defined|laid down|committed|promised) (?:in|under|by) (?:the|our|their|its|this) (?:[a-z0-9-]+ ){0,3}?(?:mous?|memorand(?:um|a) of understanding|tender|invitation to tender|itt|contract|contract variation|agreement|deed|concession|franchise|licen[cs]e|letter of intent|term sheet|(?:partnership|deal|contract|customer|client) (?:schedule|specification|spec))\b/;

// "as our alliance service charter commits us to", "the codeshare agreement binds us to": paper
// of an alliance, partnership or consortium is always with the others in it.
const ALLIANCE_PAPER =
  /\b(?:alliance|partnership|partner|consortium|codeshare|joint venture|network|membership)\s+(?:[a-z-]+\s+){0,2}?(?:charter|agreement|compact|code|pact|rules)\s+(?:commits|binds|obliges|requires)\s+us\b/;

const RATE_OVER_MANY =
  /\b(?:win|success|hit|conversion|close|shortlist(?:ing)?) rates? (?:on|of|for|in|across) (?:\S+\s+){0,4}?(?:tenders|bids|deals|pitches|rfps|opportunities)\b/;

const PAPER = '(?:contract|agreement|deal|order|sow|msa|mou)';
const CONTRACT_STARTS_CLOCK = new RegExp(
  `\\bfrom (?:a |the )?(?:[a-z-]+ ){0,2}?(?:(?:signed|agreed) (?:[a-z-]+ )?${PAPER}|${PAPER} (?:signature|signing|signed|agreed))\\b(?=,? to\\b)|\\bfrom (?:a |the )?(?:signed ${PAPER}|${PAPER} (?:signature|signing))\\b`,
  'g',
);

// "the FinCEN typology test set", "the NCS reference swatch set": a name that opens a noun phrase
// ("the <Name> <noun> … set") qualifies the noun; its "set" is a collection (a yardstick of
// ours), not the verb of a party setting a level ("the window the CFPB set", "the level Ofgem
// has set", "the times the DfT regulations set"), which follows the name, "has" or a plural.
const SET_AS_NOUN =
  /\b((?:the|a|an|our|their)\s+[A-Z][\w&.-]*(?:\s+[a-z][\w-]*){0,2}\s+[a-z][\w-]*[a-rt-z0-9-]\s+)set\b(?!\s+(?:for|by|out|in|at|a|an|the|us|our|«|\d|to)\b)/g;

/** True when the text reads as a delivery promise to someone outside the team. */
export function isExternalCommitment(written: string): boolean {
  // "open Renovate pull requests": code changes a bot or a colleague raises ask nothing of us.
  const raw = neutralTradeVolumes(
    withoutPopulationAsides(written)
      .replace(SET_AS_NOUN, '$1collection')
      .replace(/\b(?:pull|merge) requests?\b/gi, 'code changes'),
    extractNumbers(normalizeText(written)).hasFromTo,
  );
  // "Time from signed contract to first impression", "days from site contract signed to first
  // patient enrolled": a contract event that opens a measured interval starts our clock (it
  // measures our onboarding), not a promise.
  // ("Orders ship on the day we promised", "by the date agreed with each client": punctuality.)
  const text = normalizeText(agreedTimesAsOnTime(raw))
    .replace(CONTRACT_STARTS_CLOCK, 'from start')
    // "found by hand inspectors", "our QC auditors": examiners qualified as our own staff.
    .replace(OWN_EXAMINERS, 'staff checkers')
    // "Issue a condition report once requested": a request that starts our clock, not a promise.
    .replace(/\b(?:once|when|as soon as|after(?: it is| being)?|if) requested\b/g, 'on demand');
  if (PROMISE.test(text) || PAPER_WITH_NAME.test(raw) || PAPER_HEADING.test(text)) return true;
  if (PROMISE_SHAPES.test(text) || FINDINGS_IN_AUDIT.test(text)) return true;
  if (TENDER_REQUIRES.test(text) || MANDATE_MET.test(text)) return true;
  // A scheme imposed on us with its deadline: "Publish our DSPT … before the 30 June deadline".
  if (MANDATE_NAMED.test(text) && /\bdeadline\b/.test(text)) return true;
  // An outside body tied to what it imposes ("the window set by the CFPB consent order") is a
  // promise even when the KR is a from → to measure: the level is theirs, not chosen by the team.
  if (isImposedObligation(raw) || statesTheirRequirement(raw)) return true;
  // Measured by a named party's examination or level, or handed to its official: its yardstick.
  if (usesTheirYardstick(raw) || setByTheirDocument(raw, text) || setByThem(raw, text)) return true;
  // A named party's own things by their date or a deadline (rules/theirOrder.ts).
  if (awaitsTheirSayso(raw) || isTheirOrderByTheirDate(raw)) return true;
  // A named party that is given, sent or provided the deliverable, is kept satisfied, judges
  // us, sets the level, or is an instrument we act under (text/partyRelations.ts); and a level
  // or deliverable "as agreed in the MoU" or "as specified in the tender".
  if (namedPartyRelation(raw) || AS_AGREED_IN_PAPER.test(text) || ALLIANCE_PAPER.test(text)) {
    return true;
  }
  // "Raise our win rate on NHS Supply Chain tenders from 22% to 35%": a rate over many tenders,
  // bids or deals measures how we do across them, not a promise to the one named.
  if (RATE_OVER_MANY.test(text)) return false;
  const parties = partiesIn(text, raw);
  // "Resubmissions requested by the regulator from 3 to 0": a measure of how it goes with
  // someone outside, not a promise to them.
  const isMeasure = extractNumbers(text).hasFromTo && !DELIVER_TO.test(stripLead(text));
  // ("Audit-trail gaps flagged in the GPhC inspection from 14 to 0" names the body whose
  // inspection it is: that stays its verdict on us.)
  // (A measure of our own that only mentions the body, "users who file with HMRC", is not.)
  if (isMeasure && parties.names.length === 0) {
    const theirs = THEIR_VERDICT.test(text) || THEIR_INBOX.test(raw);
    if (!parties.isNamedRegulator || !theirs) return false;
  }
  // "Submit the DORA register of information to the Central Bank of Ireland": a document handed
  // to a regulator is owed to it.
  if (parties.isRegulator && HAND_TO.test(stripLead(text))) return true;
  if (ACTIONS_FROM_EXAM.test(text) && (parties.isRegulator || namedParties(raw).length > 0)) {
    return true;
  }
  if (
    parties.isRegulator &&
    (REGULATOR_DATE.test(text) || DEADLINE.test(text) || PROMISE_NEEDS_NAME.test(text))
  ) {
    return true;
  }
  if (parties.isNamedRegulator && NAMED_REGULATOR_DATE.test(text)) return true;
  // ("Migrate the contract billing module from AS/400 to Dynamics 365": products moved between
  // are tools, and a contract that only qualifies a module promises nothing to them.)
  const onlyTools =
    !parties.isRegulator &&
    parties.names.length > 0 &&
    parties.names.every((name) => isToolName(name, text));
  if (parties.isNamed && !onlyTools && PROMISE_NEEDS_NAME.test(text)) return true;
  if (parties.isNamed && ACCOUNT_TO_WIN.test(stripLead(text))) return true;
  if (
    (parties.isNamed || parties.isGeneric) &&
    /\btheir\s+(?:\S+\s+)?(?:contract|renewal|sla|msa|agreement|deal)s?\b/.test(text)
  )
    return true;
  if (parties.isGeneric && PROMISE_FOR_ANYONE.test(text) && !/^(?:contract|renewal)/.test(text)) {
    return /\b(?:customers?|clients?|partners?)'?s?\s+(?:\S+\s+)?(?:contracts?|slas?|agreements?)\b|\b(?:contracts?|slas?|agreements?)\s+(?:with|for)\s+(?:our\s+|the\s+)?(?:\S+\s+)?(?:customers?|clients?|partners?)\b/.test(
      text,
    );
  }
  // "Pass the Visa PIN security audit", "Pass Sony certification for the PS5 release": an
  // examination set by a named party is its condition, with or without an article.
  // A standard's own audit ("the SOC 2 Type II audit") is the team's choice, not a party's,
  // unless it names who examines: an assessor ("the PCI DSS assessment by Trustwave"), or a
  // certification body's audit, named or not ("the ISO 27001 surveillance audit").
  const passesTheirExam = PASS_THEIR_EXAM.test(stripLead(text)) || TO_PASS_THEIR_EXAM.test(text);
  if (
    passesTheirExam &&
    (CERTIFIERS_AUDIT.test(text) ||
      (parties.isNamed && (!STANDARD.test(text) || NAMED_EXAMINER.test(raw))))
  ) {
    return true;
  }
  const sites = namedSiteWords(raw);
  const partyNames = parties.names.filter(
    (name) => !isToolName(name, text) && !isOwnSite(name, text) && !sites.has(name),
  );
  return (
    partyNames.length > 0 &&
    DELIVER_TO.test(stripLead(text)) &&
    (DEADLINE.test(text) || BEFORE_AN_OCCASION.test(text))
  );
}

/** external-commitment: the OKR is really a delivery promise to a stakeholder. */
export function externalCommitmentFinding(objective: FindingRef, keyResult?: FindingRef): Finding {
  return makeFinding({
    rule: 'external-commitment',
    objective,
    keyResult,
    message: `${keyResult ? 'This key result' : 'This objective'} reads as a delivery promise to a stakeholder, not an outcome the team chose.`,
    suggestion:
      'Track the promise as a dependency or commitment with its date, and write the KR as the outcome the stakeholder gets, e.g. "the customer’s users sign in through SSO with fewer than 1 % failed logins".',
  });
}
