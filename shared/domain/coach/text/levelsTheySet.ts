/**
 * Levels a named outside party sets, read from the shape of the sentence (for any name):
 *
 * - a score needed to keep a standing someone else grants: "from 7.1 to the 8.5 needed to stay a
 *   Certified Site partner", "needed to remain a licensed organic producer" (a partner, member,
 *   licensee or listed supplier is only one while the granting body says so);
 * - a limit written in a named body's rules: "under the 1% limit in the LBMA Good Delivery rules",
 *   "the 2% ceiling in the Office of Rail and Road cable-car code" ("our own 2% limit" is ours).
 *
 * - a level an outside examiner holds us to: "from 86% to the 100% the certifier audits against",
 *   "the 100% the Soil Association inspector checks" (our internal auditors are no outsider).
 *
 * Standards a team picks for itself (ISO, SOC, PCI …) are no party.
 */

const STANDING =
  /\b(?:needed|required|necessary|it takes)\s+to\s+(?:stay|remain|keep|retain|be|become|keep being|stay on as)\s+(?:(?:an?|the|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:partners?|members?|licen[cs]ees?|licen[cs]ed|accredited|certified|approved|listed|suppliers?|stockists?|franchisees?|affiliates?|providers?|(?:on|in)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:list|register|scheme|network|panel|framework))\b/i;
// A capitalised name after the first word: the granting body is named somewhere in the KR.
const NAMED = /\s(?:[A-Z][A-Za-z&'’-]+|[A-Z]{2,})\b/;

const LIMIT_IN_RULES =
  /\b(?:limit|ceiling|threshold|cap|maximum|minimum|floor|band|tolerance|allowance)\s+(?:set\s+)?(?:in|by|under|of|from)\s+(?:the\s+)?(?!(?:SOC|ISO|IEC|PCI|WCAG|NIST|OWASP|CIS)\b)(?:[A-Z][\w&'’-]*)(?:\s+(?:(?:and|of|for|&)\b|[A-Z][\w&'’-]*|[a-z][a-z-]*)){0,6}?\s+(?:rules|rulebook|code|codes|standards?|guidance|guidelines|regulations?|specifications?|spec|handbook|requirements|scheme|terms|charter|licen[cs]e|permit|conditions)\b/;

const EXAMINER_HOLDS_US =
  /\bthe\s+\d[\d.,]*\s*%?\s+(?:(?:that|which)\s+)?(?:the|their|its)\s+(?!internal\b)(?:[\w'’-]+\s+){0,3}?(?:certifiers?|certification body|auditors?|inspectors?|assessors?|verifiers?|examiners?|accreditors?|accreditation body)\s+(?:audits?|checks?|inspects?|assesses|tests?|verifies|measures?|holds?\s+us|judges?)(?:\s+(?:us\s+)?(?:against|for|to|on))?\b/i;

/** A score or limit whose level a named outside party sets: its yardstick, not ours. */
export function levelTheySet(raw: string): boolean {
  return (
    (STANDING.test(raw) && NAMED.test(raw)) ||
    LIMIT_IN_RULES.test(raw) ||
    EXAMINER_HOLDS_US.test(raw)
  );
}
