import { workSubject } from '../text/workSubject';
import type { KeyResultPatch } from '../types';

/** An outcome a kind of work is usually meant to move, as words and as a patch. */
export interface OutcomeHint {
  outcome: string;
  patch: KeyResultPatch;
}

/** A software outcome and the wording that is plainly about that engineering practice. */
interface StockHint extends OutcomeHint {
  when: RegExp;
}

// Ordered: the first family that matches the KR's wording wins. Each pattern names the practice
// itself ("build pipelines", "code reviews", "service monitoring"), not a word it shares with
// other trades (a sales pipeline, a house build, a design for a shop front).
const HINTS: readonly StockHint[] = [
  {
    when: /\b(?:auth(?:n|z|entication|orization|orisation)?|oauth|sso|mfa|2fa|login|log-in|sign[- ]?in|identity provider)\b/,
    outcome: 'login failures, e.g. from 2.3 % to 0.5 %',
    patch: {
      title: 'Reduce login failure rate',
      metric: 'login failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:site|product|in-app|app|catalogue|catalog|full-text)?\s*search\b(?!\s+for\b)/,
    outcome: 'the share of searches that end in a click, e.g. from 55 % to 70 %',
    patch: {
      title: 'Raise search success rate',
      metric: 'search success rate',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    when: /\b(?:tracing|distributed traces?|observab\w*|alerting|telemetry|opentelemetry|apm|slos?|(?:service|system|production|infra\w*|server|api|uptime|synthetic)\s+monitoring|monitoring\s+(?:dashboards?|alerts?)|(?:ops|grafana|monitoring|observability)\s+dashboards?|structured logging|log aggregation)\b/,
    outcome: 'time to detect production incidents, e.g. from 40 minutes to 5 minutes',
    patch: {
      title: 'Cut mean time to detect incidents',
      metric: 'MTTD',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:runbooks?|on-?call|postmortems?|post-mortems?|incident (?:response|management|reviews?|playbooks?)|(?:p[0-4]|sev-?[0-4]|production) incidents?)\b/,
    outcome: 'mean time to recovery, e.g. from 2 hours to 30 minutes',
    patch: {
      title: 'Cut mean time to recovery',
      metric: 'MTTR',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:ci|ci\/cd|(?:build|deploy\w*|release|ci)\s+pipelines?|build\s+(?:times?|cache|caching|farm|runners?)|ci runners?|(?:remote|build|test) caching)\b/,
    outcome: 'p95 CI duration, e.g. from 42 minutes to under 15',
    patch: {
      title: 'Cut p95 CI duration',
      metric: 'p95 CI duration',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:code|architecture|design|pull[- ]request|pr)\s+reviews?\b/,
    outcome: 'change failure rate in the reviewed areas, e.g. from 15 % to 5 %',
    patch: {
      title: 'Reduce change failure rate',
      metric: 'change failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:developer|engineering|api|internal)\s+(?:docs?|documentation|wiki|portal)\b|\b(?:onboard\w*|hir\w*|recruit\w*|train\w*)\s+(?:\S+\s+){0,3}?(?:engineers|developers)\b/,
    outcome: 'how long a new engineer takes to ship a first change, e.g. from 10 days to 2',
    patch: {
      title: 'Cut time to first production change for new engineers',
      metric: 'time to first change',
      unit: 'days',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:vulnerab\w*|cves?|sbom|sast|dast|dependency scann\w*|security (?:patch\w*|scann\w*|updates?)|secrets? (?:scann\w*|rotation|manager)|signed (?:builds?|commits|releases|images)|(?:code|artifact|image) signing)\b/,
    outcome: 'the median age of open critical vulnerabilities, e.g. from 45 days to under 14',
    patch: {
      title: 'Cut median age-to-remediation of critical vulnerabilities',
      metric: 'remediation age',
      unit: 'days',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:(?:unit|integration|end-to-end|e2e|automated|regression|contract|smoke)\s+tests?|test\s+(?:coverage|suites?|automation)|qa)\b/,
    outcome: 'escaped (production) bugs per month, e.g. from 12 to 4',
    patch: {
      title: 'Reduce escaped bugs per month',
      metric: 'escaped bugs',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:latency|cdn|page (?:load|speed|weight)|load times?|core web vitals|lcp|(?:web|page|site|frontend|front-end|app|mobile) performance|performance budgets?)\b/,
    outcome: 'real-user p75 load time, e.g. from 3.2 s to 1.5 s',
    patch: {
      title: 'Cut p75 page load time (LCP)',
      metric: 'p75 LCP',
      unit: 's',
      direction: 'decrease',
    },
  },
  {
    when: /\b(?:kubernetes|k8s|(?:cloud|database|db|postgres\w*|mysql|server|infra\w*|data cent(?:re|er))\s+migrations?|migrat\w*\s+(?:\S+\s+){0,4}?(?:to|onto|off)\s+(?:the\s+)?(?:\S+\s+)?(?:kubernetes|k8s|aws|gcp|azure|cloud|postgres\w*|mysql)|decommission\w*\s+(?:\S+\s+){0,3}?(?:servers?|services?|clusters?|databases?|data cent(?:re|er)s?)|legacy (?:systems?|services?|monolith|stack|code|apis?)|monolith)\b/,
    outcome: 'deployment failure rate or incidents on that system, e.g. from 8 % to 1 %',
    patch: {
      title: 'Cut the share of failed deployments',
      metric: 'deployment failure rate',
      unit: '%',
      direction: 'decrease',
    },
  },
];

/** The stock software outcome for wording plainly about an engineering practice, or null. */
export function stockOutcomeFor(text: string): OutcomeHint | null {
  return HINTS.find((h) => h.when.test(text)) ?? null;
}

/**
 * The outcome a piece of work is most likely meant to move. A stock software outcome only where
 * the KR's own wording (normalised, `text`) is plainly about that engineering practice; otherwise
 * one built from the thing the title names, which leaves the measure for the person to name
 * (a booking page, a bakery's website or a council form has no MTTD). Null when the title names
 * no thing to build it from.
 */
export function outcomeHintFor(text: string, title: string): OutcomeHint | null {
  const stock = stockOutcomeFor(text);
  if (stock) return stock;
  const subject = workSubject(title);
  if (!subject) return null;
  return {
    outcome: `the result ${subject} should produce, e.g. how many of the people it is for use it or complete what it offers, measured from where it is today`,
    // No metric or unit: what "result" means for their thing is theirs to name.
    patch: { title: `Raise the result ${subject} should produce`, direction: 'increase' },
  };
}
