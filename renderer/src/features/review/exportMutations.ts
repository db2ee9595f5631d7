import { useMutation } from '@tanstack/react-query';
import { loadQuarterData } from '../../db/repositories/quarterData';
import { type ExportFormat, exportReview } from './exportReview';

/** Builds the quarter's review in a format and hands it to the host to save or print. */
export function useExportReview(cycleId: string) {
  return useMutation({
    mutationFn: async (format: ExportFormat) =>
      exportReview(await loadQuarterData(cycleId), format),
  });
}
