import { isGivenName } from './givenNames';

/**
 * Named parties, recognised by their shape rather than from a list of bodies: an acronym
 * ("ESIC", "HMPPS", "TfGM") or a run of capitalised words, joined by "of", "for", "and" or "&"
 * ("Department of Education", "PRS for Music", "NHS Blood and Transplant", "Sky Sports"), with
 * its possessive ("Barclays'", "Northstar League's"). A name is no party when it is ours or a
 * thing: one of our functions or teams ("Finance", "the Harbour Ops team"), a tool, product or
 * system ("Grafana dashboards", "the Payments API"), a measure or a standard used as one ("NPS",
 * "SOC 2"), a month, a place word, a phase ("Stage 4"), or a name after "our".
 */

// Capitalised words that are never, on their own, a party: sentence words, times, our own
// functions, tools and measures (shared with the other readers' lists, kept apart here so this
// reader can be read on its own).
const NEVER_A_PARTY = new Set(
  (
    'I A An The Our We Their This That These Those Every All Each No Zero One Two Three Four Five ' +
    'If When By For To In On At Of With From And Or Not Keep Make Ensure Give Send Provide ' +
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Christmas Easter Black Week Quarter Year Sprint Stage Phase Step Gate Level ' +
    'Tier Release Version Wave Round Day Night ' +
    'Finance Legal Sales Marketing Support Ops Operations Engineering Product Security ' +
    'Compliance Procurement HR People Design Data Platform IT Leadership Board Exec Facilities ' +
    'Payroll Risk Infra Infrastructure QA SRE Analytics Research Growth Brand Quality House ' +
    'Internal Company Team Teams Management Admin Office Customer Success Experience Revenue ' +
    'Partnerships Guild Squad Tribe Chapter CODEOWNERS Mobile Web Backend Frontend Payments ' +
    'Billing Search Checkout Identity Core Onboarding Ledger Fulfilment Logistics Ops ' +
    'API APIs SDK SSO SAML SCIM MFA SLA SLAs SLO SLOs SLI KPI KPIs OKR OKRs KR KRs MVP GA RFC ADR ' +
    'CI CD UX UI PR PRs AWS GCP Azure DNS CDN VPN TLS HTTP REST JSON XML CSV PDF SQL ETL ML AI ' +
    'LLM GPU CPU RAM CTO CISO CFO CEO COO CIO VP NOC CAB P0 P1 P2 P3 Q1 Q2 Q3 Q4 H1 H2 FY EOQ ' +
    'MTTR MTTD MTTA NPS CSAT CES eNPS DAU MAU ARR MRR NRR GRR CFR LCP INP CLS TTFB ETA SKU SKUs ' +
    'KYC AML SCA OTP SMS POS PIN ID IDs RPO RTO UAT FAI SOC ISO WCAG NIST PCI DSS GDPR HIPAA ' +
    'UK US USA EU EMEA APAC LATAM Europe ' +
    'GitHub GitLab Jira Confluence Slack Linear Jenkins Datadog Grafana Prometheus Sentry ' +
    'PagerDuty Okta Salesforce Zendesk HubSpot Tableau Looker Snowflake BigQuery Kafka Redis ' +
    'Postgres Kubernetes Docker Terraform Android iOS Windows Linux Chrome Safari Excel'
  ).split(' '),
);

// What follows a name that makes it one of our things: a system, product, team or artefact.
// What a scheme or programme gives people, used as the measure: "Blue Badge bay inspections",
// "Gift Aid claim sampling", "Cycle to Work scheme orders" name no party.
export const SCHEME_THING_AFTER =
  /^\s+(?:scheme|schemes|programme|programmes|program|bays?|badges?|claims?|vouchers?|cardholders?|holders?|passes)\b/;

const THING_AFTER =
  /^\s+(?:api|apis|sdk|service|services|app|apps|platform|portal|team|teams|squad|guild|crew|module|cluster|database|db|pipeline|connector|integration|dashboards?|console|engine|gateway|cli|website|site|system|stack|tool|tooling|library|repo|backend|frontend|macros?|sync|alerts?|reports?|scores?|users?|customers|riders|pass holders|holders|sessions|errors?|tickets?|boards?|family|office|offices|hub|depot|warehouse|plant|lab|studio|branch|region)\b/i;

// A name before a plural noun that is not its verb modifies it: "TestFlight testers", "Acme
// users" ("the ACMA complaints-handling standard requires" still names ACMA as the one setting).
export const MODIFIES_PLURAL =
  /^\s+(?!(?:sets|requires|specifies|stipulates|expects|demands|mandates|asks|calls|agrees|defines|lays|imposes|runs|judges|assesses|audits|is|has|was|says|needs|wants|uses|signs|approves|accepts|certifies|licenses|licences|inspects|reviews|checks|tests)\b)[a-z][a-z-]*[a-rt-z]s\b/;

// One capitalised word or acronym: "Sky", "ESIC", "TfGM", "NHSBT", "Pay.UK", "O2".
// (Names are not only ASCII: "Müller's", "Société Générale", "Ørsted".)
const WORD =
  '(?:[A-Z][a-z]{0,2}[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9&]+|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\\wß-öø-ÿ&.-]*)';
// A name: capitalised words, with "of", "for", "and", "&" or "the" between them.
const NAME = new RegExp(
  `(?<![\\w'’-])${WORD}(?:\\s+(?:(?:of|for|and|&)\\s+(?:the\\s+)?)?${WORD})*(?:['’]s?)?(?![\\w-])`,
  'g',
);

const GOVERNMENT_OFFICE =
  /^(?:Home|Foreign|Cabinet|Patent|Passport|Audit|National Audit|Met|Post|Serious Fraud|Intellectual Property|Public Guardian|Information Commissioner['’]s|Northern Ireland|Scotland|Wales) Office$/;

/** True when a capitalised word is one of ours or a thing, never a party on its own. */
export function isNeverAParty(word: string): boolean {
  return NEVER_A_PARTY.has(word);
}

// A name that modifies a counted thing found in some state: "BA sets found defective at weekly
// test", "PPE kits found faulty" (a plural noun and a participle after the name, not its verb).
// ("the Fish Health Board is satisfied": a verb of being, then a participle, is the party's state,
// and so is a feeling with none: "Keep <Scheme> assessors satisfied".)
const COUNTED_THING_AFTER =
  /^\s+(?!(?:is|was|has|does|gets|keeps|stays|remains|seems|looks|feels|becomes)\b)[a-z][a-z-]+s\s+(?:found|seen|(?!(?:satisfied|pleased|reassured|convinced|impressed|delighted|contented|assured|informed|engaged)\b)[a-z]{3,}ed)\b/;
// A code with digits after the end or start of something is a session or phase of our own work:
// "time from end of FP2", "after the start of SP3".
const SESSION_BEFORE =
  /\b(?:end|start|close|finish|beginning|middle|completion) of\s+(?:the\s+)?$|\b(?:after|before|during)\s+(?:the\s+)?$/i;

/** True when the name at this place is one of our own things or stages, not an outside party. */
export function isOwnThingOrStage(name: string, before: string, after: string): boolean {
  if (/['’]s?$/.test(name)) return false;
  if (COUNTED_THING_AFTER.test(after)) return true;
  return /^[A-Z]+\d+[A-Z]?$/.test(name) && SESSION_BEFORE.test(before);
}

const LEVEL_SET =
  /^\s+\d[\d:.,\u2013-]*(?:\s+[a-z0-9:.,\u2013-]+){0,3}?\s+(?:specs?|specifications?|ratios?|deadlines?|tolerances?|limits?|thresholds?)\b/;

/** A named party found in raw text, with where it sits and whether it is possessive. */
export interface NamedParty {
  name: string;
  start: number;
  end: number;
  possessive: boolean;
}

function words(name: string): string[] {
  return name
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|&|the)$/.test(w));
}

/** The parties named in raw text that are not ours and not things. */
export function namedParties(raw: string): NamedParty[] {
  const parties: NamedParty[] = [];
  for (const m of raw.matchAll(NAME)) {
    let name = m[0];
    let start = m.index;
    // The sentence's first word is capitalised whatever it is ("Send ESIC …" names ESIC).
    const before0 = raw.slice(0, start);
    if (before0.trim() === '' || /[.:;!?(—–-]\s*$/.test(before0)) {
      const rest = /^\S+\s+(?=[A-Z])/.exec(name);
      if (!rest) continue;
      start += rest[0].length;
      name = name.slice(rest[0].length);
    }
    // Leading words that are never a party drop off ("Keep Marlowe Cruises" is Marlowe Cruises).
    for (let lead = /^(\S+)\s+/.exec(name); lead; lead = /^(\S+)\s+/.exec(name)) {
      if (!NEVER_A_PARTY.has(lead[1] ?? '') && !/^(?:of|for|and|&|the)$/.test(lead[1] ?? '')) break;
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    const possessive = /['’]s?$/.test(name);
    const parts = words(name);
    if (parts.length === 0 || parts.every((w) => NEVER_A_PARTY.has(w))) continue;
    const end = start + name.length;
    const before = raw.slice(0, start);
    const after = raw.slice(end);
    // "our Quality Manual", "our own Engineering Standards", "in-house Lab 3".
    if (/\b(?:our(?: own)?|we|in-house|internal)\s+(?:\S+\s+)?$/i.test(before)) continue;
    // A phase, site or line numbered after the name: "Stage 4", "Hangar 2".
    // ("Mastercard's 1.5% threshold" is the party's level, not a numbered phase.)
    // ("the Waitrose 16–21 kg deadweight spec": a level and the noun of a yardstick it sets.)
    if (parts.length === 1 && !possessive && /^\s+\d/.test(after) && !LEVEL_SET.test(after)) {
      continue;
    }
    // One of our own groups: "the Android Guild", "the Harbour Ops Team".
    // (A government office is a body: "the Home Office", "the Cabinet Office".)
    const group = parts.join(' ');
    if (
      /\s(?:Team|Teams|Squad|Guild|Tribe|Chapter|Crew|Office)$/.test(group) &&
      !GOVERNMENT_OFFICE.test(group)
    ) {
      continue;
    }
    // A name used as a modifier of one of our things: "Grafana dashboards", "Zendesk macros".
    if (!possessive && (THING_AFTER.test(after) || SCHEME_THING_AFTER.test(after))) continue;
    // "BA sets found defective", "end of FP2": our own counted things and stages.
    if (isOwnThingOrStage(name, before, after)) continue;
    // A colleague named on their own ("Send Priya the timeline", "Tom's notes") is a person.
    if (parts.length === 1 && isGivenName(parts[0] ?? '')) continue;
    // A plural acronym is a thing counted ("SKUs", "ETAs").
    if (/^[A-Z]{2,}s$/.test(name)) continue;
    parties.push({ name, start, end, possessive });
  }
  return parties;
}
