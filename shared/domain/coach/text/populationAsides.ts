/**
 * An aside in brackets on where the things counted come from: "(most are referred by Rossdales)",
 * "(nearly all of them are ordered through Whitechapel Trust)", "(many come to us via Cameron
 * Balloons)". It describes the population the KR measures, so the party it names is no one the
 * team promises anything to, and its verbs (referred, ordered, sent) are not the language of a
 * deal. The shape: an opening bracket, a quantifier over the things counted (most, many, some,
 * nearly all, half, the majority …), optionally "of them" or "of these", then a verb of being or
 * arriving, and no closing bracket before the end of the aside.
 *
 * Examples of the population named in brackets ("(clients such as Hartwell Logistics)") are the
 * same kind of aside (EXAMPLES_ASIDE below), and so are examples named without brackets after a
 * plural kind ("lapsed pro accounts such as Hartley Weddings:", "sponsors, including our backer
 * Harlow Building Society,": EXAMPLES_INLINE below).
 *
 * "(as our Whitechapel Trust contract requires)" and "(for Globex)" do not open with a quantifier
 * and keep their reading.
 */

const QUANTIFIER =
  '(?:most|many|some|several|a few|half|about half|around half|over half|nearly all|almost all|all but a few|the (?:majority|bulk)|a (?:third|quarter)|two-thirds)';
const ARRIVES = '(?:are|were|is|was|come|came|arrive|arrived|get|got|reach)';

const POPULATION_ASIDE = new RegExp(
  `\\(\\s*${QUANTIFIER}(?:\\s+of\\s+(?:them|these|those|ours))?\\s+${ARRIVES}\\b[^()]*\\)`,
  'gi',
);

// Examples of the population in brackets: "(clients such as Hartwell Logistics and Penmore
// Bank)", "(e.g. Aldi, Lidl)", "(for example the county schools)". Naming who is among the
// things counted makes no promise to them; the kind may come first ("clients", "venues"), then
// a word that introduces examples, and no verb of a deal follows it inside the brackets.
const EXAMPLES_ASIDE =
  /\(\s*(?:[a-z-]+\s+){0,3}?(?:such as|e\.g\.?|eg|for example|for instance|like)\s+(?![^()]*\b(?:requires?|demands?|expects?|mandates?|insists?|asks?|contract|agreement|deadline|due)\b)[^()]*\)/gi;

// The same examples without brackets: a plural kind ("accounts", "sponsors", "clients,"), a word
// that introduces examples, then the examples up to the next comma, colon, semicolon or bracket,
// or up to the figures' "from", "to" or "by". The kind stays, so the KR still says whose level it
// is; only the names, which are among the things counted and are promised nothing, go.
const EXAMPLES_INLINE =
  /\b([a-z-]+s),?\s+(?:such as|including|e\.g\.?,?|eg,?|for example,?|for instance,?|like)\s+(?=[^,:;()]*?[A-Z])[^,:;()]*?(?=\s*[,:;()]|\s+(?:from|to|by|up|down|on|in|at)\b|\s*$)/g;
// A promise made to the kind as a whole keeps its reading with the example in it ("the
// turnaround agreed with our stockists, including Marlow Deli,"): the name is then a party.
const DEAL_IN_TEXT =
  /\b(?:agreed|agree|contract(?:ed|s|ual)?|agreements?|promised?|requires?|required|commissioned|ordered|deadlines?|slas?|obliged|committed)\b/i;

/** The raw text without asides on where the things counted come from, or examples of them. */
export function withoutPopulationAsides(raw: string): string {
  const text = raw.replace(POPULATION_ASIDE, ' ').replace(EXAMPLES_ASIDE, ' ');
  return DEAL_IN_TEXT.test(text) ? text : text.replace(EXAMPLES_INLINE, '$1');
}
