import { SCHEME_THING_AFTER } from './namedParty';

/**
 * Who a key result is promised to. A promise needs someone outside the team: a customer or
 * partner (named, or "our largest customer"), a regulator, or a sales deal.
 */

/**
 * Regulators and public bodies named by name or acronym ("HMRC", "the GPhC inspection", "The
 * Pensions Regulator", "the Deposit Protection Service"): a specific body that sets dates and
 * limits, inspects, or receives submissions.
 */
const NAMED_REGULATOR =
  /\b(?:kba|t[üu]v|dekra|unece|nhtsa|faa|easa|caa|dvsa|dvla|vca|fca|pra|eba|ecb|esma|sec|finra|occ|fdic|cfpb|fda|mhra|cqc|gphc|gmc|nmc|ofsted|ico|cnil|ofcom|ofgem|ofwat|orr|tfl|hmrc|irs|ato|rpa|tpr|hta|dwp|dfe|dhsc|home office|cabinet office|hm treasury|the pensions regulator|companies house|environment agency|rural payments agency|deposit protection service|tenancy deposit schemes?|cma|ftc|fcc|bafin|apra|asic|nhs england|nhs digital|bank of england|prudential regulation authority|financial conduct authority)\b/;
// "The Pensions Regulator", "the Civil Aviation Authority": a capitalised name ending in the word
// for a public body, read from the raw text.
const TITLED_BODY =
  /\b(?:[A-Z][a-z]+\s+){1,3}(?:Agency|Authority|Regulator|Commission|Inspectorate|Ombudsman|(?<!\b(?:Head|Back|Front|Programme|Program|Project|Management|Box|Press|Design|Sales|Branch|Post|Ticket|Print)\s)Office)\b/;

/**
 * Regulators and public bodies, written as people write them. ("VFX supervisors" are staff of a
 * role, and "horses are fed on time" is a verb: neither is a supervisor or the Fed.)
 */
const REGULATOR =
  /\b(?:kba|dvla|gphc|gmc|nmc|ofsted|orr|tfl|hmrc|irs|ato|rpa|tpr|companies house|environment agency|rural payments agency|deposit protection service|tenancy deposit schemes?|t[üu]v|dekra|unece|nhtsa|faa|easa|caa|dvsa|vca|fca|pra|eba|ecb|esma|sec|finra|occ|fdic|cfpb|(?:(?<=\bthe )fed|fed(?!\s+(?:on|by|to|with|into|through|back|up|in|at|every|daily|twice|properly|correctly|and)\b))(?<!\b(?:are|is|was|were|be|been|being|get|gets|got|well|hand|spoon|breast|grass|corn|under|over) fed)|fda|ema|mhra|cqc|ico|cnil|ofcom|ofgem|ofwat|hmrc|cma|ftc|fcc|bafin|apra|asic|mas|dpa|nhs england|nhs digital|nhsx|cabinet office|gds|regulators?|(?:(?<=(?:^|\b(?:the|our|their|its|a|an|to|with|by|from|for|and|of|banking|financial|prudential|national|european|lead|home|host))\s)supervisors?)|the ministry|ministry of \w+|bank of england|central bank|prudential regulation authority|financial conduct authority|the department for \w+|auditors?|the (?:card )?schemes?|scheme rules|notified body|data protection authority|federal|the government|home office|(?:us|uk|eu|state|local) government|congress|parliament|(?:hm )?treasury|qsas?|assessors?|inspectors?|inspectorate|ombudsman|(?:certification|notified|accreditation) bod(?:y|ies))\b/;

/**
 * Parties named by role rather than by name. ("Sales" is the sales team, not "of add-on sales"
 * or "of warranty sales", which are revenue, nor "across the autumn sales", which are events.)
 */
const ROLE_PARTY =
  /\b(?:(?:our|a|the|one|this|that|their)\s+(?:\S+\s+){0,2}?(?:customers?|clients?|partners?|resellers?|prospects?|buyers?|tenants?|bank customers?)|(?:key|strategic|anchor|launch|design|enterprise|biggest|largest|top|major|flagship)\s+(?:\S+\s+)?(?:customers?|clients?|partners?|accounts?|prospects?)|customers?|clients?|partners?|resellers?|prospects?|(?<!\bof (?:[a-z-]+ )?)(?<!\b(?:across|during|over|at|in|between|after) (?:the |our )?(?:[a-z-]+ )?)sales(?: team)?|account managers?|the board|investors?)\b/;

// Capitalised words that name products, places, times or tech, not organisations.
const NOT_A_NAME = new Set(
  (
    'I A An The Our We Their This That Every All Each No Zero One Two Three Four Five Six Seven Eight Nine Ten ' +
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Black Christmas Easter Diwali Ramadan Cyber Prime Boxing Day Week Quarter Year Sprint ' +
    'EU UK US USA EMEA APAC LATAM Europe Germany France Spain Italy Ireland India Japan Brazil Canada Australia London Berlin ' +
    'API APIs SDK SSO SAML SCIM OAuth MFA 2FA SLA SLO SLI KPI OKR KR MVP GA Beta RFC ADR CI CD QA UX UI PR PRs ' +
    'AWS GCP Azure Kubernetes Docker Terraform Postgres PostgreSQL MySQL Redis Kafka Elasticsearch Snowflake BigQuery ' +
    'GitHub GitLab Jira Confluence Slack Teams Linear Jenkins Datadog Grafana Prometheus Sentry PagerDuty Okta ' +
    'Java Kotlin Swift Python Go Rust Node React TypeScript JavaScript Android iOS Windows Mac Linux Chrome Safari ' +
    'Play Store App Apple Google Microsoft Amazon Meta Stripe Backstage Looker Tableau Vault dbt Airflow Spark ' +
    'P0 P1 P2 P3 Sev Sev1 Sev2 Sev-1 Sev-2 Q1 Q2 Q3 Q4 H1 H2 FY EOQ EOY PCI DSS GDPR HIPAA SOC ISO WCAG DORA PSD2 SCA KYC AML ' +
    'LCP INP CLS TTFB MTTR MTTD MTTA NPS CSAT CES eNPS DAU MAU ARR MRR NRR GRR CFR'
  ).split(' '),
);
// A capitalised word followed by one of these names a system ("the Payments API"), not a party.
const SYSTEM_AFTER =
  /^\s+(?:api|apis|service|services|app|apps|platform|portal|team|teams|module|cluster|database|db|pipeline|sdk|connector|integration|dashboard|console|store|storefront|engine|gateway|cli|website|site|checkout|system|stack|tool|tooling|framework|library|repo|monolith|backend|frontend|web|mobile|ui)\b/i;

// After an acronym, what makes it an organisation: a possessive, or the paper of a deal with it.
// ("DAN Europe's scheme": an acronym and a capitalised word in the possessive name one body.)
const PARTY_AFTER =
  /^(?:['’]s\b|\s+[A-Z][a-z]+['’]s\b|\s+(?:[a-z-]+\s+){0,2}?(?:contracts?|agreements?|slas?|msas?|deals?|renewals?|partnership|account team|terms|tenders?|bids?)\b)/;

const MANY_DEALS_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:contracts|agreements|deals|renewals|tenders|bids)\b/;

// ("the 120 kits ordered by the RNLI": whoever orders or commissions the things is a party too.)
const AGREED_WITH_BEFORE =
  /\b(?:(?:agreed|signed|contracted|negotiated|promised|committed)\s+(?:it\s+)?(?:with|to)|(?:ordered|commissioned)\s+by)\s+(?:the\s+)?$/i;

/** The capitalised names in raw text that look like organisations (not the first word). */
export function namedOrganisations(raw: string): string[] {
  const names: string[] = [];
  // Title Case ("Ship Dark Mode For Android") says nothing about names. Acronyms and the
  // first word do not count either way.
  const words = raw
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[a-z]/i.test(w) && !/^[A-Z0-9]{2,}\b/.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  if (words.length >= 3 && capitalised / words.length > 0.6) return names;
  const re = /(?<=^|[\s("'])([A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,}[a-z]*)(?=[\s,.;:)'’-]|$)/g;
  for (const m of raw.matchAll(re)) {
    const word = m[1] ?? '';
    const start = m.index;
    const before = raw.slice(0, start);
    const isSentenceStart =
      before.trim() === '' || /[.:;!?]\s*$/.test(before) || /\(\s*$/.test(before);
    if (isSentenceStart || NOT_A_NAME.has(word)) continue;
    // An acronym is a party only where it is one: "HSBC's", "our HSBC service agreement"; and
    // "the Initech service agreement" is a deal, though "service" usually follows a system.
    const after = raw.slice(start + word.length);
    // ("SME renewals", "cost per SME renewal": a segment's many deals, or a unit of measure,
    // name no one organisation.)
    // ("the data exchange we agreed with the RSPCA": whoever a thing is agreed or signed with is
    // a party, whatever its initials.)
    const dealt =
      (PARTY_AFTER.test(after) && !MANY_DEALS_AFTER.test(after) && !/\bper\s+$/i.test(before)) ||
      AGREED_WITH_BEFORE.test(before);
    // (A plural acronym, "SKUs", "APIs", is a thing counted, not an organisation.)
    if (/^[A-Z]{2,}s?$/.test(word) && !dealt) continue;
    if (!dealt && SYSTEM_AFTER.test(after)) continue;
    // ("Blue Badge bays", "Gift Aid claims": a scheme's things, no party.)
    if (!dealt && SCHEME_THING_AFTER.test(after)) continue;
    names.push(word);
  }
  return names;
}

// Software that is called a client, and tests that are called contracts.
const NOT_PARTIES =
  /\b(?:web|mobile|api|http|desktop|native|ios|android|sdk|graphql|rest|grpc|javascript|js|thin|thick|email|mail|vpn|kafka|db|database)\s+clients?\b|\bcontract[- ]test\w*|\bclient[- ]side\b|\bpartner (?:api|portal|apis|sdk|integration|integrations|marketplace|programme|program)\b/g;

/** How firmly the text points at someone outside the team. */
export interface Parties {
  /** A named organisation ("Globex"), a regulator, or a specific role ("our largest customer"). */
  isNamed: boolean;
  /** A regulator or public body. */
  isRegulator: boolean;
  /** A regulator or public body named by name or acronym, not "the regulator". */
  isNamedRegulator: boolean;
  /** Customers or partners in general. */
  isGeneric: boolean;
  /** The names found, for messages. */
  names: string[];
}

const SPECIFIC_ROLE =
  /\b(?:(?:our|the|one|this|that)\s+(?:\S+\s+){0,2}?(?:key|strategic|anchor|launch|design|biggest|largest|top|major|flagship|first|pilot|lead)\s+(?:\S+\s+)?(?:customer|client|partner|account|prospect)|(?:our|the|one|this|that) (?:customer|client|partner|prospect|buyer|publisher|distributor|reseller|supplier|vendor|platform holder|licensor|licensee|sponsor|funder|franchisee|carrier|insurer|broker|landlord|parent company)(?!s)\b(?!\s+(?:[a-z-]+\s+){0,2}?(?:portal|app|apps|website|site|dashboard|platform|self-service)\b)|(?<!\bof (?:[a-z-]+ )?)(?<!\b(?:across|during|over|at|in|between|after) (?:the |our )?(?:[a-z-]+ )?)sales(?: team)?|account managers?|the board|investors?)\b/;

// (SPECIFIC_ROLE: "the customer design-approval portal" names a system of ours for customers,
// no one customer.)

/** Who outside the team the text names, read from the normalised and the raw text. */
export function partiesIn(text: string, raw: string): Parties {
  const clean = text.replace(NOT_PARTIES, ' ');
  const names = namedOrganisations(raw);
  const isNamedRegulator = NAMED_REGULATOR.test(clean) || TITLED_BODY.test(raw);
  const isRegulator = isNamedRegulator || REGULATOR.test(clean);
  return {
    isNamed: isRegulator || names.length > 0 || SPECIFIC_ROLE.test(clean),
    isRegulator,
    isNamedRegulator,
    isGeneric: ROLE_PARTY.test(clean),
    names,
  };
}
