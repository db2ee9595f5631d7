import type { KeyResultAnalysis } from '../analyze';
import { DEADLINE } from '../text/lexicon';
import { isTheirOrderByTheirDate } from './theirOrder';

/**
 * Work worded as a state to get to by a date or an event, read apart from rules/outputs.ts (its
 * only reader) so the shape can be read on its own:
 *
 * - "Have all 60 stands erected by 6am on 14 June", "Get the second kiln running by 1 March",
 *   "Have the new booking website taking deposits by 1 March": a verb of having or getting, one
 *   definite thing or set, then a participle or a state it is to be in, then a deadline. The
 *   corpus labels every such row work, with or without a count in the fields (1 → 2 kilns), since
 *   the count is only how far the work has got;
 * - "Get every inflatable its PIPA tag before the renewal date": every one of a set given a thing
 *   of its own by a date, a piece of work ("Get every ride through its inspection" is passing a
 *   test, not this shape).
 *
 * What stays an outcome: a share of things done on time ("Have 98% of jobs finished before
 * 7am", "on 95% of days", a percentage in the fields), a count moved from one level to another
 * ("from 14 to 0 before the re-inspection"), a bound ("average time under 20 seconds"), a state
 * kept at every recurring event ("before each hire"), and a comparative ("Get the workshop better
 * organised": a vague aim, missing-metric says so).
 */

// A word that names how things are, after the object: a participle of work done (-ed, or an
// irregular one), a present participle of a thing at work ("running", "taking deposits"), or a
// state of readiness.
const IRREGULAR =
  'built|done|made|dug|laid|set up|put up|hung|written|taken|given|shown|sewn|sown|cut|run|sold|sent|drawn|grown|bought|brought|found|held|kept|paid|fitted out|fit out|rebuilt|rewritten|redone|begun|lit';
const STATE_WORD = `(?:[a-z]{3,}ed|[a-z]{3,}ing|${IRREGULAR}|live|ready|open|operational|in place|in use|in service|on sale|back in (?:the water|use|service))`;
// The object: one to eight words, none of them a comparative, a bound or a share.
const OBJECT_WORD =
  "(?!(?:better|worse|more|less|fewer|down|up|under|below|above|over|within|back|to|into|from|average|median|mean)\\b)[a-z0-9'’&.«»-]+";
const HAVE_A_STATE = new RegExp(
  `^(?:have|get)\\s+(?:${OBJECT_WORD}\\s+){1,8}?${STATE_WORD}(?![\\w-])`,
);
// "Get every inflatable its PIPA tag": a thing of its own given to every one of a set.
const GIVEN_ITS_OWN = new RegExp(
  `^get\\s+(?:every|each|all(?:\\s+(?:the|our))?|the|our)\\s+(?:(?!through\\b|past\\b|into\\b|to\\b|onto\\b)${OBJECT_WORD}\\s+){1,3}?(?:its|their)\\s`,
);
const DEADLINE_AFTER =
  /\b(?:by|before|ahead of|in time for|for the|until)\s+(?!(?:each|every|all)\b)/;
const A_SHARE_OR_MOVE =
  /«\d+»\s*%|\b(?:per ?cent|share|proportion|percentage|rate|within)\b|\bfrom\s+«\d+»|\b(?:each|every)\s+(?:day|week|hire|booking|visit|job|order|time)\b|\b(?:to|under|below|above|over|at least|at most|less than|more than|fewer than)\s+«\d+»|\b(?:up|down)\s+(?:to|by)\b/;

/** "Have all 60 stands erected by 14 June", "Get every van its MOT before March": work to do. */
export function isWorkByADate(a: KeyResultAnalysis, lead: string): boolean {
  if (a.target?.dimension === 'percent' || a.baseline?.dimension === 'percent') return false;
  if (A_SHARE_OR_MOVE.test(lead)) return false;
  const shape = HAVE_A_STATE.exec(lead) ?? GIVEN_ITS_OWN.exec(lead);
  return shape !== null && DEADLINE_AFTER.test(lead.slice(shape[0].length));
}

// "Cut and open the new maze by 20 July", "Sand and launch the day boat": of two verbs joined at
// the head of a KR the second names the work when it is a verb of work; the first ("cut") is then
// no change verb asking for less of something.
const PAIRED_VERB = /^[a-z]+\s+and\s+/;

/** The lead from its second verb when two verbs are joined and the second is one of work. */
export function leadOfWork(lead: string, taskVerb: RegExp): string {
  const pair = PAIRED_VERB.exec(lead);
  if (!pair) return lead;
  const rest = lead.slice(pair[0].length);
  return taskVerb.test(rest) ? rest : lead;
}

// A named party's things by a date, read from the raw title so a name is a name: a definite
// quantity or set made or handed over ("Frame all 60 pieces", "Deliver the 60 tonnes") for, to
// or promised to a capitalised name, or "as per their order", with a date. The corpus labels
// these work as well as a promise (rules/theirOrder.ts reads the promise): the count in the
// fields (0 → 60) is only how far the work has got. A share, a rate a period ("12 sessions a
// month") and a move from a level other than nothing stay as they are (a level kept).
const DEFINITE_THINGS =
  /^[a-z-]+(?:\s+and\s+[a-z-]+)?\s+(?:all(?:\s+of)?\s+(?:the\s+)?«\d+»|the\s+«\d+»|all\s+the\s)/;
const FOR_A_NAME =
  /\b(?:for|to)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:['’]s?|s['’])?\s|\b[A-Z][\w&.-]*(?:['’]s|s['’])\s+(?:\d[\d,.]*|all|every|the)\s/;
const THEIR_DAY = /\bby\s+(?:the|their)\s+(?:[a-z-]+\s+){0,3}?(?:date|deadline|day)\b/;
const RATE_OR_SHARE =
  /«\d+»\s*%|\b(?:a|per|each|every)\s+(?:day|week|fortnight|month|quarter|year|season|term)\b/;

/** "Frame all 60 pieces for Tate St Ives' exhibition by 1 June": a party's things, work. */
export function isTheirThingsByADate(title: string, a: KeyResultAnalysis): boolean {
  if (a.target?.dimension === 'percent' || a.isPercent || RATE_OR_SHARE.test(a.lead)) return false;
  if (a.baseline !== null && a.baseline.value !== 0) return false;
  if (!DEFINITE_THINGS.test(a.lead)) return false;
  const named = FOR_A_NAME.test(title) || isTheirOrderByTheirDate(title);
  return named && (DEADLINE.test(a.text) || THEIR_DAY.test(a.text));
}
