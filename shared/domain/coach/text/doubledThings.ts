/**
 * "Double" before a noun that is no doubling: a mistake made twice over ("double bookings of the
 * same gown", "double charges") or a thing whose name has "double" in it ("double glazing",
 * "double cream", "a double room"). Read wherever "double" would be taken as a verb of raising or
 * a factor of two; "Double the bookings" and "Double course places sold" stay doublings.
 */
export const DOUBLED_MISTAKE =
  '(?:charges?|charging|bookings?|billing|payments?|counting|counts?|entry|entries|submissions?|orders?|postings?|dispatch(?:es)?|deliveries|refunds?|clicks?|taps?|logins?|sign-?ups?|emails?|notifications?)';

const DOUBLE_NAMED_THING = '(?:glazing|glazed|cream|beds?|rooms?|yellow lines?|deckers?|digits)';

// "Double order throughput", "double booking volume": the mistake's noun used as a modifier of a
// measure is a doubling of that measure after all.
const MEASURE_AFTER =
  '(?!\\s+(?:throughput|volumes?|value|revenue|rates?|growth|capacity|counts?|numbers|per\\b))';

/** Right after "double" / "triple": the noun that makes it no doubling. */
export const NOT_A_DOUBLING = `(?:${DOUBLED_MISTAKE}${MEASURE_AFTER}|${DOUBLE_NAMED_THING})`;

/** A "double" in the text that is no doubling, e.g. "double bookings", "double glazing". */
export const DOUBLE_AS_NAME = new RegExp(`\\b(?:double|triple)\\s+${NOT_A_DOUBLING}\\b`);
