import { Q } from './numberPhrases';

/**
 * Today's level written as what we (or it, or they) already do or did in a past period, rather
 * than after a word of today: "(we already hit 98.4%)", "we already turn round 91%", "we saw 24%
 * of clients return last year", "we had about 5 a week last winter", and a share read over a
 * past period before the level aimed for ("74% of lines shipped complete last quarter, aiming
 * for 92%"). The shape decides (who did it, "already" or a past period, a number between), not
 * the verb: any verb of doing may carry the reading. A verb of aiming ("we aimed for 5 last
 * year", "we already plan 40") names a goal, not a level, and is left alone.
 */

const PERIOD =
  '(?:quarter|month|year|week|sprint|season|term|half|summer|winter|spring|autumn|fall|cohort|intake|financial year)';
const HEDGE =
  '(?:(?:about|around|roughly|nearly|almost|some|just over|just under|over|under|close to|a little over)\\s+)';
// Verbs and words that make the number a goal or a promise, not a reading.
const GOAL_VERB =
  '(?:aim|plan|want|target|promis|pledg|commit|need|hop|expect|budget|forecast|intend|project|predict|set|agree|requir|propos|try|tri|seek|sought)[a-z]*';
const WHO = "(?:we|we're|we are|we've|we have|it|it's|it is|they|they're|they are|they've)";

const SPAN_COUNT =
  '(?:(?:\\d+|«\\d+»|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\\s+)';
// A stretch of time gone by that a reading held over: "all year", "in two years", "for three
// quarters running", "over the past 12 months", "since March", "so far this year".
const PAST_SPAN = `(?:(?:all|the whole|the entire|throughout the)\\s+${PERIOD}|(?:for|in|over|across|during)\\s+(?:the\\s+)?(?:(?:last|past|previous)\\s+)?${SPAN_COUNT}?(?:straight\\s+|consecutive\\s+)?(?:days|weeks|months|quarters|years|sprints|seasons|releases|drills|tests)(?:\\s+(?:running|in a row|straight))?|(?:for|in|over|across|during)\\s+(?:the\\s+)?(?:last|past|previous)\\s+${PERIOD}|since\\s+(?:[a-z]+|«\\d+»|\\d{4})|(?:so far\\s+)?this year|year to date|ytd)`;
// A word a reading is set apart from the ask by: a bracket, a semicolon or comma, a dash.
const APART = '(?:\\(|[;,:—–]|\\s-)';

export const OUR_READINGS: readonly RegExp[] = [
  // "10 working days, currently averaging 14", "now running at 6%": today's level as a running
  // reading after a word of today.
  new RegExp(
    `\\b(?:currently|now|today|at present|these days)\\s+(?:averag(?:ing|es)|running at|sitting at|standing at|hovering (?:around|at)|trending at)\\s+${HEDGE}?${Q}`,
  ),
  // "(it's at 98.7%)", "(measured 12 s in the last 4 drills)": today's level in brackets, said as
  // what it is or was measured at ("(it has been under 2 h all year)" is read below, with
  // whatever else sets a level that has been apart from the ask).
  new RegExp(
    `\\(\\s*(?:(?:it's|it is|we're|we are|they're|they are)\\s+(?:already\\s+)?(?:at\\s+)?|(?:measured|averaged|averaging|running|ran|came in|sitting|sat)\\s+(?:at\\s+)?)${HEDGE}?${Q}`,
  ),
  // "(we have 14)", "; there are about 230 open": what exists today, set apart from the ask.
  new RegExp(`(?:\\(|[,;]\\s*)(?:we have|we've got|we've|there are|there's)\\s+${HEDGE}?${Q}`),
  // "(we already hit 98.4%)", "we're already at 91%", "we already turn round 91%": what we do now.
  new RegExp(`\\b${WHO}\\s+already\\s+(?!${GOAL_VERB}\\b)(?:[a-z-]+\\s+){0,2}?${HEDGE}?${Q}`),
  // "we had about 5 a week last winter", "we saw 24% of clients return last year", "they ran at
  // 5.2% over the winter": a past-tense reading with a past period after it (after a past-tense
  // verb, "over the winter" or "through the autumn" is a period gone by).
  new RegExp(
    `\\b${WHO}\\s+(?!${GOAL_VERB}\\b)(?:had|saw|got|hit|made|did|ran(?: at)?|sat at|stood at|came in at|managed|[a-z]{3,}ed)\\s+(?:at\\s+)?${HEDGE}?${Q}[^«»;()]{0,50}?\\b(?:(?:last|previous|past|prior)|(?:over|through|during|across|for)\\s+(?:the|that))\\s+${PERIOD}\\b`,
  ),
  // "74% of lines shipped complete last quarter, aiming for 92%", "30% of clients came back last
  // season": a share of a whole read over a past period (not "by the last quarter", a deadline).
  new RegExp(
    `(?<!\\b(?:to|hit|reach|achieve|attain|deliver|land|under|below|above|over|within|than|least|most|by)\\s)${Q}\\s+of\\s+(?:[a-z'-]+\\s+){1,8}?(?<!\\b(?:by|before|until|till|for|in|from|of)\\s)(?:last|previous|past|prior)\\s+${PERIOD}\\b`,
  ),
  // "; it's been about 0.7 s all year", "(we've stayed under 2 h since March)", "(it held at
  // 99.98% all quarter)": what the level has been, set apart from the ask.
  new RegExp(
    `${APART}\\s*(?:(?:it|we|they|this|that)(?:'s|'ve|\\s+has|\\s+have)\\s+(?:been|stayed|held|run|sat|averaged|hovered|kept)|(?:it|we|they)\\s+(?:stayed|held|ran|sat|averaged|hovered|kept it))\\s+(?:(?:comfortably|well|safely|always)\\s+)?(?:(?:under|below|over|above|at|around|about|within|better than|inside)\\s+)?${HEDGE}?${Q}`,
  ),
  // "(it hasn't dipped below 99.6% in two years)", "it never went over 40 min last winter": a
  // level not once crossed in a time gone by bounds today's level.
  new RegExp(
    `\\b(?:(?:has|have|had)(?:n't|\\s+not|\\s+never)\\s+(?:once\\s+)?(?:dipped|dropped|fallen|gone|slipped|risen|climbed|exceeded|crossed|breached|strayed|been)|never\\s+(?:once\\s+)?(?:dipped|dropped|fell|went|slipped|rose|climbed|exceeded|crossed|breached|strayed)|did(?:n't|\\s+not)\\s+(?:once\\s+)?(?:dip|drop|fall|go|slip|rise|climb|exceed|cross|breach|stray))\\s+(?:(?:below|under|above|over|past|beyond|outside)\\s+)?${HEDGE}?${Q}`,
  ),
  // "(below 0.2% for three quarters running)", "(99.93% over the past 12 months)": a level in
  // brackets held over a time gone by, after the level asked for (a bracket holding the only
  // number may be the ask itself, "(under 1% for 3 months running)").
  new RegExp(
    `(?<=«\\d+»[^()]*)\\(\\s*(?:(?:under|below|over|above|at|around|about|within)\\s+)?${HEDGE}?${Q}[^()«»]{0,40}?\\b${PAST_SPAN}\\b[^()«»]*\\)`,
  ),
  // "(12-month average: 99.93%)", "(rolling 90-day: 99.7%)", "(99.7% rolling 90 days)": an
  // average over a time gone by, in brackets.
  new RegExp(
    `\\(\\s*(?:(?:\\d+|«\\d+»)[- ](?:day|week|month|year|quarter)|rolling|trailing|ytd|year-to-date)\\s+(?:[a-z-]+\\s+)?(?:(?:average|avg|mean|median)\\s*)?:?\\s*${HEDGE}?${Q}`,
  ),
  new RegExp(
    `\\(\\s*${HEDGE}?${Q}\\s+(?:rolling|trailing)\\s+(?:«\\d+»|(?:\\d+[- ]?)?(?:days?|weeks?|months?|quarters?))`,
  ),
  // "(median is 6 min)", "(today's p95 is 1.2 s)", "(the average was 40)": a statistic of the
  // measure said as what it is, in brackets.
  new RegExp(
    `\\(\\s*(?:(?:the|our|today's|current|the current)\\s+)?(?:median|mean|average|avg|typical|p\\d{2,3}(?:\\.\\d)?)(?:\\s+[a-z-]+){0,2}?\\s+(?:is|was|sits at|runs at|stands at|is at|is around|is about)\\s+${HEDGE}?${Q}`,
  ),
  // "(had 4)", "(there were seven last year)", "(did 120 in spring)", "(4 last time)": what it was,
  // in brackets, said of the thing measured; "; current p95 is 38ms", "(today's median is 6
  // min)": what it is.
  new RegExp(
    `\\(\\s*(?:(?:there|we|it|they)\\s+)?(?!${GOAL_VERB}\\b)(?:had|was|were|saw|got|did|made|managed|[a-z]{3,}ed)\\s+${HEDGE}?${Q}[^()«»]{0,40}\\)`,
  ),
  new RegExp(`\\(\\s*${HEDGE}?${Q}[^()«»]{0,30}?\\b(?:last|the last|previous) time\\s*\\)`),
  // "(it finishes in 3)", "(it takes about 40 min)": what it does now, in the present tense.
  new RegExp(
    `\\(\\s*(?:it|they|we|the (?:job|batch|run|build|report))\\s+(?:finishes|takes|runs|completes|lands|arrives|sits at|averages)\\s+(?:in\\s+|at\\s+)?${HEDGE}?${Q}`,
  ),
  // "CI pipeline duration is 38 min on the monorepo; get it down", "… is 94 days median — shrink
  // it": the level said as it is, then a move asked for with no number.
  new RegExp(
    `\\b(?:is|are|sits at|runs at|stands at)\\s+${HEDGE}?${Q}[^«»;—–-]{0,40}(?:[;,—–]|\\s-)\\s*(?:get|bring|shrink|cut|reduce|drive|push|lower|raise|grow|halve)\\s+(?:it|them|that)\\b`,
  ),
  // "(last 5 releases averaged 23)", "(the previous two audits found 9)": what recent runs saw.
  new RegExp(
    `\\(\\s*(?:the\\s+)?(?:last|previous|past|recent)\\s+(?:«\\d+»\\s+|(?:two|three|four|five|six|few)\\s+)?(?:[a-z-]+\\s+){0,2}?[a-z-]+\\s+(?:averaged|saw|had|hit|found|logged|got|ran at|sat at)\\s+${HEDGE}?${Q}`,
  ),
  new RegExp(
    `${APART}\\s*(?:(?:the|our)\\s+)?(?:current|today's|present)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:is|are|was|sits at|runs at|stands at|is at|is around|is about)\\s+${HEDGE}?${Q}`,
  ),
  // "Involuntary churn from failed renewals, 1.8% of subs per month down to 0.9%": a level set
  // apart after the measure's name, then moved down or up to the target, is today's.
  new RegExp(
    `${APART}\\s*${HEDGE}?${Q}(?:\\s+[^\\s«»]+){0,6}?\\s+(?:down|up)\\s+to\\s+(?:about\\s+)?«\\d+»`,
  ),
  // "disconnects, which hit 2.7% of sittings in the summer": what the thing measured does now.
  new RegExp(
    `\\b(?:which|that|who)\\s+(?:hit|hits|affected|affects|reached|reaches|touched|touches|cost|costs)\\s+${HEDGE}?${Q}`,
  ),
  // "Fewer sync mismatches than the 480 we logged in spring": the level to beat, as we saw it.
  new RegExp(
    `\\bthan\\s+(?:the\\s+)?${HEDGE}?${Q}\\s+(?:we|they|it)\\s+(?!${GOAL_VERB}\\b)(?:[a-z]{3,}ed|saw|had|got|did|made)\\b`,
  ),
  // "(been 99.2% for six months)": what the level has been, its subject left out.
  new RegExp(`\\(\\s*been\\s+(?:at\\s+)?${HEDGE}?${Q}[^()«»]{0,40}?\\b${PAST_SPAN}`),
  // "(2.3 s in the pilot)", "(41% during the beta)": what a trial run measured.
  new RegExp(
    `\\(\\s*${HEDGE}?${Q}[^()«»]{0,30}?\\b(?:in|during|at|from|on)\\s+(?:the|our)\\s+(?:[a-z-]+\\s+)?(?:pilot|trial|beta|alpha|proof of concept|poc|soak test|load test|dry run|test run|canary|field trial)s?\\b`,
  ),
];
