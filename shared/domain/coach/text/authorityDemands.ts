/**
 * What a public or governing body demands of us, read from the shape of the sentence for any
 * body of that kind, named or not (a name is not needed: "the county association" is someone
 * outside by what it is, as "the regulator" is):
 *
 * - the body as the subject of a verb of demanding: "the 0.1 % tolerance the regional taxation
 *   bureau requires", "everything the council's environmental health officer raised", "the
 *   points the fire brigade's inspector flagged";
 * - the body in the possessive, before its demand: "the district's required 100 %", "the harbour
 *   master's requirement of zero …", "the township's conditions";
 * - the body asking, then "they" or "it" asked for: "Give the county association what they asked
 *   for on …";
 * - a level in our permit, licence or consent from the body: "below the 72 dB limit in our permit
 *   from the park authority";
 * - the body, or its examiner, to satisfy: "Satisfy the Soil Association inspector at the June
 *   visit" (its verdict on us).
 *
 * Our own people and groups ("our own shift lead", "our internal auditor", "our association")
 * demand nothing of us as an outside party; nor does a body that is only written to or about
 * ("complaints to the county from 40 to 10" is a measure of ours).
 */

// Kinds of body that stand outside the team whatever their name. An office, department or board
// may be one of ours, so it counts only with a public qualifier ("the state licensing office").
const PUBLIC =
  '(?:state|county|city|borough|municipal|federal|regional|national|district|parish|town|township|provincial|government|public|tax|taxation|revenue|licensing|planning|port|harbou?r|park|parks|water|environment|environmental|health|fire|police|highways?|building control|trading standards|customs|aviation|maritime|transport|education|school)';
const BODY = new RegExp(
  `\\b(?:councils?|authorit(?:y|ies)|bureaux?|bureaus?|districts?|county|township|borough|parish|municipality|ministry|commission|inspectorate|regulators?|ombudsman|agency|federation|association|league|governing body|(?:harbou?r|dock|port|quay)\\s*masters?|fire (?:brigade|service|department|marshal)|police|tribunal|inspectors?|examiners?|assessors?|${PUBLIC}(?:\\s+[\\w-]+){0,2}?\\s+(?:office|department|dept|board|service))\\b`,
  'i',
);
// ("the line inspectors", "our QC assessors": examiners qualified as our own staff.)
const OWN =
  /\b(?:our|we|us|internal|in-house|own|my|hand|visual|line|shift|floor|qc|qa|final|bench|staff)\b/i;

// Verbs of a body demanding, asking or finding something we must put right.
const DEMANDS =
  '(?:requires|required|require|requested|requests|asked(?: us)? for|asks(?: us)? for|asked of us|raised|flagged|demanded|demands|stipulated|stipulates|specified|specifies|insisted on|insists on|wants from us|called for|calls for)';
// "the <subject of up to six words, no second 'the'> <demands>"
const SUBJECT_DEMANDS = new RegExp(
  `\\bthe\\s+((?:(?!the\\b)[\\w&'’.-]+\\s+){1,6}?)${DEMANDS}\\b`,
  'gi',
);

// "the district's required 100 %", "the harbour master's requirement of zero …".
const POSSESSIVE_DEMAND = new RegExp(
  `\\bthe\\s+((?:(?!the\\b)[\\w&.-]+\\s+){0,3}?[\\w&.-]+)['’]s?\\s+(?:[\\w-]+\\s+){0,2}?(?:required|requirements?|demands?|conditions?|stipulations?|requests?|asks?)\\b`,
  'gi',
);

// "Give the county association what they asked for": the body, then a pronoun that asks.
const PRONOUN_ASKED = new RegExp(
  `\\b(?:what|everything|all|anything|whatever|the (?:\\w+\\s+){0,2}?(?:things|points|items|changes))\\s+(?:that\\s+)?(?:they|it|she|he)\\s+(?:(?:has|have|had)\\s+)?${DEMANDS}\\b`,
  'i',
);

// "the 72 dB limit in our permit from the park authority".
const INSTRUMENT_FROM =
  /\b(?:in|under|of|by)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:permit|licen[cs]e|consent|approval|authori[sz]ation|certificate)\s+(?:from|issued by|granted by|with)\s+(?:the\s+)?((?:[\w&'’-]+\s*){1,4})/i;

// "Satisfy the county's licensing officer", "Reassure the Soil Association inspector".
const SATISFY_THEM =
  /^\s*(?:satisfy|reassure|convince|win over)\s+(?:the\s+)?((?:[\w&'’.-]+\s*){1,5})/i;

function outsideBody(phrase: string): boolean {
  return BODY.test(phrase) && !OWN.test(phrase);
}

/** True when a public or governing body demands, asks for or sets what the KR is about. */
export function demandedByABody(raw: string): boolean {
  for (const m of raw.matchAll(SUBJECT_DEMANDS)) {
    if (outsideBody(m[1] ?? '')) return true;
  }
  for (const m of raw.matchAll(POSSESSIVE_DEMAND)) {
    if (outsideBody(m[1] ?? '')) return true;
  }
  const asked = PRONOUN_ASKED.exec(raw);
  if (asked !== null && outsideBody(raw.slice(0, asked.index))) return true;
  const them = SATISFY_THEM.exec(raw);
  if (them !== null && outsideBody(them[1] ?? '')) return true;
  const from = INSTRUMENT_FROM.exec(raw);
  return from !== null && outsideBody(from[1] ?? '');
}
