import type { GameableFamily } from './gameableShared';

/**
 * Things the team itself records, posts, lists or hands out, and logins, counted: "Increase the
 * number of quality inspections logged", "Grow the number of TikToks posted", "Post canal-life
 * reels on Instagram", "Hand out more recruitment leaflets", "Reach 400 grading-app logins per
 * week", "Photograph and list 600 trees on the website". Each rises with effort (log more, post
 * more, open the app) whatever it changes. The shape marks them, not the trade: a participle of
 * recording or putting out after the things counted, or a verb of handing or posting before
 * them. Failures recorded ("chimney fires recorded by the fire service") and what customers do
 * (bookings, orders) are outcomes, and a count going down is a defect count (upOnly).
 */

// Bad things (and events, as safety logs count them) and customers' doings: recorded, they are what the work is for.
const NOT_OURS =
  '(?:incidents|events|failures|errors|defects|complaints|accidents|injuries|faults|crashes|outages|breaches|near-misses|claims|disputes|returns|cancellations|fires|falls|spills|leaks|breakdowns|bookings|orders|sales|payments|purchases|visits|enquiries|inquiries|requests|referrals|applications|registrations|sign-ups|renewals|reviews|hours|minutes|days|weeks)';
// A participle of recording something or putting it out.
// ("Near-miss cards handed in": cards staff hand in are records made, like forms logged.)
const RECORDED =
  '(?:logged|recorded|posted|uploaded|listed|catalogued|cataloged|handed out|given out|distributed|put up|handed in|turned in)';
// Material handed out to the public to draw them in.
const MATERIAL =
  '(?:leaflets|flyers|fliers|brochures|posters|menus|handbills|samples|vouchers|business cards|door hangers|postcards)';
// Where material is pushed through, counted as the drop: doors, letterboxes, homes.
const DROPPED_AT = '(?:doors|letterboxes|letter ?boxes|mailboxes|homes|houses|households|flats)';
// Platforms content is put on, or a channel or feed of ours.
const PLATFORM =
  '(?:youtube|tiktok|instagram|facebook|linkedin|twitter|x|pinterest|threads|snapchat|our\\s+(?:[a-z-]+\\s+)?(?:channel|feed|page|account|website|site))';

export const RECORDED_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'things-recorded',
    label: 'a count of things recorded, posted, listed or handed out',
    upOnly: true,
    // A share or a rate of them done right is a service level, not a count.
    // ("Within 10 miles" is where, not when: an area does not make a count a service level.)
    unless:
      /%|\b(?:share|percentage|proportion|fraction|rate) of\b|\bwithin\b(?!\s+(?:a\s+)?[\d,.]*\s*(?:miles?|mi|km|kilomet(?:re|er)s?)\b)|\b(?:on time|late|in error|correctly|accurately|without)\b/,
    patterns: [
      // "inspections logged", "TikToks posted", "trees listed", "leaflets handed out": the
      // things counted, then how they were recorded or put out.
      new RegExp(
        `(?<![a-z0-9-])(?!${NOT_OURS}\\b)[a-z0-9-]{3,}s\\s+${RECORDED}\\b(?!\\s+by\\s+(?:the\\s+)?(?:customers?|guests?|visitors?|users?|clients?|members?|patients?|public)\\b)`,
      ),
      // "Hand out more recruitment leaflets", "Give out 2,000 flyers": the verb first.
      new RegExp(
        `^(?:hand out|give out|distribute|drop|deliver|put up)\\s+(?:\\d[\\d,.]*\\s*k?\\s+|more\\s+)(?:[a-z0-9-]+\\s+){0,3}?${MATERIAL}\\b`,
      ),
      // "Leaflets through doors: 8,000 → 20,000", "Flyers into letterboxes": the drop counted.
      new RegExp(`\\b${MATERIAL}\\s+(?:through|into|in|to)\\s+(?:[a-z-]+\\s+)?${DROPPED_AT}\\b`),
      // "Leaflet 2,000 doors", "Leaflet 1,500 homes (400 last summer)": the verb is the drop.
      new RegExp(
        `^(?:leaflet|flyer|leaflet-drop|mail-?drop|letterbox)\\s+(?:\\d[\\d,.]*\\s*k?\\s+|more\\s+)(?:[a-z-]+\\s+){0,2}?${DROPPED_AT}\\b`,
      ),
      // "Post canal-life reels on Instagram", "Upload recital clips to YouTube".
      new RegExp(
        `^(?:post|upload|publish|share)\\s+(?:\\d[\\d,.]*\\s+|more\\s+)?(?:[a-z0-9-]+\\s+){0,3}?[a-z-]{3,}s\\s+(?:on|to|onto)\\s+${PLATFORM}\\b`,
      ),
      // "Photograph and list 600 trees": things made and put out, counted.
      /^(?:photograph|film|shoot|scan|write up|describe|measure)\s+and\s+(?:list|catalogue|catalog|post|upload|publish|tag)\s+(?:\d[\d,.]*\s*k?\s+|more\s+)/,
    ],
    gamedBy: 'recording, posting or handing out more whether or not anything changes',
    alternative: 'what the records or posts are for: faults found and fixed, visitors, sign-ups',
    patch: {
      title: 'Raise the share of reported faults fixed within a week',
      metric: 'faults fixed within 7 days',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    // "Reach 400 grading-app logins per week": opening the app is not using it well.
    id: 'logins',
    label: 'logins counted',
    upOnly: true,
    // Failed logins are a security measure; customers logging in is what they do (an outcome,
    // "Client logins per month from 20k to 30k"); logins migrated or moved to a new system are
    // accounts ("Migrate 1,800 clinician logins from LDAP to Okta": a rollout, said as such).
    unless:
      /^(?:migrate|move|switch|transfer|port|convert)\b|\b(?:failed|unauthori[sz]ed|suspicious|fraudulent|locked)\b|\b(?:clients?|customers?|users?|members?|patients?|guests?|visitors?|players?|subscribers?|shoppers?|buyers?|donors?|parents?|students?|learners?|readers?|fans?)(?:'s?)?\s+(?:logins|log-ins|sign-ins)\b/,
    // Counted: a number or "more" before them, or a period after them ("logins" alone may name
    // the login system: "Switch boat-booking logins to the federation's SSO").
    patterns: [
      /(?:\d[\d,.]*\s*k?\s+|\b(?:number|count) of\s+|\bmore\s+)(?:[a-z0-9-]+\s+){0,2}?(?:logins|log-ins|sign-ins|app opens)\b/,
      /\b(?:logins|log-ins|sign-ins|app opens)\s+(?:per|a|an|each)\s+(?:day|week|month|user|member)\b/,
    ],
    gamedBy: 'logging in more often, or being made to, without doing more in the app',
    alternative: 'the task the app is for, done in it: a share of jobs done in the app',
    patch: {
      title: 'Raise the share of jobs done through the app',
      metric: 'jobs done in the app',
      unit: '%',
      direction: 'increase',
    },
  },
];
