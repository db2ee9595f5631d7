import { COUNT, N, type GameableFamily } from './gameableShared';

/**
 * Reaching out and putting content out, counted: the team's own contacts and posts, which rise
 * with effort whatever they bring in. Read from who acts and what is counted, not from a trade:
 *
 * - contacts the team makes: calls made or placed ("Make 150 sales calls to spinning mills",
 *   "Place 60 calls a month to hotel buyers"), people it phones, rings, emails or visits, counted
 *   ("Ring 120 past passengers", "Phone 80 lapsed members"), and calls of a selling kind
 *   ("300 fundraising phone calls");
 * - content the team puts out: posting so many times a period ("Post on Instagram five times a
 *   week"), pieces published or put out, counted ("Put out two newsletters a month"), and the
 *   number of pieces on our website or channel ("the number of case studies on the website").
 *
 * Calls customers make to us (answered, missed, dropped, received), shares and rates of calls
 * ("95% of calls answered within 20 seconds"), and what customers or visitors do on the website
 * ("customers who book on our website") are outcomes or service levels; a count going down is
 * not an activity quota (upOnly).
 */

// Calls of a selling or reaching-out kind, whoever is called.
const OUTREACH =
  '(?:sales|cold|outbound|outreach|prospecting|prospect|fundraising|canvassing|follow-up)';
// Pieces of content a team writes, films or photographs and puts out.
const CONTENT =
  '(?:newsletters|posts|blog posts|articles|blogs|videos|vlogs|episodes|podcasts|reels|shorts|stories|case studies|mailers|e-?mail campaigns|photos|photographs|galleries|guides|how-tos|tutorials|testimonials)';
const CHANNEL =
  '(?:website|site|web site|blog|channel|feed|page|account|youtube|tiktok|instagram|facebook|linkedin|pinterest|newsletter)';

export const OUTREACH_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'calls-made',
    label: 'calls made and people contacted, counted',
    upOnly: true,
    // Calls to us, and shares or rates of calls, are service levels; calls that convert are
    // what the calls are for.
    unless:
      /%|\b(?:share|percentage|proportion|fraction|rate) of\b|\b(?:within|answered|received|missed|dropped|abandoned|inbound|unanswered|returned|on hold|converted|convert|converting|conversion)\b/,
    patterns: [
      // "Make 150 sales calls", "Place 60 calls a month to hotel buyers", "Do 40 more cold calls".
      new RegExp(
        `^(?:make|place|do|complete|log|run|book)\\s+${COUNT}(?:[a-z-]+\\s+){0,3}?(?:calls|phone calls|phone-calls|dials)\\b`,
      ),
      // "Ring 120 past passengers", "Phone 80 lapsed members", "Visit 40 more stockists", "Knock
      // on more doors".
      new RegExp(
        `^(?:phone|ring|call|cold-call|email|e-mail|contact|reach out to|visit|canvass|approach|knock on|knock at)\\s+${COUNT}(?:[a-z-]+\\s+){0,3}?[a-z-]{3,}s\\b`,
      ),
      // "300 fundraising phone calls", "number of outbound calls": a selling kind of call, counted.
      new RegExp(
        `${N}(?:[a-z-]+\\s+){0,2}?${OUTREACH}\\s+(?:phone\\s+)?(?:calls|visits|emails|pitches)\\b`,
      ),
      // "calls made", "sales calls placed", "past passengers rung" (a metric name).
      /\b(?:calls|phone calls|dials)\s+(?:made|placed|logged|completed)\b/,
      /\b[a-z-]{3,}s\s+(?:phoned|rung|cold-called|canvassed)\b/,
    ],
    gamedBy: 'making more calls and visits, to anyone, whether or not they lead anywhere',
    alternative: 'what the calls are for: meetings booked that happen, orders or pledges won',
    patch: {
      title: 'Raise the orders won from calls each month',
      metric: 'orders won from calls',
      unit: 'count/month',
      direction: 'increase',
    },
  },
  {
    id: 'content-put-out',
    label: 'content posted or published, counted',
    upOnly: true,
    unless:
      /%|\b(?:share|percentage|proportion|fraction|rate) of\b|\b(?:views|viewers|readers|followers|engagement|clicks|opens|shares|watch time|visitors|subscribers)\b/,
    patterns: [
      // "Post on Instagram 5 times a week", "Publish to the blog twice a month".
      /^(?:post|publish|upload|blog|vlog|tweet|stream|go live)\b(?:\s+\S+){0,5}?\s+(?:\d+\s+times?|once|twice)\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month)\b/,
      // "Put out 2 newsletters a month", "Publish 8 more customer stories".
      new RegExp(
        `^(?:put out|send out|publish|release|post|upload)\\s+${COUNT}(?:[a-z-]+\\s+){0,2}?${CONTENT}\\b`,
      ),
      // "Grow the number of case studies on the website to 30".
      new RegExp(
        `\\b(?:number|count) of\\s+(?:[a-z-]+\\s+){0,3}?${CONTENT}\\s+(?:on|in)\\s+(?:the|our)\\s+(?:[a-z-]+\\s+)?${CHANNEL}\\b`,
      ),
      // "Get 100 influencer posts tagging the park": posts by others that we arrange or pay
      // for, counted, rise with the budget as our own do. (Not "bookings from influencer posts".)
      new RegExp(
        `${N}(?:(?!from\\b|via\\b|through\\b|after\\b|by\\b)[a-z-]+\\s+){0,2}?(?:influencer|sponsored|paid|creator)\\s+(?:posts|videos|reels|mentions|shout-?outs|stories)\\b`,
      ),
      // "case studies published", "posts per week" (a metric name).
      new RegExp(
        `\\b${CONTENT}\\s+(?:published|put out|sent out|(?:per|a|each)\\s+(?:day|week|month))\\b`,
      ),
    ],
    gamedBy: 'posting more, or thinner, whether or not anyone reads or acts on it',
    alternative: 'what the content is for: enquiries or bookings from it, followers who engage',
    patch: {
      title: 'Raise the monthly enquiries that come from our content',
      metric: 'enquiries from content',
      unit: 'count/month',
      direction: 'increase',
    },
  },
];
