import { TRAINEES, type GameableFamily } from './gameableShared';

// A verb asking for more of something, at the head of the KR.
const MORE = '(?:increase|raise|grow|double|triple|boost|lift|push up|drive up)';
// A verb asking for less of something.
const LESS = '(?:reduce|cut|lower|bring down|shrink|decrease)';
// Records a worker makes about the work: notifications, reports, requests, suggestions.
const RECORDS =
  '(?:notifications|reports|requests|observations|suggestions|ideas|tickets|cards|tags|work orders|jobs)';
const RAISED = '(?:raised|logged|filed|submitted|made|written|opened|created|entered|reported)';
// Items a quality system keeps open until someone signs them off.
const QUALITY_ITEMS =
  '(?:non-?conformances|ncs|ncrs|capas|corrective actions|findings|deviations|audit actions)';

// Where the public leaves reviews: a review site or shop, or reviews named as the public's.
const PUBLIC_REVIEWS =
  '(?:google|tripadvisor|trustpilot|yelp|facebook|amazon|etsy|feefo|checkatrade|booking\\.com|airbnb|app store|play store|online|customer|guest|public)';

/**
 * Counts that anyone who wants them up (or down) can move without the outcome moving: reviews of
 * a given star rating gathered (ask only the happy customers), records raised by the team's own
 * people going up (raise more of them, whatever breaks), open quality items cut by a percentage
 * (sign them off). The shape, not the trade, marks them; a count of the bad thing itself
 * ("breakdowns", "contaminated batches") is an outcome.
 */
export const COUNTED_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'star-reviews',
    label: 'reviews of a given star rating, counted',
    upOnly: true,
    patterns: [
      // "Get 500 five-star Google reviews", "Gather 400 5-star ratings on the booking page".
      /(?:^|\s)(?:\d[\d,.]*\s*k?|more)\s+(?:(?:new|more|extra)\s+)?(?:five|four|5|4)[- ]stars?\s+(?:[a-z0-9-]+\s+){0,2}?(?:reviews|ratings)\b/,
      // "Increase our Google review count to 450", "Get 300 more Tripadvisor reviews": reviews
      // left by the public, counted whatever their stars, are asked for the same way (code, peer
      // or design reviews are work, not this: the reviews here are where the public leaves them).
      new RegExp(
        `\\b${PUBLIC_REVIEWS}\\s+review\\s+(?:count|total|tally)\\b|(?:^|\\s)(?:\\d[\\d,.]*\\s*k?|more)\\s+(?:(?:new|more|extra)\\s+)?${PUBLIC_REVIEWS}\\s+reviews\\b|\\bnumber of (?:new\\s+)?${PUBLIC_REVIEWS}\\s+reviews\\b`,
      ),
    ],
    unless: /\b(?:share|proportion|percentage|average|mean|per)\b|%\s+of\b/,
    gamedBy: 'asking only the customers who are already happy, or rewarding a review',
    alternative:
      'what the reviews are meant to reflect: the average rating of every customer asked, repeat visits or complaints',
    patch: {
      title: 'Raise the share of customers who come back within 90 days',
      metric: 'repeat customers',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'records-raised',
    label: 'records raised by the team itself, counted up',
    upOnly: true,
    patterns: [
      // "Increase SAP notifications raised by operators", "Raise maintenance requests logged by
      // lift attendants": records the team's own people make, more of them asked for.
      new RegExp(
        `^${MORE}\\s+(?:the\\s+)?(?:(?:number|count|volume)\\s+of\\s+)?(?:[a-z0-9-]+\\s+){0,3}?${RECORDS}\\s+${RAISED}\\s+by\\s+(?:the\\s+|our\\s+)?(?:[a-z-]+\\s+)?${TRAINEES}\\b`,
      ),
    ],
    gamedBy: 'raising more records, whether or not anything is found or fixed',
    alternative: 'what the records are meant to prevent: breakdowns, failures or repeat faults',
    patch: {
      title: 'Cut unplanned breakdowns per month',
      metric: 'unplanned breakdowns',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
  {
    id: 'open-quality-items',
    label: 'open quality items cut by a percentage',
    patterns: [
      // "Reduce open allergen-control non-conformances by 60%", "Halve open CAPAs".
      new RegExp(
        `^${LESS}\\s+(?:the\\s+)?(?:(?:number|count)\\s+of\\s+)?open\\s+(?:[a-z0-9-]+\\s+){0,3}?${QUALITY_ITEMS}\\b.*\\bby\\s+\\d[\\d.]*\\s*%`,
      ),
      new RegExp(
        `^halve\\s+(?:the\\s+)?(?:(?:number|count)\\s+of\\s+)?open\\s+(?:[a-z0-9-]+\\s+){0,3}?${QUALITY_ITEMS}\\b`,
      ),
    ],
    unless: /\b(?:age|older than|overdue|repeat|recurr\w*)\b/,
    gamedBy: 'signing items off without removing what raised them',
    alternative: 'repeat non-conformances with the same cause, or the incidents they are about',
    patch: {
      title: 'Reduce repeat non-conformances with the same root cause',
      metric: 'repeat non-conformances',
      unit: 'count/quarter',
      direction: 'decrease',
    },
  },
];
