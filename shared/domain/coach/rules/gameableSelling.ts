import { COUNT, RAISE, TRAINEES, type GameableFamily } from './gameableShared';

/**
 * Talking to customers to sell, counted: the calls, conversations, pitches and offers our own
 * staff make, which rise with effort whatever they bring in. Read from the shape of the wording
 * (who does the talking, that it is counted or raised), not from a trade or a product:
 *
 * - an offer, pitch or recommendation made to a count of people ("Offer the ceramic coating
 *   upsell to 1,500 customers", "Pitch the extended warranty to 2,000 repair customers");
 * - talks counted per member of staff ("upsell conversations per stylist", "cold calls per
 *   sales adviser") or made by staff in a number ("advisers make 300 follow-up calls", "offers
 *   our repair staff make");
 * - talks of a reaching-out kind raised with no figure ("Increase outbound sales calls").
 *
 * What customers do with the talk (a share taking the offer up, conversions, acceptance), calls
 * customers make to us (inbound, answered, chasing, from customers) and shares or rates of talks
 * are outcomes or service levels; a count going down is not a quota (upOnly). calls-made
 * (rules/gameableOutreach.ts) reads calls worded with a number first; this reads the rest.
 */

const TALKS =
  '(?:conversations|chats|calls|phone calls|pitches|offers|demos|demonstrations|consultations)';
// Whoever sells for us: a role noun (stylists, advisers, technicians), staff, or a salesperson.
const SELLER = `(?:${TRAINEES}|[a-z-]*(?:person|people)|reps?|coach(?:es)?)`;
// Talk aimed outwards: the kinds that exist only because a seller starts them.
const OUTWARD = '(?:outbound|outreach|cold|prospecting|upsell|up-sell|cross-sell|follow-up)';

export const SELLING_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'selling-talks',
    label: 'sales calls, conversations, pitches or offers made, counted',
    upOnly: true,
    unless:
      /%|\b(?:share|percentage|proportion|fraction|rate) of\b|\b(?:received|answered|missed|dropped|abandoned|inbound|incoming|unanswered|returned|on hold|chasing|converted|convert|converting|conversions?|accepted|acceptance|taken up|take-up|take up|resolved|escalated)\b|\bcalls?\s+(?:from|to us|to the (?:help|support|advice))\b/,
    patterns: [
      // "Offer the ceramic coating upsell to 1,500 customers", "Pitch the warranty to 300 brides".
      new RegExp(
        `^(?:offer|pitch|recommend|suggest|propose|demonstrate|demo|present)\\s+(?:the|our|an?)\\s+(?:[a-z-]+\\s+){0,5}?to\\s+${COUNT}(?:[a-z-]+\\s+){0,3}?[a-z-]{3,}s\\b`,
      ),
      // "upsell conversations per stylist", "cold calls per kitchen sales adviser".
      new RegExp(
        `\\b${TALKS}\\s+(?:(?:held|made|logged|had)\\s+)?(?:per|each|by|for each)\\s+(?:[a-z-]+\\s+){0,2}?${SELLER}\\b`,
      ),
      // "advisers make 300 follow-up calls", "staff hold 50 upsell chats a day".
      new RegExp(
        `\\b(?:make|makes|hold|holds|have|has|place|places)\\s+${COUNT}(?:[a-z-]+\\s+){0,3}?${TALKS}\\b`,
      ),
      // "trade-in offers our repair staff make", "pitches made", "offers given".
      new RegExp(
        `\\b${TALKS}\\s+(?:(?:our|the|their)\\s+)?(?:[a-z-]+\\s+){0,2}?${SELLER}\\s+(?:make|made|give|hold|have)\\b`,
      ),
      /\b(?:offers|pitches|demos|demonstrations|recommendations)\s+(?:made|given|pitched|presented)\b/,
      // "Increase outbound sales calls", "Boost prospecting calls to cycling clubs".
      new RegExp(
        `^${RAISE}\\s+(?:the\\s+)?(?:(?:number|count|volume) of\\s+)?(?:[a-z-]+\\s+){0,2}?${OUTWARD}\\s+(?:[a-z-]+\\s+){0,1}?${TALKS}\\b`,
      ),
    ],
    gamedBy: 'talking to more people, or more often, whether or not they buy',
    alternative: 'what the talk is for: the share of customers who take the offer up, or sales won',
    patch: {
      title: 'Raise the share of customers who accept the offer',
      metric: 'offer take-up',
      unit: '%',
      direction: 'increase',
    },
  },
];
