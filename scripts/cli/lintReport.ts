import { RULE_LABEL, type Finding, type Severity } from '../../shared/domain/coach';
import { formatCount } from '../../shared/domain/format';
import type { CsvPlan, PlanCsvIssue } from '../../shared/domain/planCsv';

/** The `--json` shape other tools read: titles, not ids; null where absent. */
export interface JsonFinding {
  objective: string;
  keyResult: string | null;
  rule: string;
  severity: Severity;
  message: string;
  suggestion: string | null;
}

/** A cell the app could not import, as `--json` reports it; `column` is null for a whole row. */
export interface JsonRowError {
  row: number;
  column: string | null;
  message: string;
}

/** Findings in the documented `--json` shape. */
export function jsonFindings(findings: readonly Finding[]): JsonFinding[] {
  return findings.map((f) => ({
    objective: f.objective.title,
    keyResult: f.keyResult?.title ?? null,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    suggestion: f.suggestion ?? null,
  }));
}

/**
 * Renders `{ "findings": [...], "rowErrors": [...] }` with exactly the documented keys, in order.
 */
export function formatJson(
  findings: readonly Finding[],
  rowErrors: readonly PlanCsvIssue[] = [],
): string {
  const rows = jsonFindings(findings);
  const problems: JsonRowError[] = rowErrors.map((e) => ({
    row: e.row,
    column: e.column,
    message: e.message,
  }));
  return `${JSON.stringify({ findings: rows, rowErrors: problems }, null, 2)}\n`;
}

const ICON: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The rule column is as wide as the longest label, so the findings line up. */
const RULE_WIDTH = Math.max(...Object.values(RULE_LABEL).map((label) => label.length));
/** Where a finding's message starts: icon, severity and rule columns. */
const INDENT = 2 + 2 + 8 + RULE_WIDTH + 1;

/** Renders a plan CSV's findings for a person: grouped by objective, one block per finding. */
export function formatHuman(file: string, plan: CsvPlan, findings: readonly Finding[]): string {
  const krCount = plan.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  return formatFindings(
    `${file}: ${formatCount(plan.objectives.length, 'objective')}, ${formatCount(krCount, 'key result')}`,
    plan.objectives.map((o) => ({
      id: `row-${o.row}`,
      heading: `${o.title}${o.team ? ` (${o.team}${o.quarter ? `, ${o.quarter}` : ''})` : ''}`,
    })),
    findings,
  );
}

/**
 * Renders findings under a header line, one block per objective (in the order given, each
 * named by its heading), then the totals.
 */
export function formatFindings(
  header: string,
  objectives: readonly { id: string; heading: string }[],
  findings: readonly Finding[],
): string {
  const lines = [header];
  const byObjective = new Map<string, Finding[]>();
  for (const f of findings)
    byObjective.set(f.objective.id, [...(byObjective.get(f.objective.id) ?? []), f]);
  for (const o of objectives) {
    const own = byObjective.get(o.id) ?? [];
    lines.push('', o.heading);
    if (own.length === 0) lines.push('  ✓ no findings');
    for (const f of own) {
      const subject = f.keyResult ? `"${f.keyResult.title}": ` : '';
      lines.push(
        `  ${ICON[f.severity]} ${f.severity.padEnd(7)} ${RULE_LABEL[f.rule].padEnd(RULE_WIDTH)} ${subject}${f.message}`,
      );
      if (f.suggestion) lines.push(`${' '.repeat(INDENT)}→ ${f.suggestion}`);
    }
  }
  const of = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  lines.push(
    '',
    `${formatCount(of('error'), 'error')}, ${formatCount(of('warning'), 'warning')}, ${of('info')} info`,
  );
  return `${lines.join('\n')}\n`;
}
