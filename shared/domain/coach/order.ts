import type { CoachRule, Finding, Severity } from './types';

/**
 * The order findings are shown in, most important first within a severity: what a KR *is*
 * (work, not an outcome) before what it lacks (a metric, numbers), before how it could be
 * better. An output KR's output-not-outcome therefore comes before its missing-metric.
 */
export const FINDING_IMPORTANCE: readonly CoachRule[] = [
  'output-not-outcome',
  'missing-metric',
  'numbers-only-in-text',
  'missing-baseline',
  'missing-target',
  'direction-mismatch',
  'external-commitment',
  'gameable-metric',
  'text-disagrees-with-fields',
  'trivial-target',
  'objective-is-metric',
  'too-many-objectives',
  'too-many-key-results',
  'individual-checklist',
  'unaligned',
];

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function rank(rule: CoachRule): number {
  const i = FINDING_IMPORTANCE.indexOf(rule);
  return i < 0 ? FINDING_IMPORTANCE.length : i;
}

/** Compares two findings by importance: severity first, then the rule's place in the list. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || rank(a.rule) - rank(b.rule);
}

function subjectOf(f: Finding): string {
  return f.keyResult ? `kr:${f.keyResult.id}` : `objective:${f.objective.id}`;
}

/**
 * Orders findings by importance within each subject (a key result, or an objective's own
 * findings), keeping subjects in the order they first appear. Pure and stable.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = subjectOf(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].flatMap((group) =>
    group
      .map((f, i) => ({ f, i }))
      .sort((a, b) => compareFindings(a.f, b.f) || a.i - b.i)
      .map(({ f }) => f),
  );
}
