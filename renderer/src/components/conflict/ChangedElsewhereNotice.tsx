import { listOfFields } from '@shared/domain/fieldLabels';
import type { ChangedElsewhere } from '../../lib/forms/recordVersions';
import './conflict.css';

/** The sentence for what happened to an open form's record elsewhere, and what the form did. */
function noticeText({ noun, entity, fields, outcome }: ChangedElsewhere): string {
  const names = entity ? listOfFields(entity, fields) : fields.join(', ');
  if (outcome === 'taken') {
    return `Showing the ${noun} as saved in the other window; your edits were set aside.`;
  }
  const what = `This ${noun} was changed in another window: ${names}.`;
  return outcome === 'kept'
    ? `${what} Your edits are kept; saving will ask what to keep.`
    : `${what} The form now shows the new version.`;
}

/**
 * A calm line at the top of a form whose record changed in another window while it is open: it
 * says what changed and never takes the focus from what the person is typing.
 */
export function ChangedElsewhereNotice({ change }: { change: ChangedElsewhere | null }) {
  return (
    // The live region is always there (empty, it takes no room), so a notice that appears in it
    // is announced. Polite, without the status role: the toasts are the app's one status line.
    <div className={`record-notice-region${change ? '' : ' visually-hidden'}`} aria-live="polite">
      {change && <p className="record-notice">{noticeText(change)}</p>}
    </div>
  );
}
