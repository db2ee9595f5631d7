import type { Finding, KeyResultPatch } from './coach/types';
import type { CsvKeyResult, CsvPlan } from './planCsv';

/*
 * "Fill from the title" before a plan is imported: the same fix the editor, the plan rows, the
 * review step and scoring offer for a key result whose numbers are only in its title — the
 * coach's `numbers-only-in-text` rewrite (see `proposeFieldsFromText`) — applied to the file's
 * key results in the preview, so they arrive scorable. Kept apart from the file, so it can be
 * taken back before importing.
 */

/** The fields filled from the title, by the key result's row in the file. */
export type TitleFills = Readonly<Record<number, KeyResultPatch>>;

/** One key result of the file that its title can fill: its row and what the fill sets. */
export type TitleFill = { row: number; title: string; patch: KeyResultPatch };

/** The row a finding on a plan file is about: the coach names a file's key results `row-<n>`. */
function rowOf(id: string): number | null {
  const match = /^row-(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** The fill a finding offers: only "numbers only in the title", the one fix that is sure. */
export function titleFillOf(finding: Finding): TitleFill | null {
  if (finding.rule !== 'numbers-only-in-text' || !finding.rewrite || !finding.keyResult) {
    return null;
  }
  const row = rowOf(finding.keyResult.id);
  return row === null ? null : { row, title: finding.keyResult.title, patch: finding.rewrite };
}

/** Every fill the findings offer, in their order. */
export function titleFillsOf(findings: readonly Finding[]): TitleFill[] {
  return findings.map(titleFillOf).filter((fill) => fill !== null);
}

/** A key result with the numeric fields a fill sets (never its title or its words). */
function filled(kr: CsvKeyResult, patch: KeyResultPatch): CsvKeyResult {
  return {
    ...kr,
    ...(patch.baseline !== undefined ? { baseline: patch.baseline } : {}),
    ...(patch.target !== undefined ? { target: patch.target } : {}),
    ...(patch.unit !== undefined ? { unit: patch.unit } : {}),
    ...(patch.direction !== undefined ? { direction: patch.direction } : {}),
  };
}

/** The plan with the chosen key results filled from their titles; the file itself is unchanged. */
export function fillPlanFromTitles(plan: CsvPlan, fills: TitleFills): CsvPlan {
  return {
    objectives: plan.objectives.map((o) => ({
      ...o,
      keyResults: o.keyResults.map((kr) => {
        const patch = fills[kr.row];
        return patch ? filled(kr, patch) : kr;
      }),
    })),
  };
}
