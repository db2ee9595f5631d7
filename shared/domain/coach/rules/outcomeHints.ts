import type { KeyResultPatch } from '../types';

/** An outcome a kind of work is usually meant to move, as words and as a patch. */
export interface OutcomeHint {
  when: RegExp;
  outcome: string;
  patch: KeyResultPatch;
}

// Ordered: the first family that matches the KR's wording wins.
const HINTS: readonly OutcomeHint[] = [
  {
    when: /\b(?:auth\w*|oauth|sso|login|log-in|sign[- ]?in|identity)\b/,
    outcome: 'login failures, e.g. from 2.3 % to 0.5 %',
    patch: {
      title: 'Reduce login failure rate',
      metric: 'login failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
  {
    when: /\bsearch\b/,
    outcome: 'the share of searches that end in a click, e.g. from 55 % to 70 %',
    patch: {
      title: 'Raise search success rate',
      metric: 'search success rate',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    when: /\b(?:trac(?:e|es|ing)|observab\w*|monitor\w*|alert\w*|logging|dashboards?|telemetry)\b/,
    outcome: 'time to detect production incidents, e.g. from 40 minutes to 5 minutes',
    patch: {
      title: 'Cut mean time to detect incidents',
      metric: 'MTTD',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:runbooks?|playbooks?|on-?call|incident|postmortems?|post-mortems?)\b/,
    outcome: 'mean time to recovery, e.g. from 2 hours to 30 minutes',
    patch: {
      title: 'Cut mean time to recovery',
      metric: 'MTTR',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:ci|pipelines?|builds?|caching|cache)\b/,
    outcome: 'p95 CI duration, e.g. from 42 minutes to under 15',
    patch: {
      title: 'Cut p95 CI duration',
      metric: 'p95 CI duration',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:reviews?|architecture|design)\b/,
    outcome: 'change failure rate in the reviewed areas, e.g. from 15 % to 5 %',
    patch: {
      title: 'Reduce change failure rate',
      metric: 'change failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:docs?|documentation|wiki|onboard\w*|hire|hiring|recruit\w*|train\w*|portal)\b/,
    outcome: 'how long a new engineer takes to ship a first change, e.g. from 10 days to 2',
    patch: {
      title: 'Cut time to first production change for new engineers',
      metric: 'time to first change',
      unit: 'days',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:security|vulnerab\w*|scann\w*|patch\w*|sbom|signed|signing|secrets?)\b/,
    outcome: 'the median age of open critical vulnerabilities, e.g. from 45 days to under 14',
    patch: {
      title: 'Cut median age-to-remediation of critical vulnerabilities',
      metric: 'remediation age',
      unit: 'days',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:tests?|testing|qa)\b/,
    outcome: 'escaped (production) bugs per month, e.g. from 12 to 4',
    patch: {
      title: 'Reduce escaped bugs per month',
      metric: 'escaped bugs',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:perf\w*|page|pages|latency|cdn|frontend|mobile|app)\b/,
    outcome: 'real-user p75 load time, e.g. from 3.2 s to 1.5 s',
    patch: {
      title: 'Cut p75 page load time (LCP)',
      metric: 'p75 LCP',
      unit: 's',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:migrat\w*|upgrade\w*|kubernetes|k8s|cloud|database|postgres\w*|platform|infra\w*|decommission\w*|legacy)\b/,
    outcome: 'deployment failure rate or incidents on that system, e.g. from 8 % to 1 %',
    patch: {
      title: 'Cut the share of failed deployments',
      metric: 'deployment failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
];

/** The outcome a piece of work is most likely meant to move, judged by its wording. */
export function outcomeHintFor(text: string): OutcomeHint | null {
  return HINTS.find((h) => h.when.test(text)) ?? null;
}
