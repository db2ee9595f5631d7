import type { KeyResultAnalysis } from '../analyze';
import { makeFinding } from '../catalog';
import { UNAIDED_SUCCESS, UNTIL_MEASURE, verbDirection } from '../text/lexicon';
import { STATISTIC_HELD } from '../text/heldStatistic';
import { normalizeText, stripLead } from '../text/normalize';
import { DEFINITE_SET_REMOVED, OPEN_BACKLOG } from '../text/numberPhrases';
import type { Finding, FindingRef, CoachKeyResult } from '../types';
import { leadAndDetail } from '../wording';
import { isExternalCommitment } from './commitment';
import { GAMEABLE_FAMILIES, type GameableFamily } from './gameableFamilies';
import { ESTATE_AS_OBJECT, HOSTED_ON } from './rollout';

// Families about closing or doing items, and the wording that makes them a duration instead.
const CLOSING = new Set([
  'tickets',
  'bugs-closed',
  'items-closed',
  'activity-count',
  'prs',
  'review-comments',
]);
const DURATION_OF =
  /\b(?:time|times|duration|latency|age|days|hours|minutes|sla) (?:to|for|from|until|it takes to) (?:\S+\s+)?(?:resolve|close|fix|merge|review|answer|respond|ship|deploy|release|restore|recover|triage|acknowledge)\b|\b(?:resolution|response|turnaround|cycle|lead) times?\b/;

// "Resolve 90% of tickets within 8 hours", "tickets resolved within the SLA": a service level.
const TICKET_SERVICE_LEVEL =
  /\bwithin\s+(?:\d|(?:the|our|their|its|an?)\s+(?:agreed\s+|target\s+)?(?:sla|slo|target|agreed|response time|time limit))/;
// The limit is named as someone's ("the 30 days agreed", "the 4 hours our contract requires");
// "alerts closed within an hour" or "within 30 days: 40% → 85%" stays a share of items closed.
// ("Close 90% of Zendesk escalations assigned to engineering": work handed to the team itself.)
const OWN_WORK_ITEMS =
  /\b(?:work[- ]orders|(?:repair|maintenance) jobs)\b|\bassigned to (?:engineering|the team|our team|us|devs|developers)\b/;
const TIME_LIMIT =
  /\bwithin\s+(?:the|our|their)\s+(?:agreed\s+)?\d[\d.,]*[\s-]*(?:working\s+|business\s+|calendar\s+)?(?:minutes?|hours?|days?|weeks?|h|d)\b/;
const SCORES = new Set(['satisfaction', 'engineer-satisfaction']);
// A score is named when a survey, index or number says how the feeling is measured.
const MEASURED_SCORE = /\d|\b(?:scores?|surveys?|e?nps|index|ratings?|pulse|poll|questionnaire)\b/;

// "Register 60 datasets in the data catalogue", "Onboard 45 sellers": putting what exists on a
// list is work spread (output-not-outcome says so), not artefacts built.
const REGISTERED =
  /^(?:register|onboard|enrol|enroll|list|catalog(?:ue)?|index)\s+(?:\d[\d,.]*\s*k?|all|every|each)\s/;
// "Screens built with the design system": what things are built with is adoption, not a count.
const BUILT_WITH = /\b(?:built|rebuilt|made)\s+(?:with|on|using|in)\s+(?:the|our)\b/;
// "Add UI tests until coverage hits 70%": coverage reached by writing tests is test coverage.
const TESTS_UNTIL_COVERAGE = /\btests?\b.*\b(?:until|till|so that)\s+(?:\S+\s+){0,3}?coverage\b/;

// "Deliver more actionable insights to growers", "Deliver more useful yield reports": more of a
// quality, with no number, is a vague aim (missing-metric says so), not a quota of things made.
const MORE_OF_A_QUALITY =
  /^\S+\s+more\s+(?:actionable|useful|relevant|meaningful|helpful|timely|accurate|reliable|valuable|insightful|trusted|trustworthy|personali[sz]ed|accessible|consistent)\s/;
const THAN_BEFORE = /\bthan\s+(?:last|the previous|the prior|previous|prior|before|in)\b/;
const QUOTA_FAMILIES = new Set(['activity-count', 'artefacts']);
const CONTRACTED =
  /\b(?:as contracted|contracted|under contract|(?:contract|agreement|sow|statement of work|order form)s?\s+(?:\S+\s+)?(?:specifies|requires|sets|says|calls for))\b|\b(?:contract|agreement)\s+with\b/;

/**
 * The texts that say what a KR measures: its metric and wording, or, when work is done "until"
 * a measure reaches a number, that measure alone (the work is the means).
 */
// "Service desk resolves 1,200 tickets", "QA files 300 bug reports per release": the team as
// the subject, then what it does, is the same count as "Resolve 1,200 tickets".
const TEAM_DOES =
  /^(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:team|desk|qa|sre|sres|support|ops|engineers|developers|devs|analysts|testers|squad|we)\s+(resolve|close|file|write|merge|ship|raise|log|fix|triage|handle|complete|review|deploy|publish|create|add|answer|clear)(?:s|es)?\s/;

function measuredTexts(a: KeyResultAnalysis, lead: string): string[] {
  const until = UNTIL_MEASURE.exec(a.numbers.masked);
  if (until?.[1]) return [a.metricText, until[1]].filter((t) => t !== '');
  // "Feature flag cleanup: remove 200 stale flags": the KR proper follows the colon.
  const colon = lead.indexOf(': ');
  const afterColon = colon > 0 ? lead.slice(colon + 2) : '';
  const done = lead.replace(TEAM_DOES, '$1 ');
  return [a.metricText, a.text, lead, afterColon, done === lead ? '' : done].filter(
    (t) => t !== '',
  );
}

/** The first known activity-metric family the KR's metric or wording falls into. */
export function findGameableFamily(a: KeyResultAnalysis): GameableFamily | null {
  const lead = stripLead(a.text);
  const texts = measuredTexts(a, lead);
  const all = texts.join(' | ');
  // "Hold our Google review average at 4.6 stars": a statistic held at a level counts no
  // activity, whatever events its name mentions (text/heldStatistic.ts).
  if (STATISTIC_HELD.test(lead)) return null;
  for (const family of GAMEABLE_FAMILIES) {
    // (Each text on its own: "… per month" ending the title must not run into "hours logged"
    // starting the lead.)
    if (family.unless && texts.some((t) => family.unless?.test(t) === true)) continue;
    // Counting things done is gamed upwards; "duplicate records created per month from 300
    // to 50" counts a defect going down, which is an outcome.
    // ("Raise observations logged to 450 a month (600 now)": the verb still asks for more; the
    // numbers set the wrong way are direction-mismatch's to say.)
    // ("Reduce site visits triggered by false alarms (about 340 last quarter)": the verb asks for
    // fewer where the numbers give no way.)
    const asked = a.numericDirection ?? verbDirection(lead);
    if (family.upOnly && asked === 'decrease' && a.verbDirection !== 'increase') {
      continue;
    }
    // "Time to resolve tickets from 6 h to 2 h" measures a duration, not a count of closures;
    // "fix the 17 findings the audit raised" clears a known set, a piece of work, not a rate.
    if (CLOSING.has(family.id) && DURATION_OF.test(all)) continue;
    if (
      CLOSING.has(family.id) &&
      DEFINITE_SET_REMOVED.test(a.numbers.masked) &&
      !OPEN_BACKLOG.test(a.numbers.masked)
    ) {
      continue;
    }
    // "Fix accessibility defects within the 30 days agreed with the Cabinet Office": how fast
    // each is fixed is a time limit, not a count ("Close 90% of items within 30 days" counts).
    if (CLOSING.has(family.id) && TIME_LIMIT.test(all) && !/%/.test(all)) continue;
    // "Tasks completed unaided by testers: 5 of 12 today": users succeeding, not work closed.
    if (CLOSING.has(family.id) && UNAIDED_SUCCESS.test(a.text)) continue;
    // "Run 40 services on Kubernetes" counts systems on a platform, not runs of an activity;
    // "Publish 100% of internal APIs in the portal" spreads across what exists, builds nothing.
    if (family.id === 'activity-count' && HOSTED_ON.test(lead)) continue;
    // ("Send more personalised offer emails than last quarter" counts emails against a period.)
    if (
      QUOTA_FAMILIES.has(family.id) &&
      MORE_OF_A_QUALITY.test(lead) &&
      !/\d/.test(lead) &&
      !THAN_BEFORE.test(lead)
    ) {
      continue;
    }
    if (family.id === 'artefacts' && ESTATE_AS_OBJECT.test(stripLead(a.numbers.masked))) continue;
    if (family.id === 'artefacts' && (REGISTERED.test(lead) || BUILT_WITH.test(lead))) continue;
    if (family.id === 'coverage' && TESTS_UNTIL_COVERAGE.test(lead)) return family;
    // "Resolve 90% of service-desk tickets within 8 hours" is a service level people feel.
    // ("Close 90% of maintenance work orders within 7 days": the team's own work items, closed.)
    if (family.id === 'tickets' && TICKET_SERVICE_LEVEL.test(all) && !OWN_WORK_ITEMS.test(all)) {
      continue;
    }
    if (family.patterns.some((p) => texts.some((t) => p.test(t)))) return family;
  }
  return null;
}

/** gameable-metric: a known activity metric; the suggestion names the ungameable alternative. */
export function gameableRule(
  kr: CoachKeyResult,
  a: KeyResultAnalysis,
  objective: FindingRef,
): Finding | null {
  const family = findGameableFamily(a);
  if (!family) return null;
  // "Improve developer happiness": no measure is named yet (missing-metric says so), so there
  // is no score to game.
  if (
    SCORES.has(family.id) &&
    !(a.hasMetric && (a.metricText !== '' || MEASURED_SCORE.test(a.text)))
  ) {
    return null;
  }
  // "Deliver the 5M monthly impressions our Acast contract guarantees": reach owed under a deal
  // is the deal's terms (external-commitment says so), not attention the team chose to chase.
  if (family.id === 'vanity' && isExternalCommitment(kr.title)) return null;
  // "Translate 2M words of the client's update by 1 Dec, as contracted": a volume the contract
  // fixes is the deal's terms too, not a quota the team set itself.
  if (QUOTA_FAMILIES.has(family.id) && CONTRACTED.test(a.text) && isExternalCommitment(kr.title)) {
    return null;
  }
  return makeFinding({
    rule: 'gameable-metric',
    objective,
    keyResult: { id: kr.id, title: kr.title },
    message: `${capitalise(family.label)}: an activity metric that can be hit by ${family.gamedBy}.`,
    suggestion: `${leadAndDetail('Measure the result instead', family.alternative)}.`,
    rewrite: { ...family.patch, baseline: null, target: null },
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** For callers that only have a metric name: is it a known gameable one? */
export function isGameableMetricName(metric: string): boolean {
  const text = normalizeText(metric);
  return GAMEABLE_FAMILIES.some(
    (f) => !f.unless?.test(text) && f.patterns.some((p) => p.test(text)),
  );
}
