import type { KeyResultPatch } from '../types';

/** A known activity metric, how it gets gamed, and the ungameable measure to use instead. */
export interface GameableFamily {
  id: string;
  label: string;
  patterns: readonly RegExp[];
  /** Wording that means the KR is about something else ("escaped bugs", "review time"). */
  unless?: RegExp;
  /** Only an activity count when it is meant to go up (a count going down is a defect count). */
  upOnly?: boolean;
  gamedBy: string;
  alternative: string;
  patch: KeyResultPatch;
}

/** Test runners and coverage tools: "Jest coverage" is test coverage. */
export const TEST_TOOL =
  '(?:jest|vitest|mocha|karma|jasmine|pytest|jacoco|istanbul|nyc|codecov|coveralls|simplecov|coverlet|junit|xunit|nunit|rspec|phpunit|cypress|playwright|selenium|xctest|espresso|kover|gcov|lcov)';

/** A count in front of a noun: "12 ", "number of ", "more ". */
export const N = '(?:\\d[\\d,.]*\\+?\\s*(?:k\\s+)?|number of |count of |# ?of |more |fewer |less )';
/** A count of people or things, not a share: a number (or a number word read as digits) or "more". */
export const COUNT = '(?:\\d[\\d,.]*\\s*k?\\s+|more\\s+)';
/** A verb of raising a count. */
export const RAISE = '(?:increase|raise|grow|boost|lift|double|triple|step up|ramp up)';
export const ESCAPED_BUGS: KeyResultPatch = {
  title: 'Reduce escaped (production) bugs per month',
  metric: 'escaped bugs',
  unit: 'count/month',
  direction: 'decrease',
};
export const LEAD_TIME: KeyResultPatch = {
  title: 'Cut lead time from first commit to production',
  metric: 'lead time',
  unit: 'days',
  direction: 'decrease',
};
export const CHANGE_FAILURE: KeyResultPatch = {
  title: 'Reduce change failure rate in the reviewed areas',
  metric: 'change failure rate',
  unit: '%',
  direction: 'decrease',
};

/**
 * Developers outside the company are customers: "NPS among API developers", "developers who
 * build on our SDK". Their satisfaction is an outcome, not internal morale.
 */
export const EXTERNAL_DEVELOPERS =
  /\b(?:api|sdk|third-party|3rd-party|external|partner|app|integration|ecosystem|community|customer|client|marketplace)[\s-]+(?:developers?|devs?|engineers?|builders?)\b|\b(?:developers|devs)\s+(?:who|that)\s+(?:build|use|integrate|pay|ship)\b|\b(?:developers|devs)\s+(?:using|building on|building with|integrating)\b/;

// Customers and the public, who also take courses and sign up: their completions are outcomes.
const NOT_STAFF =
  '(?:customers?|users?|learners?|students?|members?|players?|subscribers?|shoppers?|buyers?|patients?|citizens?|visitors?|readers?|viewers?|listeners?|owners?|sellers?|merchants?|partners?|tenants?|travell?ers?|passengers?|riders?|applicants?|claimants?|residents?|parents?|pupils?|consumers?|borrowers?|savers?|investors?|donors?|fans?|gamers?|creators?)';

/**
 * People at work who can be sent on a course: a role noun by its ending (supervisors,
 * pharmacists, clinicians, trainees) or by name (staff, nurses, new hires, a club's coaches, a
 * boat's crew), not a customer.
 */
export const TRAINEES = `(?:(?!${NOT_STAFF}\\b)[a-z-]{3,}(?:ers?|ors?|ists?|ians?|ants?|ees?)|staff|team members?|colleagues?|nurses?|hires?|joiners?|starters?|devs?|agents?|coach(?:es)?|crews?|crew members?)`;
