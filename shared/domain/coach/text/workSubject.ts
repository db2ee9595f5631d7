// What a piece of work is about, in the person's own words: the object of its opening verb.
// "Launch the new booking page" → "the new booking page"; "Roll out the picking app to both
// warehouses" → "the picking app". Used to word a rewrite that names their thing, not ours.

// A task opens with its verb, sometimes after "we will" and with a particle ("roll out").
const OPENING =
  /^\s*(?:(?:we|i|the team)\s+(?:will|shall|plan to|want to)\s+|to\s+)?[A-Za-z-]+(?:\s+(?:out|up|live|over|off|in|on|through|down))?\s+(?=\S)/i;
// Where the object ends: a preposition, a clause, a date or a number phrase of when.
const OBJECT_END =
  /\s+(?:to|for|across|by|before|after|in|on|at|with|within|from|into|onto|under|over|so|and|so that|that|which|until|ahead of|during|via|using|as)\s+|\s*[,;:.!?()–—]|\s+-\s+/i;
const DETERMINER = /^(?:the|a|an|our|their|its|this|that|these|those|every|each|all|both|\d)/i;
const MAX_WORDS = 6;

/**
 * The thing a task names, with a determiner, or null when the title does not read as a verb and
 * its object (or the object is too long to repeat in a sentence).
 */
export function workSubject(title: string): string | null {
  const opening = OPENING.exec(title);
  if (!opening) return null;
  const rest = title.slice(opening[0].length);
  const end = OBJECT_END.exec(rest);
  let object = (end ? rest.slice(0, end.index) : rest).trim();
  // "the bakery's new website": the owner's name is theirs to keep, the article is ours.
  object = object.replace(
    /^(?:The|A|An|Our|Their|Its|This|These|Those|Every|Each|All|Both)\b/,
    (w) => w.toLowerCase(),
  );
  const words = object.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  return DETERMINER.test(object) ? object : `the ${object}`;
}
