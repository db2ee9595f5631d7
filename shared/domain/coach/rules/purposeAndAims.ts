import { UNTIL_MEASURE } from '../text/lexicon';

/**
 * Wording that reads like work but is not a deliverable: an aim with no measure (a culture or
 * a feeling to secure), or a delivery whose purpose clause is the measured change.
 */

// "Build a stronger safety culture", "Foster better defect-reporting habits": a culture or
// habits grown is a vague aim (missing-metric says so), not a deliverable.
const CULTURE_AIM =
  /^(?:build|create|foster|grow|nurture|develop|shape|cultivate|embed|instil+|strengthen)\s+(?:an?\s+|the\s+|our\s+)?(?:[a-z-]+\s+){0,3}?(?:culture|mindset|habits?|ethos|behaviou?rs?)(?=\s*$|\s+(?:in|among|across|within|for|of|around|where|that|so|on|at)\b)/;
// "Make sure Harbourline Estates is satisfied with the new portal before their renewal": a
// feeling to secure is a vague aim (a named party makes it a commitment), not a deliverable.
const FEELING_TO_SECURE =
  /^(?:make sure|ensure|see that|check that)\s+(?:\S+\s+){1,5}?(?:is|are|feels?|stays?|remains?)\s+(?:\S+\s+)?(?:happy|satisfied|pleased|delighted|comfortable|confident|content)\b/;
// "Install key drop boxes at 30 branches so out-of-hours returns go from 20% to 70%": a purpose
// clause that moves a measure makes the delivery the means and the change the KR, unless the
// measure is the spread itself ("so that the share of stores using it reaches 90%").
const SPREAD_MEASURE =
  /\b(?:share|percentage|proportion|adoption|coverage|using|on|migrated|onboarded|enrolled|live|installed|rolled out)\b/;
export function purposeMovesAMeasure(masked: string): boolean {
  const m = UNTIL_MEASURE.exec(masked);
  return m !== null && /^so\b/.test(m[0]) && !SPREAD_MEASURE.test(m[1] ?? '');
}

// "Make the lender integration experience smoother": a quality to improve, with no measure, is a
// vague aim (missing-metric says so), not something to build.
const QUALITY_AIM =
  /^(?:make|keep)\s+(?:the|our|its|their)\s+(?:[a-z-]+\s+){0,4}?(?:smoother|easier|simpler|clearer|friendlier|nicer|calmer|less (?:painful|confusing|frustrating|clunky)|more (?:pleasant|intuitive|enjoyable|seamless))\s*$/;

// "Surprise and delight our Gold and Platinum members", "Wow our hamper customers": a feeling to
// give people, with no measure, is a vague aim ("Delight creators with a new upload flow" too).
const FEEL = '(?:surprise|delight|wow|impress|amaze|thrill|excite|charm|please|reassure|win over)';
const FEELING_TO_GIVE = new RegExp(
  `^${FEEL}(?:\\s+and\\s+${FEEL})?\\s+(?:our|the|every|all|each|their|new|more)\\b`,
);

// "Modernise the claims portal and make it more intuitive", "Give the strategists better
// tooling": a betterment with no measure is a vague aim (missing-metric says so), not a
// deliverable with an end.
const MAKE_IT_BETTER =
  /\band make (?:it|them|this|the \S+)\s+(?:more|less|easier|simpler|clearer|friendlier|nicer|better|faster|smoother)\b/;
const GIVE_BETTER =
  /^(?:give|get)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){1,3}?(?:better|more|clearer|easier|faster|smarter|richer)\s+(?:tooling|tools|support|visibility|insight|insights|data|information|kit|equipment)\b/;

// "Build a stronger sense of community in our clubs", "Create a friendlier first-contribution
// experience": a quality made better, with no number, is a vague aim (missing-metric says so),
// not a thing to build; its comparative says what should change, not what will be delivered.
const COMPARATIVE_AIM =
  /^(?:build|create|foster|grow|develop|shape|cultivate|offer|provide)\s+(?:an?|the|our)\s+(?:stronger|friendlier|warmer|better|richer|deeper|closer|safer|kinder|fairer|clearer|simpler|easier|smoother|calmer|happier|healthier|more\s+[a-z-]+|less\s+[a-z-]+)\s+[a-z-]+/;

/** A culture, habits or a feeling aimed at: vague (missing-metric says so), not work to do. */
export function isCultureOrFeelingAim(lead: string): boolean {
  return (
    CULTURE_AIM.test(lead) ||
    FEELING_TO_SECURE.test(lead) ||
    QUALITY_AIM.test(lead) ||
    FEELING_TO_GIVE.test(lead) ||
    ((MAKE_IT_BETTER.test(lead) || GIVE_BETTER.test(lead) || COMPARATIVE_AIM.test(lead)) &&
      !/«\d+»|\d/.test(lead))
  );
}

// "Cut our own MTTR by migrating 40 internal services to the new collector": the number counts
// the means (a spread of work), not the measure the lead verb names, so the KR is the migration
// and the lead verb's direction says nothing about the count.
const MEANS_SPREAD =
  /^[a-z]+\s+(?:[a-z0-9'-]+\s+){1,5}?by\s+(?:migrating|moving|porting|onboarding|rolling out|upgrading|switching|converting|replatforming|putting)\s+(?:«\d+»|all|every)\s/;
export function countsTheMeans(lead: string): boolean {
  return MEANS_SPREAD.test(lead);
}

// "Deliver the 40% monthly usage rate promised to Unilever": a level of a measure reached (for a
// party: external-commitment says so), not a deliverable.
const LEVEL_OBJECT =
  /^(?:the|our|an?)\s+(?:«\d+»|\d[\d.,]*)\s*%?\s+(?:[a-z-]+\s+){0,3}?(?:rates?|levels?|share|score|availability|uptime|usage|utili[sz]ation|occupancy|satisfaction)\b/;
export function isLevelReached(object: string): boolean {
  return LEVEL_OBJECT.test(object);
}
