import type { KeyResultAnalysis } from '../analyze';
import { AUDIT_FINDING, isSplitMoveToANumber } from '../text/lexicon';
import { ANY_UNIT, FLEET_KIT, INTERNAL_UNIT } from '../text/units';
import { TEST_TOOL } from './gameableShared';
import { isCountMoved, isSpreadOfWork } from './rollout';
import { isDeadlineKept, isPeopleKept, statesARequiredLevel } from './keptAndMet';
import { isMeasureOfState } from './measuresOfState';

/**
 * Outputs dressed as metrics: how many teams use a tool, how many services sit on a platform,
 * how many merchants were onboarded, how much of a plan is done, a launch counted 0 → 1.
 * These count work done, not a change in the world, even with a baseline and a target, so
 * they are checked before the "has a measurement, so it is an outcome" shortcut.
 */

// Being on, using or moved to something: a state that only says the work was done. "On fewer
// than 40 tickets", "deploying with under 5% failures", "on call", "on the ward": a bound, a duty
// or being there, not a move.
const ADOPTED =
  '(?:using|uses?|adopt(?:ed|ing|s)?|on(?! (?:time|target|track|schedule|budget|call|shift|duty|site|leave|the (?:ward|road|floor|phones)|fewer|less|under|no more|not more|at most|below|«)\\b)|onto|on to|migrated|moved|ported|switched|converted|upgraded|transitioned|running (?:on|in)|run (?:on|in)|runs (?:on|in)|built on|rebuilt on|deploy(?:ing|s)? (?:through|via|with|on(?! demand)|from)(?! (?:under|less|fewer|no|zero|at most|a single)\\b)|(?:build(?:ing|s)?|test(?:ing|s)?|ship(?:ping|s)?|releas(?:ing|es)|publish(?:ing|es)?) (?:on|through|via|with|in)(?= (?:the |our )?(?!(?:under|less|fewer|no|zero|at|within|over|more|below|above|a|an)\\b)[a-z][a-z0-9-]*)|follow(?:ing|s)?|(?:working|work) (?:in|with|to)(?! (?:fewer|less|under|no|zero|at most|more than|over|«)\\b)|live (?:on|in)|hosted (?:on|in)|managed (?:by|in|through)|covered by|behind|with (?:an? )?(?:\\S+ ){0,2}?(?:descriptions?|documentation|docs?|tags?|labels?|monitors?|health checks?|dashboards?|runbooks?|playbooks?|owners?|slos?|slas?|alerts?|readmes?|on-call rotas?|rotas?|templates?|pipelines?|scorecards?|catalog(?:ue)? entry))';
const ENROLLED =
  '(?:trained|certified|recruited|hired|onboarded|enrolled|enroll?ed|registered|signed up|connected|integrated|live|activated on|provisioned on|set up on|migrated|moved)';
// Security and reliability controls: "services on signed images" is a posture, not a move.
const CONTROL =
  /\b(?:signed|encrypted|patched|scanned|hardened|protected|backed up|compliant|mtls|mfa|2fa|sso-protected|least[- ]privilege|redundan\w*|multi-az|failover|in support|supported versions?|within (?:their|its|the) slo|meeting (?:their|its|the) slo)\b/;
const QUANT =
  '(?:(?:all(?:\\s+«\\d+»)?|every|each|«\\d+»(?:\\s+of)?|(?:the\\s+)?(?:number|share|percentage|proportion|count|fraction|ratio) of|(?:the\\s+)?%\\s+of|more|most)\\s+(?:(?:the|our|their)\\s+)?)';
const AUX =
  '(?:(?:have|has|are|is|being|been|now|already|fully|successfully|that|which|who|left|remaining|still|stuck)\\s+){0,2}';

const ADOPTION = [
  // "Teams using Backstage from 5 to 30", "80% of squads have adopted the design system".
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)${INTERNAL_UNIT}\\s+${AUX}${ADOPTED}\\b`,
  ),
  // "Merchants onboarded from 20 to 150", "Get 40 hospitals connected to the referral API".
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)${ANY_UNIT}\\s+${AUX}${ENROLLED}\\b(?!-)`,
  ),
  // "Every squad runs postmortems using the new template".
  new RegExp(
    `^(?:all|every|each)\\s+(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}\\s+(?:\\S+\\s+){0,5}?(?:using|with|through|via|on) the (?:new|shared|standard|common|central|paved|golden)\\b`,
  ),
  // "SLOs defined for every tier-1 service".
  new RegExp(
    `^(?:[a-z0-9-]+\\s+){1,3}(?:defined|documented|written|created|in place|set up|configured|published|added|enabled|available)\\s+(?:for|on|in|across)\\s+(?:all|every|each)\\s+(?:\\S+\\s+){0,2}?${INTERNAL_UNIT}\\b`,
  ),
  // "Adoption of the feature-flag service across engineering".
  /^(?:(?:internal|engineering|team)\s+)?(?:adoption|uptake|rollout|roll-out|migration|onboarding|enrol?ment)\s+(?:of|to|onto)\s+.*\b(?:across|by|among|in|for)\s+(?:«\d+»\s+of\s+)?(?:all\s+|every\s+|our\s+|the\s+)?(?:[a-z-]+\s+)?(?:engineering|teams?|squads?|engineers|developers|services|repos|repositories|screens|pages|apps|products|the org\w*|the company|departments?)\b/,
  // "Percentage of the migration plan completed from 40% to 100%". ("Share of plan changes done
  // in-app rather than by phone": customers' changes by channel, an outcome.)
  /\b(?:of|in)\s+(?:the\s+|our\s+)?(?:\S+\s+){0,2}?(?:migration|plan|roadmap|work|backlog|project|programme|program|rollout|roll-out|epics?|milestones?|deliverables?|initiatives?|scope|rewrite)\s+(?:\S+\s+){0,3}?(?:completed|done|delivered|finished|shipped)\b(?!\s+(?:in-app|in the app|in app|online|on the web|on mobile|by phone|by post|via|through|self-serve|by customers|by users))/,
  /\b(?:migration|rollout|roll-out|rewrite|project|programme|program|roadmap|upgrade)\s+(?:completion|progress|completed|done)\b/,
  // "Kubernetes migration: 40% → 100% complete".
  /\b(?:migration|rollout|roll-out|rewrite|upgrade|programme|program|project|roadmap|cut-?over)\b[^«]{0,20}«\d+»(?:\s+to\s+«\d+»)?\s+(?:complete|completed|done|finished|migrated|rolled out)\b/,
  // "Number of FHIR endpoints exposed from 12 to 30": a count of things built or moved.
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)(?:${INTERNAL_UNIT}|features?|screens?|flows?|connectors?|adapters?|sdks?|libraries|packages|plugins?)\\s+${AUX}(?:built|created|exposed|published|delivered|shipped|launched|released|added|implemented|rewritten|refactored|decommissioned|retired|deprecated|sunset|containeri[sz]ed|dockeri[sz]ed|automated|instrumented|onboarded)\\b`,
  ),
  // "The number of lenders on the direct API panel from 9 to 20": partners counted on a panel,
  // platform or API we run are partners onboarded.
  new RegExp(
    `^(?:number|count) of\\s+(?:[a-z0-9-]+\\s+){0,2}?(?!(?:errors|failures|defects|incidents|complaints|outages|bugs|users|customers|visitors|sessions)\\b)[a-z-]{3,}s\\s+(?:live\\s+)?on\\s+(?:the|our)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:panel|api|platform|marketplace|network|pipeline)\\b`,
  ),
  // "Wards live on electronic prescribing", "Vehicles on firmware 7.x", "clients on ISO 20022".
  // ("Tax-code errors on new starters": defects among new people, not things moved.)
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)(?!(?:errors|failures|defects|mistakes|incidents|complaints|outages|crashes|bugs|delays)\\b)[a-z-]{3,}(?<!s)s\\s+${AUX}(?:onboarded|enroll?ed|registered|signed up|migrated|moved|switched|upgraded|live on|(?:running|using|on|onto)\\s+(?:the\\s+)?(?:new|latest|legacy|shared|standard|updated|current)\\b|(?:running|on|onto)\\s+(?:firmware|version|v\\d|release|iso)\\b|(?:connected|linked|hooked up|integrated)\\s+(?:to|with|into)\\s+(?:the|our)\\b)`,
  ),
  // "Ensure 100% of services have automated rollback": a capability switched on everywhere.
  new RegExp(
    `(?:\\b(?:all|every|each)|«\\d+»(?:\\s+of)?)\\s+(?:(?:the|our)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}\\s+(?:have|has|get|gets|support|supports)\\s+(?!(?:fewer|less|more|under|over|at least|at most|no more|«|an? (?:error|incident|outage|failure|p\\d|sev)))`,
  ),
  // "Idempotency key coverage across payment endpoints": a technique applied everywhere.
  new RegExp(
    `\\b(?:[a-z0-9-]+\\s+){1,3}(?<!\\b(?:test|tests|code|unit|line|branch|statement|mutation|${TEST_TOOL})\\s)coverage\\s+(?:across|of|on|for|in)\\s+(?:the\\s+|our\\s+|all\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}(?<=s)\\b`,
  ),
  // "Practices with ambient scribing switched on", "stores with self-checkout live".
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?:${INTERNAL_UNIT}|practices|clinics|wards|sites|branches|depots|offices|hospitals|schools|warehouses|restaurants|pharmacies|tenants|workspaces|organi[sz]ations|orgs|environments)\\s+with\\s+(?:[a-z0-9-]+\\s+){1,3}?(?:switched on|turned on|enabled|live|rolled out|installed|deployed|configured|set up|in place|activated)\\b`,
  ),
  // "Clinics using e-referrals from 14 to 60", "depots on the new scanner app": sites taking
  // up a system are a rollout.
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,2}?(?:practices|clinics|wards|sites|branches|depots|offices|hospitals|schools|warehouses|stores|restaurants|pharmacies|surgeries)\\s+${AUX}(?:using|adopting|live on|running|on|onto)\\s+(?!(?:time|schedule|target|track|budget|at|below|under|over|above|within|with|without|less|fewer|more|out)\\b|«)`,
  ),
  // "Brokers submitting through the new portal": anyone working through the new system. (A
  // word ending in "ss" is no plural: "Loss ratio on the new hail cover" is a measure.)
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)[a-z-]{2,}(?<!s)s\\s+${AUX}(?:[a-z]+ing\\s+)?(?:(?:[a-z]+\\s+){0,2})?(?:through|via|on|onto|using|in|with)\\s+the\\s+(?:new|latest|shared|standard|updated)\\b`,
  ),
  // "Chains supported: 14 → 20", "payment methods offered from 4 to 9": capabilities delivered.
  new RegExp(
    `^(?:the\\s+)?(?:number of\\s+|count of\\s+)?(?:[a-z0-9-]+\\s+){0,2}?[a-z-]{3,}s\\s+(?:supported|offered|integrated|available to (?:customers|users))\\b(?!\\s+(?:per|within|in under))`,
  ),
  // "Feature store adoption by data scientists": internal people taking up a tool.
  /\b(?:adoption|uptake|usage|use)\s+(?:of\s+\S+(?:\s+\S+)?\s+)?(?:by|among|across)\s+(?:our\s+|the\s+|all\s+)?(?:[a-z-]+\s+)?(?:engineers|developers|data scientists|scientists|analysts|teams|squads|services|repos|staff|employees|colleagues)\b/,
  // "Increase adoption of the new community nursing app to 90% of nurses": a new tool taken up by
  // a share of the people meant to use it is the rollout's progress.
  /\b(?:adoption|uptake)\s+of\s+(?:the\s+|our\s+)?(?:new|latest|updated|replacement)\s+(?:[a-z0-9-]+\s+){0,3}?(?:app|tool|system|platform|portal|module|software|rota|workflow)\s+(?:to|among|across|by)\s+(?:«\d+»|\d[\d.,]*)\s*%?\s*(?:of\s+)?(?:our\s+|the\s+|all\s+)?(?:[a-z-]+\s+)?[a-z-]+s\b/,
  // "Every flag has an owner and an expiry date": something attached to each of a kind.
  /\b(?:all|every|each)\s+(?:[a-z0-9-]+\s+){0,2}?[a-z-]{3,}\s+(?:have|has)\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:owners?|runbooks?|slos?|dashboards?|expiry|expiry dates?|descriptions?|tests?|alerts?|readmes?|budgets?|labels?|tags?|reviewers?|sponsors?|on-call)\b/,
  // "Metrics with an automated reconciliation check": an artefact attached, counted.
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,3}?(?<!\\bper\\s)(?!(?:incidents|outages|pages|errors|failures|calls|tickets|requests|orders|sessions|visits|trips|deploys|deployments|releases|changes|events|transactions|payments)\\b)[a-z-]{3,}s\\s+with\\s+(?:an?\\s+|the\\s+)?(?:[a-z-]+\\s+){0,2}?(?:owners?|runbooks?|playbooks?|checks?|tests?|alerts?|dashboards?|slos?|descriptions?|documentation|docs|tags?|labels?|monitors?|readmes?)\\b`,
  ),
  // "All squads running quarterly game days": a practice adopted everywhere.
  new RegExp(
    `\\b(?:all|every|each)\\s+(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}\\s+(?:running|holding|doing|practi[cs]ing|following|adopting|using)\\s+(?:\\S+\\s+){0,2}?(?:game ?days?|retros?|retrospectives?|postmortems?|reviews?|drills?|stand-?ups?|planning|sprints?|experiments?|kanban|scrum|tdd|pairing|trunk-based)\\b`,
  ),
  // "Crews using in-cab devices": the workforce taking up a tool.
  /^(?:(?:all|every|each|«\d+»(?:\s+of)?|(?:the\s+)?(?:number|share|percentage|proportion) of)\s+(?:the\s+|our\s+)?)?(?:[a-z0-9-]+\s+){0,2}?(?:crews?|staff|agents|carers|drivers|officers|caseworkers|clinicians|nurses|doctors|pickers|couriers|technicians|operators|advisers|advisors|handlers|colleagues|employees|engineers|developers)\s+(?:now\s+)?(?:using|on|adopting|working in|trained on)\b(?!\s+(?:call|shift|duty|site|leave|the (?:ward|road|floor|phones)|fewer|less|under|no more|not more|at most|below|«))/,
  // "Services emitting traces", "services reading secrets from Vault": a technical rollout
  // ("teams shipping with under 5% failed changes" says how well, which is an outcome; "warehouse
  // reporting data under 24 hours old" is a noun phrase held to a limit).
  new RegExp(
    `^${QUANT}?(?:[a-z0-9-]+\\s+){0,2}?(?<!\\bper\\s)${INTERNAL_UNIT}\\s+${AUX}(?:emitting|sending|reading|writing|publishing|exporting|pulling|fetching|logging|reporting|calling|consuming|producing|shipping)\\s+(?!errors?\\b|5xx|4xx|failures?\\b|(?:[a-z-]+\\s+)?(?:under|below|less than|no more than|at most|over|above|at least)\\s+«|with(?:out)?\\s+(?:under|fewer|less|no|zero|«|a single|any)\\b|in under\\b|within\\b)`,
  ),
  // "A design system every squad uses".
  new RegExp(
    `\\b(?:every|each|all)\\s+(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}\\s+(?:uses?|adopts?|follows?|runs? on|deploys? (?:through|with|on|via))\\b`,
  ),
  // "Golden-path templates used by 25 teams".
  new RegExp(
    `\\b(?:used|adopted|run|followed|in use)\\s+(?:by|in|across)\\s+(?:«\\d+»\\s+|all\\s+|every\\s+|each\\s+|more\\s+)?(?:[a-z0-9-]+\\s+)?${INTERNAL_UNIT}\\b`,
  ),
  // "Channel manager integrations: 3 → 12 connected". ("fewer than 50 live calls dropped": live
  // before a noun is what kind of call, not calls gone live.)
  /«\d+»\s+(?:connected|migrated|onboarded|enrolled|registered|live(?!\s+[a-z-]+s\b)|integrated|moved|rolled out|adopted|upgraded|switched)\b/,
  // "Seller app adoption across all markets": the work of spreading a tool, with no number.
  /\b(?:adoption|rollout|roll-out|migration|uptake)\b.*\b(?:across|in|to|for)\s+(?:all|every|each)\b(?!.*«)/,
  // Training taken or completed: attendance, not capability.
  /\btrainings?\s+(?:completion|completed|attendance|attended|taken)\b|\b(?:completing|completed|completes|complete|finish(?:es|ed|ing)?|attending|attended|attends|enrolled in|taking|takes|took|passing|passes|passed)\s+(?:the\s+|our\s+|a\s+|their\s+)?(?:\S+\s+){0,2}?(?:training|course|certification|bootcamp|module|e-?learning)s?\b(?!\s+(?:\S+\s+){0,4}?(?:who|that|with)\s)/,
  // ("Share of clients finishing a CBT course with reliable recovery", "apprentices finishing the
  // course who pass the card test": the finishers are the population, the result is measured.)
];

// "Get the last 6 services off the old data centre", "Bring 25 apps onto the platform".
const GET_DONE =
  /^(?:get|bring|have)\s+(?:\S+\s+){0,7}?(?:through(?!\s+(?:the|our|its|their)\s+(?:[a-z-]+\s+)?(?:doors?|gates?|turnstiles?|box office|tills?|entrance)\b)|past|onto|on to|off|in(?=\s+(?:by|before|on time)\b)|over the line|across the line|out the door|done|finished|complete|completed|live|connected|migrated|moved|using|in use|signed off|approved|accepted|qualified|certified|in place|shipped|launched|ready|deployed|enabled|rolled out)(?![\w-])(?!\s+(?:its|their|each|every)\s+(?:annual|yearly|periodic|routine|statutory|regular|next)\b)/;
// "Hit the launch date", "Meet the Ofcom reporting deadline", "passes the PCI DSS audit", and a
// customer's qualification of a supplier ("Pass Veltrix Automotive's PPAP", "type-approval tests").
// "Meet the MHRA inspection commitments": obligations to discharge are work too. What is passed
// is the object of "pass", not a review the sentence says was skipped ("with no manual review").
const DATE_MILESTONE =
  /^(?:meet|hit|make|beat|land on|keep to|honou?r|fulfil+|discharge)\s+(?:\S+\s+){0,6}?(?:deadlines?|launch date|release date|go-live date|due date|milestones?|dates?|timelines?|requirements?|obligations?|criteria|commitments?|undertakings?|conditions)\b(?!-|\s+(?:rates?|ratios?|shares?|percentages?|scores?|adherence|performance)\b)|(?<!\b(?:who|that|which)\s)\bpass(?:es|ed)?\s+(?:the\s+|its\s+|our\s+|an?\s+)?(?:(?!(?:with|without|no|any|automatically|manual)\b)\S+\s+){0,5}?(?:audit|assessment|pen ?test|penetration test|certification|inspection|review|accreditation)\b|^pass\s+(?:\S+\s+){0,4}?(?:ppap|fai|first article|type-approval|uat|run-at-rate)\b|^pass\s+(?:\S+\s+){1,4}?\S+['’]s?\s+(?:\S+\s+){0,3}?(?:trials?|tests?|checks?)\b|^(?:clear|get through|survive)\s+(?:the\s+)?\S+['’]s?\s+(?:\S+\s+){0,3}?(?:reviews?|audits?|inspections?|assessments?|trials?|tests?|checks?)\b(?!\s+(?:backlog|queue|comments?|items?|findings|actions))/;
const WHAT_AUDITS_COUNT = `(?:${AUDIT_FINDING}|non-?conformit(?:y|ies)|observations|issues|defects|breaks|breaches|errors|failures|gaps|deviations|violations|discrepancies|actions raised)`;
const NONE_OF_THEM = `(?:zero|no|«\\d+»|fewer than|under|less than|at most)\\s+(?:[a-z-]+\\s+){0,2}?${WHAT_AUDITS_COUNT}\\b`;
// "Pass … with zero findings", "Zero major non-conformities in the NMi certification audit",
// "SOC 2 Type II report issued by our auditor with no exceptions".
const PASSED_CLEANLY = new RegExp(
  `^(?:pass|clear|get through)\\s+(?:\\S+\\s+){1,9}?with\\s+${NONE_OF_THEM}|^${NONE_OF_THEM}\\s+(?:in|from|at|on)\\s+(?:the\\s+|our\\s+|their\\s+)?(?:\\S+\\s+){0,5}?(?:audit|assessment|inspection|review|re-?audit|re-?inspection)\\b|\\b(?:report|opinion|attestation|certificate)\\b(?:\\s+\\S+){0,6}?\\s+with\\s+${NONE_OF_THEM}`,
);
/**
 * "Pass the FCA safeguarding audit with zero reconciliation breaks", "Pass the ISO 27001
 * surveillance audit with no major findings", "Zero major non-conformities in the October
 * audit", "the SOC 2 report issued with no exceptions": the findings counted are the measure,
 * with or without last time's count, not the audit as a milestone (external-commitment says
 * whose).
 */
export function passesCleanly(lead: string): boolean {
  return PASSED_CLEANLY.test(lead);
}
// "Close every non-conformity raised in the UKAS assessment", "Close the CAPA items the
// inspectors cited": findings someone else raised, closed as a list, are work (with no rate).
const CLOSE_FINDINGS =
  /^(?:close(?: out)?|clear|resolve|remediate|address|satisfy|discharge)\s+(?:every|all|each|the|any|open|outstanding|remaining)\s+(?:(?!of\b)\S+\s+){0,2}?(?:findings?|non-?conformit(?:y|ies)|non-?conformances?|observations?|capa items?|conditions|recommendations?|requirements?)\b/;
// "Meet the FCA's 98% timely reporting requirement (today 91%)": a requirement that states a
// level, measured today, is a rate to raise (external-commitment says whose), not a duty done once.
// "Changes that pass review first time: 70% → 90%" is a first-time pass rate; "Meet 80% of the
// migration milestones" is how much of a plan is done, which stays work.
const MEET = /^(?:meet|hit|make|beat|honou?r|fulfil+)\b/;
const PASS_FIRST_TIME = /\bpass(?:es|ed)?\b.*\b(?:first time|first-time|first attempt|first try)\b/;
const PLAN_PROGRESS =
  /\b(?:milestones?|migration|roadmap|plan|deliverables?|rollout|roll-out|programme|program|project)\b/;
function isLevelToMeet(a: KeyResultAnalysis, lead: string): boolean {
  const { baseline, target } = a;
  return (
    (MEET.test(lead) || PASS_FIRST_TIME.test(lead)) &&
    !PLAN_PROGRESS.test(lead) &&
    baseline !== null &&
    target !== null &&
    // "Meet the 2-second page-load commitment … (median 1.9 s today)": a level in a unit,
    // measured today, is a level to hold like a rate (external-commitment says whose).
    (isUnitLevel(baseline.dimension, target.dimension) || isPercentLevel(a, lead))
  );
}
function isUnitLevel(b: string, t: string): boolean {
  return b === t && b !== 'none' && b !== 'percent';
}
function isPercentLevel(a: KeyResultAnalysis, lead: string): boolean {
  const { baseline, target } = a;
  return (
    baseline !== null &&
    target?.dimension === 'percent' &&
    // ("TfL's licence condition of a 100% document-check pass rate (96% at the last spot check)":
    // a rate or a requirement's level is a rate at 100% too; "100% of the milestones" is not.)
    (target.value < 100 ||
      /\b(?:rate|requirements?|conditions?)\b/.test(lead) ||
      isDeadlineKept(lead)) &&
    baseline.dimension === 'percent'
  );
}
// "Make code owners mandatory for every repository": a policy switched on.
const MAKE_POLICY =
  /^make\s+(?:\S+\s+){1,4}?(?:mandatory|required|compulsory|the default|default|standard|enforced)\b/;

// "Features shipped this quarter raise NPS by 5 points": the work is the subject, the KR the change.
// ("Increase daily active officers on the mobile app": the verb of raising comes first.)
const ACTIVE_PEOPLE =
  /^(?:(?:increase|raise|grow|boost|double|triple|lift|expand|improve|drive up)\s+(?:the\s+|our\s+)?(?:number of\s+)?)?(?:(?:daily|weekly|monthly|quarterly)\s+active|dau|wau|mau)\s/;

const MOVES_A_METRIC =
  /\s(?:raises?|moves?|cuts?|reduces?|improves?|lifts?|increases?|drives?|grows?|lowers?|halves?|doubles?|brings?)\s(?:\S+\s){0,6}?(?:by|from|to|below|under|above)\s«\d+»/;

// "Partner integrations live within 10 days of signature", "Merchants live the same day they
// sign": how fast, which is an outcome.
const TIME_BOUND =
  /\b(?:within|in under|in less than)\s+«\d+»|\b(?:the\s+)?same[- ]day\s+(?:they|we|it|as|of)\b|\bon the day (?:they|we|it)\b/;

// "Services emitting fewer than 10 errors", "Stores using fewer than 2 paper forms": what the
// subjects do is bounded, which is how well things go, not something taken up.
const BOUND_ON_SUBJECT =
  /^(?:[a-z0-9-]+\s+){0,3}?[a-z-]{3,}s\s+(?:[a-z]+ing|on)\s+(?:fewer|less|under|no more|not more|at most|below)\b/;

// "Services on their SLO", "Warehouses on their dispatch cut-off": meeting a goal, like "on
// time" or "on target", not being moved onto something.
const ON_THEIR_GOAL =
  /\bon (?:their|its|our) (?:[a-z-]+\s+)?(?:slos?|slas?|cut-?offs?|budgets?|targets?|goals?|deadlines?|schedules?|promises?)\b/;

// "Roll out MFA to 5,000 contractors, from none today", "Roll out passkeys to all staff": a
// control handed to a count of people is how far the rollout got, even when the control itself
// ("mfa") reads as a posture.
const ROLLED_OUT_TO = new RegExp(
  `^(?:roll(?:ing)? out|deploy|issue|distribute|extend)\\s+(?:\\S+\\s+){1,4}?(?:to|for|across)\\s+(?:(?:all|every|each)(?:\\s+«\\d+»)?|«\\d+»|the(?=\\s+(?:whole\\s+|entire\\s+)?(?:[a-z0-9-]+\\s+)?fleet\\b))\\s+(?:(?:the|our|their)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?(?:${ANY_UNIT}|${FLEET_KIT})\\b(?!\\s+(?:with(?:out)?|in under|within)\\b)`,
);

// "100% of referral partners using the digital form (0% today)", "Every engineer issuing digital
// certificates (0% → 100%)": everyone doing a thing the new way, from nobody, is the switch-over
// itself counted, not a change in the world, whoever the people are.
const EVERYONE_DOING =
  /^(?:«\d+»\s*%?\s+of\s+|(?:all|every|each)\s+)(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,3}?[a-z-]{3,}\s+(?:now\s+)?[a-z]{2,}ing\b/;
function isSwitchOverShare(a: KeyResultAnalysis, lead: string): boolean {
  const { baseline, target } = a;
  return (
    baseline?.dimension === 'percent' &&
    baseline.value === 0 &&
    target?.dimension === 'percent' &&
    target.value === 100 &&
    EVERYONE_DOING.test(lead)
  );
}
// "30-day callbacks on new installs": events counted over a window are a measure, not people or
// things moved onto something new.
const WINDOWED_EVENTS = /^(?:the\s+)?\d+-(?:day|week|month|hour|minute)\s/;

/** Why an adoption-shaped KR is an output, or null when it is not one. */
export function detectAdoption(a: KeyResultAnalysis, lead: string): 'adoption' | 'launch' | null {
  if (isZeroToOne(a)) return 'launch';
  if (ROLLED_OUT_TO.test(lead) || isCountMoved(lead)) return 'adoption';
  if (isSwitchOverShare(a, lead)) return 'adoption';
  if (WINDOWED_EVENTS.test(lead)) return null;
  if (CONTROL.test(a.text) || MOVES_A_METRIC.test(lead) || TIME_BOUND.test(lead)) return null;
  // ("Bring inspection failures down from 7 to 1", "… noise down to 58 dB": a change, split.)
  if (isSplitMoveToANumber(lead)) return null;
  // "Weekly active buyers raising requisitions in the new catalogue": how many people come back
  // to do something is engagement, a rate of what people do, not people moved onto a tool.
  if (ACTIVE_PEOPLE.test(lead) || isPeopleKept(lead) || isMeasureOfState(a, lead)) return null;
  if (BOUND_ON_SUBJECT.test(lead) || ON_THEIR_GOAL.test(lead)) return null;
  const subject = lead
    .replace(
      /^(?:increase|raise|grow|boost|double|triple|lift|expand|improve|reach|achieve|hit|get|drive|move|bring|take|go|reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e)\s+(?:up\s+|down\s+)?/,
      '',
    )
    .replace(/^(?:the|our)\s+/, '');
  // "Delight creators with the new upload flow": people pleased, not people moved onto a tool.
  const pleases = /^(?:delight|wow|surprise|please|impress|thrill|win over|reward)\s/.test(lead);
  if (!pleases && ADOPTION.some((re) => re.test(subject) || re.test(lead))) return 'adoption';
  if (isSpreadOfWork(lead)) return 'adoption';
  if (GET_DONE.test(lead) && !a.hasMeasurement) return 'adoption';
  if (CLOSE_FINDINGS.test(lead) && !a.hasMeasurement && !statesARequiredLevel(lead))
    return 'adoption';
  // "Pass Sony certification first time" with failures counted in the fields: a pass rate.
  // "Pass Netflix's content-security audit with zero major findings": the findings counted are
  // the measure, with or without last time's count (external-commitment says whose audit).
  const measuredPass =
    (PASS_FIRST_TIME.test(lead) && a.metricText !== '' && a.numericDirection !== null) ||
    passesCleanly(lead);
  if (
    DATE_MILESTONE.test(lead) &&
    !isLevelToMeet(a, lead) &&
    !measuredPass &&
    !statesARequiredLevel(lead)
  ) {
    return 'adoption';
  }
  if (MAKE_POLICY.test(lead)) return 'adoption';
  return null;
}

// "Launches in new EU markets: 0 → 1", "Android app in the store (0 → 1)": a milestone as a count.
function isZeroToOne(a: KeyResultAnalysis): boolean {
  const { baseline, target } = a;
  if (!baseline || !target) return false;
  const plain = (d: string): boolean => d === 'none';
  if (baseline.value !== 0 || !plain(baseline.dimension) || !plain(target.dimension)) return false;
  // "Stand up edge clusters in São Paulo, Mumbai and Johannesburg (0 → 3)", "Release connectors
  // for Contentful, Sanity and Strapi (0 → 3)": a few things set up or shipped from none, each
  // named, is the launch counted, as 0 → 1 is.
  return (
    target.value === 1 ||
    (Number.isInteger(target.value) && target.value <= 10 && SET_UP.test(a.lead))
  );
}
const SET_UP =
  /^(?:stand up|spin up|set up|open|launch|go live|bring up|establish|build|create|start|release|ship|publish|deploy|roll out|integrate|add)\s+(?!«\d+»)/;
