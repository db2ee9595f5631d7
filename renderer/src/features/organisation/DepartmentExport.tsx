import { useState } from 'react';
import { errorMessage } from '../../lib/formErrors';
import { useToastStore } from '../../state/toastStore';
import { DEPARTMENT_FORMATS, type DepartmentFormat } from './exportDepartment';
import { useExportDepartment } from './organisationMutations';

const FORMAT_IDS = Object.keys(DEPARTMENT_FORMATS) as DepartmentFormat[];

/** Exports the quarter's department review: the tree, each team's line, failed dependencies. */
export function DepartmentExport({ label }: { label: string }) {
  const [format, setFormat] = useState<DepartmentFormat>('pdf');
  const show = useToastStore((s) => s.show);
  const exporting = useExportDepartment(label, {
    onSuccess: (outcome) => {
      if (outcome.printed) {
        show({ tone: 'info', message: 'The print dialog is open: choose “Save as PDF”.' });
      } else if (outcome.saved) {
        show({
          tone: 'info',
          message: outcome.path ? `Saved ${outcome.fileName}.` : `Downloaded ${outcome.fileName}.`,
        });
      }
    },
    onError: (error) =>
      show({ tone: 'error', message: `Could not export: ${errorMessage(error)}` }),
  });
  return (
    <div className="org-export" role="group" aria-label="Department review">
      <select
        aria-label="Department review format"
        value={format}
        onChange={(e) => setFormat(FORMAT_IDS.find((f) => f === e.target.value) ?? 'pdf')}
      >
        {FORMAT_IDS.map((f) => (
          <option key={f} value={f}>
            {DEPARTMENT_FORMATS[f].label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--primary"
        disabled={exporting.isPending}
        onClick={() => exporting.mutate(format)}
      >
        {exporting.isPending ? 'Exporting…' : 'Export department review'}
      </button>
    </div>
  );
}
