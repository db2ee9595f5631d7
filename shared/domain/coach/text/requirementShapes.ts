import { askedOfUsByName } from './askedOfUs';
import { demandedByABody } from './authorityDemands';
import { namedParties } from './namedParty';

/**
 * An outside party's requirement stated by its shape rather than by a promise word:
 *
 * - a named party's own yardstick, in the possessive: "Meet Birmingham City Council's KPI of 95%
 *   …", "the Tesco supplier code's limit", "Hit Network Rail's target of …" — the level is theirs,
 *   not one the team chose ("our team's KPI" names no party);
 * - a level or a deliverable an instrument of theirs requires: "the 99.5% the tribal gaming
 *   compact requires", "the shelf life the supplier specification requires", "below the limit the
 *   Environment Agency permit sets";
 * - a level written into a paper: "written into our DE&S support contract", "set in the
 *   concession agreement";
 * - an authority that requires it: "the feed the EU customs authorities require", "the log the
 *   district council's licensing officers require";
 * - what a public or governing body demands, named or not (text/authorityDemands.ts).
 */

// ("the IKO's 2:1 student-to-instructor ratio", "the BAR's 8-week deadline": a level written
// with a colon or a dash, and a ratio, deadline, window or tolerance, are yardsticks too.)
const YARDSTICK =
  /^\s+(?:[a-z0-9:.,\u2013-]+\s+){0,4}?(?:kpis?|targets?|standards?|limits?|thresholds?|caps?|slas?|service levels?|requirements?|specifications?|specs?|codes?|minimums?|maximums?|floors?|ceilings?|benchmarks?|deadlines?|ratios?|windows?|tolerances?)\b/;
// "within the Waitrose 16–21 kg deadweight spec": a name, then the level it sets and its noun.
const STATED_YARDSTICK =
  /^\s+(?:[a-z-]+\s+){0,1}?[\d«][\d:.,\u2013»-]*(?:\s+[a-z0-9:.,\u2013-]+){0,3}?\s+(?:specs?|specifications?|ratios?|deadlines?|windows?|tolerances?|limits?|thresholds?|standards?)\b/;

/** A named party's yardstick in the possessive ("Felixstowe Port's KPI of 98%"). */
function namesTheirYardstick(raw: string): boolean {
  return namedParties(raw).some((p) => {
    const after = raw.slice(p.end).toLowerCase();
    return p.possessive ? YARDSTICK.test(after) : STATED_YARDSTICK.test(after);
  });
}

// An instrument that binds us to someone outside, followed by its verb of requiring.
const INSTRUMENT =
  '(?:compact|charter|treaty|concession|covenant|accord|permit|licen[cs]e|consent|specification|spec|code of practice|supplier code|franchise|contract|agreement|sla|framework|terms)';
const INSTRUMENT_REQUIRES = new RegExp(
  `\\b(?:the|our|their|its)\\s+(?:[\\w&'’.-]+\\s+){0,4}?${INSTRUMENT}\\s+(?:requires|required|demands|sets|set|specifies|stipulates|mandates|imposes|calls for|allows|permits)\\b`,
);
const WRITTEN_INTO = new RegExp(
  `\\b(?:written|built|baked|set|specified|agreed|enshrined|laid down|locked)\\s+(?:into|in)\\s+(?:the|our|their|its)\\s+(?:[\\w&'’.-]+\\s+){0,4}?${INSTRUMENT}s?\\b`,
);
const AUTHORITY_REQUIRES =
  /\bthe\s+(?:[\w&'’.-]+\s+){0,3}?(?:authorit(?:y|ies)|regulators?|councils?|inspectors?|inspectorate|officers|ministry|department|agency|commission|ombudsman|government|states?)\s+(?:require|requires|required|mandate|mandates|demand|demands|expect|expects|insist on|call for|calls for)\b/;

/** True when the KR states a level or a deliverable that a party outside sets or requires. */
export function statesTheirRequirement(raw: string): boolean {
  const text = raw.toLowerCase().replace(/\s+/g, ' ');
  return (
    INSTRUMENT_REQUIRES.test(text) ||
    WRITTEN_INTO.test(text) ||
    AUTHORITY_REQUIRES.test(text) ||
    namesTheirYardstick(raw) ||
    askedOfUsByName(raw) ||
    demandedByABody(raw)
  );
}
