import { GIVE_QUALITY, UNTIL_MEASURE } from '../text/lexicon';
import { isVagueQualityAim } from './vagueAims';
import { isVolumeThePaperSets } from './paperVolumes';

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
// "Deliver lessons so that 85% of children pass their assessment, up from 64%": a share of
// people doing something, with where it stands today, is the measure the purpose clause moves.
const SHARE_IN_PURPOSE =
  /\bso(?: that)?\s+«\d+»\s+of\s+(?:[a-z'-]+\s+){1,10}?.*\b(?:up|down) from\s+«\d+»/;
export function purposeMovesAMeasure(masked: string): boolean {
  if (SHARE_IN_PURPOSE.test(masked)) return true;
  const m = UNTIL_MEASURE.exec(masked);
  return m !== null && /^so\b/.test(m[0]) && !SPREAD_MEASURE.test(m[1] ?? '');
}

// "Make the lender integration experience smoother", "Make the cycle timeline in the app
// clearer" (the comparative ends the sentence, however long the thing named): a quality to improve, with no measure, is a
// vague aim (missing-metric says so), not something to build.
const QUALITY_AIM =
  /^(?:make|keep)\s+(?:the|our|its|their)\s+(?:[a-z'-]+\s+){0,8}?(?:smoother|simpler|clearer|nicer|calmer|safer|kinder|fairer|(?!(?:suppl|carr|cash|cour|front|prem|barr|dossier)ier$)[a-z]{2,}ier|less [a-z-]+|more [a-z-]+)\s*$/;

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
  /^(?:build|create|foster|grow|develop|shape|cultivate|offer|provide)\s+(?:(?:an?|the|our)\s+)?(?:stronger|friendlier|warmer|better|richer|deeper|closer|safer|kinder|fairer|clearer|simpler|easier|smoother|calmer|happier|healthier|more\s+[a-z-]+|less\s+[a-z-]+)\s+[a-z-]+/;

// "Give every customer a fitting they remember", "Give volunteers tools they actually enjoy
// using", "Make every roof one the owner shows off": a thing given or made, qualified by how the
// people it is for will feel about it, is a vague aim (missing-metric says so), not a deliverable;
// the relative clause is the point, and nothing says when it is done.
const EXPERIENCE_VERB =
  '(?:remembers?|enjoys?|loves?|trusts?|values?|treasures?|likes?|looks? forward to|recommends?|talks? about|raves? about|brags? about|shows? off|(?:is|are|feels?) proud of|settles? into|feels? at home in|relax(?:es)? in|comes? back for|wants? to (?:use|keep|share|come back)|can rely on|relies on)';
const GIVEN_FOR_A_FEELING = new RegExp(
  `^(?:give|make|offer|provide|create|build)\\s+(?:[a-z'-]+\\s+){1,6}?(?:they|it|he|she|we|you|everyone|people|(?:the|their|every|each)\\s+[a-z-]+)(?:'ll|’ll)?\\s+(?:(?:actually|really|genuinely|truly|will|would|can|always|still|happily|proudly)\\s+)?${EXPERIENCE_VERB}\\b`,
);

// "Give every racegoer a day to remember", "Offer each guest a night to savour": the same thing
// given for a feeling, worded with "to" and the verb instead of a clause.
const GIVEN_TO_REMEMBER =
  /^(?:give|make|offer|provide|create)\s+(?:[a-z'-]+\s+){0,4}?(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+to\s+(?:remember|savour|savor|treasure|cherish|talk about|rave about|write home about|tell (?:their|your|his|her) friends about)\b/;

// "Give every visitor a brilliant day", "Give every guest a brilliant afternoon": a good time
// given, with nothing after it but where, is the same aim ("… a free tasting glass" is a thing).
const GIVEN_A_GOOD_TIME =
  /^(?:give|offer)\s+(?:[a-z'-]+\s+){0,4}?an?\s+(?:brilliant|great|fantastic|wonderful|amazing|memorable|magical|unforgettable|lovely|perfect|special|happy|stress-free|relaxing|cracking|superb|excellent|fabulous|fun)\s+(?:day|days|time|visit|stay|night|evening|afternoon|morning|weekend|trip|holiday|experience)(?:\s+out)?(?=\s*$|\s+(?:here|with us|at|on|in)\b)/;

/** A culture, habits or a feeling aimed at: vague (missing-metric says so), not work to do. */
export function isCultureOrFeelingAim(lead: string): boolean {
  return (
    CULTURE_AIM.test(lead) ||
    isVagueQualityAim(lead) ||
    FEELING_TO_SECURE.test(lead) ||
    QUALITY_AIM.test(lead) ||
    FEELING_TO_GIVE.test(lead) ||
    ((GIVEN_FOR_A_FEELING.test(lead) ||
      GIVEN_TO_REMEMBER.test(lead) ||
      GIVEN_A_GOOD_TIME.test(lead)) &&
      !/«\d+»|\d/.test(lead)) ||
    ((MAKE_IT_BETTER.test(lead) || GIVE_BETTER.test(lead) || COMPARATIVE_AIM.test(lead)) &&
      !/«\d+»|\d/.test(lead))
  );
}

// "Cut our own MTTR by migrating 40 internal services to the new collector": the number counts
// the means (a spread of work), not the measure the lead verb names, so the KR is the migration
// and the lead verb's direction says nothing about the count. "… by installing vibration sensors
// on all 87 turbines", "… by fitting key safes at all 40 agents": a thing put in place at every
// one of a counted set is the same spread of work.
const MEANS_SPREAD =
  /^[a-z]+\s+(?:[a-z0-9'-]+\s+){1,5}?by\s+(?:(?:migrating|moving|porting|onboarding|rolling out|upgrading|switching|converting|replatforming|putting)\s+|(?:rolling out|bringing in|introducing)\s+(?:[a-z0-9'-]+\s+){1,5}?(?:to|at|in|across)\s+|(?:installing|fitting|retrofitting|adding|equipping|deploying|mounting|placing)\s+(?:[a-z0-9'-]+\s+){0,4}?(?:on|at|in|to|across|into|onto)\s+(?:all\s+(?:of\s+)?(?:the\s+|our\s+)?)?)(?:«\d+»|all|every)\s/;
export function countsTheMeans(lead: string): boolean {
  return MEANS_SPREAD.test(lead);
}

// "Deposit the 1,200 seed collections owed to the Seed Bank Partnership", "Return the 40 loans
// promised to the museum": a known set owed to someone, counted, is a delivery, whatever the verb.
const SET_OWED =
  /^[a-z]+(?:\s+(?:over|in|up|out|back))?\s+(?:the|all(?: the)?|our|these|those)\s+«\d+»\s+(?:[a-z0-9-]+\s+){0,3}?[a-z-]{3,}s\s+(?:(?:we|that we)\s+)?(?:owed?|owing|promised|pledged)\s+(?:to|under)\b/;
export function isSetOwed(lead: string): boolean {
  return SET_OWED.test(lead);
}

// "Live up to our data-sharing agreement with BGCI", "Abide by the supply agreement": a paper
// honoured is a promise kept over time (external-commitment says to whom), not a piece of work.
const PAPER_HONOURED =
  /^(?:live up to|abide by|stick to|stand by|keep faith with|keep our word (?:on|under))\s+(?:the|our|their|its|this)\s+(?:[a-z0-9&'-]+\s+){0,3}?(?:agreements?|contracts?|charter|terms|slas?|pledges?|promises?|compact|covenant|memorand(?:um|a)|mou)\b/;
// "Deliver 1,150 units of orthodontic activity to meet the NHS contract", "Provide 900 funded
// sessions under the borough contract": the volume a contract buys, delivered, is the paper
// honoured (external-commitment says to whom), not a piece of work the team chose.
const VOLUME_A_PAPER_BUYS =
  /^(?:deliver|provide|perform|complete|carry out|undertake|run|see|treat)\s+(?:«\d+»|\d[\d,.]*)\s+(?:(?:funded|contracted|commissioned)\s+)?(?:[a-z-]+\s+){0,3}?(?:units?|hours|sessions|appointments|visits|courses|episodes|procedures|places|contacts|treatments|lessons|bed-?days)\b.*?\b(?:to\s+(?:meet|fulfil|fulfill|honour|honor|satisfy)|under|as\s+required\s+by|for)\s+(?:the|our|their|its)\s+(?:[\w&'-]+\s+){0,3}?(?:contract|agreement|commission|framework|sla|tender)\b/;
export function honoursAPaper(lead: string): boolean {
  return PAPER_HONOURED.test(lead) || VOLUME_A_PAPER_BUYS.test(lead) || isVolumeThePaperSets(lead);
}

// "Deliver the 40% monthly usage rate promised to Unilever", "Deliver the sub-1s campaign-page
// p95 promised to Lumen Games": a level of a measure reached (for a party: external-commitment
// says so), not a deliverable.
const LEVEL_OBJECT =
  /^(?:the|our|an?)\s+(?:sub-|under\s+|below\s+|<\s*)?(?:«\d+»|\d[\d.,]*)(?:\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)(?![a-z]))?-?\s*(?:[a-z-]+\s+){0,3}?(?:rates?|levels?|share|score|availability|uptime|usage|utili[sz]ation|occupancy|satisfaction|p\d{2,3}|latency|turnaround|(?:load|response|page[- ]load|delivery|resolution) times?)\b/;
export function isLevelReached(object: string): boolean {
  return LEVEL_OBJECT.test(object);
}

// "Build trust with the clinical teams": a relationship to earn, vague but not a deliverable.
const RELATIONSHIP =
  /^(?:build|rebuild|earn|gain|win|win back|restore|establish|foster|deepen|strengthen|grow|create)\s+(?:(?:the|our|their|more|greater|stronger|real|lasting)\s+)?(?:trust|confidence|credibility|goodwill|loyalty|reputation|morale|relationships?|rapport|buy-in|alignment|momentum|a culture|culture)\b/;
// "Satisfy the FSC auditor on traceability", "Reassure the fire inspector at the next visit": a
// judge of us to win over is a relationship too, whatever is on the date (external-commitment says
// who), not a milestone to deliver.
const JUDGE_WON_OVER =
  /^(?:satisfy|reassure|convince|win over)\s+(?:the|our|their|every|each|all)\s+(?:[\w&'’.-]+\s+){0,3}?(?:auditors?|inspectors?|assessors?|examiners?|verifiers?|certifiers?|surveyors?|regulators?|officers?|judges?|panel)\b/;
export function isRelationshipAim(lead: string): boolean {
  return RELATIONSHIP.test(lead) || JUDGE_WON_OVER.test(lead);
}

// "Deliver a world-class patient experience": a quality promised, not a deliverable (it is vague,
// and missing-metric says so). "Deliver the new onboarding experience" is a deliverable.
const QUALITY_VERB = /^(?:deliver|provide|offer|create|build|give|ensure|design)$/;
const QUALITY_OBJECT =
  /^(?:an?|the|our)\s+(?:truly\s+|really\s+|consistently\s+)?(?:world-class|great|excellent|outstanding|exceptional|best-in-class|first-class|seamless|delightful|consistent|frictionless|smooth|reliable|fast|faster|better|superior|high-quality|top-notch|premium|memorable|effortless|fantastic|amazing|superb|brilliant|joined-up|modern|intuitive|personal(?:i[sz]ed)?|friendly|safe|secure)\s+(?:[a-z-]+\s+){0,2}?(?:experiences?|service|journeys?|quality|value|support|performance|reliability)\b/;
// "Provide Ford with the sales-reporting feed quality their dealer standards require": a quality
// of what is given, held at the level someone requires, not the thing given.
const QUALITY_REQUIRED =
  /\b(?:the|a|an|our)\s+(?:[a-z0-9-]+\s+){0,3}?(?:quality|accuracy|timeliness|completeness|freshness|availability|reliability|level|standard)\s+(?:that\s+)?(?:[a-z0-9&'’-]+\s+){0,4}?(?:requires?|required|sets?|expects?|demands?|asks? for|calls? for)\b/;
/** "Deliver a seamless … experience", "Deliver the 40% … rate": a quality or a level, no work. */
export function isQualityPromised(verb: string, object: string, lead: string): boolean {
  return (
    QUALITY_VERB.test(verb) &&
    (QUALITY_OBJECT.test(object) ||
      isLevelReached(object) ||
      GIVE_QUALITY.test(lead) ||
      QUALITY_REQUIRED.test(object))
  );
}
