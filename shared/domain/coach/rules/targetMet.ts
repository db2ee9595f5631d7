import type { KeyResultAnalysis } from '../analyze';
import type { CoachKeyResult } from '../types';

/**
 * A target that today's value already satisfies: "Keep p95 below 200 ms (currently 180 ms)",
 * "Hold uptime at 99.9 %; it has run at 99.97 % all year", "from 9 days to 30 days or less" for
 * a time that should fall. Such a KR is trivial, not reversed: its baseline → target only looks
 * like the wrong direction because the target is a limit to stay within, not a level to reach.
 */
export type Bound = 'at-most' | 'at-least';

// Wording of a limit to stay within or a level to hold rather than move: "keep", "hold",
// "stays under", "meet the 95 % in our contract", "the 99.9 % the contract requires", "by
// holding 99.95 % uptime", "99.95 % availability, per our partner agreement". ("Proof sets: 4.5
// days today": before a colon, "sets" ends the subject, a noun, not a verb setting a level.)
const HOLD_LEAD =
  /^(?:keep|hold|maintain|sustain|stay|remain|preserve|protect|uphold|meet|hit|achieve|deliver|answer|process|resolve|complete|decide|settle|pay|approve|dispatch)\b/;
const HOLD_ANYWHERE =
  /\b(?:stays?|remains?|kept|holds?|holding|held|already(?: at)?|requires?|required|stipulates?|stipulated|mandates?|mandated|agreed|set (?:in|by|out in)|sets(?!\s*:)|per (?:the|our|their|its) (?:[a-z0-9-]+ ){0,3}?(?:agreement|contract|sla|licen[cs]e|terms))\b/;
// A verb asking for a change: "Reduce …", "Improve …" move the measure, whatever the numbers.
const CHANGE_LEAD =
  /^(?:reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e|shorten|slash|trim|bring|drive|get|increase|raise|grow|boost|double|lift|improve|speed up|expand|move|push)\b/;

// "Email delivery success at 97%": a measure stated at a level, with no verb, is a level to hold.
const LEVEL_STATED = /^(?:[a-z0-9@-]+\s+){1,5}at\s+«\d+»/;

// A time in a service level ("4-hour fix SLA") is how long people wait: it should fall.
const TIME_TO_SHORTEN = /\b(?:slas?|response|fix|resolution|turnaround|wait(?:ing)?)\b/;

const SHARE_OF_CASES = /\b(?:on|for|in)\s+«\d+»\s+of\s+(?:all\s+|the\s+)?[a-z]/;
// "Answer 95% of enquiries within a day", "Fit 95% of saddles at the first visit": a verb
// done to a share of the things handled is a share of cases meeting a standard too, so a floor
// (read only when the wording holds a level, "already", "keep", and nothing else gives a way).
const SHARE_WITHIN = /^[a-z-]+\s+«\d+»\s+of\s+[a-z]/;

/** The title's number for the target, when a target from the fields is that same number. */
function titleStatesTarget(a: KeyResultAnalysis): boolean {
  const t = a.target;
  const q = a.numbers.target;
  if (!t || !q) return false;
  if (t.source === 'text') return true;
  // "who buy a membership within 30 days" beside a 30 % target: a number of another kind than
  // the target (a window of time on a share) is not the target written in the title.
  if (q.dimension !== 'none' && t.dimension !== 'none' && q.dimension !== t.dimension) {
    return false;
  }
  const close = (x: number, y: number): boolean =>
    Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  // "$400k" in the title, 400 in a field whose unit is "USD k".
  return [1, 1e3, 1e6].some((k) => close(q.value, t.value * k)) || close(q.base, t.base);
}

/** "from 44 % up to 60 %": "up to" after a from is how far it rises, not a ceiling. */
export function boundIsUpTo(a: KeyResultAnalysis): boolean {
  const start = a.numbers.target?.start ?? 0;
  return /\bup to\s+$/.test(a.text.slice(Math.max(0, start - 12), start));
}

/**
 * The bound a held level sets: "Hold uptime at 99.9 %" is a floor because uptime should rise,
 * "Keep spend at £90k" a ceiling because spend should fall. Unknown when the measure's better
 * direction is.
 */
function heldBound(kr: CoachKeyResult, a: KeyResultAnalysis): Bound | null {
  // "Push delivery success at 95%": a change verb takes "to" or "by", so a level "at" a number
  // after a verb-like first word is still a level stated.
  if (a.numbers.hasFromTo || (CHANGE_LEAD.test(a.lead) && !LEVEL_STATED.test(a.lead))) return null;
  if (!HOLD_LEAD.test(a.lead) && !HOLD_ANYWHERE.test(a.text) && !LEVEL_STATED.test(a.lead)) {
    return null;
  }
  // "on 99.5 % of days, as our code requires": a share of cases meeting a standard is a floor.
  // "Meet the 2-hour response SLA" with direction "increase": a time's limit is a ceiling
  // whatever the field says, so a field set the wrong way round is a mismatch, not a limit met.
  // So is a share of cases meeting a standard ("on 98 % of prescriptions"): a floor whatever the
  // direction field says.
  const natural =
    a.target?.dimension !== 'time'
      ? null
      : (a.naturalDirection ?? (TIME_TO_SHORTEN.test(a.text) ? 'decrease' : null));
  const better =
    natural ??
    (SHARE_OF_CASES.test(a.lead) ? 'increase' : null) ??
    kr.direction ??
    a.naturalDirection ??
    (SHARE_WITHIN.test(a.lead) ? 'increase' : null);
  if (!better) return null;
  return better === 'decrease' ? 'at-most' : 'at-least';
}

// "Get surge pricing under 15% of trips" over a KR whose target field is 15: the objective
// states the limit, so the target is that limit, not a value to reach.
const OBJECTIVE_LIMIT =
  /\b(?:(under|below|less than|fewer than|at most|no more than)|(over|above|more than|at least|no less than))\s+(\d+(?:\.\d+)?)\b/g;
// "Reach 99.95% availability for the booking engine": a level to reach, stated in the objective,
// is a floor for a measure that should rise and a ceiling for one that should fall.
// ("Sap-line telemetry up 99.9% of the time": a share of the time is the level to hold, too.)
const OBJECTIVE_LEVEL =
  /\b(?:reach|hit|achieve|attain|get to)\s+(?:an?\s+|the\s+)?(\d+(?:\.\d+)?)\b|\b(\d+(?:\.\d+)?)\s*%\s+of the time\b/g;
function objectiveBound(
  objectiveTitle: string,
  a: KeyResultAnalysis,
  better: string | null,
): Bound | null {
  const t = a.target;
  if (!t || t.source === 'text') return null;
  const title = objectiveTitle.toLowerCase();
  for (const m of title.matchAll(OBJECTIVE_LIMIT)) {
    if (Number(m[3]) === t.value) return m[1] ? 'at-most' : 'at-least';
  }
  if (!better) return null;
  for (const m of title.matchAll(OBJECTIVE_LEVEL)) {
    if (Number(m[1] ?? m[2]) === t.value) return better === 'decrease' ? 'at-most' : 'at-least';
  }
  return null;
}

// "Keep interruptions over 3 hours below 12 min per property", "under 2 minutes for 90% of
// chats": the title's first number defines what is counted; the field's target is the other
// one, with its own bound ("below 12 min") or as a share of cases ("for 90% of"), a floor.
// "who buy a membership within 30 days", "re-booked in under 8 weeks": a number with a unit of
// time after it is a window on the event counted, which qualifies the measure; it bounds the
// level only when the level is itself a time.
const TIME_AFTER =
  '(?!\\s*(?:working\\s+|business\\s+|calendar\\s+|school\\s+)?(?:days?|weeks?|wks?|hours?|hrs?|minutes?|mins?|months?|years?|seconds?|secs?|nights?|shifts?|d|h)\\b)';

function fieldTargetBound(a: KeyResultAnalysis, t: number): Bound | null {
  const n = String(t).replace('.', '\\.');
  const window = a.target?.dimension === 'time' ? '' : TIME_AFTER;
  const below = new RegExp(
    `\\b(?:below|under|less than|at most|no more than|within) ${n}(?![\\d.])${window}`,
  );
  const above = new RegExp(
    `\\b(?:above|over|more than|at least|no less than) ${n}(?![\\d.])${window}`,
  );
  const share = new RegExp(`\\b(?:for|on|in) ${n}% of\\b`);
  if (below.test(a.text)) return 'at-most';
  if (above.test(a.text) || share.test(a.text)) return 'at-least';
  return null;
}

/**
 * The bound today's value already satisfies, or null when the KR asks for real movement. Only a
 * limit or level the title (or its objective) states counts; a target only in the fields is a
 * value to reach.
 */
export function metBound(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  b: number,
  t: number,
  objectiveTitle = '',
): Bound | null {
  const better = kr.direction ?? a.naturalDirection;
  const listed = readingsMeet(a, better);
  if (listed) return listed;
  const stated = a.baseline && a.target ? objectiveBound(objectiveTitle, a, better) : null;
  if (stated) return (stated === 'at-most' ? b <= t : b >= t) ? stated : null;
  if (!a.baseline || !a.target) return null;
  if (!titleStatesTarget(a)) {
    const own =
      a.target.source === 'field' && !a.numbers.hasFromTo
        ? fieldTargetBound(a, a.target.value)
        : null;
    return own && (own === 'at-most' ? b <= t : b >= t) ? own : null;
  }
  // "MTTR under 20 minutes (currently 19)": a bare number today is in the target's unit.
  const bare = a.baseline.dimension === 'none' && a.baseline.source === 'text';
  if (a.baseline.dimension !== a.target.dimension && !bare) return null;
  let bound: Bound | null = a.numbers.targetBound;
  if (bound && a.numbers.hasFromTo && boundIsUpTo(a)) return null;
  // "Crash-free sessions up to 99.6 % (today 98.1 %)": "up to" on a measure that should rise
  // says where it rises to, not a ceiling ("load time of up to 2 s" stays a ceiling).
  const wanted = kr.direction ?? a.verbDirection ?? a.naturalDirection;
  if (bound === 'at-most' && b < t && boundIsUpTo(a) && wanted === 'increase') return null;
  bound ??= heldBound(kr, a) ?? reachedAlready(a, wanted);
  if (!bound) return null;
  if (worstReadingBreaks(a, bound)) return null;
  return (bound === 'at-most' ? b <= t : b >= t) ? bound : null;
}

// "Reduce average scan time to 0.9 s (we average 0.85 s already)", "Raise recorded checks to 95%
// (it was 97% last month)": a level to reach, "to" a number, with a bracket saying it is already
// reached, or a past reading already past it. The KR then asks for no work at all. A bare
// "(currently 1.1%)" or "(now 71%)" past the target stays a direction mismatch, as most writers
// label it (the target may be the typo), and "from 12 min to 20 min" writes a move.
const REACHED_IN_BRACKET =
  /\bto\s+«(\d+)»[^(«]{0,30}\((?:(?:we|it)\s+(?:average|averages|run|runs|are|is|was|were|sit|sits)(?:\s+at)?|(?:it's|we're)(?:\s+at)?)\s+(?:about\s+|around\s+)?«(\d+)»\s*(?:[a-z%°/]+\s*)?(already|last\s+(?:week|month|quarter|year|season)|this\s+(?:month|quarter|year|season))\b/;
function reachedAlready(a: KeyResultAnalysis, wanted: string | null): Bound | null {
  if (a.numbers.hasFromTo || !wanted || !CHANGE_LEAD.test(a.lead)) return null;
  const m = REACHED_IN_BRACKET.exec(a.numbers.masked);
  if (!m) return null;
  const [t, b] = [m[1], m[2]].map((i) => a.numbers.quantities[Number(i)]);
  if (!t || !b || t !== a.numbers.target || b !== a.numbers.baseline) return null;
  return wanted === 'decrease' ? 'at-most' : 'at-least';
}

// "(monthly mean 41 mg/L, highest reading 63)" under a 50 cap: a mean inside the limit with a
// reading beyond it is not a limit already met.
const WORST_READING =
  /\b(?:highest|peak|maximum|max|worst|lowest|minimum|min)\s+(?:[a-z-]+\s+)?(?:reading|level|value|result|sample|month|week|day)?\s*:?\s*«(\d+)»/g;

function worstReadingBreaks(a: KeyResultAnalysis, bound: Bound): boolean {
  const limit = a.numbers.target?.value;
  if (limit === undefined) return false;
  for (const m of a.numbers.masked.matchAll(WORST_READING)) {
    const q = a.numbers.quantities[Number(m[1])];
    if (!q || q === a.numbers.target) continue;
    if (bound === 'at-most' ? q.value > limit : q.value < limit) return true;
  }
  return false;
}

// "target 1.2 (last two quarters: 1.4 and 1.3)", "(last three editions: 25, 31 and 22 min)": a
// list of recent readings, every one on the better side of the target, shows it already met.
const READINGS_LIST =
  /\b(?:last|past|previous|recent)\s+(?:(?:[a-z0-9«»]+\s+)?[a-z]+s|«\d+»)\s*:\s*((?:«\d+»\s*(?:,|;|and)\s*)+«\d+»)/;

function readingsMeet(a: KeyResultAnalysis, better: string | null): Bound | null {
  const m = READINGS_LIST.exec(a.numbers.masked);
  if (!m || !better || !a.baseline || !a.target) return null;
  const [b, t] = [a.baseline.value, a.target.value];
  const values = [...(m[1] ?? '').matchAll(/«(\d+)»/g)].map(
    (x) => a.numbers.quantities[Number(x[1])]?.value,
  );
  // Today's value among the readings: the list is in the same unit as the target.
  if (values.length < 2 || !values.includes(b)) return null;
  const bound: Bound = better === 'decrease' ? 'at-most' : 'at-least';
  const met = values.every((v) => v !== undefined && (bound === 'at-most' ? v <= t : v >= t));
  return met ? bound : null;
}
