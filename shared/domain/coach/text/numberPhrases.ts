import { ADVERSE_EVENT, AUDIT_FINDING } from './lexicon';
import { MONTHS } from './quantities';

/**
 * The phrases that give a number in KR text its role: today's value ("currently 6", "versus
 * 1.2 s last quarter"), the value to reach ("to under 15 min", "target: 40"), both at once
 * ("from 8 to 2"), or a bound ("at least 99.9 %"). Numbers are masked as «index» first.
 */
export const Q = '«(\\d+)»';
export const BOUND =
  '(?:just |well )?(?:under|below|less than|fewer than|lower than|no more than|not more than|no higher than|at most|at or below|at or under|within|maximum of|max(?:imum)?|a maximum of|over|above|more than|greater than|higher than|at least|at or above|no less than|a minimum of|min(?:imum)?(?: of)?|beyond|up to)';
export const COMP = `(?:${BOUND}|around|about|approximately|roughly)`;
export const WORDS = (n: number): string => `(?:[^«»\\s]+\\s+){0,${n}}?`;

export const FROM_TO = new RegExp(
  `\\bfrom\\s+${WORDS(4)}${Q}[^«»]{0,40}?\\s(?:(?:down|up|all the way down)\\s)?to\\s+(?:${COMP}\\s+)?${WORDS(3)}${Q}`,
);
// ("within 10 minutes (currently up to 4 hours)": today's worst, not a change from 10 to 4.)
// "<measure>: 55%, up to 95%", "45 min/day → 15 min/day", "380 m³ down to 260 m³": a unit's
// tail or a comma after the first number still leaves it today's value, and so does a statistic
// after it ("£85 a day on average, down to £30").
// ("p95 query time for 24h searches down to 5 seconds": a number after "for" sizes the things
// measured, it is no reading.)
export const BARE_TO = new RegExp(
  `(?<!\\b(?:by|of|per|for)\\s)${Q}(?:[-–]\\d[\\d.,]*)?(?:,|/[a-z]+|[²³])?(?:\\s+(?!\\(?(?:currently|today|now|at present)\\b(?!\\)))[^«»\\s]+){0,3}?(?:\\s+on average,?)?\\s(?:down |up )?to\\s+(?:${COMP}\\s+)?${Q}`,
);
export const TO_FROM = new RegExp(
  `(?:\\bto\\s+(?:${COMP}\\s+)?|\\b${COMP}\\s+)${Q}[^«»]{0,40}?\\bfrom\\s+${WORDS(2)}${Q}`,
);
// Words before a number that make it today's value: "currently 6", "(today: 800 ms)",
// "rather than today's 31%", "versus 1.2 s last quarter", "down from 25", "instead of 2 days".
const BASE_BEFORE =
  "(?:from|already|currently|current|curr\\.?|today(?:'s)?|now|baseline|presently|at present|was|were|used to be|having been|has been|had been|stood at|sat at|previously|vs\\.?|versus|compared (?:to|with)|instead of|rather than|against|starting (?:point|at)|(?:last|previous|this) (?:quarter|month|year|week|season|sprint|release|summer|winter|spring|autumn|cohort|intake|term)(?:'s)?|(?:last|previous|past) «\\d+»(?: (?:days|weeks|months|quarters|years))?|(?:last|previous|latest|most recent) (?:survey|audit|census|count|inspection|review|poll|measurement|benchmark|reading)(?:'s)?)";
// "down from an average of 12 minutes", "versus a typical 40": a statistic of today's value.
// "(today it's up to 6 hours)", "(today: about 3 days)", "(today it's often 4 days)": hedges
// and a pronoun between the word of today and the number still give today's value.
const BASE_FILLER =
  "(?:\\s*:|\\s+(?:is|at|of|around|about|was|value|level|today's|the current|current|our|an?|the usual|usual|normal|average|avg|mean|median|typical(?:ly)?|worst|slowest|longest|oldest|peak|up to|as (?:much|high|long|many|bad) as|(?:working |business )?day|it's|it is|they're|they are|we're|we are|roughly|nearly|almost|often|usually|generally|normally|sometimes|approximately|approx\\.?|close to|just over|just under|(?:last|previous|past|prior) [a-z-]+'s))*";
// A number followed by the word for a goal: "a 200 ms goal", "0.2% target".
const NAMED_GOAL = '(?:\\s*[a-z%µ-]+)?\\s+(?:goal|target)\\b';
const PERIOD = '(?:quarter|month|year|week|sprint|season|release|cycle|half|term|semester)';
export const BASELINE_ONLY = [
  // "PEWS false positive rate, 31% baseline, reduce": a level named as the baseline.
  new RegExp(`${Q}\\s*(?:as (?:the |our )?)?baseline\\b`),
  // "- currently averaging 6 hrs", "(4 closed)", "(2 live so far)": today's level, said as such.
  new RegExp(
    `\\b(?:currently|right now|at present)\\s+(?:averaging|averages|running at|sitting at|hovering (?:at|around))\\s+(?:about\\s+|around\\s+)?${Q}`,
  ),
  new RegExp(
    `\\(\\s*${Q}\\s+(?:closed|done|fixed|resolved|live|met|migrated|completed?|shipped)(?:\\s+(?:so far|today|now|already))?\\s*\\)`,
  ),
  // "Stop losing ~5% of events", "keep costs where they are (about $80k)": today's level.
  new RegExp(
    `\\b(?:(?:stop|quit|avoid) (?:losing|dropping|missing|failing|wasting|burning|spending|leaking)|where (?:it|they|we) (?:is|are|stand)(?: today| now)?)\\s*\\(?\\s*(?:about\\s+|around\\s+)?${Q}`,
  ),
  // "Last month we had 12 Sev2s", "today we sit at 45%", "last quarter we decided 88%" (any
  // past-tense verb of what was done then).
  new RegExp(
    `\\b(?:(?:last|previous) ${PERIOD}|today|currently|right now|at the moment)[,]?\\s+(?:we|it|there|they)\\s+(?:had|have|has|saw|see|was|were|is|are|hit|recorded|logged|got|sit|sits|sat|stood|stand|[a-z]{3,}ed)\\s+(?:at\\s+|about\\s+|around\\s+)?${Q}`,
  ),
  // ("850 ms last quarter versus a 200 ms goal": a number named as the goal is the target.)
  // ("(last survey: +31)": a signed score read at the last survey is today's level too.)
  new RegExp(`\\b${BASE_BEFORE}(?![a-z])${BASE_FILLER}:?\\s*\\+?${Q}(?!${NAMED_GOAL})`),
  // "(Q1 avg 1.3%)", "H2 average: 40 min", "2024 median 6 days".
  new RegExp(
    `\\b(?:q[1-4]|h[12]|fy\\s?\\d{0,4}|\\d{4}|ytd)\\s+(?:avg|average|mean|median|actual|level|rate|value|figure|result|p\\d\\d)\\s*:?\\s*(?:of\\s+|was\\s+)?${Q}`,
  ),
  new RegExp(
    // ("38 - 40% over the last two cohorts": a reading over past periods counted in words; "we
    // aimed for 5 last year" names last year's goal, not its level.)
    `(?<!\\b(?:aim(?:ed|ing)?|plann(?:ed|ing)|target(?:ed|ing)?|hop(?:ed|ing)|promis(?:ed|ing)|budget(?:ed|ing)?|forecast(?:ed|ing)?)\\s+(?:for\\s+|on\\s+)?)${Q}\\s+(?:(?:in|during|for|over|across)\\s+)?(?:the\\s+)?(?:last|previous|past|prior)\\s+(?:(?:two|three|four|five|six|«\\d+»|\\d+)\\s+)?(?:${PERIOD}|cohort|intake|summer|winter)s?\\b`,
  ),
  // "12 days a month ago": a reading some time ago is today's value.
  new RegExp(
    `${Q}(?:\\s+[a-z]+)?\\s+(?:a|an|one|two|three|six|«\\d+»|\\d+)\\s+(?:days?|weeks?|months?|quarters?|years?)\\s+ago\\b`,
  ),
  new RegExp(
    // ("Hit 99.9 this quarter", "under 1% this term" are targets: a verb of reaching or a bound
    // comes first.)
    `(?<!\\b(?:hit|reach|achieve|attain|to|deliver|land|under|below|above|over|within|than|least|most)\\s)${Q}(?:\\s+(?:a|an|per|each|every)\\s+${PERIOD}|\\s+(?:per|a|an)\\s+[a-z]+|/[a-z]+)?\\s+(?:today|currently|now|at present|at the moment|atm|right now|as of today|this ${PERIOD})\\b`,
  ),
  // "Reduce no-access visits — about 9% of bookings right now": a share of a whole read now,
  // however hedged, is today's value ("about" is no target here).
  new RegExp(
    `(?<!\\b(?:hit|reach|achieve|attain|to|deliver|land|under|below|above|over|within|than|least|most)\\s)(?:(?:about|around|roughly|approximately|nearly|almost)\\s+)?${Q}\\s+of\\s+(?:(?:all|our|the)\\s+)?(?:[a-z'-]+\\s+){0,2}?[a-z'-]+\\s+(?:today|currently|now|at present|at the moment|right now)\\b`,
  ),
  // "false alarms, which are 40% of its alerts today", "which make up 30% of refunds today":
  // the share a clause says the thing has now.
  new RegExp(
    `\\b(?:which|that|who)\\s+(?:are|is|make up|makes up|account for|accounts for|represent|represents|form|forms)\\s+(?:about\\s+|around\\s+|roughly\\s+)?${Q}(?:\\s+[a-z'-]+){0,5}?\\s+(?:today|now|currently|at present)\\b`,
  ),
  // "(last test: 6 hours)", "(latest drill: 9 hours)", "in the last failover test it took 40
  // minutes": the last reading of a recurring test or exercise is today's value.
  new RegExp(
    `\\b(?:last|latest|most recent|previous|prior)\\s+(?:[a-z-]+\\s+)?(?:test|drill|exercise|rehearsal|run|game ?day|failover|measurement|reading|survey|audit|check|benchmark|attempt|trial|sample|count|census|snapshot)(?:'s)?(?:\\s+(?:it\\s+)?(?:took|was|gave|showed|came in at|measured|found))?${BASE_FILLER}:?\\s*${Q}`,
  ),
  // "1,240 at the last scan", "3.1 MB in the latest audit": a number set beside the last reading
  // is that reading, today's value, not the target.
  new RegExp(
    `${Q}(?:\\s+[a-z%]+)?\\s+(?:at|in|on|from)\\s+(?:the|our)\\s+(?:last|latest|most recent|previous|prior)\\s+(?:[a-z-]+\\s+)?(?:scan|audit|test|check|count|reading|measurement|review|survey|inspection|run|snapshot|census|sample|benchmark|report|drill|spot check)\\b`,
  ),
  // "currently r² = 0.58", "today MAPE: 18%": a measure's name and its value now.
  new RegExp(
    `\\b(?:currently|today|now|at present)[,:]?\\s+(?:[a-z0-9²³-]+\\s+){0,2}?[a-z0-9²³-]+\\s*(?:=|:)\\s*${Q}`,
  ),
  // "10 done, 40 by quarter end", "(4 migrated; 22 to go)": a count of work done already,
  // closed off before what comes next ("Get 40 done by June" is a target).
  new RegExp(
    `(?<!\\b(?:to|get|getting|have|having|reach|hit|target|aim|goal|all|every)\\s)${Q}\\s+(?:done|complete|completed|finished|migrated|moved|converted|switched|onboarded|live|in place)\\s*[,;]`,
  ),
  // "(9 migrated so far)", "40 onboarded to date", "(120 live today)": what is done already.
  new RegExp(
    `${Q}(?:\\s+[a-z-]+){1,2}\\s+(?:so far|to date|already|as of (?:today|now)|and counting|today|now|currently|(?:last|previous|past) ${PERIOD})\\b`,
  ),
  // "(today the worst is 4 hours)", "currently the slowest region is 1.9 s", "today our longest
  // one takes 48 minutes", "today's longest wait is 9 hours": today's value of the measure's
  // worst or typical case. ("Today the
  // target is 5" names a goal, not a reading.)
  new RegExp(
    `\\b(?:(?:today|currently|right now|at the moment|at present|now)[,]?\\s+(?:the|our|its|their)|today's)\\s+(?!(?:target|goal|aim|limit|threshold|objective|plan)\\b)(?:[a-z0-9-]+\\s+){0,3}?(?:is|are|was|sits at|stands at|runs at|takes|averages|hovers at|hovers around|peaks at|waits)\\s+(?:at\\s+|about\\s+|around\\s+|roughly\\s+)?${Q}`,
  ),
  // "which sits at 71%", "currently sitting at 9 hours", "hovering around 31%", "which is at 11%
  // today": where the measure stands now. Not a level to get to ("to sit at 40 or above", "should
  // stand at 4% by June", "the target is at 80%").
  new RegExp(
    `(?<!\\b(?:to|should|must|will|would|could|can|shall|may|might|target|goal|aim|objective)\\s)\\b(?:sits|sit|sitting|stands|stand|standing|runs|run|running|hovers|hover|hovering|is|are)\\s+(?:at|around|about|near)\\s+(?:(?:just\\s+|well\\s+)?(?:over|under|above|below|about|around|roughly|nearly|almost)\\s+)?${Q}(?!\\s*(?:[a-z%]+\\s+)?(?:or (?:more|less|above|below|higher|lower|better|fewer|under|over)|by\\b))`,
  ),
  // "(currently overnight, about 9 hours)": today's value, glossed in words first.
  new RegExp(
    `\\b(?:currently|today|now|at present)\\s+[a-z-]+(?:\\s+[a-z-]+)?,\\s*(?:about\\s+|around\\s+)?${Q}`,
  ),
  // "15% less leakage than the 128 Ml/d baseline", "20% below our 6-day baseline": a number
  // named as the baseline is today's value ("Establish a 4-week baseline" names no value).
  new RegExp(
    `(?<!\\b(?:establish|establishing|set|setting|take|taking|run|running|collect|collecting|gather|gathering|build|building|agree|agreeing|create|creating|capture|capturing)\\s+(?:(?:a|an|the|our)\\s+)?(?:[a-z-]+\\s+)?)\\b(?:(?:the|our|a|an|its|their|today's|this year's|last year's)\\s+(?:[a-z-]+\\s+)?|(?:below|under|above|over|than|against|on|vs\\.?|versus)\\s+)${Q}(?:\\s*[^\\s«»]+)?\\s+baseline\\b`,
  ),
  // "Do better than the 2.4 % refund error rate", "improve on our 71 %": today's level to beat.
  new RegExp(
    `\\b(?:(?:do|be|get|perform|go)\\s+better than|improve (?:on|upon)|beat|outperform|outdo|surpass)\\s+(?:the|our|today's|the current|current|its|their)\\s+(?:current\\s+|existing\\s+)?${Q}`,
  ),
  // "(47 minutes in May)", "(May: 47 minutes)", "(12 in Q3)", "(28 per 10k clients in Q2)": a
  // recent reading, in brackets, its unit in words and numbers.
  new RegExp(
    `\\(\\s*(?:[a-z-]+\\s+){0,2}?${Q}(?:\\s+(?:[a-z0-9-]+|\\d[\\d,.]*|«\\d+»)){0,3}?\\s+(?:in|during|for|over)\\s+(?:${MONTHS}|q[1-4]|h[12]|fy\\s?\\d{2,4}|\\d{4})\\b`,
  ),
  // "(about 2,300 a week at peak)", "(600 a day in high season)": today's peak or season reading.
  new RegExp(
    `\\(\\s*(?:about\\s+|around\\s+|roughly\\s+|up to\\s+)?${Q}[^()«»]{0,40}?\\b(?:at|during|in)\\s+(?:the\\s+)?(?:peak|peak times?|busiest [a-z]+|high season|rush hour)\\s*\\)`,
  ),
  // "(last payday: 14 s)", "(last launch night: 9 s)": a reading at the last such occasion.
  new RegExp(`\\(\\s*(?:last|previous|the last)\\s+[a-z-]+(?:\\s+[a-z-]+)?\\s*:\\s*${Q}`),
  // "(3.2 days on average across the autumn sales)", ", 1.8% of watch time across the spring
  // sales": a reading over past seasonal occasions, set apart, is today's value.
  new RegExp(
    `(?:\\(|,|\\s-)\\s*(?:about\\s+|around\\s+|roughly\\s+)?${Q}(?:\\s+[a-z0-9-]+){0,4}?\\s+(?:across|during|over|in|at)\\s+(?:the|our|this year's|last year's)\\s+(?:spring|summer|autumn|fall|winter|christmas|easter|bank-holiday|half-term|festive|holiday|recent|past|last)\\s+(?:sales?|weekends?|holidays?|half-terms?|seasons?|peaks?|events?|shows?|breaks?|fixtures|auctions?|races?|paydays?|launches|markets?|fairs?)\\b`,
  ),
  // "Reduce offers declined after acceptance - 14% in Q1", "- 31 per 100 bookings last month": a
  // reading set after a dash, with its period, is today's value (a target would follow "to").
  new RegExp(
    `\\s-\\s+(?:about\\s+|around\\s+|roughly\\s+)?${Q}(?:\\s+(?:[a-z0-9-]+|\\d[\\d,.]*|«\\d+»)){0,3}?\\s+(?:(?:in|during|for|over)\\s+(?:${MONTHS}|q[1-4]|h[12]|fy\\s?\\d{2,4}|\\d{4})|(?:last|previous|prior|past) ${PERIOD})\\b`,
  ),
  new RegExp(`\\(\\s*(?:${MONTHS}|q[1-4]|h[12])(?:\\s+\\d{4})?\\s*:?\\s*${Q}`),
  // "after May's 1.8 %", "beat Q3's 41 %": a period's reading.
  new RegExp(`\\b(?:${MONTHS}|q[1-4]|h[12]|\\d{4})'s\\s+(?:average\\s+|median\\s+|peak\\s+)?${Q}`),
  // "(they average 7)", ", it takes 3 days": today's value said of what the KR measures.
  new RegExp(
    `(?:\\(|[,;]|\\s-)\\s*(?:they|it|we|these|those|each)\\s+(?:average|averages|run at|runs at|sit at|sits at|stand at|stands at|take|takes|are at|is at|hover at|hovers at|hover around|hovers around)\\s+(?:about\\s+|around\\s+|roughly\\s+)?${Q}`,
  ),
  // "Login failures: 3.2 % in Q3; aim for 1 %": a reading, closed off before what comes next.
  new RegExp(
    `(?<!\\b(?:to|reach|hit|achieve|under|below|above|over|at|of|than|by)\\s)${Q}\\s+(?:in|during)\\s+(?:${MONTHS}|q[1-4]|h[12]|\\d{4})\\s*[;,]\\s*\\S`,
  ),
  // "(54% of later-confirmed cases last quarter)", "(median 19 days)": a bracket that glosses the
  // measure with a past period's reading or today's statistic holds today's value, not a goal.
  new RegExp(
    `\\(\\s*(?:about\\s+|around\\s+|roughly\\s+)?${Q}[^()«»]{0,60}?\\b(?:last|previous|prior|past) ${PERIOD}\\s*\\)`,
  ),
  // "(31% this autumn)", "(9% last winter)", "(18% winter 2024)": a reading with a past or
  // seasonal qualifier, in brackets, is today's value whatever the period's word.
  new RegExp(
    `\\(\\s*(?:about\\s+|around\\s+|roughly\\s+)?${Q}[^()«»]{0,40}?\\b(?:(?:last|previous|prior|past) [a-z-]+|this (?:spring|summer|autumn|fall|winter|season)|(?:spring|summer|autumn|fall|winter) \\d{4})\\s*\\)`,
  ),
  new RegExp(
    `\\(\\s*(?:median|average|avg|mean|typical(?:ly)?|p\\d\\d)\\s*:?\\s*${Q}[^()«»]{0,20}\\)`,
  ),
  // "median 23 days, aiming for 7": a statistic closed off before the aim is today's value.
  new RegExp(
    `\\b(?:median|average|avg|mean|p\\d\\d)\\s*:?\\s*${Q}(?:\\s*[a-z%]+)?\\s*[,;]\\s*(?:aiming|aim|target(?:ing)?|goal|want(?:ing)?|down to|up to)\\b`,
  ),
  // "(45 min) down to 20 min", "(38 m³ last winter) to 30 m³": a bracketed reading that a move
  // to the target follows is today's value.
  new RegExp(
    `\\(\\s*(?:[a-z-]+\\s+){0,3}?${Q}[^()«»]{0,40}\\)\\s*,?\\s*(?:(?:down|up|all the way down)\\s+)?to\\s+(?:${COMP}\\s+)?«\\d+»`,
  ),
  // "3 days to same day": an arrow from a number to words.
  new RegExp(
    `(?<!\\b(?:by|up|of|per)\\s)${Q}\\s+to\\s+(?!${Q})(?!(?:the |an? )?(?:${PERIOD}|end)\\b)`,
  ),
];
// "without a regression reaching customers (4 last quarter)": none is the target.
// "No P1 incidents in deadline week (seven last year)", "Zero audit findings (had 4)": the same,
// said first.
export const ZERO_PHRASE = new RegExp(
  `\\bwithout (?:a|an|any|a single)\\s+(?:[a-z0-9-]+\\s+){0,2}?${ADVERSE_EVENT}\\b|^(?:no|zero|not a single|not one)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:${ADVERSE_EVENT}|${AUDIT_FINDING})\\b`,
);
// "as low as we can", "as far as possible": a direction with no number to reach.
export const NO_TARGET =
  /\b(?:where (?:it|they|we) (?:is|are|stand)|as (?:low|high|far|much|little|short|fast|close to \w+) as (?:possible|we can|we are able|practical|feasible)|(?:all-time|record) (?:low|high)|as (?:low|high) as we can get)\b/;
// "1,150 this quarter versus 640 last quarter": beside last period's reading, this period's
// number is the one to reach (alone, "40,000 this quarter" may be today's value).
export const LAST_PERIOD = new RegExp(`\\b(?:last|previous|prior) ${PERIOD}\\b`);
export const THIS_PERIOD_VALUE = new RegExp(`${Q}(?:\\s+[a-z-]+){0,2}?\\s+this ${PERIOD}\\b`);
/** Who or what stands at today's level, right before "at": "we're at", "it sits at". */
export const PRESENT_SUBJECT = "we're|we are|it's|it is|they're|they are|is|are|sits|stands|runs";
// Words that state today's reading right before a number or its hedge.
const PRESENT_READING = `(?:${PRESENT_SUBJECT}) at|currently|now|today|is|are|was|were`;
export const TARGET_EXPLICIT = [
  // "versus a 200 ms goal", "vs 0.2% target": a number named as the goal.
  new RegExp(`${Q}${NAMED_GOAL}`),
  new RegExp(
    `\\b(?:aim(?:ing)? (?:for|at)|target(?:ing)?(?: of| is)?|goal(?: of| is)?|down to|up to|get(?:ting)? to|reach(?:ing)?|should be|must be|will be|to be|want|need)\\s+(?:${COMP}\\s+)?${Q}`,
  ),
  new RegExp(`\\bto\\s+(?:${COMP}\\s+)?(?:(?:an?|the)\\s+)?${Q}`),
  new RegExp(
    `${Q}\\s+(?:(?:by|at|before) (?:the )?(?:end|close)\\b|by (?:quarter|q[1-4]|eo[qy])\\b)`,
  ),
  // (A hedge on today's reading, "we're at about 60", "currently around 2%", marks no goal.)
  new RegExp(`\\b(?<!\\b(?:${PRESENT_READING})\\s)${COMP}\\s+${Q}`),
  new RegExp(
    `${Q}\\s+or\\s+(?:less|fewer|lower|below|under|more|higher|above|better|faster|quicker)\\b`,
  ),
  // "under the 1,500 mg/L our permit allows": a bound set by someone, with its article.
  new RegExp(
    `\\b(?:within|under|below|above|at or below|at or above|at or under)\\s+(?:the|our|their)\\s+${Q}`,
  ),
];
export const COMPARATOR_TARGET = [
  new RegExp(`\\b${BOUND}\\s+${Q}`),
  // "within the 21 days set in our agreement", "above the 95% our contract requires".
  new RegExp(
    `\\b(?:within|under|below|above|at or below|at or above)\\s+(?:the|our|their|an?)\\s+${Q}`,
  ),
  new RegExp(
    `${Q}\\s+or\\s+(?:less|fewer|lower|below|under|more|higher|above|better|faster|quicker)\\b`,
  ),
];

/** "under 15 min", "within 2 h": the target is a ceiling. */
export const AT_MOST_BEFORE =
  /(?:under|below|less than|fewer than|lower than|no more than|not more than|no higher than|at most|at or below|at or under|within|maximum of|max(?:imum)?|a maximum of|up to)\s+(?:(?:just|well)\s+)?$/;
/** "at least 99.9 %", "above 4.5": the target is a floor. */
export const AT_LEAST_BEFORE =
  /(?:over|above|more than|greater than|higher than|at least|at or above|no less than|a minimum of|min(?:imum)?(?: of)?|beyond)\s+$/;

// What a sentence opens with before its verb: a bullet, "KR2:", "we will".
const OPENING =
  '^(?:[-*•]\\s*|kr\\s*\\d*\\s*[:.-]\\s*)?(?:(?:we|the team)\\s+(?:will|shall|must)\\s+)?';
const CHANGE_VERB =
  '(?:reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e|shorten|slash|trim|bring down|drive down|increase|raise|grow|boost|double|lift|improve|speed up)';

// "Bring our 2.3 % failed-payment rate down", "get our £1.2m bill down": the verb split around it.
const SPLIT_VERB = '(?:bring|get|drive|push|knock)(?=\\s+(?:\\S+\\s+){1,6}?(?:down|up)\\b)';

/**
 * "Lower the 1.6 % payment failure rate", "cut our $80k monthly bill": a measured value as the
 * determiner of what the verb changes is where it stands today (read only when it has a unit).
 */
export const VALUE_AS_DETERMINER = new RegExp(
  `${OPENING}(?:${CHANGE_VERB}|${SPLIT_VERB})\\s+(?:the|our|its|their|this|that|today's)\\s+(?:current\\s+|existing\\s+|present\\s+)?${Q}\\s+(?!of\\b|or\\b|to\\b)[a-z]`,
);

/**
 * "Reduce the 4,000 open support cases", "cut our 1,900 unpaid invoices": a count of things
 * waiting, as the determiner of what the verb changes, is where it stands today.
 */
export const WAITING_COUNT = new RegExp(
  `${OPENING}(?:${CHANGE_VERB}|${SPLIT_VERB})\\s+(?:the|our|its|their|today's)\\s+${Q}\\s+(?:open|pending|unpaid|unresolved|outstanding|overdue|unanswered|unprocessed|undecided|waiting|queued|stuck|late|failed|unassigned|unread|aged)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]{3,}s\\b`,
);

/**
 * "Halve the backlog of 8,400 undecided claims", "shrink our queue of about 300 appeals": the
 * size of a named collection the verb changes is where it stands today (counts included).
 */
export const COLLECTION_OF = new RegExp(
  `${OPENING}(?:${CHANGE_VERB}|${SPLIT_VERB}|clear|burn down|work through|eliminate|empty)\\s+(?:the|our|its|their|this|that|today's)\\s+(?:current\\s+|existing\\s+)?(?:(?:[a-z-]+\\s+)?(?:backlog|queue|pile|caseload|waiting list|wait list|stock|inventory|bill|spend|debt|total|tally)\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|over\\s+|some\\s+|nearly\\s+|almost\\s+)?${Q}|${Q}\\s+(?:[a-z-]+\\s+){0,3}?(?:backlog|queue|pile|caseload|waiting list))`,
);

/**
 * "Fix the 17 findings the pen test raised", "remediate all 23 critical CVEs": a known set,
 * counted, that the work removes. Its size is today's value and none left is the target.
 */
export const DEFINITE_SET_REMOVED = new RegExp(
  `${OPENING}(?:fix|close(?: out)?|resolve|remediate|clear|eliminate|remove|retire|decommission|burn down|patch|address|triage)\\s+(?:the|all(?: the)?|these|those|our)\\s+(?:remaining\\s+|outstanding\\s+|open\\s+|last\\s+|existing\\s+)?${Q}\\s+(?:[a-z0-9-]+\\s+){0,3}?[a-z-]{3,}s\\b`,
);

/**
 * "Close all 64 open postmortem action items", "Resolve all 180 open security alerts": the open
 * items of a queue that keeps filling are a backlog counted down (gameable-metric), not a known
 * set of work like "the 17 findings the pen test raised".
 */
// "the 14 open actions from the STRMTG inspection": a set someone else's examination raised is a
// known piece of work to clear, not a backlog worked down.
const RAISED_BY_EXAM =
  '(?:from|raised (?:in|at|by)|in)\\s+(?:the|their|its)\\s+(?:\\S+\\s+){0,4}?(?:inspection|audit|assessment|visit)\\b';
export const OPEN_BACKLOG = new RegExp(
  `${OPENING}(?:fix|close(?: out)?|resolve|clear|burn down|triage|action|work through)\\s+(?:the|all(?: the)?|our)\\s+${Q}\\s+(?:currently\\s+)?(?:open|unresolved|pending|active)\\s+(?!(?:\\S+\\s+){0,2}?${RAISED_BY_EXAM})`,
);

/**
 * "Deliver all 14 features on the roadmap": a known set of new things to make, counted. None of
 * them exists yet, so today's value is none and the set's size is the target.
 */
export const DEFINITE_SET_MADE = new RegExp(
  `${OPENING}(?:deliver|ship|build|implement|launch|release|complete|finish)\\s+(?:all|all of|each of|every one of)\\s+(?:the\\s+)?${Q}\\s+(?:new\\s+)?(?:[a-z0-9-]+\\s+){0,2}?(?:features|deliverables|capabilities|items|milestones|epics|stories|changes|requirements|screens|integrations|reports|enhancements)\\b`,
);

/** "30 more merchants", "6 additional markets": an increment of counted things. */
// "Add 500 automated UI tests (we have 1,200 now)": a number of things added, which with
// today's count said is an increment on it.
export const ADDED_TO_STOCK = new RegExp(
  `^(?:add|write|create|automate|hire|recruit|plant|open|install|sign up|onboard)\\s+(?:another\\s+|a further\\s+)?${Q}\\s+(?:new\\s+|more\\s+)?(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\b`,
);
export const INCREMENT = new RegExp(
  `${Q}\\s+(?:more|additional|extra)\\s+(?!(?:than|often|frequently|quickly|reliably|as|times)\\b)(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\b`,
);
