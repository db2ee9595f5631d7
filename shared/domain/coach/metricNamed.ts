import type { TextNumbers } from './text/extract';
import { GIVE_QUALITY, hasChangeVerb, METRIC_NOUN } from './text/lexicon';

/**
 * Whether a KR's wording names what it measures (missing-metric is the rule that asks). Kept
 * apart from the merging of fields and text in analyze.ts: this reads the words only.
 */

// "Make incidents less stressful", "Keep deploys boring": a feeling, not a measure, whatever the noun.
const FEELING =
  /^(?:make|keep|feel|be|become|get)\s+(?:\S+\s+){0,4}?(?:(?:less|more|much|very|truly|really|feel)\s+)?(?:stressful|painful|pleasant|delightful|enjoyable|easy|easier|simple|simpler|boring|calm|calmer|predictable|smooth|smoother|seamless|effortless|intuitive|friendly|great|nicer|happier|happy|fun|safe|safer|snappy|snappier|fast|faster|quick|quicker|reliable|robust|solid|stable|trustworthy|delightful|real-time|instant|instantaneous|frictionless|painless|hassle-free|responsive|slick|polished)\b/;
// "Smoother patch days", "Calmer on-call weeks": a quality asked for first, with no verb and no
// number, is a feeling about the things named, not a measure of them ("days" is not a duration).
const FEELING_FIRST =
  /^(?:smoother|calmer|happier|easier|simpler|nicer|friendlier|quieter|less stressful|less painful|more predictable|more pleasant|more enjoyable|stress-free|painless|hassle-free)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+$/;

// "Make onboarding 2x better", "twice as pleasant": a factor of a judgement names no measure.
const JUDGED_FACTOR =
  /(?:«\d+»|\btwice|\bthree times|\bten times)\s+(?:as\s+)?(?:better|nicer|easier|simpler|smoother|happier|friendlier|more (?:pleasant|enjoyable|intuitive|delightful|usable|useful|fun)|good|nice|easy|simple|smooth|pleasant|enjoyable|intuitive|delightful|usable|useful|fun)\b/;

// "Hit 95% by year end across the platform": a number to reach, of nothing named.
const NUMBER_OF_NOTHING =
  /^(?:hit|reach|achieve|attain|make|deliver|land|(?:get|move|bring|take|push)\s+(?:(?:it|this|that|the (?:number|figure|metric|score|rate|level))\s+)?to)\s+«\d+»(?:\s+(?:by|before|across|in|for|on|at|this|next|during|within|everywhere|overall|company-wide|org-wide)\b.*)?$/;

// "Keep cloud costs under control", "Get a grip on logging costs", "Be smarter about cloud
// spend": an attitude to money or effort asked for; no level says when it is under control.
const VAGUE_AIM =
  /^(?:(?:keep|get|bring|have)\s+(?:\S+\s+){0,4}?(?:under control|in check|in hand|sensible|reasonable)|get a (?:grip|handle) on|be (?:much\s+|a lot\s+|far\s+)?(?:smarter|wiser|savvier|more (?:disciplined|careful|thoughtful|deliberate|sensible|responsible|mindful|intentional|strategic|frugal))\s+(?:about|with|in|on|around))\b/;

function isOnlyAFeeling(lead: string, numbers: TextNumbers, text: string): boolean {
  if (NUMBER_OF_NOTHING.test(lead) && !METRIC_NOUN.test(text)) return true;
  if (VAGUE_AIM.test(lead) && numbers.quantities.length === 0 && numbers.relative === null) {
    return true;
  }
  if (JUDGED_FACTOR.test(numbers.masked) && !METRIC_NOUN.test(text)) return true;
  return (
    (FEELING.test(lead) || FEELING_FIRST.test(lead)) &&
    numbers.quantities.length === 0 &&
    numbers.relative === null
  );
}

const OPENING_VERB =
  /^(?:reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e|eliminate|shorten|slash|trim|curb|limit|avoid|prevent|increase|raise|grow|boost|double|triple|expand|maximi[sz]e|lift|widen|broaden|accelerate|improve|better|optimi[sz]e|speed up|fix|strengthen|enhance|achieve|reach|hit|maintain|keep|sustain|attain|ensure|bring (?:down|up)|drive (?:down|up)|get|make)\s+/;
const PREPOSITION =
  /\s(?:attributable|of|for|in|on|across|at|with|within|per|by|to|from|through|among|between|during|so|that|while|without|when|where|which|who|after|before|under|over|into|via|and|or|each|every|this|next|by)\s/;

/**
 * The head of what a wordy KR measures: "Improve incident response across teams" → "incident
 * response". A metric noun elsewhere ("incident") does not make "response" measurable.
 */
function headPhrase(lead: string): string {
  // ("Raise WMS throughput (orders routed per minute)": a bracket says more of the same.)
  const object = lead
    .replace(/\s*\([^()]*\)/g, '')
    .replace(OPENING_VERB, '')
    .replace(/^(?:the|our|a|an)\s+/, '')
    // "Deploy frequency: weekly → daily": the measure is named before the colon.
    .replace(/:.*$/, '');
  const cut = PREPOSITION.exec(` ${object} `);
  const head = cut ? ` ${object} `.slice(0, cut.index).trim() : object;
  return head;
}

// The measure is the head noun, the last word of the phrase: "incident response" is a response.
const HEAD_METRIC = new RegExp(`(?:${METRIC_NOUN.source})\\s*$`);
// "Ship patches every Tuesday", "release weekly": a cadence is a measure of how often.
const PACE =
  /\b(?:releas\w*|deploy\w*|ship\w*|publish\w*|patch\w*)\b.*\b(?:every (?:day|week|sprint|fortnight|month|monday|tuesday|wednesday|thursday|friday|weekday)|daily|weekly|fortnightly|monthly|on demand)\b/;
// ("Energy per GB carried", "cost per parcel": a quantity per unit of what is served is a rate.)
const RATE =
  /\b[a-z0-9-]+s?\s+(?:per|a|an|each|every)\s+(?:[a-z0-9-]+\s+)?(?:shift|day|week|month|quarter|year|sprint|release|deploy|order|user|customer|session|request|engineer|team|store|site|match|game|trip|call|ticket|run|build|page|visit|head|gb|tb|mb|kwh|mwh|kg|tonne|ton|km|mile|litre|liter|unit|parcel|package|shipment|transaction|device|vehicle|flight|passenger|patient|bed|hour|minute|second|[a-z]+-hour)\b/;
const PER_PERIOD =
  /\b[a-z-]+s\s+(?:[a-z-]+\s+){0,4}?per\s+(?:day|week|month|quarter|year|sprint|release|shift|engineer|developer|agent|analyst)\b/;
const MEASURE_WORD =
  /\b(?:number|share|rate|ratio|percentage|proportion|count|amount|volume|frequency|level|size|fraction)$/;

// "Optimise our cloud usage", "Improve storage utilisation": a verb with no direction on an
// amount that is good neither high nor low names no measure ("Cut API usage by half" does;
// "Improve page load" and "Improve order volume" name a direction by themselves).
const AIMLESS =
  /^(?:(?:optimi[sz]e|rethink|review|tune|right-?size)\s+(?:\S+\s+){0,4}?(?:volume|load|capacity)|(?:optimi[sz]e|improve|enhance|better|rethink|review|tune|right-?size)\s+(?:\S+\s+){0,4}?(?:usage|use|utili[sz]ation|consumption|footprint|allocation|mix))(?:\s+(?:across|in|on|for|of|at|among|by|within|between|from|per|throughout)\b.*)?$/;

// "Streamline how support engineers handle escalations", "Overhaul the incident process",
// "Harden the dispensing platform against outages": a verb of reworking a process or making a
// system sturdier names what changes, not how it is measured, whatever nouns follow.
const REWORK_VERB =
  /^(?:streamline|overhaul|rework|revamp|tidy up|clean up|moderni[sz]e|rationali[sz]e|simplify|re-?imagine|rethink|refresh|transform|reshape|re-?engineer|harmoni[sz]e|shake up|sort out|fix up|untangle|declutter|professionali[sz]e|smooth out|harden|shore up|bulletproof|future-proof|toughen|beef up)\b/;
// What still names a measure after such a verb ("Rework onboarding to cut time to first deploy").
// ("Streamline how rate changes reach production": a rate there is a price, not a measure.)
const NAMED_MEASURE =
  /\b(?:rates?(?!\s+(?:changes?|cards?|tables?|sheets?|plans?|updates?|rises?|cuts?)\b)|ratio|share|percentage|proportion|number of|time to|times?|latency|duration|mttr|cost|costs|spend|uptime|availability|score|nps|csat|conversion|retention|churn|throughput|lead time|cycle time|p\d{2,3}|how (?:often|long|many|much|quickly|fast|soon|frequently))\b/;
// "Reduce how often engineers escalate", "cut how long refunds take": the measure in a clause.
const HOW_MUCH =
  /^\S+(?:\s+(?:down|up))?\s+how (?:often|long|many|much|quickly|fast|soon|frequently)\b/;

const OPTIMISE_MONEY =
  /^optimi[sz]e\s+(?:\S+\s+){0,3}?(?:costs?|spend|spending|budgets?|bills?)(?:\s+(?:across|in|on|for|of|at|throughout|everywhere)\b.*)?$/;

function namesAMeasure(text: string, lead: string, numbers: TextNumbers): boolean {
  if (numbers.quantities.length > 0 || numbers.relative !== null) {
    // "Interrupts per on-call shift (target: 5)": a number of something per something.
    return METRIC_NOUN.test(text) || RATE.test(text);
  }
  if (AIMLESS.test(lead) || GIVE_QUALITY.test(lead)) return false;
  // "Optimise cloud costs across all accounts": optimising money may mean spending less or
  // spending better, so it names no measure ("Optimise monthly spend from $300k to $220k" has
  // numbers and is read above; "Optimise consumer lag" names one).
  if (OPTIMISE_MONEY.test(lead)) return false;
  if (REWORK_VERB.test(lead)) return NAMED_MEASURE.test(lead) || PACE.test(text);
  if (HOW_MUCH.test(lead) && hasChangeVerb(lead)) return true;
  const head = headPhrase(lead);
  // "number of incidents", "rate of failed deploys": the measure is named before the "of";
  // "Lines of test code added per sprint": a count per period is a rate.
  return (
    HEAD_METRIC.test(head) ||
    MEASURE_WORD.test(head) ||
    SPAN_HEAD.test(head) ||
    PER_PERIOD.test(text) ||
    FEWER_GONE_WRONG.test(lead)
  );
}

// "Reduce failed accounting-integration syncs", "Cut inappropriate record access": fewer of
// things gone wrong, named by what went wrong, is a count of them.
const FEWER_GONE_WRONG =
  /^(?:reduce|cut|lower|decrease|minimi[sz]e|halve|eliminate|prevent|stop)\s+(?:the\s+|our\s+)?(?:number of\s+)?(?:failed|duplicate|inappropriate|unauthori[sz]ed|missed|lost|dropped|broken|stale|incorrect|erroneous|unplanned|unnecessary|avoidable|rejected|abandoned|overdue|unresolved|nuisance|false|spurious|noisy|mis[a-z]+ed)\s+[a-z]/;

// "Improve time-to-first-payroll for new customers": a span named with hyphens is a time.
const SPAN_HEAD = /^(?:[a-z0-9-]+\s+)?time-to-[a-z]/;

// "12 incidents", "2x more emails": a number counting things is a measure of those things.
// ("Merge 400 PRs": a plural abbreviation counts things as much as a word does.)
const COUNTED_THINGS =
  /«\d+»\s+(?:more\s+|fewer\s+|new\s+|additional\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z0-9-]{3,}s|prs|mrs|prds|adrs|rfcs)\b/;

// "Improve the keeper alerting system in all 14 animal houses": a betterment whose only number
// counts where it happens names no measure ("Cut falls in all 14 wards" names falls).
const BETTER_WHERE_ONLY =
  /^(?:improve|upgrade|moderni[sz]e|refresh|revamp|overhaul|enhance)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){1,5}?(?:in|across|at|for)\s+(?:all\s+|every\s+|each\s+|our\s+|the\s+)*«\d+»\s+(?:[a-z-]+\s+)?[a-z-]+s$/;

// "Publish more help-centre articles (currently 140)": more of a kind of thing, with how many
// there are today, counts those things.
const MORE_OF_COUNTED = /^\S+\s+more\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}s\b/;
// "Fewer weighbridge mismatches than the 220 we logged": things counted against a number.
const FEWER_THAN_A_COUNT =
  /^(?:fewer|more|less)\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}\s+than\s+(?:the\s+|our\s+)?«\d+»/;

/** True when the title itself names a measure (the metric column is checked by the caller). */
export function textNamesAMetric(text: string, lead: string, numbers: TextNumbers): boolean {
  const hasUnitInText = numbers.quantities.some(
    (q) => q.dimension !== 'none' && q.dimension !== 'factor',
  );
  if (numbers.quantities.length === 1 && BETTER_WHERE_ONLY.test(lead)) return false;
  return (
    (namesAMeasure(text, lead, numbers) ||
      hasUnitInText ||
      numbers.hasFromTo ||
      numbers.hasComparatorTarget ||
      (numbers.baseline !== null && numbers.target !== null) ||
      ((numbers.target !== null || numbers.relative !== null || numbers.baseline !== null) &&
        hasChangeVerb(lead)) ||
      COUNTED_THINGS.test(numbers.masked) ||
      (numbers.baseline !== null && MORE_OF_COUNTED.test(lead)) ||
      FEWER_THAN_A_COUNT.test(numbers.masked) ||
      PACE.test(text)) &&
    !isOnlyAFeeling(lead, numbers, text)
  );
}
