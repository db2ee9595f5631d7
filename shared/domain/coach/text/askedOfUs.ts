import { isNeverAParty, namedParties } from './namedParty';

/**
 * A thing or a level that a named outside party asks for, demands, inspects or sets, read from
 * the shape of the sentence rather than from a list of bodies:
 *
 * - a relative clause whose subject is an outside party: "the HMIS feed the city council asked
 *   for", "the plan the district council's safety group demanded", "files the FRC's AQR team
 *   inspects", "everything the WHO PQ team asks of us", a rule book or an approval inspection as
 *   the yardstick ("the 14 days the SRA Accounts Rules expect", "which the BHS approval
 *   inspection checks");
 * - an instrument's own yardstick, in the possessive: "the council permit's 95% threshold";
 * - a named party's yardstick of a stated level: "the HUD Continuum of Care benchmark of 80%";
 * - a named party's periodic inspection got through: "Get every ride through its annual ADIPS
 *   inspection".
 */

const ASKS =
  '(?:(?:has|have|had)\\s+)?(?:asked for|asks? (?:us )?for|asks? of us|asked of us|asked us for|demand(?:ed|s)?|request(?:ed|s)?|requires?|required|inspects?|inspected|audits?|audited|grades?|graded|insisted on|insists? on|expects? of us|expects?|expected|checks?|checked|wants? from us)';
// "the <up to six words> <asks>", the subject kept to read who it is. ("The share of NDP grade
// entries that pass": a word of asking before a noun it qualifies, "grade entries", "check
// sheets", "request forms", is that noun's modifier, not a verb.)
const ASK_AS_MODIFIER =
  '\\s+(?:entries|entry|results?|scores?|marks?|levels?|boundar(?:y|ies)|sheets?|lists?|forms?|logs?|records?|reports?|exams?|examinations?|certificates?|passes|points?)\\b';
const RELATIVE = new RegExp(
  `\\bthe\\s+((?:(?!the\\b)[\\w&'’.-]+\\s+){1,6}?)${ASKS}\\b(?!${ASK_AS_MODIFIER})`,
  'gi',
);
// Words that name a public body on their own ("the city council", "the inspectors").
const BODY_WORD =
  /\b(?:councils?|authorit(?:y|ies)|regulators?|ministry|inspectors?|inspectorate|ombudsman|government|external auditors)\b/i;
// One of our own groups, or our own people, is no outside party.
const OWN = /\b(?:our|internal|in-house|own)\b/i;
const OWN_GROUP_HEAD = /\b(?:team|teams|squad|guild|tribe|crew|chapter)\s*$/i;

// "the CMS features they ask for": the subject is the pronoun, whoever it stands for; the name
// before it only qualifies the thing asked for.
const PRONOUN_SUBJECT = /\b(?:they|we|you|he|she|i|people|users|staff|editors)\s*$/i;

function subjectIsOutside(subject: string): boolean {
  if (OWN.test(subject) || PRONOUN_SUBJECT.test(subject)) return false;
  if (BODY_WORD.test(subject)) return true;
  const words = subject.trim().split(/\s+/);
  const acronymOrPossessive = words.some(
    (w) =>
      (/^[A-Z]{2,}[a-z]?(?:['’]s)?$/.test(w) && !isNeverAParty(w)) || /^[A-Z]\w*['’]s$/.test(w),
  );
  if (acronymOrPossessive) return true;
  // A capitalised name heading an ordinary group ("the Harbour Ops team") is one of ours.
  if (OWN_GROUP_HEAD.test(subject)) return false;
  return words.some((w) => /^[A-Z][a-z]/.test(w) && !isNeverAParty(w));
}

function askedByOutside(raw: string): boolean {
  for (const m of raw.matchAll(RELATIVE)) {
    if (m.index === 0) continue;
    if (subjectIsOutside(m[1] ?? '')) return true;
  }
  return false;
}

// (A public body's own yardstick too: "the county council's 30-day repair threshold".)
const INSTRUMENT_POSSESSIVE =
  /\b(?:council|authority|regulator|ministry|inspectorate|permit|licen[cs]e|consent|concession|franchise|compact|charter|treaty|covenant|tender|framework)['’]s\s+(?:[\w%«».,-]+\s+){0,4}?(?:kpis?|targets?|standards?|limits?|thresholds?|caps?|minimums?|maximums?|floors?|ceilings?|benchmarks?|conditions?|requirements?)\b/i;

const YARDSTICK_OF_LEVEL =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:benchmark|target|threshold|standard|limit|minimum|maximum|floor|ceiling|cap)\s+of\s+(?:at least\s+|at most\s+)?\d/;

function namesTheirLevel(raw: string): boolean {
  return namedParties(raw).some((p) => !p.possessive && YARDSTICK_OF_LEVEL.test(raw.slice(p.end)));
}

// "through its annual ADIPS inspection", "through their yearly Lloyd's Register survey".
const PERIODIC_EXAM =
  /\bthrough\s+(?:its|their|each|every|the)\s+(?:annual|yearly|periodic|routine|statutory|regular|next)\s+((?:\S+\s+){1,4}?)(?:inspections?|audits?|surveys?|examinations?|assessments?|checks?)\b/i;

function getsThroughTheirExam(raw: string): boolean {
  const m = PERIODIC_EXAM.exec(raw);
  // (Read after a lowercase word, so the name is not taken for a sentence's first word.)
  return m !== null && namedParties(`of ${m[1] ?? ''}`).length > 0;
}

// "Go live on the Schiphol Group passenger-data API before their 1 October cutover": a date a
// named party sets by switching its own system over.
const THEIR_CUTOVER =
  /\b(?:before|by|ahead of)\s+(?:their|its)\s+(?:\S+\s+){0,3}?(?:cutover|cut-over|switch-?off|switchover|sunset|shutdown|retirement|decommissioning)\b/i;

function beforeTheirCutover(raw: string): boolean {
  const m = THEIR_CUTOVER.exec(raw);
  return m !== null && namedParties(raw.slice(0, m.index)).length > 0;
}

/** True when a named outside party asks for, inspects or sets the thing or level in the KR. */
export function askedOfUsByName(raw: string): boolean {
  return (
    askedByOutside(raw) ||
    INSTRUMENT_POSSESSIVE.test(raw) ||
    namesTheirLevel(raw) ||
    getsThroughTheirExam(raw) ||
    beforeTheirCutover(raw)
  );
}
