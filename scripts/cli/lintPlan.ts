import { readTextFile } from '../../electron/main/textFile';
import { coachPlan, planInputFromCsv } from '../../shared/domain/coach';
import { parsePlanCsv, type PlanCsvIssue } from '../../shared/domain/planCsv';
import { prepareImport } from '../../shared/domain/planImport';
import { MAX_PLAN_FILE_BYTES } from '../../shared/files/textFile';
import { EXIT, type CliIo } from './io';
import { formatHuman, formatJson } from './lintReport';

function where(issue: PlanCsvIssue): string {
  return `row ${issue.row}${issue.column ? `, ${issue.column}` : ''}: ${issue.message}`;
}

/**
 * `quarterdeck lint PLAN.csv`: coaches a plan CSV. Returns 1 for error-level findings or cells
 * that cannot be imported, 2 for a file that cannot be read or parsed, else 0.
 */
export async function lintPlanFile(file: string, io: CliIo, isJson: boolean): Promise<number> {
  const read = await readTextFile(file, MAX_PLAN_FILE_BYTES);
  if (!read.ok) {
    io.stderr(`quarterdeck: ${file}: ${read.problem}\n`);
    return EXIT.failure;
  }
  const parsed = parsePlanCsv(read.text);
  if (!parsed.ok) {
    io.stderr(`quarterdeck: cannot parse ${file}: ${where(parsed.error)}\n`);
    return EXIT.failure;
  }
  // Cells the app could not store (unreadable, too long, out of range), as the import reports
  // them; no quarter is open here, so only the errors are asked for, not the import's notes.
  // Such a plan cannot be imported as it is, but every row it could read is still coached.
  const storable = prepareImport(parsed.plan, { quarterLabel: '', teamName: '', parents: [] });
  const rowErrors = [...parsed.errors, ...storable.errors].sort((a, b) => a.row - b.row);
  for (const e of rowErrors) io.stderr(`quarterdeck: ${file}: ${where(e)}\n`);
  for (const w of parsed.warnings) io.stderr(`warning: ${where(w)}\n`);

  const findings = coachPlan(planInputFromCsv(parsed.plan));
  io.stdout(isJson ? formatJson(findings, rowErrors) : formatHuman(file, parsed.plan, findings));
  return rowErrors.length > 0 || findings.some((f) => f.severity === 'error')
    ? EXIT.findings
    : EXIT.ok;
}
