/**
 * Vague aims worded with a verb of doing: a quality asked for with no quantity anywhere, which
 * missing-metric names, not a piece of work with an end. Read from the shape of the sentence:
 *
 * - a verb that itself means "make more of a quality" with an abstract object and no number or
 *   date ("Strengthen our launch readiness process", "Tighten the hand-over routine");
 * - a thing given or offered, qualified by comparatives, however many and however joined
 *   ("Deliver a warmer, more personal arrival experience", "a cosier, calmer welcome"), or
 *   only praised ("Create unforgettable moments for our guests");
 * - a manner asked for at the end ("Plan crew routes more sensibly", "Schedule the vans more
 *   cleverly"): how the work should be done better, not what is delivered.
 *
 * - a place relative to the work, in an idiom of keeping up ("Get ahead of slide maintenance",
 *   "Stay on top of repairs", "Get a grip on rota changes"): where the team wants to stand, with
 *   no measure of how far behind it is now.
 *
 * - a state of affairs to sort out, its head an abstract word for how things stand ("Sort out
 *   the launch-day equipment situation", "Untangle the rota muddle"): a milestone word before it
 *   ("launch-day") only says which situation, and nothing says when it is sorted;
 * - a public mood to raise ("Build buzz around the home season", "Generate goodwill among the
 *   neighbours"): a feeling in other people, with no measure of it, not a thing to build; the
 *   mood may be qualified by what or where it is of ("Build brand awareness among families",
 *   "local word of mouth"), while a thing built for it ("a brand awareness campaign") is work.
 *
 * - a quality or feeling made better or stronger ("Upgrade the guest experience at reception",
 *   "Strengthen our brand with dog owners", "Boost trust among members"): the verb only says
 *   "more" or "better", the object is how something is felt or seen, and nothing says how much,
 *   so it is an aim, however concrete the verb ("upgrade") sounds; who or where it is for may
 *   follow. "Upgrade the ticket gates" names a thing, which stays work.
 *
 * - a thing tidied or cleaned up with no measure and no date ("Tidy up the catalogue data", "Clean
 *   up the route sheets", "Declutter the stock database"): nothing says how tidy or by when, so
 *   it is a quality asked for; who or where it is for may follow ("across the catalogue"). A
 *   count ("Clean up 40 stale accounts") or an occasion it is done by ("by the open day") makes
 *   it a piece of work again, and so do leftovers to clear away ("Tidy up the old dye-batch
 *   tables", "unused resources"): things to remove, a task with an end.
 *
 * A concrete thing named with a date or a count ("Strengthen the press frames on all 6 lines by
 * May", "Deliver the new hand-over app by 1 May") stays work for the output reader.
 */

const HAS_NUMBER = /«\d+»|\d/;
const HAS_DATE =
  /\b(?:by|before|until|in)\s+(?:the\s+)?(?:end\s+of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|quarter|year|week|month|spring|summer|autumn|winter|launch|go-live)\b/;

// Verbs that mean "make more of a quality", followed by an abstract thing (a process, a routine,
// a way of working, readiness, communication), not a physical part.
const QUALITY_VERB_AIM =
  /^(?:strengthen|tighten|tighten up|deepen|enrich|enhance|refine|bolster|reinforce|sharpen)\s+(?:(?:the|our|their|its)\s+)?(?:[a-z'-]+\s+){0,4}?(?:process(?:es)?|routines?|practices?|discipline|readiness|preparation|preparedness|communication|coordination|co-ordination|collaboration|planning|governance|hand-?overs?|handling|approach|ways? of working|checks?|briefings?|relationships?|partnerships?|culture)\b(?!\s+(?:with|on|at|in|for|across)\s+(?:all|every|each|«))/;

// A comparative: a listed -er form, any -ier form, or "more / less" and an adjective.
const COMPARATIVE =
  '(?:warmer|kinder|calmer|safer|fairer|clearer|simpler|smoother|richer|deeper|closer|stronger|better|gentler|quieter|brighter|sharper|smarter|slicker|[a-z]{2,}ier|(?:more|less)\\s+[a-z-]{3,})';
// Praise with no measure in it: "Create unforgettable moments for our guests", "Deliver
// higher-quality ice". A thing given that is only praised is a quality asked for, like a
// comparative; who it is for may follow ("… for our lido swimmers").
const PRAISE =
  '(?:unforgettable|memorable|magical|delightful|exceptional|outstanding|amazing|wonderful|remarkable|world-class|first-class|top-notch|(?:higher|better|top)-quality)';
const COMPARATIVE_GIVEN = new RegExp(
  `^(?:deliver|provide|offer|create|build|give|design|run|craft|shape)\\s+(?:(?:an?|the|our|every\\s+[a-z-]+\\s+an?)\\s+)?(?:(?:truly|really|much|far|even)\\s+)?(?:${COMPARATIVE}|${PRAISE})(?:\\s*(?:,|and|,\\s*and)\\s*(?:${COMPARATIVE}|${PRAISE}))*\\s+(?:[a-z-]+\\s+){0,3}?[a-z-]+(?:\\s+for\\s+(?:our|the|every|all)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)?\\s*$`,
);

// A manner asked for at the end of the sentence: "more sensibly", "less wastefully", "smarter".
const MANNER_AT_END = /\s(?:(?:more|less)\s+[a-z]{3,}ly|smarter|wiser|better)\s*$/;
const MANNER_VERB =
  /^(?:plan|schedule|organi[sz]e|run|manage|allocate|route|roster|staff|use|spend|order|stock|price|book|handle|prepare|sequence|coordinate|co-ordinate)\s/;

const KEEPING_UP =
  /^(?:get|stay|keep|be|remain)\s+(?:(?:well|further|firmly)\s+)?(?:ahead\s+of|on\s+top\s+of|in\s+front\s+of|up\s+with|a\s+(?:grip|handle)\s+on|to\s+grips\s+with|in\s+control\s+of)\s+[a-z]/;

const SITUATION_TO_SORT =
  /^(?:sort out|sort|deal with|tackle|fix|straighten out|untangle|clear up|resolve|get to grips with|get on top of|handle|address|improve)\s+(?:(?:the|our|this|that|its|their)\s+)?(?:[a-z'-]+\s+){0,5}?(?:situation|mess|muddle|chaos|state of (?:affairs|play)|predicament|headache|saga|picture)(?:\s*$|\s+(?:at|in|on|for|around|with|across|before|during)\b)/;
const MOOD =
  '(?:buzz|excitement|hype|momentum|interest|goodwill|anticipation|enthusiasm|a stir|word of mouth|noise|energy|awareness)';
const MOOD_TO_RAISE = new RegExp(
  `^(?:build|build up|create|generate|drum up|whip up|stir up|spark|raise|grow|get|make|cause)\\s+(?:(?:a|some|more|real|lots of|a lot of|plenty of|the right|a bit of)\\s+)?(?:[a-z-]+\\s+){0,2}?${MOOD}(?=\\s*$|\\s+(?:around|about|for|in|among|behind|ahead of|before|across|over|with|on)\\b)`,
);

// A verb that only means "make better, stronger or higher".
const BETTERING_VERB =
  '(?:upgrade|improve|strengthen|enhance|elevate|boost|lift|raise|deepen|enrich|bolster|reinforce|polish|transform|revitali[sz]e|reinvigorate|level up|step up|better)';
// A quality or feeling as the head of the object: how something is experienced or seen.
const QUALITY_OR_FEELING =
  '(?:experience|brand|brand presence|reputation|name|image|standing|profile|trust|loyalty|confidence|morale|goodwill|perception|presence|identity|rapport|relationships?|atmosphere|ambience|ambiance|feel|vibe|spirit|pride|sentiment|affinity|appeal|credibility|wellbeing|well-being)';
const QUALITY_BETTERED = new RegExp(
  `^${BETTERING_VERB}\\s+(?:(?:the|our|their|its|a|every)\\s+)?(?:[a-z'-]+\\s+){0,3}?${QUALITY_OR_FEELING}(?:\\s+(?:with|among|amongst|at|in|for|across|of|on|around)\\s+(?:[a-z'&-]+\\s*){1,5})?\\s*$`,
);

// A verb of tidying or cleaning a thing up, its object and at most a where or a who after it:
// "by" or "before" is not allowed, since a thing tidied by an occasion is a task with an end.
const TIDIED_UP =
  /^(?:tidy(?:\s+up)?|clean\s+up|clear\s+up|neaten(?:\s+up)?|declutter|spring-clean)\s+(?!up\b)(?!(?:[a-z'-]+\s+){0,2}?(?:old|unused|stale|legacy|obsolete|leftover|dead|orphaned|redundant|duplicate)\b)(?:(?:the|our|their|its|all)\s+)?(?:[a-z'-]+\s+){0,4}?[a-z'-]+(?:\s+(?:across|in|on|for|at|of|with|among)\s+(?:[a-z'&-]+\s*){1,5})?\s*$/;

/** A vague aim with a verb of doing and a quality but no quantity: missing-metric, not work. */
export function isVagueQualityAim(lead: string): boolean {
  if (HAS_NUMBER.test(lead) || HAS_DATE.test(lead)) return false;
  return (
    QUALITY_VERB_AIM.test(lead) ||
    QUALITY_BETTERED.test(lead) ||
    KEEPING_UP.test(lead) ||
    SITUATION_TO_SORT.test(lead) ||
    TIDIED_UP.test(lead) ||
    MOOD_TO_RAISE.test(lead) ||
    COMPARATIVE_GIVEN.test(lead) ||
    (MANNER_VERB.test(lead) && MANNER_AT_END.test(lead))
  );
}
