import type { z } from 'zod';
import { planInputFromCsv } from './coach/adapters';
import type { PlanInput } from './coach/types';
import type { Objective } from './entities';
import type { Direction } from './enums';
import {
  keyResultInputSchema,
  objectiveInputSchema,
  type KeyResultInput,
  type ObjectiveInput,
} from './inputs';
import type { CsvPlan, PlanCsvIssue } from './planCsv';
import { issueSentence } from './validationMessages';

/** One objective of a plan file, ready to write, with the file row it came from. */
export interface ImportItem {
  row: number;
  objective: ObjectiveInput;
  keyResults: KeyResultInput[];
}

/** A plan file turned into what would be written, plus what blocks it and what is worth knowing. */
export interface PreparedImport {
  /** One per objective of the file, in file order. */
  items: ImportItem[];
  keyResultCount: number;
  /** Values the app cannot store (too long, for instance); any of them blocks the import. */
  errors: PlanCsvIssue[];
  /** Defaults taken and values not used: the import goes ahead. */
  warnings: PlanCsvIssue[];
}

/** Where the file is going: the quarter open now and what its objectives can align to. */
export interface ImportTarget {
  quarterLabel: string;
  teamName: string;
  parents: readonly Pick<Objective, 'id' | 'title'>[];
  /** Titles of the quarter's objectives, so importing a file twice does not go unnoticed. */
  existingTitles?: readonly string[];
}

const OBJECTIVE_COLUMNS: Record<string, string> = { title: 'objective', kind: 'objective_type' };
const KEY_RESULT_COLUMNS: Record<string, string> = {
  title: 'key_result',
  measuredBy: 'measured_by',
  proposedBy: 'proposed_by',
};

/** A missing direction: down when the target is below the baseline, else up (the usual case). */
function assumedDirection(baseline: number | null, target: number | null): Direction {
  return baseline !== null && target !== null && target < baseline ? 'decrease' : 'increase';
}

/** What `schema` refuses in a row's values, each named by its plan column. */
function rowErrors(
  schema: z.ZodType,
  value: unknown,
  row: number,
  columns: Readonly<Record<string, string>>,
): PlanCsvIssue[] {
  // Parsed with the shared sentences, so a file's row errors read like the forms' messages.
  const checked = schema.safeParse(value, { error: issueSentence });
  if (checked.success) return [];
  return checked.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return { row, column: columns[field] ?? field, message: issue.message };
  });
}

function comparable(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Turns a parsed plan into the objectives and key results the import writes: the kind defaults
 * to committed, a missing direction to increase (decrease when the target is below the
 * baseline), and a parent is matched by title among the target's parent candidates. Rows naming another team or quarter still go into the target quarter.
 */
export function prepareImport(plan: CsvPlan, target: ImportTarget): PreparedImport {
  const errors: PlanCsvIssue[] = [];
  const warnings: PlanCsvIssue[] = [];
  const parentByTitle = new Map<string, string>();
  for (const p of target.parents) {
    if (!parentByTitle.has(comparable(p.title))) parentByTitle.set(comparable(p.title), p.id);
  }
  const seen = new Map<string, number>();
  const existing = new Set((target.existingTitles ?? []).map(comparable));
  const items = plan.objectives.map((o): ImportItem => {
    const key = comparable(o.title);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      warnings.push({
        row: o.row,
        column: 'objective',
        message: `“${o.title}” is also on row ${earlier} for another team or quarter; both are imported, as two objectives`,
      });
    } else seen.set(key, o.row);
    if (existing.has(key)) {
      warnings.push({
        row: o.row,
        column: 'objective',
        message: `${target.quarterLabel} already has an objective “${o.title}”; the import adds another`,
      });
    }
    if (o.quarter && comparable(o.quarter) !== comparable(target.quarterLabel)) {
      warnings.push({
        row: o.row,
        column: 'quarter',
        message: `names ${o.quarter}; it is imported into ${target.quarterLabel}, the quarter open now`,
      });
    }
    if (o.team && comparable(o.team) !== comparable(target.teamName)) {
      warnings.push({
        row: o.row,
        column: 'team',
        message: `names “${o.team}”; it is imported into ${target.teamName}’s plan`,
      });
    }
    let parentObjectiveId: string | null = null;
    if (o.parentObjective) {
      parentObjectiveId = parentByTitle.get(comparable(o.parentObjective)) ?? null;
      if (!parentObjectiveId) {
        warnings.push({
          row: o.row,
          column: 'parent_objective',
          message: `“${o.parentObjective}” matches no other team’s objective in ${target.quarterLabel}; imported without a parent`,
        });
      }
    }
    const objective: ObjectiveInput = {
      title: o.title,
      description: '',
      kind: o.kind ?? 'committed',
      businessNeed: '',
      engineeringLever: '',
      parentObjectiveId,
    };
    errors.push(...rowErrors(objectiveInputSchema, objective, o.row, OBJECTIVE_COLUMNS));
    const keyResults = o.keyResults.map((k): KeyResultInput => {
      const direction = k.direction ?? assumedDirection(k.baseline, k.target);
      // Without numbers the direction changes nothing yet, so only numbered rows are worth a note.
      if (!k.direction && (k.baseline !== null || k.target !== null)) {
        warnings.push({
          row: k.row,
          column: 'direction',
          message:
            k.baseline !== null && k.target !== null && k.target < k.baseline
              ? `is empty; “decrease” is assumed, since the target is below the baseline`
              : 'is empty; “increase” is assumed',
        });
      }
      const input: KeyResultInput = {
        title: k.title,
        metric: k.metric,
        unit: k.unit,
        baseline: k.baseline,
        target: k.target,
        direction,
        measuredBy: k.measuredBy,
        owner: k.owner,
        proposedBy: k.proposedBy,
        status: 'draft',
      };
      errors.push(...rowErrors(keyResultInputSchema, input, k.row, KEY_RESULT_COLUMNS));
      return input;
    });
    return { row: o.row, objective, keyResults };
  });
  return {
    items,
    keyResultCount: items.reduce((n, i) => n + i.keyResults.length, 0),
    errors,
    warnings,
  };
}

/**
 * The coach's view of a plan file as it will land: the team and quarter it goes into (named, so
 * a message reads "6 objectives for Payments Platform in 2027-Q1"), parents as matched, and
 * each key result's direction as it will be written.
 */
export function coachInputForImport(
  plan: CsvPlan,
  prepared: PreparedImport,
  target: Pick<ImportTarget, 'parents' | 'teamName' | 'quarterLabel'>,
): PlanInput {
  const fromCsv = planInputFromCsv(plan);
  return {
    ...(target.teamName.trim() ? { team: target.teamName } : {}),
    quarter: target.quarterLabel,
    parentObjectives: target.parents.map((p) => ({ id: p.id, title: p.title })),
    objectives: fromCsv.objectives.map(({ team: _team, quarter: _quarter, ...o }, i) => {
      const item = prepared.items[i];
      return {
        ...o,
        parentObjectiveId: item?.objective.parentObjectiveId ?? null,
        keyResults: o.keyResults.map((k, j) => ({
          ...k,
          direction: item?.keyResults[j]?.direction ?? k.direction,
        })),
      };
    }),
  };
}
