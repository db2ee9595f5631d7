import { ADVERSE_EVENT, AUDIT_FINDING } from './lexicon';
import { fractionsAsShares, FRACTION_TEXT } from './fractions';
import { WHEN_AFTER, WORD, wordValue } from './numberWords';
import { memoizeText } from './memo';

// A number word only counts as a number where a number is expected: after from/to or a
// comparator, or before a unit. "one place to deploy" stays words.
// ("rather than today's twenty-one", "from about forty": a word of today or of rounding between;
// "the last four quarters averaged five": what past periods averaged is a reading too; "from an
// average of eleven", "from a typical twelve": a statistic of the level, still a number.)
const WORD_AFTER = new RegExp(
  `\\b((?:from|to|under|below|than|least|most|within|over|above|about|versus|vs\\.?|instead of|compared (?:to|with)|today:|now:|currently|was|were|averaged)(?:\\s+(?:today's|the current|current|about|around|roughly|just|only|an? (?:average|mean|median|typical|usual)(?: of)?|the (?:average|usual|typical)(?: of)?))?)\\s+(${WORD})\\b(?!-|\\s+as\\b)`,
  'g',
);
// "three hundred", "two thousand", "a hundred": a round number in words, whatever is before it.
const ROUND_WORDS = new RegExp(
  `\\b(${WORD}|a|\\d+)\\s+(hundred|thousand)\\b(?!\\s+(?:and|million|billion))`,
  'g',
);
// "a dozen incidents", "half a dozen": twelve and six.
const DOZEN = /\b(?:(half) a|a|one) dozen\b/g;
// "the nine-day lead time": a duration adjective in words, in digits for the rules below.
const WORD_COMPOUND = new RegExp(`\\b(${WORD})-(second|minute|hour|day|week|month)\\b`, 'g');
// "twelve now, four by the end of the year", "forty last quarter": a reading and its date.
// ("sixty a week today, twenty a week by end of quarter": a rate's period may come between.)
// ("five over the last two quarters", "six in the past year": a count over past periods is a
// reading of the past, as "five last quarter" is.)
const PAST_SPAN = `(?:over|in|across|during) the (?:last|past|previous) (?:(?:${WORD}|\\d+) )?(?:days?|weeks?|months?|quarters?|years?|seasons?|terms?|sprints?)`;
const WORD_WHEN = new RegExp(
  `\\b(${WORD})\\s+(?=(?:(?:a|an|per|each) (?:day|week|month|quarter|year|shift|sprint) )?(?:${WHEN_AFTER}|${PAST_SPAN})\\b)`,
  'g',
);
// "two and a half days", "3 and a half hours": a mixed number is the whole and a half, read
// before its whole alone is ("averaged two" would be a level a half too low). A round number
// after it ("two and a half thousand") is left to the readers of round numbers.
const NONE_WHEN = new RegExp(
  `\\b(?:none|nil|nothing)\\s+(today|now|currently|at present|so far|yet|${WHEN_AFTER})\\b`,
  'g',
);
const AND_A_HALF = new RegExp(
  `\\b(${WORD}|\\d+)\\s+and\\s+a\\s+half\\b(?!\\s+(?:hundred|thousand|million|billion|dozen)\\b)`,
  'g',
);
// "per 1,000: nine → under one": a number word set after a colon or comma and changed to another.
const WORD_THEN_TO = new RegExp(
  `(?<=[:,]\\s?)(${WORD})(?=\\s+(?:down\\s+|up\\s+)?to\\s+(?:under\\s+|below\\s+|about\\s+)?(?:\\d|${WORD}))`,
  'g',
);
const WORD_BEFORE = new RegExp(
  `\\b(${WORD})\\s+(?=(?:percent|%|ms|milliseconds?|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|per|times)\\b)`,
  'g',
);
// "zero incidents" is a target; "zero trust" and "zero-downtime" are names.
const ZERO =
  /\bzero\s+(?!(?:trust|touch|config|copy|day|based|sum|waste|as|if|when|or)\b)(?=[a-z])/g;

// "without a single outage", "with no downtime", "with no high-severity findings": a target of
// zero.
const NONE_AT_ALL = new RegExp(
  `\\b(?:without (?:a single|any|an?)|with no)\\s+(?=(?:[a-z0-9-]+\\s+){0,2}?(?:${ADVERSE_EVENT}|${AUDIT_FINDING})\\b)`,
  'g',
);
// "a 4-hour response time", "the 30-minute threshold", "a 2-second p95": a duration written as
// an adjective before the measure or bound it sets is a value. Before anything else ("the
// 30-day retention", "a 7-day trial", "the 15-day window") it is a window and stays words.
const TIME_COMPOUND =
  /\b(\d+(?:\.\d+)?)-(second|minute|hour|day|week)(?=\s+(?:[a-z-]+\s+){0,3}(?:response|resolution|turnaround|recovery|restore|fix|first response|sla|slo|rto|rpo|standard|target|goal|guarantee|pledge|promise|lead time|cycle time|processing time|approval time|waits?|waiting time|delay|lag|close|build|build time|mttr|mttd|mtta|onboarding|release cycle|feedback loop|time(?!\s*(?:window|frame|period|span|box|zone)))\b)/g;
const SHORT_COMPOUND =
  /\b(\d+(?:\.\d+)?)-(millisecond|ms|second|minute|hour)(?=\s+(?:[a-z0-9-]+\s+){0,2}(?:threshold|limit|ceiling|cap|budget|median|mean|average|p\d{2,3}|percentile|rto|rpo|page loads?|load times?|loads?|waits?|wait times?|reply|replies|answers?|builds?|deploys?|queues?|queue times?|start(?:up)?s?|boot|suites?|test runs?|pipelines?|batch(?:es)?|jobs?)\b)/g;
// "under the 30-minute threshold", "below the 90-second mark": after a bound or a verb of
// reaching, a duration adjective is the value, whatever it qualifies.
const BOUND_COMPOUND =
  /\b(under|below|within|to|hit|reach|meet|beat|achieve|than)\s+(?:the|an?|our|their|its)\s+(\d+(?:\.\d+)?)-(millisecond|ms|second|minute|hour|day|week)\b/g;
// "from 8:00 to 7:50 minutes", "1:30 hours", "6:10 to 6:05 (mins)": a clock-style duration, as
// a decimal, read only when a duration unit follows it or its partner ("by 8:00" is a time of
// day, "1:30" a ratio).
const CLOCK_DURATION =
  /(?<![\w.:])(\d{1,2}):([0-5]\d)(?![\w:])(?=(?:\s?(?:to|-)\s?\d{1,2}:[0-5]\d)?\s?\(?(?:minutes|mins?|m|hours|hrs?|h)\b)/g;

// "at the 08:00 audit", "the 05:30 briefing", "our 7:30 slot": a time of day written before the
// noun it qualifies names that event (as "a 311 report" names a kind of report); it is neither a
// level nor a deadline, so it is read as a word. ("by 08:00", "from 23:10 to 00:15" stay numbers.)
const CLOCK_NAMING =
  /\b(the|an?|our|their|each|every|this|that)\s+(\d{1,2}):([0-5]\d)(?:\s?(am|pm))?(?![\w:])(?=\s+(?!to\b|and\b|or\b|on\b|in\b|at\b|by\b)[a-z])/g;

function clockName(_m: string, det: string, h: string, mm: string, ampm?: string): string {
  return `${det} clock-${h}h${mm}${ampm ?? ''}`;
}

function clockValue(_m: string, whole: string, part: string): string {
  return String(Number((Number(whole) + Number(part) / 60).toFixed(2)));
}

const CUT_OVER_COUNT =
  /^cut over (?=(?:the )?(?:remaining )?\d[\d,.]*\s?(?:k|m|million)?\s+(?:[a-z0-9-]+\s+){0,3}?[a-z-]+s\s+(?:from|to|onto|on to)\b)/;

// "3 min 40 s", "2 h 15 min": one duration written in two units is one number in the smaller.
const MIXED_DURATION =
  /(?<![\w.])(\d{1,3})\s?(min|mins|minutes?|h|hrs?|hours?)\s+(\d{1,2})\s?(s|secs?|seconds?|min|mins|minutes?)\b/g;

function mixedDuration(whole: string, big: string, bigUnit: string, small: string, unit: string) {
  const minutes = /^m/.test(bigUnit);
  if (minutes === /^m/.test(unit)) return whole;
  return `${Number(big) * 60 + Number(small)} ${minutes ? 's' : 'min'}`;
}

const COUNT_COMPOUND =
  /\b(\d[\d,.]*k?)-(items?|tickets?|cases?|claims?|orders?|jobs?|requests?|applications?|appeals?|refunds?|referrals?|returns?|letters?|invoices?)\b(?=\s+(?:[a-z-]+\s+){0,2}?(?:backlog|queue|pile|caseload|waiting list)\b)/g;

// "one in twelve", "1 in 50 orders", "one in every fifteen": a rate written as a fraction, as a
// percentage ("every" or "each" before the whole says the same).
const ONE_IN = new RegExp(
  `\\b(\\d+|${WORD})\\s+in\\s+(?:every\\s+|each\\s+)?(\\d{1,3}(?:,\\d{3})*|${WORD})\\b(?!\\s*(?:%|percent|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|releases?)\\b)`,
  'g',
);
// "one in a hundred", "one in a hundred and twenty": the whole of a ratio as a round number in
// words, read as digits before the ratio is (ROUND_WORDS alone runs too late for it).
const IN_ROUND = new RegExp(
  `(?<=\\b(?:\\d+|${WORD})\\s+in\\s+(?:every\\s+|each\\s+)?)(a|${WORD})\\s+(hundred|thousand)(?:\\s+and\\s+(${WORD}))?\\b(?!\\s+(?:million|billion))`,
  'g',
);
function inRound(_m: string, word: string, scale: string, rest?: string): string {
  const whole = (word === 'a' ? 1 : wordValue(word)) * (scale === 'hundred' ? 100 : 1000);
  return String(whole + (rest ? wordValue(rest) : 0));
}
// "one patient in eight", "two pupils in five", "one agreed sale in four collapsed", "1 call in 6
// goes unanswered": the same ratio with the thing counted named between (up to three words, none
// a number or a word of relation), read where the whole ends the phrase or a verb follows it;
// never before a unit of time or a percentage ("3 outages in 4 weeks" is a count in a span).
const ONE_THING_IN = new RegExp(
  `\\b(\\d+|${WORD})\\s+(?:(?!(?:of|to|from|by|and|or|per|than|for|with|at|on|in|out|every|each|an?|the|our|their|${WORD})\\b)[a-z][a-z'-]+\\s+){1,3}?in\\s+(?:every\\s+|each\\s+)?(\\d{1,3}|${WORD})\\b(?=\\s*(?:[,;:.)]|$)|\\s(?!(?:%|percent|per cent|seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|seasons?|sprints?|terms?|releases?|shifts?)\\b)[a-z])`,
  'g',
);
// "twice a day", "thrice per week": a frequency, counted like "2 times a day". "Once" only where
// a number is expected ("versus once a week"): "log in once per shift" is a goal in words.
const FREQUENCY_WORD =
  /\b(twice|thrice|(?<=\b(?:from|versus|vs\.?|than|of|instead of|compared (?:to|with)|rather than)\s)once)\s+(?=(?:a|an|per|each|every)\s+(?:hour|day|weekday|week|fortnight|month|quarter|year|sprint|release|shift)\b)/g;
const FREQUENCY: Readonly<Record<string, string>> = { once: '1', twice: '2', thrice: '3' };

function oneIn(whole: string, n: string, m: string): string {
  const part = wordValue(n);
  const total = wordValue(m);
  // ("1 in 2020" may be a year; "1 in 2,000", with its thousands comma, is a count.)
  if (!(total > part && part > 0) || (total >= 1990 && !m.includes(','))) return whole;
  return `${Number(((part / total) * 100).toPrecision(3))}%`;
}
// "within an hour", "less than a day": one of the unit. ("Get more done in a day" is a rate in
// words, how much per day, not a duration of one day.)
const ONE_UNIT =
  /\b(within|under|below|than|(?<!\b(?:done|more|achieved|finished)\s)in|to|from|about|around|over|of)\s+an?\s+(?=(?:second|minute|hour|day|week|month|quarter)\b)/g;

// "4 of 22 depots": a share, written as a fraction of a whole.
const FRACTION = /(?<![\d.,])\b(\d{1,5}) of (\d{1,5})\b(?![\d.,%]|\s*(?:percent|per cent))/g;

const SAME_DAY_TARGET =
  /(\d days? (?:now|today|currently|at present),? (?:and |to )?)(same|next)[- ]day\b(?! (?:delivery|dispatch|shipping|payouts?))/g;
// "9 out of 20 today": a share like "9 of 20". Out of 5, 10 or 100 stays a score ("4.2 out of 5").
const OUT_OF = /(?<![\d.,])\b(\d{1,5}) out of (\d{1,5})\b(?<!out of (?:5|10|100))(?![\d.,%])/g;
// "14 of 40 now, 35 by end of Q3": the later count is of the same whole, so both are shares.
const SAME_WHOLE_LATER =
  /(?<![\d.,])\b(\d{1,5}) of (\d{1,5})( (?:now|today|currently|at present),? (?:and |to )?)(\d{1,5})\b(?![\d.,%]|\s*(?:%|percent|per cent|of|out of)\b)/g;
// "three of seven today, six of seven by Q4": the same share in words, read only next to a
// word of change or of today and a date ("one of two regions" stays words).
const WORD_OF_WORD = new RegExp(
  `(?:(?<=\\b(?:from|to|than|versus|vs\\.?|currently|today:|now:)\\s)|(?<=[:,(]\\s?))(${WORD}) (?:out )?of (${WORD})\\b(?=\\s+(?:[a-z-]+\\s+){0,2}?(?:${WHEN_AFTER}|to\\s)|[),;]|$)|\\b(${WORD}) (?:out )?of (${WORD})\\b(?=\\s+${WHEN_AFTER}\\b)`,
  'g',
);

function wordShare(whole: string, ...parts: (string | undefined)[]): string {
  const [a, b, c, d] = parts;
  const part = wordValue(a ?? c ?? '');
  const total = wordValue(b ?? d ?? '');
  if (!(total >= part && total > 1)) return whole;
  return `${Number(((part / total) * 100).toPrecision(3))}%`;
}

const PER_SLASH =
  /(\d)\s*\/\s*(month|mo|mth|week|wk|day|quarter|qtr|year|yr|sprint|hour|hr|min|minute|release|deploy|deployment|engineer|dev|developer|user|request|service|team|shift|order)\b/g;

/**
 * Lower-cases and flattens KR text so the patterns can be simple: arrows and ≤/≥ become
 * words, "12/month" becomes "12 per month", number words near units become digits.
 */
export const normalizeText = memoizeText(normalizeUncached);

function normalizeUncached(raw: string): string {
  return (
    raw
      // A capital M after a number is a million ("1.2M users"); a small m stays minutes.
      .replace(/(\d)\s?(?:MM|M)\b/g, '$1 million')
      // "3h20m" and "2h40" are 200 and 160 minutes.
      .replace(
        /\b(\d+)\s?h(?:\s?(\d{1,2})\s?m(?:ins?)?|([0-5]\d))\b(?![\d.,%])/gi,
        (_m, h: string, m?: string, mm?: string) => `${Number(h) * 60 + Number(m ?? mm ?? 0)} min`,
      )
      // "2m40s", "1 min 30 s": minutes and seconds run together are 160 and 90 seconds.
      .replace(
        /\b(\d+)\s?m(?:ins?)?\s?([0-5]?\d)\s?s(?:ecs?)?\b(?![\d.,%])/gi,
        (_m, m: string, sec: string) => `${Number(m) * 60 + Number(sec)} s`,
      )
      .replace(/(\d)\s?B\b/g, '$1 billion')
      // "the 3D garden-plan viewer", "in 3D": dimensions named with a digit, a technology, not a
      // number of days (a capital D before a word or after "in").
      .replace(/\b(?<=(?:the|a|our|their|in|new)\s)[2-4]D\b(?=\s+[a-z]|\s*$|[,.;)])/g, 'solid')
      // "the 1 in 49 climb", "a 1-in-3 incline": a gradient names the place, not a ratio to move.
      .replace(
        /(?<=\b(?:the|a|on|up|down)\s)1(?:\s+|-)in(?:\s+|-)\d{1,3}(?=\s+(?:[a-z-]+\s+)?(?:climb|bank|gradient|incline|slope|hill|grade|ramp|descent|rise)s?\b)/gi,
        'steep',
      )
      .toLowerCase()
      // A minus sign written as such: "NPS from −3 to −2".
      .replace(/\u2212(?=\d)/g, '-')
      // "a 3-a-year threshold", "2-per-week": a count per period written as one word.
      .replace(/(\d)-(a|an|per)-(day|week|month|quarter|year)\b/g, '$1 $2 $3')
      // "within ±3 °C (currently ±0.8 °C)": a spread either side is its size.
      .replace(/(?:±|\+\/-|\+-)\s*(?=\d)/g, '')
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u00a0\u2009\u202f]/g, ' ')
      .replace(/\s*(?:→|⟶|➔|➝|⇒|-->|->|=>)\s*/g, ' to ')
      .replace(/\s*(?:≤|<=|=<)\s*/g, ' at most ')
      .replace(/\s*(?:≥|>=)\s*/g, ' at least ')
      .replace(/\s*<\s*/g, ' under ')
      // "sub-1s p95", "sub-1% disputes": a ceiling written as a prefix.
      .replace(/\bsub-(?=\d)/g, 'under ')
      .replace(/\s*>\s*/g, ' over ')
      .replace(/[\u2013\u2014]/g, ' - ')
      .replace(/~\s*/g, 'about ')
      .replace(/\b(?:approx(?:\.|imately)?|roughly|circa|ca\.)\s+/g, 'about ')
      .replace(/\bqtrs?\b/g, 'quarter')
      .replace(/\b(?:wks?)\b/g, 'week')
      .replace(/\bmths?\b/g, 'month')
      .replace(PER_SLASH, '$1 per $2')
      .replace(CLOCK_DURATION, clockValue)
      .replace(CLOCK_NAMING, clockName)
      // "by half term": the school holiday, a date, not a half of something.
      .replace(/\bhalf term\b/g, 'half-term')
      // "Cut over 4.2M accounts to the new platform": a migration of a count, not "more than".
      .replace(CUT_OVER_COUNT, 'migrate ')
      .replace(MIXED_DURATION, mixedDuration)
      // "the 3,200-item returns backlog": a count written as an adjective of a collection.
      .replace(COUNT_COMPOUND, '$1 $2')
      .replace(
        /(?<![\d.:])\b1\s?:\s?([1-9]\d*)\b(?!:)/g,
        (_m, n: string) => `${Number((100 / Number(n)).toPrecision(3))}%`,
      )
      .replace(/(\d(?:\.\d+)?)\s*\/\s*(5|10|100)\b(?!\s*\/)/g, '$1 out of $2')
      // "3.6 out of 5 today, 4.3 by June": the scale is not part of today's value.
      .replace(/(\d(?:\.\d+)?) out of (?:5|10|100)(?= (?:today|now|currently|at present)\b)/g, '$1')
      // "5 days now, same day by end of term": same day (next day) is a target of 0 (1) days.
      .replace(SAME_DAY_TARGET, (_m, pre: string, w: string) => `${pre}${w === 'same' ? 0 : 1} day`)
      .replace(IN_ROUND, inRound)
      .replace(ONE_IN, oneIn)
      .replace(ONE_THING_IN, (whole: string, n: string, m: string) => oneIn(whole, n, m))
      .replace(FREQUENCY_WORD, (_m, word: string) => `${FREQUENCY[word] ?? word} times `)
      .replace(FRACTION_TEXT, fractionsAsShares)
      .replace(OUT_OF, '$1 of $2')
      .replace(SAME_WHOLE_LATER, '$1 of $2$3$4 of $2')
      .replace(WORD_OF_WORD, (whole: string, a?: string, b?: string, c?: string, d?: string) =>
        wordShare(whole, a, b, c, d),
      )
      .replace(FRACTION, (whole, n: string, m: string) =>
        Number(n) <= Number(m) && Number(m) > 0
          ? `${Number(((Number(n) / Number(m)) * 100).toPrecision(3))}%`
          : whole,
      )
      .replace(ROUND_WORDS, (_m, word: string, scale: string) =>
        String((word === 'a' ? 1 : wordValue(word)) * (scale === 'hundred' ? 100 : 1000)),
      )
      .replace(DOZEN, (_m, half?: string) => (half ? '6' : '12'))
      .replace(AND_A_HALF, (_m, word: string) => String(wordValue(word) + 0.5))
      .replace(WORD_COMPOUND, (_m, word: string, unit: string) => `${wordValue(word)}-${unit}`)
      .replace(WORD_AFTER, (_m, lead: string, word: string) => `${lead} ${wordValue(word)}`)
      .replace(WORD_BEFORE, (_m, word: string) => `${wordValue(word)} `)
      .replace(WORD_WHEN, (_m, word: string) => `${wordValue(word)} `)
      .replace(WORD_THEN_TO, (word: string) => String(wordValue(word)))
      .replace(ONE_UNIT, '$1 1 ')
      .replace(/\b(to|from|down to)\s+(?:none|nil|nothing)\b/g, '$1 0')
      // "(none today)", "nobody yet": today's value is nought.
      // ("none this quarter", "nil by year end": a reading of nought at a date is a number too.)
      .replace(NONE_WHEN, '0 $1')
      .replace(ZERO, '0 ')
      .replace(NONE_AT_ALL, 'with 0 ')
      .replace(BOUND_COMPOUND, '$1 $2 $3')
      .replace(TIME_COMPOUND, '$1 $2')
      .replace(SHORT_COMPOUND, '$1 $2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Strips a bullet, a "KR1:" label or a "we will" so the first word is the verb. */
export function stripLead(text: string): string {
  return (
    text
      .replace(/^(?:[-*•]\s*|\(?\d+[.)]\s+|kr\s*\d*\s*[:.-]\s*)/, '')
      .replace(
        /^(?:we|the team|our team|team)\s+(?:will|shall|must|should|are going to|plan to|aim to)\s+/,
        '',
      )
      .replace(/^(?:to|successfully|fully|finally|also)\s+/, '')
      // "Once the Frankfurt region is live, EU p95 under 150 ms": the condition is context; the KR
      // is the main clause after it.
      .replace(/^(?:once|when|after|as soon as|now that|by the time)\s+[^,:;]{3,80}?,\s+(?=\S)/, '')
      .trim()
  );
}
