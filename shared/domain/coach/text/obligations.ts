import { isNeverAParty, isOwnThingOrStage, SCHEME_THING_AFTER } from './namedParty';

/**
 * An obligation imposed by an outside body, read as a structure rather than a list of names:
 * an outside body (any acronym or proper name that is not ours, not a tool and not a metric)
 * tied to an obligation relation (it requires, mandates, sets or expects something; its
 * standard, deadline, consent order, accreditation or funding; something required by or per
 * it). "The 97% per-port uptime that NEVI funding requires", "the 30-day window set by the CFPB
 * consent order", "per the UKGC deadline", "the NENA standard our state 911 board adopted".
 * Mentions of a body with no obligation ("NHS FP17 errors", "complaints escalated to the Energy
 * Ombudsman", "Snyk-reported vulnerabilities") stay a measure of ours.
 */

// Acronyms that are ours, our tools or our measures, never an outside body setting rules.
const NOT_A_BODY = new Set(
  (
    'API APIs SDK SSO SAML SCIM MFA SLA SLAs SLO SLOs SLI KPI OKR KR KRs MVP GA RFC ADR CI CD QA UX UI PR PRs ' +
    'AWS GCP EKS GKE DNS CDN VPN TLS SSL HTTP HTTPS REST JSON XML CSV PDF SQL ETL ML AI LLM GPU CPU RAM ' +
    'SRE CAB ARB PMO CTO CISO CFO CEO COO CIO VP HR IT OT NOC SOC2 ' +
    'P0 P1 P2 P3 Q1 Q2 Q3 Q4 H1 H2 FY EOQ EOY MTTR MTTD MTTA NPS CSAT CES DAU MAU ARR MRR NRR GRR CFR ' +
    'LCP INP CLS TTFB ETA ETAs SKU SKUs KYC AML SCA OTP SMS UK US USA EU EMEA APAC LATAM ' +
    'SOC ISO WCAG NIST HITRUST AA AAA TM MT ID IDs PIN POS RPO RTO UAT FAI CODEOWNERS ' +
    'BLEU COMET ROUGE METEOR TER WER CER AUC RMSE MAPE WAPE NDCG'
  ).split(' '),
);

// Words that are capitalised but name no body (times, places, the sentence's own words).
const NOT_A_NAME =
  /^(?:Stage|Phase|Step|Gate|Level|Tier|Wave|Release|Version|I|A|An|The|Our|We|Their|This|That|Every|All|Each|No|Zero|Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Black|Christmas|Easter|Grand|National|Europe|London)$/;

// A body written as an acronym ("CFPB", "NIS2", "GOV.UK") or as a run of capitalised words not at
// the start of the sentence ("Northshire Council", "the Care Inspectorate", "Contoso's").
const BODY =
  /(?<![\w-])(?:[A-Z][a-z]+\.[A-Z]{2,}|[A-Z][a-z]{1,2}[A-Z][A-Za-z]*|[A-Z][A-Z0-9]*[A-Z](?:\.[A-Z]{2,})?\d*|(?:[A-Z][a-z]+(?:\s+(?:and|of|for)\s+|\s+)){0,4}[A-Z][a-z]+)(?:['’]s)?(?![\w-])/g;

// What a body does when it obliges: "NHSBSA has mandated", "FMCSA sets", "our board adopted";
// what it asks for, raises, cites, attaches, commissions or judges us on ("the API HMCTS asked us
// for", "every finding the CAA raised", "the conditions Natural England attached", "HIQA
// inspectors judge").
// ("BLEU on the held-out set": with an article before it, "set" is a set of things.)
const OBLIGE_VERB =
  /^(?!(?:\s+[\w.'’-]+){0,3}?\s+(?:the|a|an|our|its|their|this)(?:\s+[a-z][\w-]*){0,2}?\s+sets?\b)(?:\s+[\w.'’-]+){0,3}?\s+(?:has |have )?(?:requires?|required|mandates?|mandated|sets|set|imposes|imposed|enforces|expects|calls for|adopted|specifies|stipulates|demands|allows|permits|commits us to|made (?:it )?a condition|makes (?:it )?a condition)(?![\w-])/;
// Verbs that oblige only with the body as their subject, right before them or its people
// ("the API HMCTS asked us for", "every finding the CAA raised", "HIQA inspectors judge"); with
// words between ("Jira bugs raised by line maintenance") the body is not the one acting.
// ("Best in Show judged by 5pm": a participle with a time after it is passive, the prize judged.)
const OBLIGE_ACT =
  /^(?:\s+(?:inspectors|assessors|auditors|examiners|surveyors|officials|officers))?\s+(?:has |have |will )?(?:asked|asks|attached|commissioned(?: us)?|cited|raised|issued|judges?|judged|assess(?:es)?|assessed|audits? (?:\w+ )?against|made (?:at|in|during))\b(?!\s+(?:by|before|until|at)\s+(?:\d|noon|midday|midnight|lunchtime|the end of))/;
// What a body owns when it obliges: "the OBIE 99.5% availability standard", "the CFPB consent
// order", "the ESFA funding deadline", "the MRC re-accreditation audit", "NIH's policy"; a target,
// certificate, application date, policy, regime, rule or code of its ("the MoJ target", "an ATOL
// certificate", "before the EUDR application date", "under the NPCC intruder alarm policy"), and
// its qualification of a supplier ("the ANSSI qualification", "type-approval").
const OBLIGE_NOUN =
  /^(?:\s+[\w.%'’/-]+){0,2}?\s+(?:standards?|deadlines?|due dates?|consent (?:order|decree)s?|obligations?|conditions? of|tolerances?|re-?accreditation|accreditation|re-?certification|certification|surveillance audits?|funding (?:deadline|requirements?|conditions?)|grant (?:conditions?|requirements?)|mandates?|requirements?|framework|conditions of recognition|public-access policy|policy requires|targets?|certificates?|(?:application|commencement|effective|enforcement|compliance) dates?|sign-?off|qualification|type-approval|acceptance tests?|first article)\b/;
// Its rulebook, with us under it: "under the NPCC intruder alarm policy", "against the AMSA port
// state control regime", "under the FinCEN reporting rule" ("more IVT detection rules" are ours).
const UNDER_BEFORE =
  /\b(?:under|against|per|comply with|compliant with|in line with)\s+(?:the\s+)?$/;
const RULEBOOK =
  /^(?:\s+[\w.'’-]+){0,3}?\s+(?:polic(?:y|ies)|regimes?|rules?|codes?|directions?|determinations?|schemes?)\b/;
// Its rulebook named at length, then what it sets: "the 20k cfu/mL limit the FSA raw drinking
// milk rules set" (the words between name the rules; the verb still follows them).
const RULEBOOK_SETS =
  /^(?:\s+[\w.'’-]+){0,5}?\s+(?:rules|rulebook|regulations?|codes?|guidance|regime|standards?)\s+(?:has |have )?(?:sets?|requires?|mandates?|specif(?:y|ies)|stipulates?|imposes?|lays? down)(?![\w-])/;
// A possessive body's limit or date: "the DWI's 10 µg/l limit", "the regulation's February date".
const POSSESSIVE_LIMIT =
  /^(?:\s+[\w.%'’/µ-]+){0,3}?\s+(?:limits?|dates?|window|rules?|codes?|polic(?:y|ies)|targets?|ppap|fai|first article|qualification|type-approval|acceptance|uat|onboarding|approval|run-at-rate|trials?|(?:supplier|vendor|security|quality) (?:audits?|assessments?|reviews?))\b/i;
// Before the body: "set by the CFPB", "required by Ofqual", "per the UKGC deadline" ("per TB" and
// "per GB" are units); findings it raised ("non-conformities raised in the UKAS assessment") and a
// customer's qualification of us ("first article sign-off from Aerion", "approved by Mercado").
const OBLIGED_BY =
  /(?:\b(?:required|mandated|set|imposed|enforced|specified|stipulated|demanded) by\s+(?:the\s+)?|\bper\s+the\s+|\b(?:raised|cited|found|made|issued|listed|recorded) (?:in|at|during|by) (?:the\s+)?|\b(?:sign-?off|signed off|approval|approved|acceptance|accepted|qualified|qualification) (?:from|by|with) (?:the\s+)?)$/;
// A body that is ours: "our SRE handbook", "our own team", "in-house". (Paper with an outside
// body stays outside: "our Innovate UK grant", "our General Condition A3 obligations".)
const OURS_BEFORE = /\b(?:our(?: own)?|we|in-house|internal)\s+$/;
const OUTSIDE_PAPER =
  /^(?:\s+[\w.'’-]+){0,3}?\s+(?:grant|funding|licen[cs]e|obligations?|accreditation|contract|agreement)\b/;
// A body named as the tool that reports or the thing measured: "Snyk-reported", "NG911 ESInet".
// (A name before what we build and ship is our system: "EPR release sign-off", "the SCADA build".)
const TOOL_AFTER =
  /^[-\s]+(?:reported|flagged by|scan|scanner|alerts?|dashboards?|app|api|releases?|deploys?|deployments?|builds?|pipelines?|upgrades?|codebase|repos?)\b/i;
const VOLUNTARY_BEFORE = /\b(?:soc ?\d|iso(?:\/iec)? ?\d+|type)\s+$/i;
// Generic outside bodies with no name: "the regulation's", "the law's", "our state 911 board",
// "the UK digital identity trust framework" (a framework or regulator named by what it is).
const GENERIC_BODY =
  /\b(?:the regulation['’]s|the law['’]s|the directive['’]s|(?:our|the) (?:state|county|federal|national|city|regional) (?:[\w-]+ )?(?:board|agency|department|regulator|commission|authority)|[A-Z][a-z]+['’]s procurement|the (?:[\w-]+ ){0,4}?(?:trust framework|inspectorate|regulator|watchdog|ombudsman))\b/;

const SOURCE_AFTER =
  /^(?:\s+[\w-]+){0,2}?\s+(?:logs?|records?|data|readings?|counts?|reports?|dashboards?|exports?|registers?|trackers?|figures|system|database|timestamps?|scans?|probes?)\b/i;

const INTERVAL_END = /\b(?:from|to|until|and)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;
const OWN_STEP =
  /^\s+(?:sign-?off|check|release|approval|review|test|inspection)\b(?!\s+(?:from|by)\b)/;

function isBodyWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  // (One of our functions or groups, "approved by Product", is no outside body either.)
  if (NOT_A_BODY.has(bare) || isNeverAParty(bare)) return false;
  const first = bare.split(/\s+/)[0] ?? '';
  return !NOT_A_NAME.test(first) || bare.includes(' ');
}

// Whoever set it, a level made a condition of our funding, grant or licence is imposed on us:
// "the 95% the trust board set as a condition of our funding".
const CONDITION_OF_OURS =
  /\b(?:a |the )?conditions? of (?:our|the|their) (?:funding|grant|licen[cs]e|sponsorship|accreditation|registration|renewal|permit)\b/i;

// Whoever asks it, what is expected of a class of outside parties we are one of is imposed:
// "the 2 days the health board expects of contractors", "asks of producers like us".
const ASKED_OF_OUR_KIND =
  /\b(?:expects?|asks?|requires?|demands?)\s+of\s+(?:us|(?:all|every|its|their)\s+)?(?:[\w-]+\s+)?(?:contractors|suppliers|providers|operators|licensees|participants|producers|vendors|carriers|registrants|members like us)\b/;
// An examination an outside body runs: "the scheme onboarding checks Pay.UK runs".
const EXAM_BEFORE = /\b(?:checks|audits?|tests|assessments?|inspections?|trials?)\s+$/;
const RUNS_IT = /^\s+(?:runs|carries out|conducts|performs|operates)\b/;

/** True when the raw text names an outside body together with an obligation it imposes. */
export function isImposedObligation(raw: string): boolean {
  if (CONDITION_OF_OURS.test(raw) || ASKED_OF_OUR_KIND.test(raw)) return true;
  const generic = GENERIC_BODY.exec(raw);
  if (generic) {
    const after = raw.slice(generic.index + generic[0].length);
    if (OBLIGE_VERB.test(after) || OBLIGE_NOUN.test(after) || POSSESSIVE_LIMIT.test(after)) {
      return true;
    }
  }
  for (const m of raw.matchAll(BODY)) {
    let word = m[0];
    let start = m.index;
    // The first word of the sentence is capitalised whatever it names; the name may follow it
    // ("Pass Veltrix Automotive's PPAP").
    if (raw.slice(0, start).trim() === '' || /[.:;!?(]\s*$/.test(raw.slice(0, start))) {
      const rest = /^\S+\s+(?=[A-Z])/.exec(word);
      if (!rest) continue;
      start += rest[0].length;
      word = word.slice(rest[0].length);
    }
    const before = raw.slice(0, start);
    if (!isBodyWord(word)) continue;
    const after = raw.slice(start + word.length);
    if (TOOL_AFTER.test(after) || SCHEME_THING_AFTER.test(after)) continue;
    if (isOwnThingOrStage(word, before, after)) continue;
    // A check or sign-off at one end of an interval we time is our own step: "time from sail-line
    // completion to onboard QC sign-off" ("sign-off from Aerion" still names who signs).
    if (!/['’]s$/.test(word) && INTERVAL_END.test(before) && OWN_STEP.test(after)) continue;
    // A voluntary standard's own parts ("SOC 2 Type II certification") are the team's choice.
    if (VOLUNTARY_BEFORE.test(before)) continue;
    if (OURS_BEFORE.test(before) && !OUTSIDE_PAPER.test(after)) continue;
    // ("per the MES stop log", "per the WMS pick records": the system a count is read from is
    // where it is measured, not who obliges.)
    const source = /\bper\s+the\s+$/.test(before) && SOURCE_AFTER.test(after);
    if (OBLIGED_BY.test(before) && /^[A-Z]/.test(word) && !source) return true;
    if (OBLIGE_VERB.test(after) || OBLIGE_NOUN.test(after) || OBLIGE_ACT.test(after)) return true;
    if (RULEBOOK_SETS.test(after)) return true;
    if (UNDER_BEFORE.test(before) && RULEBOOK.test(after)) return true;
    if (EXAM_BEFORE.test(before) && RUNS_IT.test(after)) return true;
    // A possessive body's limit, code or qualification: "the DWI's 10 µg/l limit", "Veltrix
    // Automotive's PPAP", "Halvorsen Foods' supplier qualification audit".
    if (/['’]s$/.test(word) && POSSESSIVE_LIMIT.test(after)) return true;
    if (/s$/.test(word) && /^['’]/.test(after) && POSSESSIVE_LIMIT.test(after.slice(1)))
      return true;
  }
  return false;
}
