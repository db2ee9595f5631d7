import type { Template, TemplateKeyResult } from './entities';
import type { TemplateFamily } from './enums';
import type { KeyResultInput, ObjectiveInput } from './inputs';

/** A built-in template as written here: a Template without the audit timestamps. */
export type TemplateSeed = Omit<Template, 'createdAt' | 'updatedAt'>;

/** Built-ins are not stored, so they carry one fixed timestamp instead of a write time. */
export const BUILT_IN_AT = '2027-01-01T00:00:00.000Z';

/** Labels for the template families, in the order the picker lists them. */
export const TEMPLATE_FAMILY_LABELS: Record<TemplateFamily, string> = {
  platform: 'Platform / infrastructure',
  product: 'Product engineering',
  data: 'Data engineering',
  reliability: 'Reliability',
  delivery: 'Delivery',
  security: 'Security / supply chain',
  custom: 'Your templates',
};

function kr(
  title: string,
  metric: string,
  unit: string,
  target: number,
  direction: TemplateKeyResult['direction'],
  measuredBy: string,
): TemplateKeyResult {
  return { title, metric, unit, target, direction, measuredBy };
}

function seed(
  family: Exclude<TemplateFamily, 'custom'>,
  slug: string,
  title: string,
  description: string,
  keyResults: TemplateKeyResult[],
): TemplateSeed {
  return {
    id: `builtin:${family}:${slug}`,
    family,
    title,
    description,
    keyResults,
    isBuiltIn: true,
  };
}

/**
 * Objectives with outcome key results, by engineering function, from the product brief's good
 * examples. Targets are suggestions; baselines are left for the team to measure.
 */
export const BUILT_IN_TEMPLATES: readonly TemplateSeed[] = [
  seed(
    'platform',
    'safe-deploys',
    'Deploying is safe and uneventful',
    'Changes reach production without breaking it, and the platform absorbs load on its own.',
    [
      kr(
        'Deployment failure rate down to 1 %',
        'Deployment failure rate',
        '%',
        1,
        'decrease',
        'Deploy pipeline: failed or rolled-back deployments ÷ all deployments',
      ),
      kr(
        'Autoscaling responds to traffic spikes in under 60 s',
        'Autoscaling response time to a traffic spike',
        's',
        60,
        'decrease',
        'Autoscaler events against load-balancer request rate',
      ),
    ],
  ),
  seed(
    'platform',
    'cost',
    'Infrastructure costs grow slower than usage',
    'Every customer and every transaction costs less to serve, without giving up reliability.',
    [
      kr(
        'Infrastructure cost per active user down to $1.50',
        'Infrastructure cost per monthly active user',
        '$',
        1.5,
        'decrease',
        'Cloud billing export ÷ monthly active users',
      ),
      kr(
        'Cloud spend per transaction down to $0.06',
        'Cloud spend per transaction',
        '$',
        0.06,
        'decrease',
        'Cloud billing export ÷ completed transactions',
      ),
    ],
  ),
  seed(
    'product',
    'customer-value',
    'Customers feel the difference in what we ship',
    'What the team ships this quarter shows up in how customers rate the product.',
    [
      kr(
        'NPS rises by 5 points over the quarter',
        'Net Promoter Score change since the start of the quarter',
        'points',
        5,
        'increase',
        'Quarterly NPS survey',
      ),
      kr(
        'New features stay below a 2 % error rate in their first week',
        'Error rate of new features in their first week',
        '%',
        2,
        'decrease',
        'Error tracking, grouped by feature flag',
      ),
    ],
  ),
  seed(
    'product',
    'quality',
    'Bugs get out of customers’ way quickly',
    'Fewer defects reach production, and those that do are fixed fast.',
    [
      kr(
        'Average bug-fix time down to 1 day',
        'Average time from bug report to fix in production',
        'days',
        1,
        'decrease',
        'Issue tracker: reported to deployed',
      ),
      kr(
        'Escaped production bugs down to 4 a month',
        'Escaped production bugs per month',
        'bugs',
        4,
        'decrease',
        'Issue tracker, bugs found in production',
      ),
    ],
  ),
  seed(
    'data',
    'trust',
    'People trust the numbers on their dashboards',
    'Dashboards are fresh and correct, so decisions are made on today’s data.',
    [
      kr(
        'Every dashboard is less than 15 min stale',
        'Maximum dashboard data age',
        'min',
        15,
        'decrease',
        'Freshness checks in the data catalogue',
      ),
      kr(
        'Data-quality incidents down to 1 per quarter',
        'Data-quality incidents per quarter',
        'incidents',
        1,
        'decrease',
        'Incident log, tagged data-quality',
      ),
    ],
  ),
  seed(
    'data',
    'self-serve',
    'People answer their own data questions',
    'Analysts and product teams find what they need without waiting for the data team.',
    [
      kr(
        'Self-serve analytics resolves 80 % of data requests',
        'Share of data requests resolved by self-serve analytics',
        '%',
        80,
        'increase',
        'Data request tracker',
      ),
      kr(
        'Median time to answer a data request down to 2 days',
        'Median time to answer a data request',
        'days',
        2,
        'decrease',
        'Data request tracker: opened to answered',
      ),
    ],
  ),
  seed(
    'reliability',
    'trust',
    'Customers can rely on us',
    'The service is there when customers need it, and recovers quickly when it is not.',
    [
      kr(
        'P1 incidents down to 2 per quarter',
        'P1 incidents per quarter',
        'incidents',
        2,
        'decrease',
        'Incident log',
      ),
      kr(
        'Mean time to recovery down to 30 min',
        'MTTR',
        'min',
        30,
        'decrease',
        'Incident timeline: detection to recovery',
      ),
      kr(
        'Uptime reaches 99.95 %',
        'Uptime measured by external monitoring',
        '%',
        99.95,
        'increase',
        'External uptime monitoring',
      ),
    ],
  ),
  seed(
    'reliability',
    'checkout',
    'Checkout never gets in the way of buying',
    'Customers who decide to buy can always complete their purchase.',
    [
      kr(
        'Checkout success rate reaches 98 %',
        'Checkout success rate',
        '%',
        98,
        'increase',
        'Checkout funnel analytics: completed ÷ started payments',
      ),
      kr(
        'Payment 5xx rate below 0.2 %',
        'Payment API 5xx rate',
        '%',
        0.2,
        'decrease',
        'API gateway metrics for the payment service',
      ),
    ],
  ),
  seed(
    'delivery',
    'flow',
    'Changes flow to production quickly and safely',
    'An idea that is ready reaches customers in days, not weeks.',
    [
      kr(
        'Lead time from first commit to production down to 3 days',
        'Lead time from first commit to production',
        'days',
        3,
        'decrease',
        'Version control and deploy logs',
      ),
      kr(
        'Time from merge to production down to 4 h',
        'Time from merge to production',
        'h',
        4,
        'decrease',
        'Deploy pipeline timestamps',
      ),
    ],
  ),
  seed(
    'delivery',
    'feedback',
    'Engineers get fast feedback on every change',
    'CI answers quickly, so people keep changes small and fix problems while they are fresh.',
    [
      kr(
        'p95 CI duration under 15 min',
        'p95 CI pipeline duration',
        'min',
        15,
        'decrease',
        'CI system metrics',
      ),
      kr(
        'Change failure rate down to 5 %',
        'Change failure rate',
        '%',
        5,
        'decrease',
        'Deployments followed by a rollback, hotfix or incident ÷ all deployments',
      ),
    ],
  ),
  seed(
    'security',
    'remediation',
    'Known vulnerabilities are closed before they can be exploited',
    'Critical and high findings are remediated fast enough that attackers have little window.',
    [
      kr(
        'Median age-to-remediation of critical and high vulnerabilities under 14 days',
        'Median age-to-remediation of critical and high vulnerabilities',
        'days',
        14,
        'decrease',
        'Vulnerability scanner: first seen to fixed',
      ),
      kr(
        'Critical vulnerabilities open past 30 days down to 0',
        'Critical vulnerabilities open longer than 30 days',
        'vulnerabilities',
        0,
        'decrease',
        'Vulnerability scanner',
      ),
    ],
  ),
  seed(
    'security',
    'supply-chain',
    'We know exactly what runs in production',
    'Every production workload comes from a build we can trace and verify.',
    [
      kr(
        '100 % of production services run on signed images',
        'Share of production services on signed images',
        '%',
        100,
        'increase',
        'Admission controller signature checks',
      ),
      kr(
        '100 % of production images have a software bill of materials',
        'Share of production images with an SBOM',
        '%',
        100,
        'increase',
        'Container registry SBOM attestations',
      ),
    ],
  ),
];

/** A built-in seed as a full Template, with the fixed built-in timestamp. */
export function templateFromSeed(seed: TemplateSeed): Template {
  return { ...seed, createdAt: BUILT_IN_AT, updatedAt: BUILT_IN_AT };
}

/**
 * What inserting a template writes: a committed objective with no parent, and draft key results
 * that keep the template's targets and leave the baseline for the team to measure.
 */
export function templateToPlan(template: Pick<Template, 'title' | 'description' | 'keyResults'>): {
  objective: ObjectiveInput;
  keyResults: KeyResultInput[];
} {
  return {
    objective: {
      title: template.title,
      description: template.description,
      kind: 'committed',
      businessNeed: '',
      engineeringLever: '',
      parentObjectiveId: null,
    },
    keyResults: template.keyResults.map((k) => ({
      title: k.title,
      metric: k.metric,
      unit: k.unit,
      baseline: null,
      target: k.target,
      direction: k.direction,
      measuredBy: k.measuredBy,
      owner: '',
      proposedBy: '',
      status: 'draft',
    })),
  };
}
