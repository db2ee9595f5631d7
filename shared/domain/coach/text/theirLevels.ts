import { namedParties } from './namedParty';
import { namedOrganisations } from './parties';

/**
 * A level or a date set by someone outside the team, said in shapes the other readers do not
 * take: "the 99.9% our the-saleroom.com partnership requires" (a partnership, like a contract,
 * is always with someone outside, and its partner may be named by its web address), "the RSPCA
 * Assured scheme's 95% completion" (a scheme's level in the possessive), and "by the 1 April date
 * they've set" after a named body ("they" is never the team itself).
 *
 * Near misses kept out: "the 99.5% our own front-desk team asks for", "our partnership team"
 * (staff, not the paper), a loyalty or referral scheme's level (a scheme of ours), and "the date
 * we've set".
 */

// A word of a name or qualifier, web addresses included ("the-saleroom.com", "cuebook.co.uk").
const W = "(?:[a-z0-9'&.-]+\\s+)";
const SETS =
  '(?:requires|required|sets|set|specifies|demands|stipulates|guarantees|mandates|needs|calls for|asks for|expects|commits us to)';

// "the 99.9% our the-saleroom.com partnership requires", "the uptime our Swellnet partnership
// sets": the level the partnership's terms hold us to.
const PARTNERSHIP_SETS = new RegExp(
  `\\b(?:the|our|their|its)\\s+(?!own\\b|internal\\b)${W}{0,3}?partnership\\s+(?:(?:with|agreement with)\\s+(?:the\\s+)?${W}{0,3}?)?(?:has\\s+)?${SETS}\\b`,
);

// Schemes of our own making: what they promise is ours to set.
const OWN_SCHEME = '(?:own|internal|bonus|loyalty|referral|incentive|reward|suggestion|staff)';
// "Meet the RSPCA Assured scheme's 95% welfare-check completion": a scheme's level in the
// possessive, written as a number or as the word for one.
const SCHEMES_LEVEL = new RegExp(
  `\\bthe\\s+(?!${OWN_SCHEME}\\b)(?:(?!${OWN_SCHEME}\\b)${W}){0,3}?scheme's\\s+(?:\\d[\\d.,]*\\s*%?|${W}{0,2}?(?:levels?|targets?|thresholds?|minimums?|minimum levels?|limits?|deadlines?|cut-?offs?|windows?))`,
);

// "by the 1 April date they've set", "the deadline they have given us": a date or level of
// theirs, once a party is named ("the date we've set" is ours).
const THEY_SET =
  /\b(?:dates?|deadlines?|levels?|limits?|targets?|windows?|cut-?offs?|timetables?|timelines?)\s+(?:that\s+)?they(?:'ve|'d| have| had)?\s+(?:set|given us|fixed|imposed|asked for|agreed)\b/;

/** True when the KR holds us to a level or date set by an outside party in one of these shapes. */
export function setByThem(raw: string, text: string): boolean {
  if (PARTNERSHIP_SETS.test(text) || SCHEMES_LEVEL.test(text)) return true;
  return (
    THEY_SET.test(text) && (namedParties(raw).length > 0 || namedOrganisations(raw).length > 0)
  );
}
