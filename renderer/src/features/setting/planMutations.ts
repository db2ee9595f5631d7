import { useMutation } from '@tanstack/react-query';
import type {
  Cycle,
  CycleChainInput,
  Dependency,
  DependencyInput,
  DependencyStatus,
  KeyResult,
  KeyResultInput,
  Objective,
  ObjectiveInput,
} from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import { updateCycleChain } from '../../db/repositories/cycles';
import {
  createDependency,
  deleteDependency,
  updateDependency,
} from '../../db/repositories/dependencies';
import {
  createKeyResult,
  deleteKeyResult,
  moveKeyResult,
  updateKeyResult,
} from '../../db/repositories/keyResults';
import {
  createObjective,
  deleteObjective,
  moveObjective,
  updateObjective,
} from '../../db/repositories/objectives';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { useUndoableDelete } from '../../state/useUndoableDelete';

/** Adds an objective to the quarter, or saves the one the form was opened on (unless it changed). */
export function useSaveObjective(cycleId: string) {
  return savesRecord(
    'objective',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<Objective, ObjectiveInput>) =>
        record
          ? updateObjective(record.id, input, versionOf(record))
          : createObjective(cycleId, input),
    }),
  );
}

/** Adds a key result to the objective, or saves the one the form was opened on (unless it changed). */
export function useSaveKeyResult(objectiveId: string) {
  return savesRecord(
    'keyResult',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<KeyResult, KeyResultInput>) =>
        record
          ? updateKeyResult(record.id, input, versionOf(record))
          : createKeyResult(objectiveId, input),
    }),
  );
}

/** Moves an objective one place up (-1) or down (1). */
export function useMoveObjective(objectiveId: string) {
  return useMutation({ mutationFn: (delta: -1 | 1) => moveObjective(objectiveId, delta) });
}

/** Moves a key result one place up (-1) or down (1) under its objective. */
export function useMoveKeyResult(keyResultId: string) {
  return useMutation({ mutationFn: (delta: -1 | 1) => moveKeyResult(keyResultId, delta) });
}

/** Deletes an objective with its key results, with Undo. */
export function useDeleteObjective() {
  return useUndoableDelete(deleteObjective);
}

/** Deletes a key result, with Undo. */
export function useDeleteKeyResult() {
  return useUndoableDelete(deleteKeyResult);
}

/** Records a dependency on another team, or saves the one the form was opened on (unless it changed). */
export function useSaveDependency(cycleId: string) {
  return savesRecord(
    'dependency',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<Dependency, DependencyInput>) =>
        record
          ? updateDependency(record.id, input, versionOf(record))
          : createDependency(cycleId, input),
    }),
  );
}

/** Moves a dependency to another status (open, agreed, at risk, resolved). */
export function useSetDependencyStatus(dependency: Dependency) {
  return useMutation({
    mutationFn: (status: DependencyStatus) =>
      updateDependency(dependency.id, {
        team: dependency.team,
        teamId: dependency.teamId ?? null,
        need: dependency.need,
        byDate: dependency.byDate,
        objectiveId: dependency.objectiveId,
        status,
      }),
  });
}

/** Deletes a dependency, with Undo. */
export function useDeleteDependency() {
  return useUndoableDelete(deleteDependency);
}

/** Saves the quarter's chain: business need and engineering lever (unless changed meanwhile). */
export function useSaveChain() {
  return savesRecord(
    'cycle',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<Cycle, CycleChainInput>) => {
        if (!record) throw new Error('The chain belongs to a quarter.');
        return updateCycleChain(record.id, input, versionOf(record));
      },
    }),
  );
}
