import { useMutation } from '@tanstack/react-query';
import type { CsvPlan } from '@shared/domain/planCsv';
import { importPlan } from '../../../db/repositories/importPlan';
import { takeSafetyBackup } from '../../backup/autoBackup';
import { choosePlanFile, type OpenTextFile, type PlanFile } from './planPreview';

/** Asks for a plan CSV through the host's open dialog; null when the person cancels. */
export function useChoosePlanFile(onChosen: (file: PlanFile) => void, open?: OpenTextFile) {
  return useMutation({
    mutationFn: () => choosePlanFile(open),
    onSuccess: (chosen) => {
      if (chosen) onChosen(chosen);
    },
  });
}

/** Takes a safety backup, then writes the whole plan into the quarter in one transaction. */
export function useImportPlan(cycleId: string) {
  return useMutation({
    mutationFn: async (plan: CsvPlan) => {
      await takeSafetyBackup('before-import');
      return importPlan(cycleId, plan);
    },
  });
}
