/**
 * Levels a named outside party sets, read from the shape of the sentence (for any name):
 *
 * - a score needed to keep a standing someone else grants: "from 7.1 to the 8.5 needed to stay a
 *   Certified Site partner", "needed to remain a licensed organic producer" (a partner, member,
 *   licensee or listed supplier is only one while the granting body says so);
 * - a limit written in a named body's rules: "under the 1% limit in the LBMA Good Delivery rules",
 *   "the 2% ceiling in the Office of Rail and Road cable-car code" ("our own 2% limit" is ours);
 *   or in a paper a named body served on us or made us sign: "the 0.05 ppm limit set in the <BODY>
 *   improvement notice", "the cap in the <BODY> enforcement order" (a notice, order, direction
 *   or undertaking binds us as a permit does).
 *
 * - a level an outside examiner holds us to: "from 86% to the 100% the certifier audits against",
 *   "the 100% the Soil Association inspector checks" (our internal auditors are no outsider).
 *
 * - a level a permit allows, a spec a governing or funding body requires, a number agreed with
 *   a council under a grant (below).
 *
 * Standards a team picks for itself (ISO, SOC, PCI …) are no party.
 */

const STANDING =
  /\b(?:needed|required|necessary|it takes)\s+to\s+(?:stay|remain|keep|retain|be|become|keep being|stay on as)\s+(?:(?:an?|the|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:partners?|members?|licen[cs]ees?|licen[cs]ed|accredited|certified|approved|listed|suppliers?|stockists?|franchisees?|affiliates?|providers?|(?:on|in)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:list|register|scheme|network|panel|framework))\b/i;
// A capitalised name after the first word: the granting body is named somewhere in the KR.
const NAMED = /\s(?:[A-Z][A-Za-z&'’-]+|[A-Z]{2,})\b/;

const LIMIT_IN_RULES =
  /\b(?:limit|ceiling|threshold|cap|maximum|minimum|floor|band|tolerance|allowance)\s+(?:set\s+)?(?:in|by|under|of|from)\s+(?:the\s+)?(?!(?:SOC|ISO|IEC|PCI|WCAG|NIST|OWASP|CIS)\b)(?:[A-Z][\w&'’-]*)(?:\s+(?:(?:and|of|for|&)\b|[A-Z][\w&'’-]*|[a-z][a-z-]*)){0,6}?\s+(?:rules|rulebook|code|codes|standards?|guidance|guidelines|regulations?|specifications?|spec|handbook|requirements|scheme|terms|charter|licen[cs]e|permit|conditions|consent|notices?|orders?|directions?|undertakings?)\b/;

const EXAMINER_HOLDS_US =
  /\bthe\s+\d[\d.,]*\s*%?\s+(?:(?:that|which)\s+)?(?:the|their|its)\s+(?!internal\b)(?:[\w'’-]+\s+){0,3}?(?:certifiers?|certification body|auditors?|inspectors?|assessors?|verifiers?|examiners?|accreditors?|accreditation body)\s+(?:audits?|checks?|inspects?|assesses|tests?|verifies|measures?|holds?\s+us|judges?)(?:\s+(?:us\s+)?(?:against|for|to|on))?\b/i;

// "under the regulator's permitted 15 mg/L", "the environment agency's consented 20 mg/m3": a
// level a permit or licence allows is the issuing body's, whoever it is ("our own" is ours).
const PERMITTED_LEVEL =
  /\b(?:the|their)\s+(?!own\b)(?:[\w-]+\s+){0,3}?[\w-]+'s\s+(?:permitted|consented|licensed|allowed|authorised|authorized)\s+(?:\d|maximum|minimum|limit|level|discharge|emission)/i;

// "the spec the national curling federation requires for hosting", "the tolerance the Cathedral
// Music Trust requires for funding": what a governing or funding body demands of us, before it
// hosts, funds or admits us. The body's kind marks it as outside ("the board" may be ours).
const BODY_REQUIRES =
  /\b(?:spec|specification|standard|level|conditions?|requirements?|criteria|tolerances?|thresholds?|limits?)\s+(?:that\s+)?the\s+(?:[\w'’-]+\s+){0,4}?(?:federation|association|council|governing body|league|authority|agency|union|committee|regulator|trust|commission|organi[sz]ers?|funders?|inspectorate)\s+(?:requires|demands|sets|specifies|stipulates|mandates|expects)\b/i;

// "the 1,200 funded camp places agreed with the county council under the HAF grant": a number
// agreed with an outside body under a grant, contract or programme is owed to it.
const AGREED_UNDER =
  /\bagreed\s+with\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?(?:council|authority|agency|trust|department|ministry|commissioners?|funders?|federation|association|regulator)\s+(?:under|in|through|as part of)\s+(?:the|our|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:grant|contract|programme|program|scheme|funding|framework|agreement|licen[cs]e)\b/i;

/** A score or limit whose level a named outside party sets: its yardstick, not ours. */
export function levelTheySet(raw: string): boolean {
  return (
    (STANDING.test(raw) && NAMED.test(raw)) ||
    LIMIT_IN_RULES.test(raw) ||
    EXAMINER_HOLDS_US.test(raw) ||
    PERMITTED_LEVEL.test(raw) ||
    BODY_REQUIRES.test(raw) ||
    AGREED_UNDER.test(raw)
  );
}
