import type { Direction } from '../../enums';
import { NOT_A_DOUBLING } from './doubledThings';

// "Cut over the remaining 3,500 panels from the legacy receiver to the new one": things moved
// from one system to another, a migration verb, not "cut" ("Cut over 30% of spend" still cuts);
// "Cut all 1,400 delivery offices over to the new engine" is the same verb with its object between.
const CUT_OVER =
  '(?!\\s+over\\s+(?:the\\s+|our\\s+)?(?:(?:remaining|last|other|final)\\s+)?(?:(?:«\\d+»|\\d[\\d,]*)\\s+)?(?:[a-z0-9-]+\\s+){0,3}?[a-z-]+s\\s+(?:from|to|onto|on to)\\b)(?!\\s+(?:[^\\s]+\\s+){1,6}?over\\s+(?:to|onto|on to|from)\\b)';
// "Drop 5,000 leaflets on the new estates", "drop 40 crates at each shop": a count of things
// left on or at places is a delivery, not a lowering ("drop 200 ms off", "drop 3 points" lower).
const DROP_OFF =
  '(?!\\s+(?:off\\s+)?(?:«\\d+»|\\d[\\d,.]*k?)\\s+(?!(?:seconds|minutes|hours|days|weeks|months|points|percent|ms)\\b)(?:[a-z0-9-]+\\s+){0,2}?[a-z-]+s\\s+(?:on|at|through|into|round|around|across|along)\\b)';
const DECREASE_VERB = new RegExp(
  `^(?:reduce|cut${CUT_OVER}|lower|decrease|shrink|drop${DROP_OFF}|halve|minimi[sz]e|eliminate|shorten|slash|trim|bring down|drive down|get down|curb|limit|avoid|prevent)(?![\\w-])`,
);
const INCREASE_VERB = new RegExp(
  `^(?:increase|raise|grow|boost|(?:double|triple)(?!\\s+${NOT_A_DOUBLING}\\b)|expand|extend|lengthen|prolong|maximi[sz]e|lift|bring up|drive up|widen|broaden|accelerate)(?![\\w-])`,
);
const NEUTRAL_VERB =
  /^(?:improve|achieve|reach|hit|maintain|keep|sustain|attain|make|ensure|stay|move|bring|drive)\b/;

// "Bring post-removal inspection failures down from 7 in 60 to 1 in 60", "Get wait times down to
// 5 min": a phrasal verb split by its object, its particle right before the numbers.
const SPLIT_DOWN =
  /^(?:bring|get|drive|push|knock|pull|take|keep)\s+(?:[a-z0-9«»'-]+\s+){1,6}?down\s+(?:from|to|by|below|under)\b/;
const SPLIT_UP =
  /^(?:bring|get|drive|push|pull|take|keep)\s+(?:[a-z0-9«»'-]+\s+){1,6}?up\s+(?:from|to|by|above|over)\b/;

// "Haulage cost per tonne down to £38", "Energy use per bake down from 60 kWh to 40": a measure
// named first, then the particle of its move, with no verb before it (a verb of raising keeps its
// own direction; "up to" is left alone, since it also means "at most"; "per 1,000 submissions"
// keeps its comma).
const NAMED_THEN_DOWN =
  /^(?!(?:increase|raise|grow|boost|lift|expand|bring up|drive up|double|triple)\b)(?:(?:[a-z0-9«»'/£$€%.-]|,(?=\d))+\s+){1,8}?down\s+(?:to|from|by|below|under)\s+(?:about\s+)?(?:«|£|\$|€|\d)/;

/** True when the lead is a split phrasal verb of change ("Bring … down from …"). */
export function isSplitMove(lead: string): boolean {
  return SPLIT_DOWN.test(lead) || SPLIT_UP.test(lead);
}

/** A split move with its number right after ("… down from 7 to 1", "… down to the 58 dB"). */
export function isSplitMoveToANumber(lead: string): boolean {
  return (
    isSplitMove(lead) &&
    /\b(?:from|(?:down|up)\s+(?:to|by|below|under)(?:\s+the)?)\s+«\d+»/.test(lead)
  );
}

/** The direction the KR's leading verb asks for ("Reduce …" → decrease), if any. */
export function verbDirection(lead: string): Direction | null {
  if (DECREASE_VERB.test(lead) || SPLIT_DOWN.test(lead)) return 'decrease';
  if (NAMED_THEN_DOWN.test(lead)) return 'decrease';
  if (INCREASE_VERB.test(lead) || SPLIT_UP.test(lead)) return 'increase';
  return null;
}

const BETTER_VERB = /^(?:improve|better|optimi[sz]e|speed up|fix|strengthen|enhance)\b/;

/** True when the KR opens with "improve" or the like: the metric's natural direction is meant. */
export function asksForBetter(lead: string): boolean {
  return BETTER_VERB.test(lead);
}

/** True when the KR opens with a verb that asks for a change in a quantity. */
export function hasChangeVerb(lead: string): boolean {
  return verbDirection(lead) !== null || NEUTRAL_VERB.test(lead);
}

/**
 * Nouns that name something measurable. A KR whose text has one of these has a metric
 * even when the metric column is empty ("Cut mean time to recovery …").
 */
export const METRIC_NOUN =
  /\b(?:rates?|ratio|percentage|share|proportion|time|times|latency|duration|p(?:50|75|90|95|99|999)|percentile|median|mean|average|avg|mttr|mttd|mtbf|mtta|uptime|availability|downtime|errors?|5xx|4xx|incidents?|outages?|bugs?|defects?|crash(?:es)?|failures?|cost|costs|spend|revenue|churn|retention|conversion|nps|csat|ces|score|count|number of|throughput|lead time|cycle time|lag|backlog|coverage|satisfaction|adoption|activation|engagement|abandonment|bounce rate|drop-?offs?|utili[sz]ation|headroom|capacity|turnaround|arr|mrr|gmv|aov|ltv|cac|arpu|dau|wau|mau|installs|downloads|bookings|orders|conversions|usage|active users|signups|sign-ups|requests|tickets|alerts|pages|load|cpu|memory|accuracy|precision|recall|freshness|staleness|stale|age|hours|minutes|seconds|days|speed|flak(?:y|iness)|lcp|fcp|inp|cls|ttfb|tti|slo|sla|sli|vulnerabilit(?:y|ies)|cves?|findings|escapes|regressions?|rollbacks?|queries|volume|size|frequency|cadence|velocity|points|traffic|rps|qps|sessions|bytes|weight|lines of code|loc|drift|corrections|rto|rpo|sev-?\d\w*|p[0-4]s|rejections|declines|refusals|cancell?ations|complaints|chargebacks|disputes|timeouts|retries|escalations|no-shows|stock-?outs|breaches|(?:daily|weekly|monthly|yearly|annual) active [a-z-]+|per (?:user|request|transaction|engineer|month|week|day|quarter))\b/;

// Metrics where less is better: asking to increase one is almost certainly a slip. (An update,
// refresh or polling interval is how stale the reading gets: longer is worse, unlike a
// maintenance or cleaning interval, where longer can mean less work.)
const LOWER_IS_BETTER =
  /\b(?:(?:update|refresh|polling|poll|sampling|sample|position|telemetry|tracking|ping|sync|reporting) intervals?|latency|response time|p(?:90|95|99|999)|load time|lcp|ttfb|mttr|mttd|time to (?:recover|restore|detect|resolve)|error rate|failure rate|crash rate|churn|downtime|incidents?|outages?|escaped bugs?|defects?|cost|spend|toil|lead time|cycle time|build time|duration|staleness|vulnerabilit(?:y|ies)|mape|wape|smape|mae|rmse|(?:forecast|prediction|estimate|estimation) error)\b/;
// (A model's precision, recall or AUC rises even when it predicts churn: "AUC of the churn
// model" names both, and says nothing either way.)
const HIGHER_IS_BETTER =
  /\b(?:uptime|availability|success rate|conversion|retention|activation|adoption|nps|csat|satisfaction|throughput|hit rate|accuracy|precision|recall|auc|auroc|roc[- ]auc|f1(?: score)?|ndcg|freshness|on[- ]time|otif|in[- ]full|fill rate|first[- ]time[- ]right|right first time|completion)\b/;

/** The direction a well-known metric should go, or null when it depends. */
export function naturalDirection(text: string): Direction | null {
  const lower = LOWER_IS_BETTER.test(text);
  const higher = HIGHER_IS_BETTER.test(text);
  if (lower === higher) return null;
  return lower ? 'decrease' : 'increase';
}

/** Things that go wrong: "without a single outage" sets a target of none. */
export const ADVERSE_EVENT =
  '(?:regressions?|incidents?|outages?|errors?|failures?|bugs?|defects?|breach(?:es)?|complaints?|rollbacks?|crash(?:es)?|pages?|escalations?|downtime|data loss|sev-?\\d\\w*|p\\d|security issues?|vulnerabilit(?:y|ies)|misses|mistakes?|interruptions?|disruptions?|delays?)';

/** What an audit or inspection finds: "with no high-severity findings" sets a target of none. */
export const AUDIT_FINDING =
  '(?:(?:audit\\s+)?findings?|exceptions?|non-conformit(?:y|ies)|non-conformances?|compensating controls?)';

/** "by end of quarter", "by June 30", "before Q3", "by 2026-03-31", "before the contract signature": a delivery date. */
export const DEADLINE =
  /\b(?:by|before|until|no later than|in time for|ahead of)\s+(?:the\s+)?(?:(?:end|middle|start|beginning) of\s+(?:the\s+)?)?(?:eo[qmy]\b|q[1-4]\b|h[12]\b|quarter|month|year|sprint|week|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}|\d{1,2}\/\d{1,2}|(?:launch|release|go-live|the (?:launch|release|conference|deadline)))|\b(?:before|ahead of|in time for)\s+(?:the|their|our|its)\s+(?:[a-z-]+\s+){0,2}(?:launch|go-live|release|renewal|deadline|audit|campaign|event|season|conference|peak|finals?|kick-?off|opening|signature|signing)\b|\b(?:by|before|on)\s+(?:the|their|our|its)\s+(?:[a-z-]+\s+){0,2}(?:launch|go-live|release|due|submission) dates?\b|\b(?:promised|due|scheduled|planned|committed)\s+(?:for|in|by)\s+(?:the\s+)?(?:end of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12]|eo[qmy])\b|\bdeadline\b|\bon time\b|\b(?:ahead of|in time for)\b|\bbefore (?:the )?(?:holiday|peak|launch|release|go-live|conference|summer|winter|black friday|renewal|audit)/;

/**
 * "Add UI tests until coverage hits 70%", "rewrite help articles until self-service resolution
 * reaches 40%": the work is the means, the measure reaching a number after "until" is the KR.
 * A purpose clause that moves a measure says the same ("Ship the offline diary so daily diary
 * completion rises from 63% to 85%", "Install lockers so unassisted returns go from 20% to 70%").
 * The measure's words are the first group.
 */
export const UNTIL_MEASURE =
  /\b(?:until|till|so that|so)\s+((?:the\s+|our\s+|its\s+|their\s+)?(?:[a-z0-9-]+\s+){0,6}?[a-z0-9-]+)\s+(?:(?:hits?|reach(?:es)?|gets? to|pass(?:es)?|exceeds?|tops?|cross(?:es)?|climbs? to|rises? to|falls? to|drops? to|(?:is|are)\s+(?:at|above|below|under|over))\s+(?:at least\s+|over\s+|above\s+|under\s+|below\s+)?«\d+»|(?:rises?|falls?|drops?|goes|go|climbs?|grows?|improves?|moves?|shrinks?|declines?|increases?|decreases?|(?:comes?|goes?) (?:up|down))\s+from\s+«\d+»(?:\s*[a-z%]+)?\s+to\s+(?:under\s+|below\s+)?«\d+»)/;

/**
 * "Checkout tasks completed unaided by keyboard-only testers", "participants who finish a booking
 * without help": how often the people a product serves succeed on their own is a task success
 * rate, an outcome, not tasks or tickets closed by the team.
 */
export const UNAIDED_SUCCESS =
  /\b(?:unaided|unassisted|without (?:any |a |further )?(?:help|assistance|hints?|guidance|prompting|a prompt)|on their own|by themselves|(?:in|during) (?:moderated |unmoderated |remote )?(?:usability|user|moderated) (?:tests?|testing|sessions?|studies|study))\b/;

/**
 * "Give citizens a smoother experience when renewing a licence", "Give the dispatch team better
 * visibility of where vans are": a better experience or view promised to someone is vague (it
 * names no measure), not a deliverable. "Give the finance team a cost dashboard" is a deliverable.
 * The same holds as a structure, whatever the quality is called: more of something abstract
 * ("Give children in care more stability", "more of a voice"), a comparative ("a better handle
 * on", "a smoother first week"), or a thing qualified by how people feel about it ("a console
 * that feels effortless", "a repair service they can rely on").
 */
const GIVE_LEAD = '^(?:give|offer|provide|bring)\\s+(?:[a-z-]+\\s+){1,3}?';
const NOT_COMPARATIVE =
  '(?!(?:user|partner|order|driver|customer|paper|server|player|buyer|seller|provider|folder|layer|manager|owner|member|number|power|water|poster|printer|scanner|tracker|planner|builder|viewer|reader|editor|container|cluster|router|timer|header|footer|banner|trigger|filter|marker|master|letter|counter|other|answer|chapter|register|computer|tower|leader|worker|officer|carer|volunteer|engineer|teacher|trainer|ledger|voucher|sticker|dashboard)\\b)';
export const GIVE_QUALITY = new RegExp(
  `${GIVE_LEAD}(?:(?:an?\\s+|the\\s+)?(?:much\\s+|far\\s+|more\\s+)?(?:[a-z]+er|better|clear|real-time|full|complete|joined-up|seamless|smooth|single|consistent)\\s+(?:[a-z-]+\\s+){0,2}?(?:experiences?|journeys?|visibility|insights?|views?|oversight|understanding|control|clarity|overview|picture|service|onboarding|time)\\b` +
    `|more\\s+(?:of\\s+an?\\s+)?(?!(?:[a-z-]+\\s+)?(?:dashboards?|reports?|tools?|features?|screens?|apps?|licen[cs]es?|seats?|servers?|devices?|laptops?)\\b)[a-z]+` +
    `|(?:an?|the)\\s+(?:much\\s+|far\\s+)?(?:better|more\\s+[a-z]{4,}|${NOT_COMPARATIVE}[a-z]{3,}er),?\\s+[a-z]` +
    `|(?:an?|the)\\s+(?:[a-z-]+\\s+){1,3}?(?:that|which|they|people|we)\\s+(?:feels?|looks?|can|could|will|would|trust|love|enjoy|rely))`,
);
