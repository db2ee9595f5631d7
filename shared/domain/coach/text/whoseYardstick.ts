import { levelTheySet } from './levelsTheySet';
import { isNeverAParty, namedParties, type NamedParty } from './namedParty';

/**
 * Whose yardstick is this? A key result measured against an examination, a specification or an
 * official that belongs to a party outside the team is that party's verdict on us, and so a
 * promise to it, even when it is written as a from → to measure. Read from the shape of the
 * sentence, for any name:
 *
 * - its examination as the measure, in the possessive: findings or scores "in <Party>'s
 *   quarterly site audits", "<Party>'s annual supplier assessment";
 * - what an examination named for a party found, with us as the one examined: "non-conformances
 *   in our <SCHEME> feed audit" (the audit is ours to sit, the scheme's to run);
 * - its examination to pass, with a name that is no standard: "Pass the <BODY> annual
 *   assessment" ("Pass the SOC 2 audit" is a standard the team chose);
 * - its level to meet: "Meet <Party>'s hand-back time", "Match <Party>'s cut-off";
 * - its official given something: "Give the <BODY> official vet remote access", "Send the
 *   council's licensing officer the logs" (a public body's people, named by their role);
 * - returns handed in to it on its clock: "on-time <BODY> setlist returns".
 */

// ("the Worldpay PCI re-assessment": a second sitting is the same examination.)
const EXAM =
  '(?:re-?)?(?:audits?|assessments?|inspections?|surveys?|reviews?|scorecards?|appraisals?|evaluations?|gradings?|vetting|accreditation visits?|site visits?)';
// A possessive party's examination, a few words on: "Hargreaves Estates' annual rope-access
// audits" ("Acme's audit logs" are records we keep: the exam noun must end the phrase).
const ITS_EXAM = new RegExp(
  `^(?:\\s+[\\w–-]+){0,3}?\\s+${EXAM}(?![\\w-])(?!\\s+(?:logs?|trails?|data|tools?|software|app|team)\\b)`,
  'i',
);
// Standards a team picks for itself: their audits are the team's choice, not a party's verdict.
const STANDARD = /^(?:SOC|ISO|IEC|PCI|DSS|WCAG|NIST|OWASP|CIS|HITRUST|GDPR|HIPAA|BS|EN)\b/;
// One of our own audits: "our own", "internal", "self-".
const OWN_EXAM = /\b(?:own|internal|self|in-house|peer|team)\b/i;

// Counted in an examination: "findings in", "non-conformances raised at", "score in".
const COUNTED_IN =
  /\b(?:findings?|non-?conform(?:ance|ances|ity|ities)|observations|exceptions|actions|breaches|failures|defects|points|marks|scores?|ratings?|grades?)\s+(?:(?:raised|found|recorded|given)\s+)?(?:in|at|from|on)\s+(?:our|the|their|its|each|every)\s+$/i;

// (With the article: "Pass the <BODY> annual assessment" names the exam, "Clear App Store review"
// a step of our release.)
// ("Pass the annual <BODY> ride inspection": a word of when before the name leaves it the body's.)
const PASS_BEFORE =
  /^\s*(?:pass|clear|get through|sail through|satisfy|survive)\s+the\s+(?:(?:annual|yearly|periodic|routine|statutory|regular|next|quarterly|monthly|six-monthly|unannounced|follow-up|spring|summer|autumn|winter)\s+)?$/i;
const MEET_BEFORE =
  /^\s*(?:meet|hit|match|achieve|keep (?:to|within)|stay (?:within|inside|under)|comply with|conform to|honou?r|respect|beat)\s+(?:the\s+)?$/i;

// A public body named by what it is, possessive: "the council's", "the local authority's".
const BODY_POSSESSIVE =
  /\b(?:the\s+)?(?:(?:city|county|district|local|borough|parish|town)\s+)?(?:council|authority|regulator|inspectorate|ministry|agency|ombudsman)['’]s\s+/iy;
// A person by their role at a body: "official veterinarian", "licensing officer".
const ROLE_PERSON =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:officers?|officials?|veterinarians?|vets?|inspectors?|auditors?|assessors?|examiners?|surveyors?|reviewers?|case workers?|caseworkers?|liaisons?|representatives?|contacts?)\s+(?:with\s+)?(?:a|an|the|our|their|live|full|remote|read-only|direct|online|real-time|weekly|monthly|daily|every|all|access)\b/i;
const GIVE_BEFORE = /^\s*(?:give|send|provide|grant|offer|hand|supply|show)\s+(?:the\s+)?$/i;

function isStandard(party: NamedParty): boolean {
  return STANDARD.test(party.name) || isNeverAParty(party.name.replace(/['’]s?$/, ''));
}

function examinedBy(raw: string, party: NamedParty): boolean {
  if (isStandard(party)) return false;
  const before = raw.slice(0, party.start);
  const after = raw.slice(party.end);
  const exam = ITS_EXAM.exec(after);
  const theirExam = exam !== null && !OWN_EXAM.test(exam[0]);
  if (party.possessive && theirExam) return true;
  if (!party.possessive && PASS_BEFORE.test(before) && theirExam) return true;
  if (party.possessive && MEET_BEFORE.test(before)) return true;
  return GIVE_BEFORE.test(before) && ROLE_PERSON.test(after);
}

// "in our UFAS feed-assurance audit": the name after "our" is read as in "the UFAS … audit".
function countedInNamedExam(raw: string): boolean {
  const re = new RegExp(COUNTED_IN.source.replace(/\$$/, ''), 'gi');
  for (const m of raw.matchAll(re)) {
    const rest = raw.slice(m.index + m[0].length);
    const party = namedParties(`of ${rest}`)[0];
    if (!party || party.start !== 3 || isStandard(party)) continue;
    const after = rest.slice(party.end - 3);
    const exam = ITS_EXAM.exec(after);
    if (exam && !OWN_EXAM.test(exam[0])) return true;
  }
  return false;
}

function givenToBodyPerson(raw: string): boolean {
  const give = /^\s*(?:give|send|provide|grant|offer|hand|supply|show)\s+/i.exec(raw);
  if (!give) return false;
  BODY_POSSESSIVE.lastIndex = give[0].length;
  const body = BODY_POSSESSIVE.exec(raw);
  return body !== null && ROLE_PERSON.test(` ${raw.slice(body.index + body[0].length)}`);
}

// "Reduce on-time PRS setlist returns …", "late HMRC filings": returns handed in to a named party
// on its clock; how punctual they are is kept to its date.
const RETURNS_TO_IT =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:returns|submissions|filings|lodgements|declarations)\b/;
const ON_ITS_CLOCK =
  /\b(?:on[- ]time|late|overdue|by the (?:deadline|due date|cut-?off)|before the deadline)\b/i;

function returnsOnTheirClock(raw: string): boolean {
  if (!ON_ITS_CLOCK.test(raw)) return false;
  return namedParties(raw).some(
    (p) => !isStandard(p) && !p.possessive && RETURNS_TO_IT.test(raw.slice(p.end)),
  );
}

/** True when the KR is measured by, or handed to, an examination or official of a named party. */
export function usesTheirYardstick(raw: string): boolean {
  if (countedInNamedExam(raw) || givenToBodyPerson(raw) || returnsOnTheirClock(raw)) return true;
  if (levelTheySet(raw)) return true;
  return namedParties(raw).some((party) => examinedBy(raw, party));
}
