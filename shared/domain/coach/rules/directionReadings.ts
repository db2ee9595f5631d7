import type { Direction } from '../../enums';
import type { KeyResultAnalysis } from '../analyze';
import { asksForBetter, hasChangeVerb } from '../text/lexicon';
import { isWaitHead, TIME_OF_A_STEP, TIME_TO_WAIT, TIME_WELL_SPENT } from './timeReadings';

/**
 * Readings of which way a KR asks its measure to go that the numbers alone do not give.
 *
 * A frequency written as an interval ("from every 21 days to every 45 days"): the numbers are
 * the gaps between events, so a longer gap is fewer events, and "cut the cleaning frequency"
 * agrees with them going up. (When the KR names the gap itself, "extend the interval", the verb
 * is about the gap and the numbers are read as they stand.)
 *
 * A share of a bad thing asked to go up ("Grow the barren-mare rate from 12% to 18%", "Foals
 * losing more than 5% of bodyweight: raise from 18% to 26%"): the field, the verb and the
 * numbers agree with each other, but the measure names something that goes wrong, so asking
 * for more of it runs the score backwards.
 */

const EVERY_INTERVAL =
  /\bfrom\s+(?:once\s+)?every\s+(?:«\d+»|\d[\d.,]*)\s*[a-z]+\s+to\s+(?:once\s+)?every\s+(?:«|\d)/;
const NAMES_THE_GAP = /\b(?:intervals?|gaps?|time between|spacing|period between|days between)\b/;

/** The direction the verb's measure moves in when the numbers are intervals between events. */
export function intervalFlip(a: KeyResultAnalysis, numeric: Direction): Direction {
  if (!EVERY_INTERVAL.test(a.text) || NAMES_THE_GAP.test(a.lead)) return numeric;
  return numeric === 'increase' ? 'decrease' : 'increase';
}

// Things that go wrong, by their own word: the measure is a count or share of them.
const GOES_WRONG =
  /\b(?:barren|spoil(?:s|ed|age|t)?|injur(?:y|ies|ed)|late(?:ness)?|overdue|defect(?:s|ive)?|fail(?:s|ed|ures?)|reject(?:s|ed|ions?)|scrap(?:ped)?|dead|deaths?|mortality|complaints?|stall(?:s|ed)?|abandon(?:ed|ment)|errors?|faults?|faulty|crash(?:es|ed)?|outages?|incidents?|accidents?|contaminat(?:ed|ion)|infect(?:ed|ions?)|complications?|readmi(?:tted|ssions?)|relapses?|burnt|burned|scorched|lame(?:ness)?|sick(?:ness)?|losing|lost|miss(?:ed|es)|no-shows?|breakages?|broken|damaged|leaks?|spills?|burn|churn|attrition|drop-?offs?|downtime|timeouts?|bugs|opt-?outs?|unsubscribe[sd]?|re-?work|re-?wash(?:es)?|re-?opened|account takeovers?|takeovers?|intrusions?|breach(?:es)?|fraud(?:ulent)?|after (?:payday|the deadline|the due date|the cut-?off)|fail|unproductive|unplanned|unnecessary|avoidable|wasted|non-actionable|stale|vulnerabilit(?:y|ies)|chargebacks?|false[- ](?:negatives?|positives?)|waste)\b/;
// A measure that counts catching, fixing or avoiding them is a good thing raised.
const GOOD_OF_THEM =
  /\b(?:detect(?:ed|ion)?|caught|found|spotted|flagged|identified|screened|report(?:ed|ing)|logged|fixed|resolved|closed|cleared|recovered|prevented|avoided|saved|without|free|no(?!-)|not|never|zero|on time|in time|survival|survive|surviving|success|pass(?:ing|ed)?|cured|healed|reused|recycled|scanned|remediated|patched|mitigated|triaged|handled|processed|retained|won back)\b/;
// The measure asked to go up: after a verb of raising, or before a colon and a verb of raising.
const RAISED_AFTER =
  /^(?:grow|raise|increase|lift|boost|double|triple|push up|drive up)\s+(?:the\s+)?(.+?)\s+(?:from|to|by)\s+(?:«|\d)/;
// "the mead spoilage rate", "the barren-mare rate": the words that qualify a rate or share.
const RATE_OF_IT =
  /^((?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s+(?:rate|share|percentage|proportion|ratio|incidence|prevalence)$/;
// ("share of net-pay transfers landing after payday": what they do, after a participle too.)
const SHARE_OF_THEM =
  /^(?:rate|share|percentage|proportion) of (?:[a-z-]+\s+){1,3}?(?:(?:that|which|who)\s+(.+)|([a-z]+ing\s.+))$/;
const RAISED_BEFORE = /^([^:]{3,}?):\s*(?:raise|increase|grow|lift|boost|push up|up)\b/;

/** True when every part of the KR asks for more of a thing that goes wrong. */
export function raisesABadThing(
  a: KeyResultAnalysis,
  stated: Direction | null,
  verb: Direction | null,
): boolean {
  if (a.numericDirection !== 'increase' || a.naturalDirection === 'increase') return false;
  if ((stated ?? verb) !== 'increase' || (verb ?? stated) !== 'increase') return false;
  const after = RAISED_AFTER.exec(a.lead)?.[1];
  // ("Raise the referral rate for ventilated deaths": the rate is of referrals; the bad word
  // must qualify the rate itself, right before it.)
  // ("Raise the proportion of jobs that fail validation": what the things the share is of do.)
  const measure = after
    ? (RATE_OF_IT.exec(after)?.[1] ?? SHARE_OF_THEM.exec(after)?.slice(1).find(Boolean))
    : RAISED_BEFORE.exec(a.lead)?.[1];
  if (!measure) return false;
  return GOES_WRONG.test(measure) && !GOOD_OF_THEM.test(measure);
}

// "Queue abandonment during on-sales 23% -> 31%", "Checkout errors from 2% to 4%": a measure
// named on its own, no verb before it (a colon may end it), then its numbers, the KR's last pair
// ("Time to scale from 2k to 20k instances: 45 min -> 10 min" sizes the step first; "1 in 200 to 1 in 2000" is a rate
// written upside down, left alone).
const NAMED_THEN_NUMBERS =
  /^((?:[a-z0-9'&+-]+(?:[.,]\d+)*\s+){0,8}?[a-z0-9'&+-]+(?:\s+\([a-z%µ/]{1,8}\))?|time (?:from|between|to) (?:[a-z0-9'-]+\s+){1,14}?[a-z0-9'-]+(?=:))(?::\s*(?:(?:median|mean|average|p\d{2,3})\s+)?|,\s*|\s*)(?:(?:from|went from|was|(?:down|up|fell|rose|dropped|climbed) from|to (?:drop|fall|rise|climb|go (?:up|down)|decline|grow|shrink) from)\s+)?(?:about\s+)?«\d+»(?:\s*[^\s«»]+)?\s+(?:(?:down|up)\s+)?(?:to|->|→)\s+(?:about\s+)?«\d+»(?!\s+in\b)(?![^]*«\d+»[^«]*(?:->|→|\bto\b)\s*(?:about\s+)?«)/;

// "Docket alert freshness: median delay 20 min → 45 min": the statistic after the colon, with
// its own measure word, is what the numbers are.
const STATISTIC_AFTER_COLON =
  /^[^:]{2,60}:\s*((?:median|mean|average|avg|p\d{2,3})\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:from\s+)?«\d+»/;

const TODAY_IN_BRACKETS = /\(\s*(?:today|now|currently|at present)\s*:?\s*(«\d+»)\s*\)/;
// "8 s now, 14 s by end of Q3": today's level and the target, as a pair.
// ("4 now, target 9": the word for the target may come between.)
const NOW_THEN =
  /(«\d+»)(\s*[^\s«»,]+)?\s+(?:now|today|currently)\s*,\s*(?:and\s+)?(?:(?:target(?:ing)?|goal|aim(?:ing)? for)\s*:?\s*)?(«\d+»)/;

// "Bring monthly churn to 4.5% (3.8% last quarter)": a verb that says no way, then the measure.
const BROUGHT_TO =
  /^(?:bring|get|take|move|put|set)\s+(?:the\s+|our\s+)?((?:[a-z0-9'-]+\s+){0,5}?[a-z0-9'-]+)\s+(?:to|from)\s+(?:about\s+)?«\d+»(?!\s+in\b)/;

// Good things by their own word: on-time work, a service being up, a success rate.
const GOES_RIGHT =
  /\b(?:on[- ]time|availability|uptime|success(?:ful)?|conversion|retention|satisfaction|csat|nps|accuracy|hit rate|first[- ](?:time|contact) (?:fix|resolution)|completion(?: rates?)?(?! times?)|sign-?up rates?|adoption rates?|attach rates?|coverage|correct(?:ly)?|right first time|click-?through(?: rates?)?|ctr|(?:basket|order|cart) (?:value|size)|aov|arpu|(?:daily|weekly|monthly) active|active users|[dwm]au)\b/;
// What a measure named on its own counts that is better fewer or lower, beyond the things that
// go wrong: what it costs (not what customers spend with us), a resource used per unit of output,
// a statistic's error, the change failure rate, people asking for help, goods sent back, server errors, forfeits and
// too much of a thing ("Infra cost per booking $0.42 → $0.55", "Return rate from 31% to 34%").
const NAMED_BAD =
  /\b(?:costs?|(?:support|help ?desk|service ?desk|complaint)\s+(?:tickets?|contacts?|calls?|cases?)|return rates?|returns? per|returned (?:items|orders)|[45]xx|forfeits?|forfeit rate|over-[a-z]+|discrepanc(?:y|ies)|cfr|change failure rate|emissions|(?:energy|power|fuel|electricity|carbon|co2e?|water)(?:\s+(?:use|usage|consumption|cost))?\s+per|revisions?|(?:absolute|forecast|prediction|estimation) (?:error|deviation)|w?mape|rmse)\b/;
// A share of things with or without a property, and where a measure's head ends.
const QUALIFIED = /\s(?:with|without|that|which|who|where|answered|met|having|carrying|free of)\s/;
const HEAD_ENDS =
  /\s(?:with|without|from|of|in|on(?! time)|at|by|that|which|who|where|answered|met|for|after|before|rather than|instead of)\s/;
// Head words that leave no doubt which way is better, whatever qualifies them.
const GOOD_AT_HEAD =
  /\b(?:accuracy|availabi?li?ty|recall(?!s)|precision|attach rate|click-?through(?: rate)?|ctr|completion|availability|uptime|conversion(?: rate)?|completion rate|success rate|recovery rate|pass rate|win rate|fill rate|retention(?: rate)?|auc|f1(?: score)?|(?:bleu|comet|chrf\+*|rouge(?:-[l12])?|ndcg(?:@\d+)?)(?: score)?|csat|nps|satisfaction(?: score)?|hit rate)$/;
const BAD_AT_HEAD =
  /\b(?:costs?|error rate|(?<!\bbetween (?:[a-z-]+ ){0,2})(?:complaints|failures)|(?:absolute|forecast|prediction|estimation) error|errors?|mae|w?mape|rmse|[45]xx rate|cfr|change failure rate|failure rate|false[- ](?:negative|positive) rate|incidents|defects|crash(?:es| rate)|outages|downtime|churn(?: rate)?|abandonment(?: rate)?)$/;
const BAIT = /\b(?:phish\w*|scams?|spam|simulated attacks?)\b/;
// An attack's success is the attacker's: "successful account-takeover attempts per 100k logins".
const ATTACK_SUCCEEDS =
  /\bsuccess(?:ful)?\s+(?:[a-z-]+\s+){0,2}?(?:account[- ]takeovers?|takeovers?|attacks?|intrusions?|breach(?:es)?|exploits?|fraud\w*|brute[- ]force|credential[- ]stuffing)|\b(?:attack|intrusion|takeover|exploit)s?\s+success/;
const PER_UNIT = /\s(?:per|a|each|every)\s/;
const NAMED_GOOD_OF_IT = /\b(?:savings?|saved|avoided|recovered|per (?:cost|spend))\b/;

/**
 * The way a measure named on its own should go, when the KR has no direction and no verb and
 * its numbers go the other way ("Queue abandonment 23% -> 31%", "On-time delivery from 93% to
 * 88%", "Average speed of answer from 40 s to 55 s"): nothing else says which way, and the
 * measure's own word does. Null when the words do not say, or the numbers agree with them.
 */
export function namedMeasureGoesBack(
  a: KeyResultAnalysis,
  stated: Direction | null,
  verb: Direction | null,
): Direction | null {
  const numeric = a.numericDirection;
  // (A verb that agrees with the numbers says nothing the numbers do not: "checkout conversion
  // from 4.8% down to 4.2%" still asks for less of a good thing.)
  if (numeric === null || (verb !== null && verb !== numeric)) return null;
  // A direction field set the numbers' way is read as a verb that agrees is, but only for a
  // measure whose head word leaves no doubt ("Cost per active workspace from $4.10 to $5.00",
  // increase; "OCR field extraction accuracy 94% → 90%", decrease): a field is often set from
  // the numbers, and what it says about a looser reading is nothing.
  if (stated !== null && stated !== numeric) return null;
  const plain = stated === null;
  // ("Signup-to-first-ride conversion (today 31%) to 25%": today's level in brackets is the
  // pair's first number.)
  const lead = a.lead.replace(TODAY_IN_BRACKETS, '$1').replace(NOW_THEN, '$1$2 to $3');
  const measure =
    (STATISTIC_AFTER_COLON.exec(lead) ??
      NAMED_THEN_NUMBERS.exec(lead) ??
      BROUGHT_TO.exec(lead))?.[1] ?? (plain ? undefined : nameAlone(a));
  if (!measure) return null;
  const share = a.target?.dimension === 'percent';
  // "Crash reports with symbolicated stack traces: 64% -> 98%", "Returns processed without a
  // support contact": a share of things that have a property goes the property's way.
  if (share && QUALIFIED.test(measure)) return null;
  // A time is read by its own words only: "time to first successful build" is a wait, and
  // "time between failures" is better long.
  const timed = isTimed(a) || (!share && TIME_OF_A_STEP.test(measure));
  const { head, perWhat } = headOf(measure);
  if (timed) {
    // (The head decides: "collision-avoidance warning latency" is a latency, however early the
    // warning it times should come.)
    // ("Time from radar detecting movement to the alert reaching the supervisor": the span
    // between two events is a wait, whatever the events are.)
    // (An error in minutes is an error: "ETA prediction error (MAE, minutes)".)
    const sureSlow = isWaitHead(head) || BAD_AT_HEAD.test(perWhat);
    const slow =
      sureSlow ||
      /^time from /.test(measure) ||
      ((TIME_TO_WAIT.test(measure) || TIME_OF_A_STEP.test(measure)) &&
        !TIME_WELL_SPENT.test(measure));
    const sure = plain || sureSlow;
    return slow && sure && numeric === 'increase' ? 'decrease' : null;
  }
  // (A sure head word wins over what qualifies it: "oven-fault classifier accuracy" is an
  // accuracy.)
  const sureGood = isSureGood(perWhat, measure);
  const sureBad = BAD_AT_HEAD.test(perWhat);
  const bad =
    sureBad ||
    (!sureGood &&
      ((GOES_WRONG.test(head) && !GOOD_OF_THEM.test(head)) ||
        (NAMED_BAD.test(head) && !NAMED_GOOD_OF_IT.test(head) && !GOOD_OF_THEM.test(head))));
  // (Clicks on a phishing test are the bad kind: "staff click-through on simulated phishing".)
  const good =
    sureGood ||
    (!sureBad &&
      GOES_RIGHT.test(perWhat) &&
      !GOES_WRONG.test(head) &&
      !BAIT.test(measure) &&
      !ATTACK_SUCCEEDS.test(measure));
  if (bad && !good && numeric === 'increase' && (plain || sureBad)) {
    return 'decrease';
  }
  if (good && !bad && numeric === 'decrease' && (plain || sureGood)) {
    return 'increase';
  }
  return null;
}

// A plain ceiling or floor ("p95 under 3 s", "at least 99.9%") says which way is better, so a
// direction field set the other way is a mismatch (rules/directionMismatch.ts).
const SHARE_OR_WINDOW =
  /\b(?:share|percentage|proportion|fraction|rate|within|count|number)\b|%\s+of\b/;
const PLAIN_BOUND =
  /\b(?:under|below|less than|fewer than|lower than|no more than|at most|at least|above|over|more than|greater than|no less than)\s+(?:about\s+)?$/;

/** Whether the KR's one number is its target, after a plain word of more or less. */
export function isPlainBound(a: KeyResultAnalysis): boolean {
  const target = a.numbers.target;
  if (!target || a.numbers.quantities.length !== 1) return false;
  // ("Share of emails with a first reply under 24 h", "lots within ΔE ≤ 1.0": the bound says
  // which things are counted, and the count or share has a direction of its own.)
  if (SHARE_OR_WINDOW.test(a.text)) return false;
  return PLAIN_BOUND.test(a.text.slice(Math.max(0, target.start - 24), target.start));
}

// The verb and the measure it moves, up to where a number or a bound starts: "Increase mean time
// to detect intrusions to 4 hours", "Reduce OCR accuracy on scans below 90%".
const VERB_THEN_MEASURE =
  /^(?:increase|raise|grow|lift|boost|push up|drive up|reduce|cut|lower|decrease|shrink|bring down|drive down)\s+(?:the\s+|our\s+)?((?:[a-z0-9'-]+\s+){0,6}?[a-z0-9'-]+)\s+(?:to|by|below|under|above|over|at least|from)\s+(?:about\s+)?«\d+»/;

// A measure named before its one number: "Devkit farm availability of 98% during crunch".
const NAMED_BEFORE_ITS_NUMBER =
  /^((?:[a-z0-9'&+-]+\s+){0,6}?[a-z0-9'&+-]+)\s+(?:of|at|to|under|below|above|over|at least|at most|:)?\s*«\d+»/;

// A time by its field's unit or the title's ("under 5 working days" with a bare 5 in the field).
function isTimed(a: KeyResultAnalysis): boolean {
  return a.target?.dimension === 'time' || a.numbers.target?.dimension === 'time';
}

/**
 * A measure's head, before what qualifies it ("Completion rate of action items from incident
 * reviews" is a completion rate), and that head without what a rate is per ("takeovers per 100k
 * daily active users" are takeovers).
 */
function headOf(measure: string): { head: string; perWhat: string } {
  const head = measure.split(HEAD_ENDS)[0] ?? measure;
  return { head, perWhat: head.split(PER_UNIT)[0] ?? head };
}

/**
 * A title that is the measure's name alone, its numbers and direction in the fields ("ETA
 * prediction error (MAE, minutes)" with 15 → 22, increase): the name is the measure, brackets
 * left out. (With no direction set, a name alone over a small dip is a level held: trivial.)
 */
function nameAlone(a: KeyResultAnalysis): string | undefined {
  if (a.baseline?.source !== 'field' || a.target?.source !== 'field') return undefined;
  // ("Improve forecast accuracy of … (MAPE from 35% down to 15%)": a verb first is no name.)
  if (hasChangeVerb(a.lead) || asksForBetter(a.lead)) return undefined;
  const name = a.lead.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  return /«|:/.test(name) || name.split(/\s+/).length > 8 ? undefined : name;
}

/** A head whose own word is better higher, unless it counts clicks on a bait. */
function isSureGood(perWhat: string, measure: string): boolean {
  return GOOD_AT_HEAD.test(perWhat) && !BAIT.test(measure);
}

/** The better way of a measure whose head word is sure, or null: "… availability", "… latency". */
function sureWayOf(measure: string, timed: boolean): Direction | null {
  const { head, perWhat } = headOf(measure);
  const slow =
    timed && (isWaitHead(head) || (TIME_TO_WAIT.test(measure) && !TIME_WELL_SPENT.test(measure)));
  if (slow) return 'decrease';
  // (With a time for its number, the measure is that time: "ISA transfer-in completion under 10
  // working days" is how long completing takes.)
  if (timed) return null;
  if (BAD_AT_HEAD.test(perWhat)) return 'decrease';
  return isSureGood(perWhat, measure) ? 'increase' : null;
}

/**
 * The better way of a measure set against the direction field, when the KR has one number and
 * no verb ("Devkit farm availability of 98% during crunch", direction "decrease"). Null otherwise.
 */
export function fieldAgainstItsMeasure(
  a: KeyResultAnalysis,
  stated: Direction | null,
  verb: Direction | null,
): Direction | null {
  if (stated === null || verb !== null || a.numericDirection !== null) return null;
  const measure = NAMED_BEFORE_ITS_NUMBER.exec(a.lead)?.[1];
  if (!measure) return null;
  const better = sureWayOf(measure, isTimed(a));
  return better !== null && better !== stated ? better : null;
}

/**
 * The better way of the measure a verb moves, when the KR gives no baseline to compare and the
 * verb asks for the other way ("Increase mean time to detect intrusions to 4 hours", "Cut checkout
 * conversion to 3%"). Only a head word that leaves no doubt decides. Null otherwise.
 */
export function verbAgainstItsMeasure(
  a: KeyResultAnalysis,
  verb: Direction | null,
): Direction | null {
  if (verb === null || a.numericDirection !== null) return null;
  const measure = VERB_THEN_MEASURE.exec(a.lead)?.[1];
  if (!measure) return null;
  // (A wait is read as one only when the target is a time: "same-day turnaround to 85%" is a
  // share done in a day.)
  const better = sureWayOf(measure, isTimed(a));
  return better !== null && better !== verb ? better : null;
}
