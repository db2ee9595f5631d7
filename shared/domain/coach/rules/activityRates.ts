import type { KeyResultAnalysis } from '../analyze';
import { findGameableFamily } from './gameable';

/**
 * An activity counted at a rate, per person or per period ("Scan 900 frames per technician per
 * day", "Publish 3 Facebook posts a week", "Write 2 blog posts every week"): the rate is how busy
 * the team is, an activity count gameable-metric names, not a piece of work with an end. Read
 * from the shape (a verb, a count of things, then "per" someone or something, or "a", "each" or
 * "every" and a period) and only where the things counted are a gameable activity, so the rule
 * reads the same whatever the verb and the thing made.
 *
 * Events held at a rate ("Hold 2 open rehearsals a month", "Run 3 experiments a sprint") stay
 * work: an event is a piece of work each time. A definite set ("Scan all 3,000 archive boxes")
 * has no rate and stays work, and an outcome counted per period ("Lessons cancelled per month
 * from 14 to 6") has no verb of doing before its count.
 */

const PERIOD =
  '(?:day|working day|shift|week|weekend|fortnight|month|quarter|season|term|night|evening|session|hour|sprint)';
const COUNT_AT_A_RATE = new RegExp(
  `^[a-z]+(?:\\s+(?:up|out|off|on|in))?\\s+(?:(?:at least|another|a further|over|more than)\\s+)?«(\\d+)»\\s+(?:[a-z'-]+\\s+){1,4}?(?:per\\s+[a-z-]+|(?:a|an|each|every)\\s+${PERIOD})\\b`,
);
// Events are work each time they are held, at whatever rate, by their family or by their name
// ("Ship 3 new live events per month").
const EVENT_FAMILIES = new Set(['reviews-meetings', 'experiments', 'postmortems']);
const EVENT =
  /\b(?:events?|workshops?|sessions?|classes|courses?|webinars?|meetups?|rehearsals?|game ?days?|hackathons?|drills?|open days?|launches|releases|festivals?|concerts?|shows?|tours?)\b/;

/** A count of an activity per person or per period: gameable-metric, not work to deliver. */
export function countsActivityAtARate(a: KeyResultAnalysis, lead: string): boolean {
  const m = COUNT_AT_A_RATE.exec(lead);
  const q = m ? a.numbers.quantities[Number(m[1])] : undefined;
  if (!q || q.dimension !== 'none' || EVENT.test(lead)) return false;
  const family = findGameableFamily(a);
  return family !== null && !EVENT_FAMILIES.has(family.id);
}
