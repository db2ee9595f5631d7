import { withoutThresholds } from './notLevels';
import { COMPARATOR_TARGET, PRESENT_SUBJECT, Q, TARGET_EXPLICIT } from './numberPhrases';
import { OUR_READINGS } from './ourReadings';
import { CLAUSE_OF_TODAY, READING_BESIDE_TARGET } from './pairedReadings';
import type { Quantity } from './quantities';

// "…; it hit 2.4 % last August": today's level in a clause of its own, read after PAST_LEVELS.
export { readClauseOfWhen } from './clauseOfWhen';

/**
 * A KR that asks for a move and states one number set apart, with no word that makes it a goal,
 * states where things are today: "Reduce password-reset calls (2,300 a month)", "Lower bottle
 * breakage - 1.9% last vintage", "(winter 2025: 3.4%)". The target is then missing, whatever words
 * name the period: the structure (a move asked for, a reading set apart, no target marker) decides,
 * not a list of period phrases. Without a verb of change, a reading set apart with a past
 * qualifier ("(7.5 h last winter)", "(18% winter 2024)", "(this spring)") is today's value too.
 */

// Verbs that ask for a move of a measure, first in the KR.
const CHANGE_VERB =
  /^(?:reduce|lower|cut|decrease|shorten|shrink|trim|slash|drop|bring down|minimi[sz]e|raise|increase|grow|boost|lift|improve|extend|lengthen|expand|widen|speed up|push up)\b/;
// "Move net bookings online; 40% are booked online today": a move to a new way, for a present clause.
const MOVE_VERB = /^(?:move|shift)\b/;
// "Fewer fix requests escalated; we're at about 60 a month": a comparative first asks for a move
// as a verb of change does ("fewer than 5" is a bound, and a target marker, instead).
const COMPARATIVE_ASK =
  /^(?:fewer|less|lower|higher|more|faster|quicker|shorter|smaller|cheaper)\s+(?!than\b)/;
// "…: currently 2.3%, drive it down", "p90 is 11 minutes, needs to come down": the move asked for
// last, with the measure as "it" or as the subject.
const MOVE_ASKED_LAST =
  /[,;:.\s–—-]\s*(?:(?:and|so|we)\s+)?(?:(?:needs?|has|have|ought) to|must|should)?\s*(?:drive|bring|get|push|pull|force|knock|come|go|trend|move)s?\s+(?:(?:it|this|that|them)\s+)?(?:down|up|lower|higher)\b[^«]*$/;
// Words right before a number that make it the level to reach (arrows are normalised to "to");
// "at" after a present copula ("we're at about 60") reads today's level instead.
const MARKER_BEFORE = new RegExp(
  `\\b(?:by|(?<!\\b(?:${PRESENT_SUBJECT}|currently|now)\\s)at|of no more than|keep(?:ing)?(?: it)?|hold(?:ing)?|stay(?:ing)?|maintain(?:ing)?|hit(?:ting)?|achieve|deliver)\\s+(?:(?:an?|the|about|around|roughly)\\s+)?${Q}`,
);
// A number set apart from the KR's wording: in brackets, after a dash, colon or comma.
const SET_APART = new RegExp(
  `(?:\\(|\\[|\\s[-–—]\\s*|:\\s*|,\\s*)(?:[^«»()\\s]+\\s+){0,3}?${Q}`,
  'g',
);
const SEASON = '(?:spring|summer|autumn|fall|winter)';
// "last winter", "last vintage", "this spring", "winter 2024", "in 2025": a past reading.
const PAST_QUALIFIER = new RegExp(
  `\\b(?:(?:last|previous|past|prior) [a-z-]+|this (?:${SEASON}|season)|${SEASON} (?:«\\d+»|\\d{4})|in (?:«\\d+»|\\d{4}))\\b`,
);

/** Whether the text marks any number as the level to reach. */
function hasTargetMarker(masked: string): boolean {
  return (
    TARGET_EXPLICIT.some((re) => re.test(masked)) ||
    COMPARATOR_TARGET.some((re) => re.test(masked)) ||
    MARKER_BEFORE.test(masked)
  );
}

/** The set-apart segment around a number: from its opening bracket (or opener) to its close. */
function segmentAround(masked: string, opener: number): string {
  const before = masked.slice(0, opener + 1);
  const open = before.lastIndexOf('(');
  const start = open >= 0 && !before.slice(open).includes(')') ? open : opener;
  const rest = masked.slice(start + 1);
  const end = rest.search(/[)\];]/);
  return end < 0 ? rest : rest.slice(0, end);
}

// A clause set apart by a comma, semicolon or dash that says where things stand now, with the
// number anywhere in it: "…, currently matching the logs 70% of the time", "…; 40% are booked
// online today". Read only after a verb of change and with no target marker anywhere.
const PRESENT_CLAUSE = new RegExp(`(?:[,;]|\\s[-–—])\\s*([^,;()]*?)${Q}([^,;()]*)`, 'g');
const PRESENT_MARKER = /\b(?:currently|today|at present|right now|as things stand|at the moment)\b/;
// "…; the longest wait is 15 weeks", "…, the backlog stands at 40": a clause that says what a
// measure is, in the present tense, right before the number, is a reading of today (a clause
// naming a goal, "the target is 6 weeks", is not).
const PRESENT_COPULA =
  /\b(?:is|are|stands at|sits at|runs at|(?:we|it|they)(?:'re|'s| are| is) at)\s+(?:(?:about|around|roughly|now)\s+)?$/;
const GOAL_WORD = /\b(?:target|goal|aim|ambition|plan|limit|should|must|will|needs? to)\b/;

/**
 * "Lower excursions above 0.02 mg/L from the current 9 per month": a move from today's value with
 * nothing after it that names a level; a bound before it says which things are counted, so the KR
 * has no target.
 */
export const FROM_CURRENT_ALONE = new RegExp(
  `\\bfrom (?:the|our|its|their|a|an) (?:current|present|existing) ${Q}(?![^«]*\\bto\\b)[^«]*$`,
);

// "excursions above 0.02 mg/L from the current 9 per month": a bound right after the things
// counted, before a move from today's value, says which things count; it is no target.
export const COUNTED_ABOVE = new RegExp(
  `\\b[a-z]{3,}s (?:above|over|below|under|exceeding|beyond) ${Q}\\s*[a-zµ°]+\\/[a-z³]+[^«]*\\bfrom (?:the|our|its|their|a|an) (?:current|present|existing) ${Q}(?![^«]*\\bto\\b)[^«]*$`,
);

// "giveaway on 400 g cans", "shrink for 20 kg sacks": a size before the noun it sizes names the
// kind of thing; it is no level to reach.
export const SIZE_BEFORE = '(?:on|of|for|in|with|across)\\s+';
export const SIZE_UNIT =
  '(?:g|kg|mg|ml|cl|l|oz|lb|mm|cm|m|litres?|liters?|grams?|inch)\\s+(?!(?:per|an?|each|every|or|and|to|by|from|in|on|at|of|the)\\b)[a-z]';

// How far behind it is now, with "by" before the number, as a reading of today (not a change).
const NOW = '(?:today|now|currently|at present|right now|these days|at the moment)';
const LAG_VERB =
  '(?:lags?|trails?|runs?\\s+(?:behind|late)|(?:is|are)\\s+(?:behind|late)|falls?\\s+behind|sits?\\s+behind)';
const LAGS_NOW: readonly RegExp[] = [
  new RegExp(
    `\\b${NOW},?\\s+(?:(?:it|they|the\\s+[a-z-]+|[a-z-]+s)\\s+)?${LAG_VERB}\\s+(?:behind\\s+)?by\\s+(?:about\\s+|over\\s+|up to\\s+|almost\\s+)?${Q}`,
  ),
  new RegExp(
    `\\b(?:it|they|[a-z-]+s)\\s+${LAG_VERB}\\s+(?:behind\\s+)?by\\s+(?:about\\s+|over\\s+|up to\\s+|almost\\s+)?${Q}\\s*,?\\s*${NOW}\\b`,
  ),
];

/** Whether the number at «index» is how far behind it is now ("today they lag by about «1»"). */
export function lagsNow(masked: string, index: number): boolean {
  return LAGS_NOW.some((re) => {
    const m = re.exec(masked);
    return m !== null && Number(m[1]) === index;
  });
}

/**
 * Today's level stated in shapes the baseline phrases do not take, each a reading, not a goal:
 * a level in a dated audit or survey ("9.4 L in the 2023 audit"), a level on a typical day now
 * ("6 on an average Saturday now", "5 on a typical Friday night now"), what recent periods averaged ("the last four quarters
 * averaged 5") and what it was last period, hedged ("last summer it was closer to 1 in 60"); how
 * far behind it is now ("today they lag by about 2 hours", "they trail by 40 minutes at present")
 * and a reading now set beside a comparison ("versus next day (about 20 hours) now").
 */
export const PAST_LEVELS: readonly RegExp[] = [
  new RegExp(
    `${Q}(?:\\s+[^«»\\s,;]+){0,2}?\\s+in (?:the|our) (?:\\d{4}\\s+)?(?:[a-z-]+\\s+)?(?:audit|survey|review|census|count|inspection|study|assessment|benchmark)\\b`,
  ),
  new RegExp(
    `${Q}\\s+(?:on|in)\\s+an?\\s+(?:average|typical|normal|usual|ordinary|busy)\\s+(?:[a-z-]+\\s+){1,2}?(?:now|today|currently|at present|these days)\\b`,
  ),
  new RegExp(
    `\\b(?:last|past|previous|prior)\\s+(?:[a-z0-9-]+\\s+)?[a-z-]+s?\\s+(?:averaged|averaged out at|ran at|came in at)\\s+(?:about\\s+|around\\s+|roughly\\s+)?${Q}`,
  ),
  new RegExp(
    `\\b(?:last|previous|past)\\s+[a-z-]+\\s+(?:it|this|that)\\s+(?:was|stood at|ran at|sat at)\\s+(?:(?:closer to|nearer(?: to)?|roughly|about|around|nearly|almost|more like|just over|just under)\\s+)?${Q}`,
  ),
  ...LAGS_NOW,
  // "(we already hit 98.4%)", "we had about 5 a week last winter": what we already do or did.
  ...OUR_READINGS,
  // "1 in 12 items last audit, under 1 in 50 by quarter end": a reading beside the goal.
  READING_BESIDE_TARGET,
  // "…; about a quarter are booked online today": today's level as a clause's subject.
  CLAUSE_OF_TODAY,
  new RegExp(
    `\\b(?:versus|vs|compared (?:with|to)|as against|against)\\s+(?:[^«,;()]+?\\s+)?\\(\\s*(?:about\\s+)?${Q}\\s*\\)\\s*${NOW}\\b`,
  ),
];

export interface TodayReading {
  /** The index of today's value among the quantities, or null when no unused one is. */
  baseline: number | null;
  /** True when a move is asked for with today's value only: no number is the target. */
  noTarget: boolean;
}

const NONE: TodayReading = { baseline: null, noTarget: false };

/** Finds today's value stated alone, set apart, in a KR with no target marker. */
export function readTodayAlone(
  masked: string,
  qs: readonly Quantity[],
  used: ReadonlySet<number>,
): TodayReading {
  const current = FROM_CURRENT_ALONE.exec(masked);
  if (current) {
    const i = Number(current[1]);
    return { baseline: used.has(i) ? null : i, noTarget: true };
  }
  // A threshold in the measure's name ("stuck for over 24h") marks no target (text/notLevels.ts).
  if (hasTargetMarker(withoutThresholds(masked))) return NONE;
  const lead = masked.trimStart();
  const asksMove =
    CHANGE_VERB.test(lead) || COMPARATIVE_ASK.test(lead) || MOVE_ASKED_LAST.test(lead);
  if (asksMove || MOVE_VERB.test(masked.trimStart())) {
    for (const m of masked.matchAll(PRESENT_CLAUSE)) {
      const i = Number(m[2]);
      const q = qs[i];
      if (!q || q.dimension === 'factor') continue;
      const before = m[1] ?? '';
      const said = PRESENT_MARKER.test(`${before} ${m[3]}`);
      if (!said && !(PRESENT_COPULA.test(before) && !GOAL_WORD.test(before))) continue;
      return { baseline: used.has(i) ? null : i, noTarget: true };
    }
  }
  for (const m of masked.matchAll(SET_APART)) {
    const i = Number(m[1]);
    const q = qs[i];
    if (!q || q.dimension === 'factor') continue;
    const opener = m.index ?? 0;
    const past = PAST_QUALIFIER.test(segmentAround(masked, opener));
    if (!asksMove && !past) continue;
    return { baseline: used.has(i) ? null : i, noTarget: asksMove };
  }
  return NONE;
}
