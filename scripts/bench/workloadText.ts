/*
 * Wording for the generated workspaces: plausible engineering OKRs, so rows are the size real
 * ones are (titles, notes and blockers of a few dozen words), not one-letter stubs.
 */

/** Team names; the generator sorts them, so the first is the team the app opens on. */
export const TEAM_NAMES = [
  'Payments Platform',
  'Search Relevance',
  'Checkout Experience',
  'Data Ingestion',
  'Identity and Access',
  'Mobile Core',
  'Developer Productivity',
  'Edge Networking',
  'Observability',
  'Billing Systems',
  'Growth Engineering',
  'Storage Infrastructure',
  'Fraud Detection',
  'Catalog Services',
  'Notifications',
  'Machine Learning Platform',
  'Security Operations',
  'Partner Integrations',
  'Web Performance',
  'Release Engineering',
];

export const TEAM_FUNCTIONS = ['platform', 'product', 'data', 'security', 'other'] as const;

export const OBJECTIVES = [
  {
    title: 'Customers can rely on us when it matters most',
    description:
      'Incidents during peak hours cost trust and revenue; the on-call load burns the team out.',
    businessNeed: 'Keep enterprise customers renewing',
    engineeringLever: 'Reliability of the critical path',
  },
  {
    title: 'Checkout never gets in the way of buying',
    description: 'Slow and failing checkouts are the largest single source of abandoned carts.',
    businessNeed: 'Grow revenue per visitor',
    engineeringLever: 'Checkout conversion',
  },
  {
    title: 'Engineers ship small changes safely every day',
    description: 'Long-lived branches and a flaky pipeline make every release a negotiation.',
    businessNeed: 'Deliver the roadmap predictably',
    engineeringLever: 'Delivery flow',
  },
  {
    title: 'Analysts trust the numbers they report',
    description: 'Late and duplicated events make weekly business reviews argue about data.',
    businessNeed: 'Decide faster with trusted data',
    engineeringLever: 'Data freshness and quality',
  },
  {
    title: 'Attackers find nothing easy to exploit',
    description: 'Audit findings and long patch times keep the security review open.',
    businessNeed: 'Pass the customer security review',
    engineeringLever: 'Time to remediate',
  },
];

/** Key result wording: title, metric, unit, baseline, target. Direction follows the numbers. */
export const KEY_RESULTS = [
  ['P1 incidents per quarter from 8 to 2', 'P1 incidents', 'count', 8, 2],
  ['Checkout success rate from 94% to 98%', 'Checkout success rate', '%', 94, 98],
  ['MTTR from 120 to 30 minutes', 'Mean time to restore', 'min', 120, 30],
  ['p75 page load from 3.2 s to 1.5 s', 'p75 LCP', 's', 3.2, 1.5],
  ['Deploys per week from 3 to 15', 'Production deploys', 'per week', 3, 15],
  ['Change failure rate from 18% to 8%', 'Change failure rate', '%', 18, 8],
  ['Event freshness from 6 h to 30 min', 'Event lag p95', 'min', 360, 30],
  ['Critical vulnerabilities open past 14 days from 12 to 0', 'Overdue criticals', 'count', 12, 0],
] as const;

export const OWNERS = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eero', 'Fatima', 'Goran', 'Hana'];

export const MEASURED_BY = [
  'Incident log, reviewed weekly',
  'Real-user monitoring dashboard',
  'Deployment pipeline metrics',
  'Data quality monitor',
  'Vulnerability scanner export',
];

export const CHANGES = [
  'Rolled out the retry budget to the remaining services and removed two noisy alerts.',
  'The CDN rule for images went live; p75 improved in Europe, not yet in Asia.',
  'Migrated the last batch job to the new scheduler; one backfill still runs by hand.',
  'Paired with support on the top ten tickets; three fixes shipped, two need design.',
  'Load test found a lock contention issue in the ledger; fix is in review.',
  'Turned on canary analysis for the checkout service; it caught one bad release.',
];

export const BLOCKERS = [
  'Waiting for the network team to open the firewall rule for the new region.',
  'The vendor SDK update is delayed until next month.',
  'Two people on leave; the migration slips a week.',
];

export const RETRO_NOTES = {
  worked: 'Small weekly slices and a shared dashboard kept everyone looking at the same number.',
  didNotWork: 'We underestimated the migration; the baseline was measured on a quiet week.',
  learned: 'Measure the baseline over a full month before committing to a target.',
};

export const DEPENDENCY_NEEDS = [
  'A firewall rule for the new region',
  'Schema review for the events pipeline',
  'Capacity for the load test environment',
];
