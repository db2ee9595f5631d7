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
 * unanswered and a count going down (upOnly) are service levels or outcomes and stay so, except
 * for what the public posts where anyone can see it: every comment or review on a public channel
 * replied to within a time ("Reply to 100% of Instagram comments within an hour") is moved by a
 * one-word reply as well as by a real one, so it is activity too (public-replies-on-time).
 */

const MESSAGES =
  '(?:messages|emails|e-mails|chats|posts|comments|reviews|enquiries|inquiries|queries|questions|texts|dms)';
const ANSWERED = '(?:answered|replied to|responded to)';
// Where the public comments or reviews in the open, and what it posts there.
const PUBLIC_CHANNEL =
  '(?:instagram|facebook|tiktok|twitter|linkedin|youtube|google|tripadvisor|trustpilot|yelp|online|social(?:[- ]media)?|public)';
const PUBLIC_POSTS = '(?:comments?|reviews?|posts?|mentions?|dms?)';
const ALL_OF = '(?:\\d[\\d.]*\\s*%\\s+of|every|all(?:\\s+of)?|each)';

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
  {
    id: 'public-replies-on-time',
    label: 'public comments or reviews replied to within a time',
    upOnly: true,
    patterns: [
      new RegExp(
        `^(?:reply to|respond to|answer)\\s+${ALL_OF}\\s+(?:the\\s+|our\\s+)?(?:new\\s+)?${PUBLIC_CHANNEL}\\s+(?:[a-z-]+\\s+)?${PUBLIC_POSTS}\\b.*\\b(?:within|inside|in under|the same day|same[- ]day)\\b`,
      ),
    ],
    gamedBy: 'posting a quick one-line reply to everything, whether or not anyone is helped',
    alternative:
      'what the replies are for: repeat bookings, the average rating, or questions settled without a second message',
    patch: {
      title: 'Raise the average public rating from the reviews of the quarter',
      metric: 'average public rating',
      unit: 'score/5',
      direction: 'increase',
    },
  },
];
