import type { KeyResultAnalysis } from '../analyze';

/**
 * A share of people or records that reach a state, written with a verb of doing: "Capture a
 * digital waiver for 100% of clients", "Bring 100% of patient records up to the council's
 * standard", "Share of patients completing a course: 41% → 60%", "Booking changes done without
 * calling the office: to 70%", and a level a named customer's contract guarantees, given to
 * them. The verb is how the sentence is worded; what is counted is how many of those served are
 * in a state, which is a level the work must move, not the work. Shares of teams, systems or
 * batches moved onto something new stay outputs: this reader names people served and standards
 * met, never a new tool ("Get 100% of teams on the new CI" is still a migration).
 */

// Those a service is for. Internal units (teams, services, repos) are left out on purpose: a
// thing captured for each of them is instrumentation, a rollout.
const SERVED =
  '(?:clients|customers|patients|guests|members|visitors|riders|passengers|participants|students|learners|pupils|families|parents|residents|users|athletes|climbers|players)';

// "Capture a digital waiver for 100% of via ferrata clients by 1 Sept": every person served
// holding a paper is a share reached (a deadline on it does not make it a milestone).
const CAPTURED_FOR_SHARE = new RegExp(
  `^(?:capture|collect|obtain|record|get|take)\\s+(?:an?\\s+|the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:for|from)\\s+«\\d+»\\s+of\\s+(?:the\\s+|our\\s+|all\\s+)?(?:[a-z-]+\\s+){0,3}?${SERVED}\\b`,
);

// "Bring 100% of patient records up to the General Osteopathic Council's documentation
// standard": things meeting a standard is a level. ("Bring 100% of services up to the latest
// runtime" is an upgrade: no standard is named, and "new", "latest" and "current" are versions.)
const BROUGHT_UP_TO =
  /^(?:bring|get)\s+«\d+»\s+of\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]{3,}s\s+up to\s+(?!(?:the\s+)?(?:new|latest|current)\b)(?:\S+\s+){0,6}?(?:standards?|requirements?|grade|spec(?:ification)?s?)\b/;

// "Share of patients completing a 6-session course: 41% → 60%": those served finishing a course
// of treatment or lessons is what the service is for, not staff training taken.
const SERVED_FINISHING = new RegExp(
  `^(?:(?:the\\s+)?(?:share|percentage|proportion|number) of\\s+|«\\d+»\\s+of\\s+)?(?:[a-z-]+\\s+){0,2}?${SERVED}\\s+(?:completing|finishing|who complete|who finish)\\s`,
);

// "Booking changes done without calling the office: to 70%": things done a way (without help,
// online, in the app) counted as a share below all of them are a rate of how they are done.
const DONE_A_WAY =
  /\b(?:done|completed|made|handled|resolved)\s+(?:without|with no|online|in-app|in the app|unaided|by (?:themselves|customers|clients|patients|members|users))\b/;

// "Give Climbing Ireland's ice squad the 99% session availability their training contract
// guarantees": a level a named customer's contract promises, given to them, is a level held
// (external-commitment says whose); "Give every instructor a tablet" stays work.
const LEVEL_THEIR_CONTRACT_GUARANTEES =
  /^(?:give|provide|deliver|offer)\s+(?:\S+\s+){1,6}?the\s+«\d+»\s+(?:[a-z-]+\s+){0,3}?(?:that\s+)?(?:their|its)\s+(?:[a-z-]+\s+){0,2}?(?:contract|agreement|sla|terms|licen[cs]e|lease)\s+(?:guarantees?|promises?|specif(?:y|ies)|requires?|demands?|sets? out)\b/;

// "Convert 35% of trial-class attendees into paid members, up from 22%": a share of some people
// who become others is a conversion rate, a level to move. Below all of them only, and never
// into something new or digital: "Convert 100% of paper forms into digital records" is work.
const CONVERTED_SHARE =
  /^(?:convert|turn)\s+«\d+»\s+of\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,4}?[a-z-]{3,}s\s+into\s+(?!(?:the\s+)?(?:new|digital|online|electronic)\b)(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\b/;

// "Get 99% of shipped pieces to buyers without a damage claim": a share of things reaching
// someone free of a bad outcome is a rate of that outcome, below all of them.
const REACHED_WITHOUT =
  /^(?:get|bring|deliver|ship)\s+«\d+»\s+of\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,4}?[a-z-]{3,}s\s+(?:(?:back\s+)?to\s+(?:the\s+|our\s+|their\s+)?(?:[a-z-]+\s+){0,2}?)?(?:without|with no|free of)\s/;

/** Whether a KR worded as work counts a share of those served reaching a state. */
export function readsAsShareReached(a: KeyResultAnalysis): boolean {
  const { target, lead } = a;
  const masked = a.numbers.masked;
  if (LEVEL_THEIR_CONTRACT_GUARANTEES.test(lead)) return true;
  if (target?.dimension !== 'percent') return false;
  if (CAPTURED_FOR_SHARE.test(lead) || BROUGHT_UP_TO.test(lead)) return true;
  if (SERVED_FINISHING.test(masked)) return true;
  if (target.value < 100 && (CONVERTED_SHARE.test(lead) || REACHED_WITHOUT.test(lead))) return true;
  return target.value < 100 && DONE_A_WAY.test(masked);
}
