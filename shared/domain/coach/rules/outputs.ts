import type { KeyResultAnalysis } from '../analyze';
import { makeFinding } from '../catalog';
import {
  asksForBetter,
  DEADLINE,
  hasChangeVerb,
  METRIC_NOUN,
  UNAIDED_SUCCESS,
  UNTIL_MEASURE,
  verbDirection,
} from '../text/lexicon';
import { DEFINITE_SET_MADE, DEFINITE_SET_REMOVED, OPEN_BACKLOG } from '../text/numberPhrases';
import type { Finding, FindingRef, CoachKeyResult } from '../types';
import { detectAdoption, passesCleanly } from './adoption';
import { findGameableFamily } from './gameable';
import { holdsALevelOrState } from './levelsAndStates';
import { isWishOrLevel } from './wishesAndLevels';
import { outcomeHintFor } from './outcomeHints';
import {
  carriesCoverage,
  countsDownActivity,
  countsRecordsMade,
  growsAStockOfTests,
  isTimedHandOver,
  talliesActivity,
} from './outputGuards';
import {
  countsTheMeans,
  honoursAPaper,
  isCultureOrFeelingAim,
  isQualityPromised,
  isRelationshipAim,
  isSetOwed,
  purposeMovesAMeasure,
} from './purposeAndAims';
import { isTheirThingsByADate, isWorkByADate, leadOfWork } from './workByADate';

// ("Revamp the booking portal onto the new design system": a reworking verb that moves something
// onto a new platform is a migration, though "Revamp how finance approves invoices" is an aim.)
const TASK_VERB =
  /^(?:(?:revamp|overhaul|rework)(?=\s+(?:\S+\s+){1,5}?(?:onto|on to|into|on|to)\s+(?:the\s+|our\s+)?(?:new|shared|latest|standard|common)\b)|(?:respond to|act on|action)(?=\s+(?:\S+\s+){0,5}?(?:findings|recommendations|audit|inspection|review|consultation|rfp|tender|actions|requests? for))|roll(?:ing)? out|roll\s+(?:\S+\s+){1,5}?out\b|close out|sign up|put|fit|quarantine|tag|label|commission|issue|distribute|hand out|allocate|equip|open(?=\s+(?:«\d+»|\d|an?\b|the\b|new\b|our\b))|merge(?=\s+(?:the|our|both|all|«\d+»)\s+(?:\S+\s+){0,3}?(?:systems|databases|platforms|stacks|tools|apps|services|codebases|repos|teams|products|sites|accounts)\b)|address(?=\s+(?:the|every|all|each|our|its|«\d+»)\b)|send|supply(?=\s+\S+)|hand(?=\s+(?:\S+\s+){1,3}?(?:an?|the|our|every)\s)|show(?=\s+(?:\S+\s+){1,4}?(?:on|in)\s+(?:every|all|each)\s)|scan|load[- ]test|stress[- ]test|soak[- ]test|pen[- ]test|buy|purchase|procure|renew|license|licence|validate|verify|qualify|certify|accredit|hand over|enrol|enroll|register|connect|digiti[sz]e|submit|file|retrain|re-train|re-index|reindex|model (?:the|our|a|an)\b|give|set up|stand up|spin up|kick off|go live(?: with)?|open[- ]source|build out|carry out|sign off(?: on)?|switch over|cut over|put in place|get rid of|wrap up|complete|finish|finali[sz]e|ship|launch|deliver|release|deploy|migrate|implement|build|rebuild|create|write|rewrite|develop|design|redesign|conduct|host|organi[sz]e|publish|document|introduce|adopt|integrate|upgrade|update|replace|refactor|re-?architect|re-?platform|move|port|convert|consolidate|decommission|retire|sunset|deprecate|remove|switch|transition|install|configure|turn on|turn off|switch on|switch off|containeri[sz]e|dockeri[sz]e|establish|define|draft|produce|prepare|perform|execute|evaluate|investigate|research|explore|prototype|pilot|audit|assess|review|plan|schedule|hire|recruit|train|onboard|automate|enable|add|provide|fix|standardi[sz]e|unify|centrali[sz]e|moderni[sz]e|start|begin|attend|present|instrument|extract|split|locali[sz]e|translate|obtain|negotiate|clean up|tidy up|reorgani[sz]e|restructure|rename|archive|delete|swap(?: out)?|land|encrypt|enforce|mandate|rotate|backfill|benchmark|measure|track|announce)(?![\w-])/;
// "Run" and "hold" are only tasks when what is run or held is an event ("hold latency at 200 ms").
const RUN_EVENTS =
  /^(?:run|hold|do|perform)\s+(?:«\d+»\s+|an?\s+|the\s+|weekly\s+|monthly\s+|quarterly\s+|regular\s+)?(?:[a-z-]+\s+){0,3}?(?:workshops?|lunch[- ]and[- ]learns?|game ?days?|sessions?|trainings?|reviews?|experiments?|drills?|hackathons?|retros?|retrospectives?|meetings?|surveys?|pilots?|campaigns?|audits?|chaos|tests?|exercises?|simulations?|interviews?|calls?|demos?|talks?|presentations?|office hours|brown ?bags?|post-?mortems?|post-incident reviews?|ceremon(?:y|ies)|standups?|stand-ups?|syncs?|events?|classes|courses?|bootcamps?|rehearsals?|dry[- ]runs?|failovers?|boards?|cabs?|committees?|forums?|councils?|guilds?|panels?|clinics?)\b/;
// "Ship more quickly", "Deploy 3x more often", "Release daily": a pace, not a deliverable.
const PACE_AFTER =
  /^(?:«\d+»\s+(?:(?:more|less|fewer)\s+(?:often|frequently|quickly)|faster|times)\b|more|less|fewer|faster|quicker|sooner|safer|better|smaller|twice|thrice|often|frequently|as often|with confidence|without)\b/;
// A cadence is a pace only for deliveries: "Release weekly" is a pace, "Hold a review weekly" an event.
const CADENCE_AFTER =
  /^(?:daily|weekly|hourly|continuously|on demand|multiple times|every day|every week)\b/;
// A release pace anywhere after a delivery verb: "Release to production 5 times a week".
const SHIP_VERB = /^(?:ship|deliver|release|deploy|merge|push)\b/;
const PACE_ANYWHERE =
  /\b(?:more|less) (?:often|frequently)\b|«\d+»\s+times\s+(?:a|an|per|each|every)\b|\b(?:daily|hourly|on demand|every day|multiple times|continuously|per (?:day|week)|every (?:week|sprint|fortnight|monday|tuesday|wednesday|thursday|friday|weekday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays))\b/;
// "Build time under 10 min", "Release cadence": the verb is really a noun.
// ("Host NPS to 50", "Launch conversion": a score of hosts or launches; "Release rollbacks per
// month": events counted per period.)
const NOUN_AFTER =
  /^(?:e?nps|csat|ces|churn|retention|satisfaction|scores?|ratings?|conversion|earnings|occupancy|time|times|duration|frequency|cadence|rates?|failures?|success|speed|latency|lead time|queue|size|cost|costs|errors?|breaks?|quality|accuracy|reliability|stability|volume|throughput|health|turnaround|coverage|velocity|minutes|hours|(?:rollbacks?|reverts?|delays?|slips?|hotfix(?:es)?|incidents?|outages?|defects?|regressions?)(?=\s+(?:per|a|an|each|every)\s))(?![\w-])/;
const QUALITY_AT_LEVEL =
  /^[a-z-]+(?:ity|ness)\s+(?:at|above|below|under|over|of at least|«\d+»)(?![\w-])/;
const DONE_WORDS =
  /\b(?:switched off|turned off|shut down|sunsetted|removed|deleted|deprecated|completed|shipped|launched|delivered|released|deployed|rolled out|migrated|implemented|built|done|finished|live|in production|adopted|in place|decommissioned|retired|ready|upgraded|replaced|rewritten|published|documented|set up|signed off|went live|go-live|generally available)(?![\w-])/;
const MILESTONE_NOUN =
  /\b(?:mvp|beta|ga|v\d+|version «?\d+|phase «?\d+|milestone|go-live|proof of concept|poc|prototype|roadmap|rfc|design doc(?:ument)?|runbooks?|playbooks?|migration|rollout|roll-out|rewrite|re-architecture|integration|launch|release of|certification|certified|compliance|compliant|accreditation|attestation|(?:type (?:i|ii|1|2)|attestation|assurance|soc ?[123]) reports?|audit|approval|sign-off|submission|filing|kick-?off|replatforming|re-?platforming|cut-?over|rebuild|redesign|refactor(?:ing)?)\b(?!\s+(?:experiences?|journeys?)\b)/;
const PACE_AT_END = /\s(?:faster|sooner|quicker|more quickly|more often|earlier)$/;
const PACE_IN_CLAUSE =
  /^(?:[a-z0-9'-]+\s+){1,7}?(?:faster|sooner|quicker|more quickly|more often|earlier)(?:\s*[,;—–-]|$)/;
const EASE_VERB =
  /^(?:streamline|simplify|smooth(?: out)?|speed up|sharpen|broaden|widen|delight)\s/;
// "Achieve FedRAMP Moderate authorisation": an authorisation to obtain is a milestone.
const TO_OBTAIN =
  /^(?:achieve|obtain|gain|get|secure|receive|earn|win)\s+(?:the\s+|an?\s+|our\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:authori[sz]ation|authority to operate|accreditation|attestation|certification)\b/;
// "Pass SOC 2 Type II for the analytics product": a standard passed is an attestation obtained.
const PASS_STANDARD =
  /^(?:pass|clear|get through)\s+(?:the\s+|our\s+)?(?:soc ?[123]|iso ?\d{4,5}|pci(?: dss)?|cyber essentials|hitrust|fedramp|dspt|hipaa|nist)\b/;
// "Modernise the practice management experience", "Transform the way dispatchers plan routes":
// ("Clean up the address-lookup experience" too: an experience tidied is a quality aimed at)
// an experience or a way of working reworked is a vague aim (missing-metric says so), not a
// deliverable ("Modernise the patient portal" is one).
const REWORK_EXPERIENCE =
  /^(?:moderni[sz]e|overhaul|revamp|re-?imagine|rethink|transform|reinvent|refresh|reshape|elevate|clean up|tidy up|smarten up|spruce up|sort out|polish(?: up)?)\s+(?:(?:the|our|their)\s+)?(?:(?:[a-z-]+\s+){0,3}?(?:experience|journey)s?|look and feel|(?:the\s+)?way\s|how\s)/;
const CLOSE_QUOTA =
  /^(?:close(?: out)?|resolve|fix|triage|clear|remediate|action|acknowledge|burn down|address|handle|work off)\s+(?:another\s+|a further\s+)?«\d+»\s+(?!of\b)/;
const DONE_SO_FAR =
  /«\d+»\s+(?:done|complete|completed|finished|migrated|moved|converted|switched|onboarded|live)(?:\s+(?:so far|already))?\s*[,;)]/;
const SHARE_ON_TIME =
  /^[a-z-]+\s+«\d+»\s+of\s+(?:\S+\s+){1,6}?(?:by\s+t\s*\+|on time|within\s|on or before\s|by the (?:[a-z-]+\s+){0,2}?(?:deadline|due date|cut-?off))/;
const RECURRING_EVENT =
  /\b(?:before|after|ahead of|at|for|around|during|between|in time for)\s+(?:each|every|all)\s+(?:[a-z0-9-]+\s+){0,3}(?:launch(?:es)?|releases?|go-lives?|rollouts?|patch(?:es)?|updates?|submissions?|audits?|filings?)\b/g;
// "Platform office hours held weekly": an event held, in the passive.
const EVENTS_HELD =
  /\b(?:office hours|workshops?|sessions?|meetings?|trainings?|talks?|demos?|retros?|drills?|game ?days?|brown ?bags?|lunch[- ]and[- ]learns?|hackathons?|rehearsals?|ceremon(?:y|ies)|stand-?ups?)\s+(?:held|run|hosted|conducted|organi[sz]ed|delivered|scheduled)\b/;

// Verbs by their ending (modernise, containerise, deprecate, simplify): almost always work to
// do, unless they ask for a change in a quantity or a quality (minimise, accelerate, stabilise).
const MADE_VERB = /^[a-z]{3,}(?:ise|ize|ate|ify)(?![\w-])/;
const NOT_A_TASK =
  /^(?:minimi[sz]e|maximi[sz]e|optimi[sz]e|reali[sz]e|prioriti[sz]e|stabili[sz]e|emphasi[sz]e|accelerate|eliminate|mitigate|elevate|alleviate|moderate|rate|date|state|create|translate|demonstrate|motivate|activate|educate|communicate|differentiate|amplify|intensify|satisfy|justify|qualify|certify|verify|identify|quantify|clarify|notify|simplify)$/;

// Work items that are counted, whatever else the KR states: "Run 30 A/B experiments, versus 12
// last quarter", "Build 20 dashboards (from 4)". Throughput of closing items stays gameable only.
const WORK_ITEM_FAMILIES = new Set([
  'activity-count',
  'artefacts',
  'experiments',
  'reviews-meetings',
  'tests-written',
  'docs',
  'features-shipped',
  'postmortems',
]);
const COUNTED_OBJECT =
  /^[a-z]+(?:\s+(?:up|out|off))?\s+(?:another\s+|a further\s+|an extra\s+|the\s+|all\s+(?:the\s+)?)?«(\d+)»\s+(?!(?:times|x|%)\b)/;
// "Consolidate SOC tooling from 7 products to 2": how far the work has got, counted.
const CONSOLIDATE =
  /^(?:consolidate|rationali[sz]e|merge|collapse|standardi[sz]e|decommission|retire|sunset|deprecate|migrate)\s+(?:\S+\s+){0,4}?from\s+«\d+»/;
// "Automate 60% of regression testing, up from 25%": how far the automating has got.
const AUTOMATE_SHARE =
  /^automate\s+(?:«\d+»\s+of|all(?: of)?|every)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,3}?(?:testing|tests|test cases|checks|processes|workflows|reports|jobs|steps|tasks|runbooks|deployments|releases|reconciliations|controls|provisioning)\b/;
// "Get to 80% by June", "Move it to 30%": a number to reach with its measure unnamed
// (missing-metric says so), not a piece of work.
const REACH_A_NUMBER =
  /^(?:(?:get|move|bring|take|push)\s+(?:(?:it|this|that|the (?:number|figure|metric|score|rate|level))\s+)?to|reach|hit|achieve|attain)\s+«\d+»/;
// ("Ship each weekly release with fewer than 50 live calls dropped": things lost or broken along
// the way, counted, say how well too.)
const DONE_CLEANLY =
  /\bwith(?:out)?\s+(?:no|zero|«\d+»|under|fewer(?: than)?|less than|no more than|a single|any)\s+(?:«\d+»\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:errors?|mistakes?|defects?|bugs?|incidents?|outages?|downtime|rollbacks?|failures?|corrections?|complaints?|rework|regressions?|crash(?:es)?)\b|[a-z-]+s\s+(?:dropped|lost|failed|missed|rejected|delayed|broken|corrupted|duplicated|stuck)\b|(?:failed|broken|dropped|lost|missed|rejected|corrupted|duplicated|stuck|unplanned|unscheduled)\s+(?:[a-z-]+\s+)?[a-z-]+)|\bwith\s+(?:[a-z-]+\s+){1,3}?(?:at|above|over)\s+(?:at least\s+)?«\d+»/;
const QUALITY_NOUN =
  /^(?:[a-z-]+\s+)?[a-z-]+(?:ity|ness|ance|ence|ency|ancy|ure|uptake|quality|health|success)$/;
// "Close the Initech reseller deal by shipping white-label theming": a deal won by delivering
// something is work promised (external-commitment says to whom). "Secure the renewal by cutting
// latency from 900 to 250 ms" names an outcome and stays one.
const DEAL_BY_DELIVERY =
  /^(?:close|win|sign|land|secure|clinch|seal|unlock|unblock|rescue|keep|save|get|progress|advance)\s+(?:the|a|an|our|their)\s+(?:[a-z0-9&'.-]+\s+){0,4}?(?:deal|contract|renewal|partnership|agreement|account|tender|rfp|expansion|upsell)\s+(?:(?:signed|closed|over the line|done|agreed|renewed)\s+)?by\s+(?:shipping|delivering|building|launching|releasing|adding|integrating|providing|completing|finishing|implementing|migrating|rolling out|creating|developing)\b/;

// "Provide 99.95% availability to Mayo Clinic": a level of service held, not a deliverable.
const SERVICE_LEVEL =
  /^(?:provide|deliver|offer|guarantee|give)\s+(?:an?\s+|the\s+)?«\d+»\s+(?:[a-z-]+\s+){0,2}?(?:availability|uptime|accuracy|reliability|success|on-time|response)\b/;
// "Send daily eligibility files to DWP by 6am every working day", "… by 7am on 98% of days": a
// hand-over recurring on a clock is kept on time or not, a rate, not work done once. ("Submit
// Solvency II reporting to the PRA on time every quarter" names no clock: a filing, still work.)
const RECURRING =
  /\b(?:daily|nightly|weekly|fortnightly|monthly|every|each)\b|\b(?:on|for|in)\s+«\d+»\s*%?\s+of\b/;
const ON_A_CLOCK =
  /\bby\s+(?:«\d+»|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\d{1,2}:\d\d)|\b(?:every|each)\s+(?:working\s+|business\s+)?(?:day|weekday|monday|tuesday|wednesday|thursday|friday)\b/;
const HAND_OVER = /^(?:send|deliver|submit|file|provide|publish|upload|return)\b/;
function isRecurringHandOver(lead: string): boolean {
  return HAND_OVER.test(lead) && RECURRING.test(lead) && ON_A_CLOCK.test(lead);
}

// "Migrate services until the share on Kubernetes reaches 90%": how far the work has spread,
// however it is worded, is still the work.
const SPREAD_UNTIL =
  /^(?:migrate|move|port|onboard|adopt|roll out|convert|upgrade|register|enrol|enroll|containeri[sz]e|dockeri[sz]e|instrument|deploy|install|switch|decommission|retire)\b/;

// "Onboard 1,200 sellers to the marketplace, from 400", "Register 60 datasets": putting a number
// of things on a list is work, however far it has got.
const ENROL_COUNT =
  /^(?:onboard|enrol|enroll|register|sign up|catalog(?:ue)?|index|list)\s+(?:another\s+|a further\s+)?«(\d+)»\s+(?:more\s+|new\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\b/;

function enrolsACount(a: KeyResultAnalysis, lead: string): boolean {
  const m = ENROL_COUNT.exec(lead);
  const q = m ? a.numbers.quantities[Number(m[1])] : undefined;
  return q !== undefined && q.dimension === 'none';
}

function countsWorkItems(a: KeyResultAnalysis, lead: string): boolean {
  const m = COUNTED_OBJECT.exec(lead);
  const q = m ? a.numbers.quantities[Number(m[1])] : undefined;
  if (!q || q.dimension !== 'none' || q.per !== undefined) return false;
  const family = findGameableFamily(a);
  return family !== null && WORK_ITEM_FAMILIES.has(family.id);
}

/** How a KR reads as work rather than as a change in the world, if it does. */
export interface OutputMatch {
  kind: 'task' | 'done' | 'milestone';
}

/** Decides whether a key result describes work (an output) instead of an outcome. */
export function detectOutput(a: KeyResultAnalysis): OutputMatch | null {
  // "Observability: implement tracing everywhere": what follows a colon is the KR proper.
  const colon = a.lead.indexOf(':');
  const afterColon = colon > 0 && colon < a.lead.length - 1 ? a.lead.slice(colon + 1).trim() : '';
  // "Services on the golden path: 30 → 90": a colon before the numbers ends the subject.
  const lead = afterColon && !/^«\d+»/.test(afterColon) ? afterColon : a.lead;
  // "Learners completing every task unaided: 5 of 20 today, 12 by June": a success rate of the
  // people served, measured from a baseline to a target, not work the team completes.
  if (a.hasMeasurement && UNAIDED_SUCCESS.test(a.text)) return null;
  if (purposeMovesAMeasure(a.numbers.masked)) return null;
  if (isWishOrLevel(a.lead, lead)) return null;
  if (isCultureOrFeelingAim(a.lead) || honoursAPaper(a.lead) || holdsALevelOrState(a)) return null;
  if (countsTheMeans(a.lead) || isSetOwed(a.lead)) return { kind: 'task' };
  if (passesCleanly(lead)) return null;
  const adoption = detectAdoption(a, lead) ?? (lead === a.lead ? null : detectAdoption(a, a.lead));
  if (adoption) return { kind: adoption === 'launch' ? 'milestone' : 'task' };
  if (EVENTS_HELD.test(a.text) && !a.hasMeasurement) return { kind: 'task' };
  if (talliesActivity(a)) return null;
  // "Fix the 17 findings the pen test raised": a known set to clear is a piece of work.
  // ("Resolve all 180 open security alerts": a backlog counted down, gameable-metric says so.)
  if (DEFINITE_SET_REMOVED.test(a.numbers.masked) && !OPEN_BACKLOG.test(a.numbers.masked)) {
    return { kind: 'task' };
  }
  if (DEFINITE_SET_MADE.test(a.numbers.masked)) return { kind: 'task' };
  // "Resolve 500 Snyk alerts", "Triage 400 Sentry errors": a quota of items closed is throughput,
  // an activity count (gameable-metric says so), not a known piece of work.
  if (CLOSE_QUOTA.test(lead) && findGameableFamily(a) !== null) return null;
  if (countsRecordsMade(a, lead) || isTimedHandOver(a, lead)) return null;
  if (countsDownActivity(a)) return null;
  if (carriesCoverage(a, lead)) return { kind: 'task' };
  if (countsWorkItems(a, lead)) return growsAStockOfTests(a) ? null : { kind: 'task' };
  // "Migrate repositories to GitHub Actions: 10 done, 40 by quarter end": how far a migration
  // has got, counted, is still the migration.
  if (SPREAD_UNTIL.test(lead) && DONE_SO_FAR.test(a.numbers.masked)) return { kind: 'task' };
  if (enrolsACount(a, lead)) return { kind: 'task' };
  if (DEAL_BY_DELIVERY.test(lead)) return { kind: 'task' };
  if (isWorkByADate(a, lead)) return { kind: 'milestone' };
  if (UNTIL_MEASURE.test(a.numbers.masked) && !SPREAD_UNTIL.test(lead)) return null;
  if (CONSOLIDATE.test(lead) && a.baseline?.dimension === 'none') return { kind: 'task' };
  if (AUTOMATE_SHARE.test(lead) && !/\b(?:with(?:out)?|in under|within)\b/.test(lead)) {
    return { kind: 'task' };
  }
  if (a.hasMeasurement || isRelationshipAim(lead) || REACH_A_NUMBER.test(lead)) return null;
  if (SERVICE_LEVEL.test(lead) || isRecurringHandOver(lead)) return null;
  // "Fix critical CVEs faster", "Streamline the release process": a pace or ease asked for, vague
  // (missing-metric says so) but not a deliverable.
  if (PACE_AT_END.test(lead) || EASE_VERB.test(lead) || REWORK_EXPERIENCE.test(lead)) return null;
  // "Submit 100% of reports by T+1", "Complete 95% of a council's orders within the contract's
  // window", "on or before payday": a share of a set done on time, whatever the verb, is a rate.
  if (SHARE_ON_TIME.test(lead)) return null;
  if (TO_OBTAIN.test(lead) || PASS_STANDARD.test(lead)) return { kind: 'milestone' };
  const work = leadOfWork(lead, TASK_VERB);
  const madeVerb = MADE_VERB.exec(work);
  const verb =
    TASK_VERB.exec(work) ??
    RUN_EVENTS.exec(work) ??
    (madeVerb && !NOT_A_TASK.test(madeVerb[0]) ? madeVerb : null);
  if (verb) {
    // ("Refactor commits to the sensor hub" with "refactor commits per month" as the metric: the
    // title opens with its metric's name, a noun phrase, not a verb and its object.)
    const opening = work.split(/\s+/).slice(0, 2).join(' ');
    if (a.metricText !== '' && opening.includes(' ') && a.metricText.startsWith(opening))
      return null;
    const raw = work.slice(verb[0].length).trim();
    const rest = raw.replace(/^(?:the|our|a|an|it)\s+/, '');
    if (isQualityPromised(verb[0], raw, work)) return null;
    // "Deliver payroll with no errors for 3 months running": how well it is done each time.
    if (SHIP_VERB.test(work) && DONE_CLEANLY.test(rest)) return null;
    // "Build time under 10 min" is a noun; "Build a cost dashboard" is a verb and its object.
    const hasObject = rest !== raw;
    if (PACE_AFTER.test(rest) || (!hasObject && NOUN_AFTER.test(rest))) return null;
    // "Publish sugar-content results to growers faster, as agreed …": a pace asked for.
    if (PACE_IN_CLAUSE.test(rest)) return null;
    // "Track availability at 99.9 %": a quality noun held at a level, not a verb and its object.
    if (!hasObject && QUALITY_AT_LEVEL.test(rest)) return null;
    // "Deploy compliance", "Launch readiness" with a metric, baseline and target in the fields:
    // a noun phrase naming a quality, not a verb and its object.
    if (
      !hasObject &&
      a.metricText !== '' &&
      a.numericDirection !== null &&
      QUALITY_NOUN.test(rest)
    ) {
      return null;
    }
    if (SHIP_VERB.test(work) && CADENCE_AFTER.test(rest)) return null;
    if (SHIP_VERB.test(work) && PACE_ANYWHERE.test(rest)) return null;
    return { kind: 'task' };
  }
  if (verbDirection(lead) || METRIC_NOUN.test(a.text)) return null;
  // "Patch compliance" with a baseline and a target in the fields: a rate, not a milestone.
  if (a.numericDirection !== null) return null;
  // "Achieve SOC 2 certification" is a milestone; "Keep checkout live" is not a delivery.
  const isNeutral = hasChangeVerb(lead);
  // "Improve EDI integration with the lines": a betterment of a thing, vague (missing-metric
  // says so), not the thing delivered.
  if (asksForBetter(lead)) return null;
  // "Return-label creation success at 99.5% by end of quarter": a share to reach by a date is a
  // level, not a delivery ("Migration 100% done by June" is still one).
  // All of a milestone ("PCI DSS compliance at 100% by year end") is the milestone itself.
  // ("Barcode scan compliance at administration, 89% now, to go up": today's share is a level too.)
  const level = a.target ?? a.baseline;
  const isLevel = level?.dimension === 'percent' && level.value < 100;
  if (isLevel && !DONE_WORDS.test(a.text)) return null;
  // "Improve build quality before each season launch": a launch that recurs is when, not what.
  const untimed = lead.replace(RECURRING_EVENT, ' ');
  if (MILESTONE_NOUN.test(untimed)) return { kind: 'milestone' };
  if (isNeutral) return null;
  if (DONE_WORDS.test(a.text)) return { kind: 'done' };
  if (DEADLINE.test(untimed === lead ? a.text : untimed)) return { kind: 'milestone' };
  return null;
}

/** output-not-outcome: task, delivery or milestone wording. */
export function outputRule(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  objective: FindingRef,
): Finding | null {
  const match = detectOutput(a) ?? (isTheirThingsByADate(kr.title, a) ? { kind: 'task' } : null);
  if (!match) return null;
  const hint = outcomeHintFor(a.text, kr.title);
  const message =
    match.kind === 'milestone'
      ? 'This is a delivery plan or milestone, not a key result: it says what will be done by when.'
      : 'This describes work to do, not a change in the world: it could be done without the problem being solved.';
  const suggestion = hint
    ? `Measure what the work is for: ${hint.outcome}. Keep the work itself as an initiative under the KR.`
    : 'Ask what changes when this is done and measure that, e.g. "the new X moves metric Y from A to B within 30 days of launch". Keep the work as an initiative.';
  return makeFinding({
    rule: 'output-not-outcome',
    objective,
    keyResult: { id: kr.id, title: kr.title },
    message,
    suggestion,
    rewrite: hint ? { ...hint.patch, baseline: null, target: null } : undefined,
  });
}
