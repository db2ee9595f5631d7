import { RAISE, type GameableFamily } from './gameableShared';

/**
 * Replies our own staff send, counted: messages, emails, chats or posts answered or replied to,
 * a number that rises with effort (short replies, one question split over three) whether or not
 * anyone's question is settled. Read from the shape of the wording, not from a channel:
 *
 * - the count raised, with the replies as the verb's object ("Increase parent messages replied to
 *   on the nursery app", "Grow customer emails answered by the office team");
 * - the count named alone, in the metric field ("messages replied to", "guest emails answered");
 * - a number of them answered ("Answer 2,000 guest chats a week", "Reply to 300 forum posts").
 *
 * How fast or how many of them are answered (a share, within a time, on the same day), those left
 * unanswered and a count going down (upOnly) are service levels or outcomes and stay so.
 */

const MESSAGES =
  '(?:messages|emails|e-mails|chats|posts|comments|reviews|enquiries|inquiries|queries|questions|texts|dms)';
const ANSWERED = '(?:answered|replied to|responded to)';

export const REPLY_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'replies-sent',
    label: 'messages answered or replied to, counted',
    upOnly: true,
    unless:
      /%|\b(?:share|percentage|proportion|fraction|rate) of\b|\b(?:within|inside|in under|under|same[- ]day|on time|first time|unanswered|without|by self-service|automatically)\b/,
    patterns: [
      new RegExp(
        `^${RAISE}\\s+(?:the\\s+)?(?:(?:number|count|volume) of\\s+)?(?:[a-z-]+\\s+){0,3}?${MESSAGES}\\s+${ANSWERED}\\b`,
      ),
      new RegExp(`^(?:[a-z-]+\\s+){0,2}?${MESSAGES}\\s+${ANSWERED}$`),
      new RegExp(
        `^(?:answer|reply to|respond to)\\s+(?:\\d[\\d,.]*\\s*k?\\s+|more\\s+)(?:[a-z-]+\\s+){0,3}?${MESSAGES}\\b`,
      ),
    ],
    gamedBy: 'sending more, shorter replies whether or not the question is settled',
    alternative:
      'how soon people get an answer that settles it, e.g. the share answered within a day',
    patch: {
      title: 'Raise the share of messages answered within a working day',
      metric: 'messages answered within 1 day',
      unit: '%',
      direction: 'increase',
    },
  },
];
