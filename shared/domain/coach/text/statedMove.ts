import type { Direction } from '../../enums';
import { ADVERSE_EVENT } from './lexicon';

/**
 * The direction a KR asks for when its verb comes after the measure it moves, behind a modal:
 * "Colour-match complaints per 100 orders should drop to 6, from 4 now", "Fish escapes per
 * quarter must fall to 5", "Occupancy needs to rise to 80%". The lead-verb reader
 * (text/lexicon.ts) only hears "Reduce …" at the start; this hears the same claim said later.
 */

const MODAL =
  '(?:should|must|will|shall|needs? to|has to|have to|ought to|is (?:expected|meant|due) to|are (?:expected|meant|due) to)';
const DOWN =
  '(?:drop|fall|go down|come down|shrink|decline|decrease|reduce|halve|be (?:cut|reduced|halved|lowered|brought down))';
const UP = '(?:rise|grow|go up|climb|increase|double|be (?:raised|increased|doubled|lifted))';
// The subject is a short noun phrase: no verb of its own before the modal, no clause break.
// ("per 1,000 hires": a comma between digits is part of a number.)
const SUBJECT = '^(?:[a-z0-9«»%./-]+(?:,\\d+)*\\s+){1,8}?';
const MODAL_DOWN = new RegExp(`${SUBJECT}${MODAL}\\s+${DOWN}(?![\\w-])`);
const MODAL_UP = new RegExp(`${SUBJECT}${MODAL}\\s+${UP}(?![\\w-])`);

// "Repeat-backer rate within 90 days to drop from 22% to 30%": the same claim as a bare
// infinitive, its numbers right after (not a time's own "to": "time to climb from …").
const MEASURE_THEN_TO =
  '^(?:[a-z0-9«»%./-]+(?:,\\d+)*\\s+){0,7}?[a-z0-9«»%./-]+(?<!\\b(?:time|days|hours|minutes|weeks))\\s+to\\s+';
const THEN_NUMBERS = '\\s+(?:from|to|by|below|under|above|over)\\s+(?:about\\s+)?«\\d+»';
const BARE_DOWN = new RegExp(`${MEASURE_THEN_TO}${DOWN}${THEN_NUMBERS}`);
const BARE_UP = new RegExp(`${MEASURE_THEN_TO}${UP}${THEN_NUMBERS}`);

/** The direction a modal verb after the measure asks for, if any. */
export function modalMoveDirection(lead: string): Direction | null {
  if (MODAL_DOWN.test(lead) || BARE_DOWN.test(lead)) return 'decrease';
  if (MODAL_UP.test(lead) || BARE_UP.test(lead)) return 'increase';
  return null;
}

// What a measure counts when it names something going wrong, lost, late or spent: "improve"
// could mean less of it, so the verb alone says nothing about which way is better.
const NAMES_A_COST = new RegExp(
  `\\b(?:${ADVERSE_EVENT}|waste|loss(?:es)?|lost|scrap|rework|mortality|deaths?|absence|absenteeism|turnover|attrition|backlog|wait(?:ing)?|queues?|rejects?|rejections?|rejected|returns?|returned|churn|no-?shows?|cancell?ations?|cancell?ed|drop-?outs?|drop-?offs?|abandon\\w*|bounces?|overdue|late|lateness|miss\\w*|variance|deviations?|time|days|hours|minutes|weeks|cost|costs|spend|price|shrink\\w*|theft|injur\\w*|accidents?|claims?|disputes?|chargebacks?|fraud|spoil\\w*|spill\\w*|leaks?|escapes?|excursions?|breakdowns?|stoppages?|faults?|findings|non-?conform\\w*|overfill|underfill|share of [a-z-]+ (?:on|in|with) (?:legacy|paper|manual))\\b`,
);

/**
 * "Improve the fingerling survival rate from 92% to 88%": a share that names nothing going
 * wrong is better higher, so "improve" claims a rise and the numbers fall. Null where the measure
 * names a cost of some kind, or is not a share.
 */
export function improveMeansHigher(text: string, isPercent: boolean): boolean {
  return isPercent && !NAMES_A_COST.test(text);
}
