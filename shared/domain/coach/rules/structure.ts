import { makeFinding } from '../catalog';
import { analyzeKeyResult } from '../analyze';
import { extractNumbers, type TextNumbers } from '../text/extract';
import { NOT_A_DOUBLING } from '../text/doubledThings';
import { normalizeText } from '../text/normalize';
import { NUMBER_WORD } from '../text/numberWords';
import type { Finding, FindingRef, CoachObjective, PlanInput } from '../types';
import { externalCommitmentFinding, isExternalCommitment } from './commitment';
import { detectOutput } from './outputs';

/** More key results than this on one objective is a finding. */
export const MAX_KEY_RESULTS = 4;
/** More objectives than this for one team in one quarter is a finding. */
export const MAX_OBJECTIVES = 5;

function ref(o: CoachObjective): FindingRef {
  return { id: o.id, title: o.title };
}

// "No double charges", "Nobody is billed double": a mistake made twice over, not a doubling.
const DOUBLE_AS_MISTAKE = new RegExp(
  `\\b(?:double|triple)\\s+${NOT_A_DOUBLING}\\b|\\b(?:billed|charged|paid|booked|counted|posted|sent)\\s+(?:double|twice|triple)\\b`,
);
// "Four nines for login", "Sub-second search", "Two-second page loads", "Ninety-nine point nine
// for payments", "a 4.5-star rating": a number in words, or joined to its unit as an adjective.
const METRIC_IN_WORDS = new RegExp(
  `\\b(?:(?:two|three|four|five|six|[2-6])[- ]nines|sub-?(?:second|minute|millisecond|\\d+\\s?ms)|(?:${NUMBER_WORD}|\\d+)[- ](?:second|minute|millisecond|hour)s?|(?<!\\b(?:billed|charged|paid|booked|counted|posted|sent)\\s)(?:halve|halving|double|doubling|triple|tripling|quadruple|tenfold|ten times)\\b(?!\\s+down|-|\\s+${NOT_A_DOUBLING}\\b)|twice(?=\\s+(?:as|more|over)\\b)|in half|by half|half the|half of|(?:a|one)\\s+(?:third|quarter|fifth|tenth)\\s+(?:of|the)|double the|twice the|(?:a|half a|${NUMBER_WORD}|\\d+)\\s+(?:hundred|million|billion|thousand)|${NUMBER_WORD}(?:-${NUMBER_WORD})?\\s+(?:point\\s+${NUMBER_WORD}|per ?cent)|nines|\\d(?:\\.\\d+)?[- ]stars?)\\b`,
);

// "Twenty-five services on the platform", "Triple-nine availability", "errors below half a percent":
// a count, a level or a share spelt out. (Small counts, "Two teams, one backlog", stay slogans.)
const COUNT_IN_WORDS =
  /^(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)(?:-[a-z]+)?\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\b|\b(?:double|triple|quadruple)[- ]nines?\b|\bhalf an? (?:percent|per cent|%|second|minute|hour|day|point)\b/;

// "Go live in five new towns", "Open in four more market towns": a count of new things spelt
// out is a number to reach, as "5 new towns" is. (Not "one more": a single thing is no count.)
const NEW_COUNT_IN_WORDS = new RegExp(
  `\\b(?!one\\b)${NUMBER_WORD}\\s+(?:new|more|additional|extra|further)\\s+(?:[a-z-]+\\s+)?[a-z-]{3,}s\\b`,
);

// "Keep the 3 a.m. shift out of trouble", "Ready for the 08:00 audit": a time of day names a
// shift or an event; it is not a level to reach.
const TIME_OF_DAY =
  /\b\d{1,2}(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w])|\b\d{1,2}:[0-5]\d(?![\d:])/gi;

// "Reach WCAG 2.2 AA on every page", "Level AA accessibility", "AAA conformance": a conformance
// level of a graded standard is a number in letters, a level to reach.
const CONFORMANCE_LEVEL =
  /\b(?:wcag(?:\s+\d(?:\.\d)?)?\s+(?:level\s+)?a{1,3}|level\s+a{2,3}|a{2,3}[\s-](?:conformance|compliance|compliant|conformant|standard|rating|level))\b/;

// "Nobody is charged twice", "never asked twice": how often something happens, not a change.
const TWICE_AS_FREQUENCY = /\b(?:twice|thrice)\b(?!\s+(?:as|the|more|over)\b)/;

function isChange(relative: TextNumbers['relative'], text: string): boolean {
  if (relative === null) return false;
  if (/^(?:double|triple)/.test(relative.phrase) && DOUBLE_AS_MISTAKE.test(text)) return false;
  return !(/^(?:twice|thrice)$/.test(relative.phrase) && TWICE_AS_FREQUENCY.test(text));
}

// "Every Fab 2 wafer", "at Mine 3", "Hangar 2", "HomeCover 360", "Part 135", "the Holiday 2024
// event": a capitalised word and a bare number of up to three digits or a year after it, with no
// unit, name a site, a line, a product or an edition, not a level. (Not "Top 10", "Level 3" or "Tier 1".)
const NUMBERED_NAME =
  /(?<=\S\s+)(?!(?:Top|No|Number|Level|Tier|Grade|Band|Stage|Under|Below|Over|Above|Only|Just|Zero)\b)[A-Z][A-Za-z]*[a-z]\+?\s+(?:\d{1,3}|(?:19|20)\d\d)(?![\d.,%]|-\w|\s*(?:%|µ|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|x|k|m|pts?|points?|stars?|per|percent|times|of|out)\b)/g;
// "Fewer crashes on turn 3", "Smooth curve 7", "Route 9 becomes the line people choose": a
// place on a track, a road or a site with its number names where, in any case and at the start
// too; the place nouns are what mark it (NUMBERED_NAME needs a capital and a word before).
// ("A platform 50 teams build on": after an article the number counts, it names no place.)
const NUMBERED_PLACE =
  /(?<!\b(?:a|an|one|every|each)\s)\b(?:turn|curve|bend|corner|route|bay|berth|gate|lane|platform|pitch|court|hole|weir|lock|dock|pier|jetty|runway|hangar|terminal|aisle|ward|wing|zone|sector|hall|shed|pen|paddock|field|stand|junction|exit|track|line|plant|kiln|furnace|oven|press|loom)[\s-]\d{1,2}(?![\d.,%]|\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|x|k|m|pts?|points?|times|per|of|out|a|an)\b)/gi;
// "Get the No. 2 screen earning its keep", "the No. 3 furnace": "No." and a number before a
// machine or a place name it, as "screen 2" does (NUMBERED_PLACE). ("Become the No. 1 plant in
// the group": after a verb of being or becoming it is a rank, left for RANK_TARGET.)
const NUMBERED_BY_NO =
  /(?<!\b(?:be|become|becoming|remain|stay|as|ranked|voted|named)\s+(?:the\s+|our\s+)?)\bno\.\s?\d{1,2}\s+(?=(?:screen|crusher|mill|pump|engine|boiler|vat|tank|still|shaft|pit|quarry|mine|rig|reactor|crane|machine|tower|well|seam|barn|shed|yard|depot|site|studio|tunnel|conveyor|silo|hopper|saw|lathe|kiln|furnace|oven|press|loom|plant|line|bay|berth|dock|pier|pitch|court|hole|lock|ward|wing|hall|stand|field|paddock|pen|gate|platform|runway|hangar|terminal)s?\b)/gi;
// "Make the 6-7ft Nordmanns our bread and butter", "the 400 m Big Zip", "the 4.8m CLS lengths",
// "the 70ft boats": a length after "the" sizes the thing named after it, it is no level to reach.
// (A bare "m" may be millions, "the 2m customers", so it sizes only a capitalised name.)
const SIZED_NAME =
  /(?<=\b(?:the|our|their|its)\s+)\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s?(?:(?:mm|cm|km|ft|foot|feet|inch(?:es)?|metres?|meters?|miles?)(?=\s+(?!(?:of|to|from|per|in|at|by|up|down|under|over|more|less|or|and)\b)[a-z])|(?:mm|cm|km|ft|foot|feet|inch(?:es)?|metres?|meters?|miles?|m)(?=\s+[A-Z]))/g;
// "Win more care-home work under HTM 01-04", "toughened glass to BS EN 12150", "ISO 9001:2015":
// a standard's letters and its code number (a leading zero, four or five digits, or parts joined
// by a dash or colon) name a document, not a level. (Not "NPS 50", nor money, "GBP 1000".)
const STANDARD_CODE =
  /\b(?!(?:GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|SEK|NOK|DKK|ZAR|INR|NPS|ARR|MRR|CSAT|KPI|SLA|SLO)\b)[A-Z]{2,5}\s?(?:0\d+|\d{4,5}|\d+[-:/]\d+)(?:[-:/]\d+)*\b/g;

// "Pass the PCI DSS 4.0 assessment", "Move every service to TLS 1.3", "Kafka 3.6 everywhere": a
// version after a name in capitals or a product's name is part of the name, not a level. (Not
// after a measure's letters, "MTTR 1.5", "NPS 4.5", nor with a unit after it; WCAG's version
// goes with its conformance level, below. "Library 2.0", "Industry 4.0": a capitalised word and a
// whole version after it name a generation of a thing, first word or not: "Podcast 2.0
// namespace should just work".)
const VERSIONED_NAME =
  /(?<=\b(?!(?:WCAG|NPS|CSAT|CES|SLA|SLO|SLI|MTTR|MTBF|MTTD|MTTA|LCP|FCP|TTFB|INP|CLS|FID|RPO|RTO|OEE|AHT|FCR|DAU|MAU|WAU|CTR|CAC|LTV|ROI|ROAS|ARPU|ARR|MRR|KPI|GPA|APR|CPU|TPS|QPS|RPS|FPS|GBP|USD|EUR)\b)(?:[A-Z]{2,5}|Kafka|Python|Java|Node|Postgres|PostgreSQL|MySQL|Kubernetes|Angular|React|Rails|Django|Spring|Unity|Unreal|Android|iOS|Windows|Ubuntu|Debian|Oracle|Terraform|Elasticsearch|Redis)\s)v?\d{1,2}\.\d{1,2}(?:\.\d+)?(?![\d.,%]|\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|x|k|m|pts?|points?|stars?|per|percent|or)\b)|(?<=(?:^|\S\s+)[A-Z][A-Za-z]*[a-z]\+?\s)\d{1,2}\.0(?![\d.,%]|\s*(?:%|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|x|k|m|pts?|points?|stars?|per|percent|or)\b)/g;

// "Make the 12 Days of Christmas campaign crash-proof": a number opening a title-cased name.
const TITLED_NUMBER =
  /(?<=\b(?:the|our|their|its)\s)\d+(?=\s+[A-Z][a-z]+(?:\s+(?:of|the|and|in|on)\s+[A-Z][a-z]+)+)/g;

// "Keep 999 emergency call routing flawless", "911 dispatch that never drops a call": a public
// service number before the service it names is a name, not a level.
const SERVICE_NUMBER =
  /\b(?:999|911|112|111|101|988|000|311|211|411)(?=\s+(?:emergency|calls?|call-handling|service|services|line|lines|centres?|centers?|dispatch|operators?|handlers?|handling|routing|app|requests?|reports?)\b)/g;

// "Stock never runs out on the top 200 lines", "our top-50 accounts": the top N after an article,
// before a plural, is a set of things picked by rank, not a rank to reach ("a top-3 club" is).
const TOP_SET = /\b(the|our|their|its)\s+top[- ]\d+(?=\s+(?:[a-z'-]+\s+){0,2}?[a-z-]+s\b)/gi;

// "Become the #1 Korean course", "the No. 1 rated app", "a top-3 insurer": a rank to reach is a
// number in the objective.
const RANK_TARGET =
  /(?:^|\s)#\s?\d+\b|\bno\.\s?\d+\b|\bnumber (?:one|1)\b|\btop[- ](?:\d+|three|five|ten)\b/i;

// "Yard staff work from one tool", "Teams work from one record": one as unity (a single, shared
// thing), not a count to reach. ("Answer in one day", "Checkout in one click" stay levels.)
const ONE_AS_UNITY =
  /\b(from|on|in|into|onto|through|with|around|behind|share|use|keep)\s+one\s+(?!(?:second|minute|hour|day|week|month|quarter|year|click|tap|step|call|attempt|visit|go|percent|per|in|of|or)s?\b)(?=[a-z])/gi;

// "Customers can see our pieces in 3D", "4K streams", "5G coverage on every site": a technology
// or a number of dimensions named with a digit, not a level to reach.
const DIGIT_NAMED_TECH = /\b(?:[2-4]D|[48]K|[2-6]G)\b/g;

/** objective-is-metric: the objective carries a number, so it is really a key result. */
export function objectiveIsMetric(o: CoachObjective): Finding | null {
  const title = o.title
    .replace(TOP_SET, '$1 leading')
    .replace(NUMBERED_BY_NO, '')
    .replace(SIZED_NAME, 'sized')
    .replace(STANDARD_CODE, (m) => m.replace(/\s?\d[\d:/-]*$/, ''))
    .replace(NUMBERED_NAME, (m) => m.replace(/\s+\d+$/, ''))
    .replace(NUMBERED_PLACE, (m) => m.replace(/[\s-]\d+$/, ''))
    .replace(ONE_AS_UNITY, '$1 a single ')
    .replace(TIME_OF_DAY, 'a set time')
    .replace(DIGIT_NAMED_TECH, 'tech')
    .replace(VERSIONED_NAME, 'version')
    .replace(SERVICE_NUMBER, 'the')
    .replace(TITLED_NUMBER, 'named');
  const text = normalizeText(title);
  const numbers = extractNumbers(text);
  const hasNumber = numbers.quantities.length > 0 || isChange(numbers.relative, text);
  const inWords =
    METRIC_IN_WORDS.test(text) || COUNT_IN_WORDS.test(text) || NEW_COUNT_IN_WORDS.test(text);
  const ranked = RANK_TARGET.test(title);
  if (!hasNumber && !inWords && !ranked && !CONFORMANCE_LEVEL.test(text)) return null;
  return makeFinding({
    rule: 'objective-is-metric',
    objective: ref(o),
    message:
      'The objective carries a number: it reads as a key result, not as what you want to achieve.',
    suggestion: `Move "${o.title}" into a key result and name the objective for the change it serves, e.g. "Search feels instant" or "Merchants can rely on us".`,
  });
}

const TEAMISH =
  /\b(?:team|squad|group|guild|chapter|tribe|crew|platform|department|everyone|all|we|us|org|function|engineering|sre|ops|devops|backend|frontend|mobile|data|security|infra\w*|on-?call)\b/i;
const SEVERAL = /[,&/+;]|\band\b/i;

/** True for an owner that names one person, not a team or a group. */
export function isSinglePerson(owner: string): boolean {
  const o = owner.trim();
  return o !== '' && !TEAMISH.test(o) && !SEVERAL.test(o);
}

// "Ana ships …", "my review", "I will …": a KR written about the person who owns it.
const FIRST_PERSON = /\b(?:i|my|me|mine|myself|personal(?:ly)?|individual(?:ly)?)\b/;

function isPersonalGoal(kr: CoachObjective['keyResults'][number]): boolean {
  const text = normalizeText(kr.title);
  const first = ((kr.owner ?? '').trim().split(/\s+/)[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (FIRST_PERSON.test(text)) return true;
  if (first.length > 1 && new RegExp(`\\b${first}\\b`).test(text)) return true;
  // A task on someone's list: "Write the runbooks", "Migrate the auth service".
  return !kr.isMilestone && detectOutput(analyzeKeyResult(kr)) !== null;
}

/**
 * individual-checklist: the objective's key results are a checklist of individual goals.
 * Naming one owner (a directly responsible person) for each shared outcome is ordinary
 * practice, so a different owner per KR is not enough: it fires when each KR has its own
 * single owner and most of them are that person's own to-dos (tasks, or KRs written about them).
 */
export function individualChecklist(o: CoachObjective): Finding | null {
  const owners = o.keyResults.map((kr) => kr.owner?.trim() ?? '');
  if (owners.length < 2 || !owners.every(isSinglePerson)) return null;
  const distinct = new Set(owners.map((s) => s.toLowerCase()));
  if (distinct.size !== owners.length) return null;
  const personal = o.keyResults.filter(isPersonalGoal).length;
  if (personal * 2 <= o.keyResults.length) return null;
  return makeFinding({
    rule: 'individual-checklist',
    objective: ref(o),
    message: `Each key result is one person's own to-do (${owners.join(', ')}): this reads as a checklist of individual goals, not shared team key results.`,
    suggestion:
      'Write the key results as outcomes the team shares, each with an owner who drives it, and keep the individual tasks as initiatives under them. OKRs are not individual performance ratings.',
  });
}

/** too-many-key-results: more than four on one objective. */
export function tooManyKeyResults(o: CoachObjective): Finding | null {
  const n = o.keyResults.length;
  if (n <= MAX_KEY_RESULTS) return null;
  return makeFinding({
    rule: 'too-many-key-results',
    objective: ref(o),
    message: `${n} key results on one objective; three to four at most keeps it focused.`,
    suggestion:
      'Keep the three or four that best show the objective is met; move the rest to health metrics you watch, or to another objective.',
  });
}

/**
 * unaligned: a level above has objectives this quarter (the parents on offer), but this objective
 * links to none. The top level is offered no parents, so it is never flagged.
 */
export function unaligned(o: CoachObjective, plan: PlanInput): Finding | null {
  const parents = plan.parentObjectives ?? [];
  const hasParents = plan.hasParentObjectives === true || parents.length > 0;
  if (!hasParents || (o.parentObjectiveId ?? '').trim() !== '') return null;
  const named = parents
    .slice(0, 3)
    .map((p) => `"${p.title}"${p.owner ? ` (${p.owner})` : ''}`)
    .join(', ');
  return makeFinding({
    rule: 'unaligned',
    objective: ref(o),
    message: 'This objective links to no parent objective, though parent objectives exist.',
    suggestion: named
      ? `Link it to the parent it advances (${named}${parents.length > 3 ? ', …' : ''}), or ask whether it belongs in this quarter.`
      : 'Link it to the parent it advances, or ask whether it belongs in this quarter.',
  });
}

/** external-commitment on the objective's own wording. */
export function objectiveExternalCommitment(o: CoachObjective): Finding | null {
  return isExternalCommitment(`${o.title}. ${o.description ?? ''}`)
    ? externalCommitmentFinding(ref(o))
    : null;
}

// A uuid, or a long token of letters and digits with no spaces: an id, never shown to people.
const LOOKS_LIKE_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[\w-]*\d)[\w-]{16,})$/i;

/** The name to show for a team or quarter key: its label, the key itself when it is a name, or null. */
function nameFor(key: string, labels: Readonly<Record<string, string>> | undefined): string | null {
  const label = labels?.[key]?.trim();
  if (label) return label;
  return key.trim() !== '' && !LOOKS_LIKE_ID.test(key.trim()) ? key.trim() : null;
}

/** too-many-objectives: one finding per team and quarter, on the first objective over the limit. */
export function tooManyObjectives(plan: PlanInput): Map<string, Finding> {
  const groups = new Map<string, CoachObjective[]>();
  for (const o of plan.objectives) {
    const key = `${o.team ?? plan.team ?? ''}\u0000${o.quarter ?? plan.quarter ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const byObjective = new Map<string, Finding>();
  for (const [key, objectives] of groups) {
    const extra = objectives[MAX_OBJECTIVES];
    if (!extra) continue;
    const [team = '', quarter = ''] = key.split('\u0000');
    const teamName = nameFor(team, plan.labels?.teams);
    const quarterName = nameFor(quarter, plan.labels?.quarters);
    const who = [teamName ?? 'this team', quarterName ? `in ${quarterName}` : 'this quarter'];
    byObjective.set(
      extra.id,
      makeFinding({
        rule: 'too-many-objectives',
        objective: ref(extra),
        message: `${objectives.length} objectives for ${who.join(' ')}; three to five at most keeps the quarter focused.`,
        suggestion:
          'Pick the objectives that matter most this quarter; merge overlapping ones and park the rest for next quarter.',
      }),
    );
  }
  return byObjective;
}
