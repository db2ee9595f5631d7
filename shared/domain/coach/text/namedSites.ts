/**
 * "Complete the SCADA upgrade at Millbrook WwTW", "Finish the drive upgrade at Hollowmere Top
 * Station": a proper name that ends in a word for a place (a works, a station, a village, a
 * mill) names where the work is done, not someone it is done for. The place word must be part of
 * the name (capitalised or an acronym): "at Tesco stores" still names Tesco.
 */
const PLACE_WORDS = new Set([
  'station',
  'stations',
  'works',
  'wwtw',
  'stw',
  'wtw',
  'plant',
  'mill',
  'mills',
  'farm',
  'depot',
  'site',
  'yard',
  'quarry',
  'mine',
  'colliery',
  'reservoir',
  'dam',
  'terminal',
  'wharf',
  'quay',
  'dock',
  'docks',
  'village',
  'park',
  'estate',
  'hall',
  'house',
  'campus',
  'lodge',
  'manor',
  'barn',
  'halt',
  'junction',
  'sidings',
  'shed',
  'pier',
  'lighthouse',
  'substation',
  'hub',
]);

// After "at" or "in": up to five capitalised words (or acronyms), the last of them a place word.
const AT_NAMED_PLACE = /\b(?:at|in)\s+((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*)/g;

/** The capitalised words of names of places where the work is done. */
export function namedSiteWords(raw: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of raw.matchAll(AT_NAMED_PLACE)) {
    const words = (m[1] ?? '').split(/\s+/).filter(Boolean);
    const last = words[words.length - 1] ?? '';
    if (words.length < 2 || !PLACE_WORDS.has(last.toLowerCase())) continue;
    for (const w of words) out.add(w);
  }
  return out;
}
