/**
 * A named party's trade with us, counted and moved from one level to another ("Increase monthly
 * units ordered by Riverside Orthodontics from 140 to 200", "group lift passes sold through
 * Crystal Ski from 1,800 to 2,600", "pipe ranks purchased by Harrowgate Works from 40 to 65"):
 * the party is whoever places or sells the orders, and the KR measures how much of it there is.
 * Nothing is promised to the party, so the verb of trade is not the language of a deal.
 *
 * The shape, not a list of customers or goods: a plural noun (the things counted), then a
 * participle of trade used as an adjective (ordered, sold, bought, purchased, booked, paid for),
 * then by, through, via, from or at, then a capitalised name; and a from → to pair in the text.
 * "the 40 sails Solent Spars ordered by 1 May" (a past order to deliver, a date after "by") and
 * "we sold through Crystal Ski" (a clause, not a noun qualified) keep their reading.
 */

const TRADED =
  /\b([a-z][a-z-]*[a-z]s)\s+(?:ordered|sold|bought|purchased|booked|paid for|reserved)\s+(by|through|via|from|at|with)\s+(?=(?:the\s+)?[A-Z])/g;

/**
 * The text with a named party's counted trade written neutrally ("units taken up by Riverside …"),
 * when the text moves that count from → to; otherwise the text as it was.
 */
export function neutralTradeVolumes(raw: string, hasFromTo: boolean): string {
  if (!hasFromTo) return raw;
  return raw.replace(TRADED, '$1 taken up $2 ');
}
